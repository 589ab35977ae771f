package org.garrison.internal.ui.table;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.Status;
import org.eclipse.core.runtime.SubMonitor;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.osgi.util.NLS;
import org.garrison.internal.ui.Messages;
import org.garrison.spreadsheet.TableFiles;
import org.garrison.spreadsheet.TableWriter;
import org.garrison.ui.GarrisonUI;
import org.garrison.ui.table.RecordColumn;

/**
 * Writes the rows a table shows, in its order and with its visible columns, to an .xlsx or .csv
 * file. Cancelled, it leaves no half-written file behind.
 */
public final class TableExportJob extends Job {

    private final Path file;
    private final String sheetName;
    private final List<RecordColumn> columns;
    private final List<EObject> rows;
    private final CellTexts texts;
    private int written;

    public TableExportJob(Path file, String sheetName, List<RecordColumn> columns, List<EObject> rows, CellTexts texts) {
        super(NLS.bind(Messages.Table_exportJob, file.getFileName()));
        this.file = file;
        this.sheetName = sheetName;
        this.columns = List.copyOf(columns);
        this.rows = List.copyOf(rows);
        this.texts = texts;
        setUser(true);
    }

    @Override
    protected IStatus run(IProgressMonitor monitor) {
        SubMonitor progress = SubMonitor.convert(monitor, NLS.bind(Messages.Table_exportJob, file.getFileName()), rows.size());
        try (TableWriter writer = TableFiles.write(file, sheetName)) {
            writer.row(columns.stream().map(RecordColumn::header).toList());
            List<Object> cells = new ArrayList<>(columns.size());
            for (EObject row : rows) {
                if (progress.isCanceled()) {
                    break;
                }
                cells.clear();
                for (RecordColumn column : columns) {
                    Object value = column.value().apply(row);
                    cells.add(value instanceof Number ? value : texts.text(value));
                }
                writer.row(cells);
                written++;
                progress.worked(1);
            }
        } catch (IOException e) {
            deletePartialFile();
            return new Status(IStatus.ERROR, GarrisonUI.PLUGIN_ID, NLS.bind(Messages.Table_exportFailed, file, e.getMessage()), e);
        }
        if (progress.isCanceled()) {
            deletePartialFile();
            return Status.CANCEL_STATUS;
        }
        return Status.OK_STATUS;
    }

    private void deletePartialFile() {
        try {
            Files.deleteIfExists(file);
        } catch (IOException e) {
            org.eclipse.core.runtime.ILog.of(TableExportJob.class).log(new Status(IStatus.WARNING, GarrisonUI.PLUGIN_ID, NLS.bind(Messages.Table_exportFailed, file, e.getMessage()), e));
        }
    }

    /** The data rows written (without the header). */
    public int written() {
        return written;
    }
}
