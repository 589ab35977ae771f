package org.garrison.internal.report.document;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * One template sentence of section 二: {@code {figure.id}} is the figure's value,
 * {@code [[…]]} a part left out alone when its figures are missing or zero, {@code {{sep|a|b}}} the
 * items that have their figures joined by {@code sep}. Anything else missing or zero leaves the
 * whole sentence out: the report never prints a placeholder or a bare zero.
 */
final class SentenceTemplate {

    private static final Pattern FIGURE = Pattern.compile("\\{([A-Za-z0-9_.]+)\\}"); //$NON-NLS-1$
    private static final Pattern PART = Pattern.compile("\\[\\[(.*?)\\]\\]|\\{\\{(.*?)\\}\\}"); //$NON-NLS-1$

    /** A figure's printed value; null when it is missing, "0" for a count of nothing. */
    interface Values extends Function<String, String> {
    }

    private final String text;

    SentenceTemplate(String text) {
        this.text = text;
    }

    /** The figure ids the sentence names. */
    Set<String> figures() {
        Set<String> ids = new LinkedHashSet<>();
        Matcher matcher = FIGURE.matcher(text);
        while (matcher.find()) {
            ids.add(matcher.group(1));
        }
        return ids;
    }

    /** The sentence with its figures, or null when it is to be left out. */
    String render(Values values) {
        StringBuilder out = new StringBuilder();
        Matcher part = PART.matcher(text);
        int last = 0;
        while (part.find()) {
            String plain = plain(text.substring(last, part.start()), values);
            if (plain == null) {
                return null;
            }
            out.append(plain);
            if (part.group(1) != null) {
                String optional = plain(part.group(1), values);
                out.append(optional == null ? "" : optional); //$NON-NLS-1$
            } else {
                String joined = list(part.group(2), values);
                if (joined == null) {
                    return null;
                }
                out.append(joined);
            }
            last = part.end();
        }
        String rest = plain(text.substring(last), values);
        return rest == null ? null : out.append(rest).toString();
    }

    private static String list(String spec, Values values) {
        String[] items = spec.split("\\|", -1); //$NON-NLS-1$
        List<String> kept = new ArrayList<>();
        for (int i = 1; i < items.length; i++) {
            String item = plain(items[i], values);
            if (item != null) {
                kept.add(item);
            }
        }
        return kept.isEmpty() ? null : String.join(items[0], kept);
    }

    /** Text with figures; null when one is missing or zero. */
    private static String plain(String text, Values values) {
        StringBuilder out = new StringBuilder();
        Matcher figure = FIGURE.matcher(text);
        int last = 0;
        while (figure.find()) {
            String value = values.apply(figure.group(1));
            if (value == null || isZero(value)) {
                return null;
            }
            out.append(text, last, figure.start()).append(value);
            last = figure.end();
        }
        return out.append(text.substring(last)).toString();
    }

    /** A count of nothing. A share of 0.0% is a figure worth printing (退兵率0.0%), so only counts are zero here. */
    private static boolean isZero(String value) {
        return "0".equals(value); //$NON-NLS-1$
    }
}
