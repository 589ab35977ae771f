package org.garrison.ui.editor;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Dates as staff type them: 2026-03-01, 2026/3/1, 2026.3.1, 2026年3月1日, 20260301 (full-width
 * digits too). Shown as ISO dates (2026-03-01), which sort and read the same in both languages.
 */
public final class DateTexts {

    private static final Pattern SEPARATED = Pattern.compile("(\\d{4})\\s*[-/.年]\\s*(\\d{1,2})\\s*[-/.月]\\s*(\\d{1,2})\\s*日?"); //$NON-NLS-1$
    private static final Pattern COMPACT = Pattern.compile("(\\d{4})(\\d{2})(\\d{2})"); //$NON-NLS-1$

    private DateTexts() {
    }

    /** The date the text means; null for blank text. */
    public static LocalDate parse(String text) {
        if (text == null || text.isBlank()) {
            return null;
        }
        String normalized = halfWidth(text.strip());
        Matcher matcher = SEPARATED.matcher(normalized);
        if (!matcher.matches()) {
            matcher = COMPACT.matcher(normalized);
        }
        if (!matcher.matches()) {
            throw new IllegalArgumentException(text);
        }
        try {
            return LocalDate.of(Integer.parseInt(matcher.group(1)), Integer.parseInt(matcher.group(2)), Integer.parseInt(matcher.group(3)));
        } catch (DateTimeException e) {
            throw new IllegalArgumentException(text, e);
        }
    }

    public static String format(LocalDate date) {
        return date == null ? "" : date.toString(); //$NON-NLS-1$
    }

    private static String halfWidth(String text) {
        StringBuilder plain = new StringBuilder(text.length());
        for (char c : text.toCharArray()) {
            plain.append(c >= '\uff10' && c <= '\uff19' ? (char) (c - '\uff10' + '0') : c == '\uff0f' ? '/' : c == '\uff0d' ? '-' : c);
        }
        return plain.toString();
    }
}
