package org.garrison.internal.report.headless;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.garrison.internal.report.ReportMessages;
import org.garrison.report.Figure;
import org.garrison.report.FigureCatalog;
import org.garrison.report.FigureContext;
import org.garrison.report.FigureValue;
import org.garrison.spreadsheet.TableFiles;
import org.garrison.spreadsheet.TableWriter;

/**
 * Every figure of the catalogue as a row (id, name, value, as-of day, definition), so that anyone
 * can check the report's numbers against the database: {@code garrison report --figures OUT.csv}.
 */
public final class FiguresCsv {

    private FiguresCsv() {
    }

    public static void write(FigureCatalog catalog, Map<String, FigureValue> values, FigureContext context, Path file, Locale locale) throws IOException {
        try (TableWriter table = TableFiles.write(file, ReportMessages.FiguresCsv_sheet)) {
            table.row(List.of(ReportMessages.FiguresCsv_id, ReportMessages.FiguresCsv_name, ReportMessages.FiguresCsv_value,
                    ReportMessages.FiguresCsv_asOf, ReportMessages.FiguresCsv_definition));
            for (Figure figure : catalog.figures()) {
                FigureValue value = values.get(figure.id());
                table.row(List.of(figure.id(), figure.name(locale), value == null || value.isMissing() ? "" : value.text(figure.unit()), //$NON-NLS-1$
                        context.lastDay().toString(), figure.definition(locale)));
            }
        }
    }
}
