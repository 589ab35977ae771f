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
 * {@code garrison report --year 2026 --out report.docx [--pdf [file]] [--appendix [file]] [--town NAME]}
 * with the store's own options passed through. {@code --pdf} and {@code --appendix} without a file
 * name write beside the document ({@code report.pdf}, {@code report-附录.xlsx}).
 */
record ReportArguments(int year, Path docx, Path pdf, Path appendix, String town, List<String> storeArguments) {

    static ReportArguments parse(List<String> arguments) {
        int year = LocalDate.now().getYear() - 1;
        Path docx = null;
        boolean pdf = false;
        boolean appendix = false;
        Path pdfFile = null;
        Path appendixFile = null;
        String town = null;
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
                case StoreSettingsArguments.DATA_FOLDER, StoreSettingsArguments.SERVER, StoreSettingsArguments.USER -> {
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
        if (docx == null) {
            throw new IllegalArgumentException(ReportMessages.Headless_noOut);
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
        return new ReportArguments(year, docx, pdfFile, appendixFile, town, List.copyOf(store));
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
