package org.garrison.internal.spreadsheet;

import java.math.BigDecimal;

/** How values become cell text. */
final class Cells {

    private Cells() {
    }

    static String text(Object value) {
        if (value == null) {
            return ""; //$NON-NLS-1$
        }
        if (value instanceof Double || value instanceof Float) {
            return number(((Number) value).doubleValue());
        }
        return value.toString();
    }

    /** A number as people write it: 13 not 13.0, 13800000000 not 1.38E10. */
    static String number(double value) {
        if (Double.isNaN(value) || Double.isInfinite(value)) {
            return Double.toString(value);
        }
        return BigDecimal.valueOf(value).stripTrailingZeros().toPlainString();
    }

    /** The spreadsheet column name of a 0-based index: A … Z, AA …. */
    static String column(int index) {
        StringBuilder name = new StringBuilder();
        for (int i = index + 1; i > 0; i = (i - 1) / 26) {
            name.insert(0, (char) ('A' + (i - 1) % 26));
        }
        return name.toString();
    }

    /** The 0-based column index of a cell reference such as "AB12". */
    static int columnOf(String reference) {
        int index = 0;
        for (int i = 0; i < reference.length() && Character.isLetter(reference.charAt(i)); i++) {
            index = index * 26 + (Character.toUpperCase(reference.charAt(i)) - 'A' + 1);
        }
        return index - 1;
    }
}
