package org.garrison.internal.report.document;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.SubMonitor;
import org.garrison.internal.report.ReportMessages;
import org.garrison.report.CountedRecord;
import org.garrison.report.Figure;
import org.garrison.report.FigureCatalog;
import org.garrison.report.FigureContext;
import org.garrison.report.FigureValue;
import org.garrison.spreadsheet.TableFiles;
import org.garrison.spreadsheet.TableWriter;
import org.garrison.store.StoreException;

/**
 * The report's appendix (.xlsx): for every figure, a row per record it counted (or summed), with the
 * record's stored id, so anyone can check a number; a figure that counted nothing has one row saying so.
 */
public final class AppendixWriter {

    public void write(FigureCatalog catalog, Map<String, FigureValue> values, FigureContext context, Path file, IProgressMonitor monitor)
            throws IOException, StoreException {
        List<Figure> figures = catalog.figures();
        SubMonitor progress = SubMonitor.convert(monitor, figures.size());
        try (TableWriter table = TableFiles.write(file, ReportMessages.Appendix_sheet)) {
            table.row(List.of(ReportMessages.Appendix_figureId, ReportMessages.Appendix_figure, ReportMessages.Appendix_value,
                    ReportMessages.Appendix_record, ReportMessages.Appendix_recordId, ReportMessages.Appendix_partOf, ReportMessages.Appendix_amount));
            for (Figure figure : figures) {
                progress.subTask(figure.name(Locale.getDefault()));
                FigureValue value = values.getOrDefault(figure.id(), FigureValue.missing());
                String shown = value.isMissing() ? ReportMessages.Appendix_missing : value.text(figure.unit());
                List<CountedRecord> records = figure.records(context);
                if (records.isEmpty()) {
                    table.row(List.of(figure.id(), figure.name(Locale.getDefault()), shown, ReportMessages.Appendix_none, "", "", 0)); //$NON-NLS-1$ //$NON-NLS-2$
                }
                for (CountedRecord record : records) {
                    table.row(List.of(figure.id(), figure.name(Locale.getDefault()), shown, record.record(), record.id() == 0 ? "" : record.id(), //$NON-NLS-1$
                            record.partOf(), record.amount()));
                }
                progress.worked(1);
            }
        }
    }
}
