package org.garrison.internal.security.ui;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import org.eclipse.emf.common.command.CompoundCommand;
import org.eclipse.emf.edit.command.AddCommand;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.jface.viewers.IStructuredSelection;
import org.eclipse.jface.viewers.StructuredSelection;
import org.eclipse.jface.viewers.TableViewer;
import org.eclipse.jface.window.Window;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.Color;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.TableItem;
import org.garrison.internal.security.DueWindow;
import org.garrison.internal.security.Inspections;
import org.garrison.internal.security.MaintenanceCompletion;
import org.garrison.internal.security.MaintenanceDue;
import org.garrison.internal.security.MaintenanceDues;
import org.garrison.internal.security.SecuritySettings;
import org.garrison.internal.security.SecurityTexts;
import org.garrison.model.security.CheckOutcome;
import org.garrison.model.security.CheckResult;
import org.garrison.model.security.Hazard;
import org.garrison.model.security.MaintenanceRecord;
import org.garrison.model.security.SecurityPackage;
import org.garrison.store.StoreException;
import org.garrison.ui.table.ViewerColumns;

/**
 * 到期维护: every maintenance due by the end of this month and every one overdue, overdue rows red, today's
 * and this week's amber; 登记维护… records the chosen rows in one step (a record each, its next due
 * following), a failed checklist item raising its hazard; Save writes them, Undo takes the step back.
 */
public class DueListEditor extends SecurityEditorPart {

    private static final DueWindow[] FILTERS = { null, DueWindow.OVERDUE, DueWindow.TODAY, DueWindow.THIS_WEEK, DueWindow.THIS_MONTH };

    private TableViewer table;
    private Combo filter;
    private Label summary;
    private Color red;
    private Color amber;
    private List<MaintenanceDue> stored = List.of();
    private List<MaintenanceDue> dues = List.of();
    private LocalDate today;

    @Override
    protected void createContents(Composite parent) {
        today = SecurityUi.today();
        red = new Color(SecurityUi.RED);
        amber = new Color(SecurityUi.AMBER);
        GridLayoutFactory.swtDefaults().margins(8, 6).applyTo(parent);
        Composite bar = new Composite(parent, SWT.NONE);
        GridLayoutFactory.fillDefaults().numColumns(5).applyTo(bar);
        GridDataFactory.fillDefaults().grab(true, false).applyTo(bar);
        new Label(bar, SWT.NONE).setText(Messages.DueList_show);
        filter = new Combo(bar, SWT.READ_ONLY);
        for (String item : new String[] { Messages.DueList_all, Messages.DueList_overdue, Messages.DueList_today, Messages.DueList_thisWeek,
                Messages.DueList_thisMonth }) {
            filter.add(item);
        }
        filter.select(0);
        filter.addListener(SWT.Selection, event -> show());
        summary = new Label(bar, SWT.NONE);
        GridDataFactory.fillDefaults().grab(true, false).indent(20, 0).applyTo(summary);
        Button record = new Button(bar, SWT.PUSH);
        record.setText(Messages.DueList_record);
        record.setToolTipText(Messages.DueList_recordTip);
        record.addListener(SWT.Selection, event -> completeSelected());
        Button open = new Button(bar, SWT.PUSH);
        open.setText(Messages.DueList_openAsset);
        open.addListener(SWT.Selection, event -> openSelected());
        table = ViewerColumns.table(parent);
        GridDataFactory.fillDefaults().grab(true, true).applyTo(table.getControl());
        ViewerColumns.add(table, MaintenanceDue.class, Messages.DueList_due, 110, due -> SecurityTexts.date(due.due()));
        ViewerColumns.add(table, MaintenanceDue.class, Messages.DueList_state, 90, this::state);
        ViewerColumns.add(table, MaintenanceDue.class, Messages.DueList_asset, 150, due -> due.asset().getName());
        ViewerColumns.add(table, MaintenanceDue.class, Messages.DueList_code, 80, due -> text(due.asset().getCode()));
        ViewerColumns.add(table, MaintenanceDue.class, Messages.DueList_category, 100, due -> SecurityTexts.label(due.asset().getCategory(), SecurityUi.locale()));
        ViewerColumns.add(table, MaintenanceDue.class, Messages.DueList_location, 110, due -> text(due.asset().getLocation()));
        ViewerColumns.add(table, MaintenanceDue.class, Messages.DueList_plan, 160, due -> due.plan().getDescription());
        ViewerColumns.add(table, MaintenanceDue.class, Messages.DueList_interval, 80, due -> SecurityTexts.interval(due.plan(), SecurityUi.locale()));
        ViewerColumns.add(table, MaintenanceDue.class, Messages.DueList_last, 110, due -> due.last() == null ? Messages.DueList_never : SecurityTexts.date(due.last()));
        ViewerColumns.add(table, MaintenanceDue.class, Messages.DueList_responsible, 80,
                due -> due.plan().getResponsible() != null ? due.plan().getResponsible().getName() : due.asset().getResponsible() == null ? "" : due.asset().getResponsible().getName()); //$NON-NLS-1$
        // a double-click and Enter (the table's default selection) both record; Ctrl+A chooses every row
        table.addDoubleClickListener(event -> completeSelected());
        table.getTable().addListener(SWT.KeyDown, event -> {
            if (event.keyCode == 'a' && (event.stateMask & SWT.MOD1) != 0) {
                table.getTable().selectAll();
            }
        });
        reload();
        followCommits(this::reload, SecurityPackage.Literals.MAINTENANCE_RECORD, SecurityPackage.Literals.ASSET, SecurityPackage.Literals.MAINTENANCE_PLAN);
        installGlobalActions();
    }

    /** Reads the last records from the database and shows the dues, the records recorded and not saved counted too. */
    private void reload() {
        try {
            stored = MaintenanceDues.compute(session(), ledger());
        } catch (StoreException e) {
            MessageDialog.openError(getSite().getShell(), Messages.DueList_title, e.getMessage());
            stored = List.of();
        }
        show();
    }

    private void show() {
        List<MaintenanceRecord> pending = session().resource().getContents().stream().filter(MaintenanceRecord.class::isInstance)
                .map(MaintenanceRecord.class::cast).filter(record -> session().idOf(record).isEmpty()).toList();
        dues = MaintenanceDues.shown(MaintenanceDues.withRecords(stored, pending), today);
        DueWindow only = FILTERS[Math.max(0, filter.getSelectionIndex())];
        List<MaintenanceDue> shown = only == null ? dues : dues.stream().filter(due -> due.window(today) == only).toList();
        table.setInput(shown);
        for (TableItem item : table.getTable().getItems()) {
            DueWindow window = ((MaintenanceDue) item.getData()).window(today);
            item.setBackground(window == DueWindow.OVERDUE ? red : window == DueWindow.TODAY || window == DueWindow.THIS_WEEK ? amber : null);
        }
        summary.setText(NLS.bind(Messages.DueList_summary, new Object[] { count(DueWindow.OVERDUE), count(DueWindow.TODAY), count(DueWindow.THIS_WEEK),
                count(DueWindow.THIS_MONTH) }));
        summary.getParent().layout(true);
    }

    private long count(DueWindow window) {
        return dues.stream().filter(due -> due.window(today) == window).count();
    }

    private String state(MaintenanceDue due) {
        return switch (due.window(today)) {
            case OVERDUE -> NLS.bind(Messages.DueList_overdueDays, due.daysOverdue(today));
            case TODAY -> Messages.DueList_today;
            case THIS_WEEK -> Messages.DueList_thisWeek;
            default -> Messages.DueList_thisMonth;
        };
    }

    /** The dues chosen in the table, in its order. */
    public List<MaintenanceDue> selected() {
        return ((IStructuredSelection) table.getSelection()).toList().stream().map(MaintenanceDue.class::cast).toList();
    }

    public void select(List<MaintenanceDue> chosen) {
        table.setSelection(new StructuredSelection(chosen));
    }

    private void completeSelected() {
        List<MaintenanceDue> chosen = selected();
        if (chosen.isEmpty()) {
            MessageDialog.openInformation(getSite().getShell(), Messages.DueList_title, Messages.DueList_chooseFirst);
            return;
        }
        completeIn(this, chosen);
    }

    /** 登记维护… for the dues in the editor: the dialog, then the records added in the editor's session. */
    static void completeIn(SecurityEditorPart editor, List<MaintenanceDue> chosen) {
        CompletionDialog dialog = new CompletionDialog(editor.getSite().getShell(), editor.session(), editor.ledger(), chosen, SecurityUi.today());
        if (dialog.open() == Window.OK) {
            complete(editor, dialog.records());
        }
    }

    /** Adds the records (and a hazard per failed item) in one command: one undo takes them all back. */
    public void complete(List<MaintenanceRecord> records) {
        complete(this, records);
    }

    static void complete(SecurityEditorPart editor, List<MaintenanceRecord> records) {
        CompoundCommand step = new CompoundCommand(NLS.bind(org.garrison.internal.security.Messages.Completion_commandLabel, records.size()));
        step.append(MaintenanceCompletion.command(editor.domain(), editor.session().resource(), records));
        List<Hazard> hazards = new ArrayList<>();
        for (MaintenanceRecord record : records) {
            for (CheckResult result : record.getResults()) {
                if (result.getOutcome() == CheckOutcome.FAIL) {
                    hazards.add(Inspections.hazardFor(record, result, SecuritySettings.deadlineDays()));
                }
            }
        }
        if (!hazards.isEmpty()) {
            step.append(AddCommand.create(editor.domain(), editor.ledger(), SecurityPackage.Literals.SECURITY_LEDGER__HAZARDS, hazards));
        }
        editor.domain().getCommandStack().execute(step);
    }

    private void openSelected() {
        List<MaintenanceDue> chosen = selected();
        if (!chosen.isEmpty()) {
            SecurityUi.open(getSite().getPage(), session(), chosen.get(0).asset(), chosen.get(0).asset().getName(), SecurityUi.ASSET_EDITOR);
        }
    }

    @Override
    protected void commandStackChanged() {
        if (!isDirty()) {
            reload();
        } else {
            show();
        }
    }

    @Override
    protected void reverted() {
        show();
    }

    @Override
    public void doSave(org.eclipse.core.runtime.IProgressMonitor monitor) {
        super.doSave(monitor);
        if (!isDirty()) {
            reload(); // the saved records are the database's now
        }
    }

    @Override
    public List<String> problems() {
        List<String> problems = new ArrayList<>();
        session().resource().getContents().stream().filter(MaintenanceRecord.class::isInstance).filter(record -> session().idOf(record).isEmpty())
                .forEach(record -> problems.addAll(validationProblems(record)));
        return problems.stream().distinct().toList();
    }

    /** The dues listed (to the month's end and overdue), whatever the filter shows. */
    public List<MaintenanceDue> dues() {
        return dues;
    }

    public TableViewer table() {
        return table;
    }

    public Combo filter() {
        return filter;
    }

    private static String text(String value) {
        return value == null ? "" : value; //$NON-NLS-1$
    }

    @Override
    public void setFocus() {
        table.getControl().setFocus();
    }

    @Override
    public void dispose() {
        if (red != null) {
            red.dispose();
            amber.dispose();
        }
        super.dispose();
    }
}
