package org.garrison.internal.report.headless;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.eclipse.osgi.util.NLS;
import org.garrison.internal.report.ReportMessages;
import org.garrison.store.StoreSettingsArguments;

/**
 * {@code garrison report --year 2026 --out report.docx [--pdf [file]] [--appendix [file]] [--town NAME] [--as-of DATE] [--figures FILE.csv]}
 * with the store's own options passed through. {@code --pdf} and {@code --appendix} without a file
 * name write beside the document ({@code report.pdf}, {@code report-附录.xlsx}).
 */
record ReportArguments(int year, LocalDate asOf, Path docx, Path pdf, Path appendix, String town, Path figures, List<String> storeArguments) {

    static ReportArguments parse(List<String> arguments) {
        int year = LocalDate.now().getYear() - 1;
        Path docx = null;
        boolean pdf = false;
        boolean appendix = false;
        Path pdfFile = null;
        Path appendixFile = null;
        String town = null;
        LocalDate asOf = null;
        Path figures = null;
        List<String> store = new ArrayList<>();
        for (int i = 0; i < arguments.size(); i++) {
            String argument = arguments.get(i);
            switch (argument) {
                case "report" -> { //$NON-NLS-1$
                    // the command's own name, as the start script passes it
                }
                case "--year" -> { //$NON-NLS-1$
                    String value = value(arguments, i++);
                    if (!value.matches("\\d{4}")) { //$NON-NLS-1$
                        throw new IllegalArgumentException(NLS.bind(ReportMessages.Headless_badYear, value));
                    }
                    year = Integer.parseInt(value);
                }
                case "--out" -> docx = Path.of(value(arguments, i++)); //$NON-NLS-1$
                case "--as-of" -> asOf = date(value(arguments, i++)); //$NON-NLS-1$
                case "--figures" -> figures = Path.of(value(arguments, i++)); //$NON-NLS-1$
                case "--town" -> town = value(arguments, i++); //$NON-NLS-1$
                case "--pdf" -> { //$NON-NLS-1$
                    pdf = true;
                    if (hasValue(arguments, i)) {
                        pdfFile = Path.of(arguments.get(++i));
                    }
                }
                case "--appendix" -> { //$NON-NLS-1$
                    appendix = true;
                    if (hasValue(arguments, i)) {
                        appendixFile = Path.of(arguments.get(++i));
                    }
                }
                case StoreSettingsArguments.DATA_FOLDER, StoreSettingsArguments.SERVER, StoreSettingsArguments.USER, StoreSettingsArguments.USER_LONG -> {
                    store.add(argument);
                    store.add(value(arguments, i++));
                }
                default -> {
                    if (argument.startsWith("--")) { //$NON-NLS-1$
                        throw new IllegalArgumentException(NLS.bind(ReportMessages.Headless_unknownOption, argument));
                    }
                }
            }
        }
        if (asOf != null && asOf.getYear() < year) {
            throw new IllegalArgumentException(NLS.bind(ReportMessages.Headless_asOfBeforeYear, asOf, year));
        }
        if (docx == null && figures == null) {
            throw new IllegalArgumentException(ReportMessages.Headless_noOut);
        }
        if (figures != null && !figures.getFileName().toString().toLowerCase(Locale.ROOT).endsWith(".csv")) { //$NON-NLS-1$
            throw new IllegalArgumentException(NLS.bind(ReportMessages.Headless_notCsv, figures));
        }
        if (docx == null) {
            return new ReportArguments(year, asOf, null, null, null, town, figures, List.copyOf(store));
        }
        if (!docx.getFileName().toString().toLowerCase(Locale.ROOT).endsWith(".docx")) { //$NON-NLS-1$
            throw new IllegalArgumentException(NLS.bind(ReportMessages.Headless_notDocx, docx));
        }
        String base = docx.getFileName().toString().replaceFirst("(?i)\\.docx$", ""); //$NON-NLS-1$ //$NON-NLS-2$
        if (pdf && pdfFile == null) {
            pdfFile = docx.resolveSibling(base + ".pdf"); //$NON-NLS-1$
        }
        if (appendix && appendixFile == null) {
            appendixFile = docx.resolveSibling(base + "-" + ReportMessages.Appendix_sheet + ".xlsx"); //$NON-NLS-1$ //$NON-NLS-2$
        }
        return new ReportArguments(year, asOf, docx, pdfFile, appendixFile, town, figures, List.copyOf(store));
    }

    /** 2026-12-01, 2026/12/1 or 20261201. */
    private static LocalDate date(String text) {
        String plain = text.strip().replace('/', '-').replace('.', '-');
        try {
            if (plain.matches("\\d{8}")) { //$NON-NLS-1$
                return LocalDate.of(Integer.parseInt(plain.substring(0, 4)), Integer.parseInt(plain.substring(4, 6)), Integer.parseInt(plain.substring(6)));
            }
            String[] parts = plain.split("-"); //$NON-NLS-1$
            if (parts.length == 3) {
                return LocalDate.of(Integer.parseInt(parts[0]), Integer.parseInt(parts[1]), Integer.parseInt(parts[2]));
            }
        } catch (RuntimeException e) {
            // said below
        }
        throw new IllegalArgumentException(NLS.bind(ReportMessages.Headless_badDate, text));
    }

    private static boolean hasValue(List<String> arguments, int at) {
        return at + 1 < arguments.size() && !arguments.get(at + 1).startsWith("-"); //$NON-NLS-1$
    }

    private static String value(List<String> arguments, int at) {
        if (!hasValue(arguments, at)) {
            throw new IllegalArgumentException(NLS.bind(ReportMessages.Headless_missingValue, arguments.get(at)));
        }
        return arguments.get(at + 1);
    }
}
