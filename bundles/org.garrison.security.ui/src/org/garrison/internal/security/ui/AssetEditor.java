package org.garrison.internal.security.ui;

import java.time.LocalDate;
import java.util.List;

import org.eclipse.emf.edit.command.AddCommand;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.jface.viewers.IStructuredSelection;
import org.eclipse.jface.viewers.TableViewer;
import org.eclipse.jface.window.Window;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Group;
import org.eclipse.ui.IEditorInput;
import org.eclipse.ui.PartInitException;
import org.garrison.internal.security.MaintenanceDue;
import org.garrison.internal.security.MaintenanceDues;
import org.garrison.internal.security.SecurityLedgers;
import org.garrison.internal.security.SecurityTexts;
import org.garrison.model.security.Asset;
import org.garrison.model.security.AssetCategory;
import org.garrison.model.security.CheckOutcome;
import org.garrison.model.security.Hazard;
import org.garrison.model.security.IntervalUnit;
import org.garrison.model.security.MaintenancePlan;
import org.garrison.model.security.MaintenanceRecord;
import org.garrison.model.security.SecurityFactory;
import org.garrison.model.security.SecurityPackage.Literals;
import org.garrison.store.StoreException;
import org.garrison.ui.editor.AttachmentsSection;
import org.garrison.ui.editor.RecordForm;
import org.garrison.ui.table.ViewerColumns;

/**
 * An asset (设施设备): its particulars, the plans that cover it (its own and its category's) with their
 * next due day, its maintenance history newest first, its hazards and its attachments. 登记维护… records
 * the soonest due; a plan, a record or a hazard opens with a double-click.
 */
public class AssetEditor extends SecurityEditorPart {

    private Asset asset;
    private RecordForm form;
    private TableViewer plans;
    private TableViewer history;
    private TableViewer hazards;
    private List<MaintenanceRecord> records = List.of();
    private List<MaintenanceDue> dues = List.of();

    @Override
    protected void openedLedger(IEditorInput input) throws PartInitException {
        asset = storedRecord(input, Asset.class);
    }

    @Override
    protected void createContents(Composite parent) {
        GridLayoutFactory.swtDefaults().margins(10, 8).applyTo(parent);
        problemsLabel(parent);
        Composite header = new Composite(parent, SWT.NONE);
        GridLayoutFactory.fillDefaults().numColumns(6).spacing(10, 6).applyTo(header);
        GridDataFactory.fillDefaults().grab(true, false).applyTo(header);
        form = new RecordForm(domain(), asset, items(), () -> {
        });
        form.field(header, Literals.ASSET__NAME, 1);
        form.field(header, Literals.ASSET__CATEGORY, 1);
        form.field(header, Literals.ASSET__CODE, 1);
        form.field(header, Literals.ASSET__LOCATION, 1);
        form.field(header, Literals.ASSET__STATUS, 1);
        form.field(header, Literals.ASSET__COMMISSIONED_ON, 1);
        form.choice(header, Literals.ASSET__RESPONSIBLE, SecurityUi.staff(ledger()), record -> ((org.garrison.model.core.Person) record).getName());
        if (asset.getCategory() == AssetCategory.VEHICLE) {
            form.field(header, Literals.ASSET__INSPECTION_DUE, 1);
            form.field(header, Literals.ASSET__INSURANCE_DUE, 1);
        }

        Group plansGroup = group(parent, Messages.Asset_plans, 2, false);
        plans = ViewerColumns.table(plansGroup);
        GridDataFactory.fillDefaults().grab(true, false).hint(SWT.DEFAULT, 80).applyTo(plans.getControl());
        ViewerColumns.add(plans, MaintenancePlan.class, Messages.Asset_plan, 180, MaintenancePlan::getDescription);
        ViewerColumns.add(plans, MaintenancePlan.class, Messages.Asset_planKind, 90,
                plan -> plan.getAsset() == null ? NLS.bind(Messages.Asset_categoryPlan, SecurityTexts.label(plan.getCategory(), SecurityUi.locale())) : Messages.Asset_ownPlan);
        ViewerColumns.add(plans, MaintenancePlan.class, Messages.DueList_interval, 80, plan -> SecurityTexts.interval(plan, SecurityUi.locale()));
        ViewerColumns.add(plans, MaintenancePlan.class, Messages.Asset_checklist, 70, plan -> String.valueOf(plan.getChecklist().size()));
        ViewerColumns.add(plans, MaintenancePlan.class, Messages.Register_nextDue, 110, plan -> dueOf(plan));
        plans.addDoubleClickListener(event -> open(first(plans), SecurityUi.DEFAULT_EDITOR));
        Composite planButtons = new Composite(plansGroup, SWT.NONE);
        GridLayoutFactory.fillDefaults().applyTo(planButtons);
        GridDataFactory.fillDefaults().align(SWT.FILL, SWT.BEGINNING).applyTo(planButtons);
        Button addPlan = new Button(planButtons, SWT.PUSH);
        addPlan.setText(Messages.Asset_addPlan);
        addPlan.addListener(SWT.Selection, event -> addPlan());
        GridDataFactory.fillDefaults().applyTo(addPlan);
        Button record = new Button(planButtons, SWT.PUSH);
        record.setText(Messages.DueList_record);
        record.addListener(SWT.Selection, event -> recordMaintenance());
        GridDataFactory.fillDefaults().applyTo(record);

        Group historyGroup = group(parent, Messages.Asset_history, 1, true);
        history = ViewerColumns.table(historyGroup);
        GridDataFactory.fillDefaults().grab(true, true).hint(SWT.DEFAULT, 140).applyTo(history.getControl());
        ViewerColumns.add(history, MaintenanceRecord.class, org.garrison.internal.security.Messages.Register_date, 110, each -> SecurityTexts.date(each.getDate()));
        ViewerColumns.add(history, MaintenanceRecord.class, Messages.Asset_plan, 160, each -> each.getWork());
        ViewerColumns.add(history, MaintenanceRecord.class, Messages.Asset_by, 80, each -> each.getPerformedBy() == null ? "" : each.getPerformedBy().getName()); //$NON-NLS-1$
        ViewerColumns.add(history, MaintenanceRecord.class, Messages.Asset_results, 110, AssetEditor::results);
        ViewerColumns.add(history, MaintenanceRecord.class, Messages.Asset_findings, 220, each -> each.getFindings() == null ? "" : each.getFindings()); //$NON-NLS-1$
        history.addDoubleClickListener(event -> open(first(history), SecurityUi.INSPECTION_EDITOR));

        Group hazardsGroup = group(parent, Messages.Asset_hazards, 1, false);
        hazards = ViewerColumns.table(hazardsGroup);
        GridDataFactory.fillDefaults().grab(true, false).hint(SWT.DEFAULT, 70).applyTo(hazards.getControl());
        ViewerColumns.add(hazards, Hazard.class, org.garrison.internal.security.Messages.Register_foundOn, 110, hazard -> SecurityTexts.date(hazard.getFoundOn()));
        ViewerColumns.add(hazards, Hazard.class, org.garrison.internal.security.Messages.Register_hazard, 260, Hazard::getDescription);
        ViewerColumns.add(hazards, Hazard.class, org.garrison.internal.security.Messages.Register_state, 80, hazard -> SecurityTexts.label(hazard.getState(), SecurityUi.locale()));
        ViewerColumns.add(hazards, Hazard.class, org.garrison.internal.security.Messages.Register_deadline, 110, hazard -> SecurityTexts.date(hazard.getDeadline()));
        hazards.addDoubleClickListener(event -> open(first(hazards), SecurityUi.HAZARD_EDITOR));

        AttachmentsSection attachments = new AttachmentsSection(parent, domain(), session(), asset);
        GridDataFactory.fillDefaults().grab(true, false).hint(SWT.DEFAULT, 110).applyTo(attachments.control());
        refresh();
        installGlobalActions();
    }

    private static Group group(Composite parent, String title, int columns, boolean grows) {
        Group group = new Group(parent, SWT.NONE);
        group.setText(title);
        GridLayoutFactory.swtDefaults().numColumns(columns).applyTo(group);
        GridDataFactory.fillDefaults().grab(true, grows).applyTo(group);
        return group;
    }

    private void refresh() {
        try {
            records = SecurityLedgers.recordsOf(session(), asset);
            List<MaintenanceRecord> all = new java.util.ArrayList<>(records);
            session().resource().getContents().stream().filter(MaintenanceRecord.class::isInstance).map(MaintenanceRecord.class::cast)
                    .filter(each -> each.getAsset() == asset && !all.contains(each)).forEach(each -> all.add(0, each));
            records = all;
        } catch (StoreException e) {
            MessageDialog.openError(getSite().getShell(), getPartName(), e.getMessage());
        }
        dues = SecurityLedgers.plansOf(ledger(), asset).stream().map(plan -> MaintenanceDues.of(asset, plan, records)).toList();
        plans.setInput(SecurityLedgers.plansOf(ledger(), asset));
        history.setInput(records);
        hazards.setInput(ledger().getHazards().stream().filter(hazard -> hazard.getAsset() == asset).toList());
        showProblems();
    }

    private String dueOf(MaintenancePlan plan) {
        return dues.stream().filter(due -> due.plan() == plan).findFirst().map(due -> SecurityTexts.date(due.due())).orElse(""); //$NON-NLS-1$
    }

    private static String results(MaintenanceRecord record) {
        long failed = record.getResults().stream().filter(result -> result.getOutcome() == CheckOutcome.FAIL).count();
        return record.getResults().isEmpty() ? "" : failed == 0 ? Messages.Asset_allPassed : NLS.bind(Messages.Asset_failed, failed); //$NON-NLS-1$
    }

    private void addPlan() {
        MaintenancePlan plan = SecurityFactory.eINSTANCE.createMaintenancePlan();
        plan.setDescription(NLS.bind(Messages.Asset_newPlan, asset.getName()));
        plan.setInterval(1);
        plan.setIntervalUnit(IntervalUnit.MONTH);
        plan.setStartDate(SecurityUi.today());
        plan.setResponsible(asset.getResponsible());
        domain().getCommandStack().execute(AddCommand.create(domain(), asset, Literals.ASSET__PLANS, plan));
    }

    private void recordMaintenance() {
        MaintenanceDue soonest = dues.stream().min(java.util.Comparator.comparing(MaintenanceDue::due)).orElse(null);
        if (soonest == null) {
            MessageDialog.openInformation(getSite().getShell(), getPartName(), Messages.Asset_noPlan);
            return;
        }
        DueListEditor.completeIn(this, List.of(soonest));
    }

    private void open(Object record, String editor) {
        if (record instanceof org.eclipse.emf.ecore.EObject object) {
            SecurityUi.open(getSite().getPage(), session(), object, getPartName(), editor);
        }
    }

    private static Object first(TableViewer viewer) {
        return ((IStructuredSelection) viewer.getSelection()).getFirstElement();
    }

    @Override
    protected void commandStackChanged() {
        refresh();
    }

    @Override
    protected void reverted() {
        form.reset();
        refresh();
    }

    @Override
    public List<String> problems() {
        List<String> problems = new java.util.ArrayList<>(validationProblems(asset));
        records.stream().filter(each -> session().idOf(each).isEmpty()).forEach(each -> problems.addAll(validationProblems(each)));
        return problems.stream().distinct().toList();
    }

    public Asset asset() {
        return asset;
    }

    public TableViewer history() {
        return history;
    }

    public TableViewer plans() {
        return plans;
    }

    @Override
    public void setFocus() {
        plans.getControl().setFocus();
    }

    static LocalDate today() {
        return SecurityUi.today();
    }
}
