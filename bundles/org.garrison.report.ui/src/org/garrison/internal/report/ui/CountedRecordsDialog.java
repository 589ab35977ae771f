package org.garrison.internal.report.ui;

import org.garrison.ui.table.ViewerColumns;
import java.util.List;
import java.util.Locale;

import org.eclipse.jface.dialogs.Dialog;
import org.eclipse.jface.dialogs.IDialogConstants;
import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.viewers.ArrayContentProvider;
import org.eclipse.jface.viewers.TableViewer;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Shell;
import org.garrison.report.CountedRecord;

/** The records behind one figure: what it counted, their stored ids, what they belong to, and how much each added. */
public final class CountedRecordsDialog extends Dialog {

    private final FiguresView.Line line;
    private final List<CountedRecord> records;
    private TableViewer table;

    CountedRecordsDialog(Shell parent, FiguresView.Line line, List<CountedRecord> records) {
        super(parent);
        this.line = line;
        this.records = records;
        setShellStyle(getShellStyle() | SWT.RESIZE);
    }

    @Override
    protected void configureShell(Shell shell) {
        super.configureShell(shell);
        shell.setText(NLS.bind(Messages.Records_title, line.figure().name(Locale.getDefault())));
    }

    @Override
    protected Control createDialogArea(Composite parent) {
        Composite area = (Composite) super.createDialogArea(parent);
        Label summary = new Label(area, SWT.WRAP);
        summary.setText(NLS.bind(Messages.Records_message,
                new Object[] { line.figure().name(Locale.getDefault()), line.valueText(), line.figure().definition(Locale.getDefault()), records.size() }));
        GridDataFactory.fillDefaults().grab(true, false).hint(640, SWT.DEFAULT).applyTo(summary);
        table = new TableViewer(area, SWT.BORDER | SWT.FULL_SELECTION | SWT.V_SCROLL);
        table.getTable().setHeaderVisible(true);
        table.getTable().setLinesVisible(true);
        GridDataFactory.fillDefaults().grab(true, true).hint(640, 360).applyTo(table.getControl());
        ViewerColumns.add(table, CountedRecord.class, Messages.Records_record, 220, CountedRecord::record);
        ViewerColumns.add(table, CountedRecord.class, Messages.Records_id, 90, row -> row.id() == 0 ? "" : Long.toString(row.id())); //$NON-NLS-1$
        ViewerColumns.add(table, CountedRecord.class, Messages.Records_partOf, 220, CountedRecord::partOf);
        ViewerColumns.add(table, CountedRecord.class, Messages.Records_amount, 80, row -> String.valueOf(row.amount()));
        table.setContentProvider(ArrayContentProvider.getInstance());
        table.setInput(records);
        return area;
    }

    @Override
    protected void createButtonsForButtonBar(Composite parent) {
        createButton(parent, IDialogConstants.OK_ID, IDialogConstants.CLOSE_LABEL, true);
    }

}
