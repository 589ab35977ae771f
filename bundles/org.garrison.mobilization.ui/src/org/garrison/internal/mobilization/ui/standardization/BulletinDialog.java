package org.garrison.internal.mobilization.ui.standardization;

import java.io.IOException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;

import org.eclipse.jface.dialogs.Dialog;
import org.eclipse.jface.dialogs.IDialogConstants;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.viewers.ArrayContentProvider;
import org.eclipse.jface.viewers.ColumnLabelProvider;
import org.eclipse.jface.viewers.TableViewer;
import org.eclipse.jface.viewers.TableViewerColumn;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.FileDialog;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Shell;
import org.garrison.internal.mobilization.ui.Messages;
import org.garrison.spreadsheet.TableFiles;
import org.garrison.spreadsheet.TableWriter;

/** The "达标清零" bulletin per town, with Export to an Excel workbook. */
public class BulletinDialog extends Dialog {

    private static final int EXPORT_ID = IDialogConstants.CLIENT_ID + 1;

    private final List<StandardizationBulletin.Line> lines;
    private final LocalDate today;
    private TableViewer table;

    public BulletinDialog(Shell parent, List<StandardizationBulletin.Line> lines, LocalDate today) {
        super(parent);
        this.lines = lines;
        this.today = today;
        setShellStyle(getShellStyle() | SWT.RESIZE);
    }

    @Override
    protected void configureShell(Shell shell) {
        super.configureShell(shell);
        shell.setText(Messages.Bulletin_title);
    }

    @Override
    protected Control createDialogArea(Composite parent) {
        Composite area = (Composite) super.createDialogArea(parent);
        new Label(area, SWT.WRAP).setText(NLS.bind(Messages.Bulletin_asOf, today));
        table = new TableViewer(area, SWT.BORDER | SWT.FULL_SELECTION);
        table.getTable().setHeaderVisible(true);
        table.getTable().setLinesVisible(true);
        for (int c = 0; c < headers().size(); c++) {
            int column = c;
            TableViewerColumn viewerColumn = new TableViewerColumn(table, c == 0 ? SWT.LEFT : SWT.RIGHT);
            viewerColumn.getColumn().setText(headers().get(c));
            viewerColumn.getColumn().setWidth(c == 0 ? 140 : 80);
            viewerColumn.setLabelProvider(new ColumnLabelProvider() {
                @Override
                public String getText(Object element) {
                    return String.valueOf(cells((StandardizationBulletin.Line) element).get(column));
                }
            });
        }
        table.setContentProvider(ArrayContentProvider.getInstance());
        table.setInput(lines);
        GridDataFactory.fillDefaults().grab(true, true).hint(640, 320).applyTo(table.getControl());
        return area;
    }

    static List<String> headers() {
        return List.of(Messages.Bulletin_town, Messages.Bulletin_items, Messages.Bulletin_met, Messages.Bulletin_rectifying, Messages.Bulletin_open,
                Messages.Bulletin_overdue, Messages.Bulletin_share);
    }

    static List<Object> cells(StandardizationBulletin.Line line) {
        double share = line.metShare();
        return List.of(line.town(), line.items(), line.met(), line.rectifying(), line.open(), line.overdue(),
                Double.isNaN(share) ? "—" : String.format("%.1f%%", share * 100)); //$NON-NLS-1$ //$NON-NLS-2$
    }

    /** Writes the bulletin as shown to a workbook: a header row, a row per town, the total. */
    public static void export(List<StandardizationBulletin.Line> lines, Path file) throws IOException {
        try (TableWriter writer = TableFiles.write(file, Messages.Bulletin_title)) {
            writer.row(headers());
            for (StandardizationBulletin.Line line : lines) {
                writer.row(cells(line));
            }
        }
    }

    @Override
    protected void createButtonsForButtonBar(Composite parent) {
        createButton(parent, EXPORT_ID, Messages.Bulletin_export, false);
        createButton(parent, IDialogConstants.OK_ID, IDialogConstants.CLOSE_LABEL, true);
    }

    @Override
    protected void buttonPressed(int buttonId) {
        if (buttonId != EXPORT_ID) {
            super.buttonPressed(buttonId);
            return;
        }
        FileDialog dialog = new FileDialog(getShell(), SWT.SAVE);
        dialog.setFilterExtensions(new String[] { "*.xlsx", "*.csv" }); //$NON-NLS-1$ //$NON-NLS-2$
        dialog.setFileName(Messages.Bulletin_title + ".xlsx"); //$NON-NLS-1$
        dialog.setOverwrite(true);
        String chosen = dialog.open();
        if (chosen != null) {
            try {
                export(lines, Path.of(chosen));
            } catch (IOException e) {
                MessageDialog.openError(getShell(), Messages.Bulletin_title, e.getMessage());
            }
        }
    }

    /** The table shown (tests). */
    public TableViewer table() {
        return table;
    }
}
