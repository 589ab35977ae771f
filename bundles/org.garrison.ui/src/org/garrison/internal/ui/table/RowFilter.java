package org.garrison.internal.ui.table;

import java.util.Locale;

/**
 * One column's filter as staff type it: text the cell contains (case ignored), or for numbers a
 * comparison such as {@code >=35}, {@code <30} or {@code =18}.
 */
public record RowFilter(String text) {

    private static final String[] OPERATORS = { ">=", "<=", "<>", ">", "<", "=" }; //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$ //$NON-NLS-5$ //$NON-NLS-6$

    public boolean matches(Object value, String shown) {
        String wanted = text.strip();
        if (wanted.isEmpty()) {
            return true;
        }
        if (value instanceof Number number) {
            for (String operator : OPERATORS) {
                if (wanted.startsWith(operator)) {
                    return compare(number.doubleValue(), operator, wanted.substring(operator.length()).strip(), shown);
                }
            }
        }
        return shown.toLowerCase(Locale.ROOT).contains(wanted.toLowerCase(Locale.ROOT));
    }

    private static boolean compare(double value, String operator, String operand, String shown) {
        double limit;
        try {
            limit = Double.parseDouble(operand);
        } catch (NumberFormatException notANumber) {
            return shown.contains(operator + operand);
        }
        return switch (operator) {
        case ">=" -> value >= limit; //$NON-NLS-1$
        case "<=" -> value <= limit; //$NON-NLS-1$
        case "<>" -> value != limit; //$NON-NLS-1$
        case ">" -> value > limit; //$NON-NLS-1$
        case "<" -> value < limit; //$NON-NLS-1$
        default -> value == limit;
        };
    }
}
