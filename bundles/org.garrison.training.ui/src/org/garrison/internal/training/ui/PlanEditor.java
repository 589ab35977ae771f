package org.garrison.internal.training.ui;

import java.util.ArrayList;
import java.util.List;

import org.eclipse.emf.ecore.EAttribute;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.edit.command.AddCommand;
import org.eclipse.emf.edit.command.RemoveCommand;
import org.eclipse.emf.edit.provider.AdapterFactoryItemDelegator;
import org.eclipse.emf.edit.provider.IItemPropertyDescriptor;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.jface.viewers.ArrayContentProvider;
import org.eclipse.jface.viewers.TableViewer;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.SWT;
import org.eclipse.swt.custom.SashForm;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swtchart.Chart;
import org.eclipse.ui.IEditorInput;
import org.eclipse.ui.PartInitException;
import org.garrison.internal.training.PlanDelivery;
import org.garrison.internal.training.TrainingLedgers;
import org.garrison.internal.training.TrainingTexts;
import org.garrison.model.training.PlanSubject;
import org.garrison.model.training.TrainingFactory;
import org.garrison.model.training.TrainingPackage.Literals;
import org.garrison.model.training.TrainingPlan;
import org.garrison.ui.charts.ChartSeries;
import org.garrison.ui.charts.Charts;
import org.garrison.ui.editor.RecordForm;
import org.garrison.ui.table.RecordColumn;
import org.garrison.ui.table.RecordTable;
import org.garrison.ui.table.ViewerColumns;

/**
 * 年度训练计划 (按纲施训): title and year; the subjects with their hours and the kind of training they are
 * for, edited in place (add, remove, undo); the plan against what the year's batches delivered, as a
 * table and a chart; and the next year's plan started as a copy of this one.
 */
public class PlanEditor extends TrainingEditorPart {

    private TrainingPlan plan;
    private RecordForm form;
    private RecordTable subjects;
    private TableViewer delivery;
    private Chart chart;
    private Label problemsLabel;

    @Override
    protected void openedLedger(IEditorInput input) throws PartInitException {
        plan = storedRecord(input, TrainingPlan.class);
    }

    @Override
    protected void createContents(Composite parent) {
        GridLayoutFactory.swtDefaults().margins(8, 6).applyTo(parent);
        problemsLabel = new Label(parent, SWT.WRAP);
        problemsLabel.setForeground(parent.getDisplay().getSystemColor(SWT.COLOR_RED));
        GridDataFactory.fillDefaults().grab(true, false).applyTo(problemsLabel);
        Composite header = new Composite(parent, SWT.NONE);
        GridLayoutFactory.fillDefaults().numColumns(5).spacing(10, 6).applyTo(header);
        GridDataFactory.fillDefaults().grab(true, false).applyTo(header);
        form = new RecordForm(domain(), plan, items(), () -> {
        });
        form.field(header, Literals.TRAINING_PLAN__TITLE, 1);
        form.field(header, Literals.TRAINING_PLAN__YEAR, 1);
        Button copy = new Button(header, SWT.PUSH);
        copy.setText(Messages.Plan_copy);
        copy.addListener(SWT.Selection, event -> copyForNextYear(true));
        SashForm sash = new SashForm(parent, SWT.VERTICAL);
        GridDataFactory.fillDefaults().grab(true, true).applyTo(sash);
        Composite top = new Composite(sash, SWT.NONE);
        GridLayoutFactory.fillDefaults().numColumns(2).applyTo(top);
        subjects = new RecordTable(top, List.of(
                RecordColumn.path(items(), Literals.PLAN_SUBJECT__NAME).width(160),
                RecordColumn.path(items(), Literals.PLAN_SUBJECT__HOURS).width(70),
                RecordColumn.path(items(), Literals.PLAN_SUBJECT__KIND).width(150),
                RecordColumn.path(items(), Literals.PLAN_SUBJECT__OUTLINE).width(300)), domain(), items());
        GridDataFactory.fillDefaults().grab(true, true).applyTo(subjects.natTable());
        Composite buttons = new Composite(top, SWT.NONE);
        GridLayoutFactory.fillDefaults().applyTo(buttons);
        GridDataFactory.fillDefaults().align(SWT.FILL, SWT.BEGINNING).applyTo(buttons);
        button(buttons, Messages.Plan_addSubject, this::addSubject);
        button(buttons, Messages.Plan_removeSubject, this::removeSelected);
        SashForm bottom = new SashForm(sash, SWT.HORIZONTAL);
        delivery = new TableViewer(bottom, SWT.BORDER | SWT.FULL_SELECTION | SWT.V_SCROLL);
        delivery.getTable().setHeaderVisible(true);
        delivery.getTable().setLinesVisible(true);
        delivery.setContentProvider(ArrayContentProvider.getInstance());
        ViewerColumns.add(delivery, PlanDelivery.Line.class, Messages.Plan_subject, 140, line -> line.subject().getName());
        ViewerColumns.add(delivery, PlanDelivery.Line.class, Messages.Plan_batches, 110, line -> NLS.bind(Messages.Plan_batchesValue, line.batchesDone(), line.batchesDue()));
        ViewerColumns.add(delivery, PlanDelivery.Line.class, Messages.Plan_planned, 90, line -> TrainingTexts.score(line.plannedHours()));
        ViewerColumns.add(delivery, PlanDelivery.Line.class, Messages.Plan_delivered, 90, line -> TrainingTexts.score(line.deliveredHours()));
        ViewerColumns.add(delivery, PlanDelivery.Line.class, Messages.Plan_share, 80, line -> TrainingTexts.share(line.batchesDue() == 0 ? Double.NaN : line.share()));
        chart = Charts.create(bottom, Charts.Kind.BAR, Messages.Plan_chart, new String[0], List.of());
        showState();
        installGlobalActions();
    }

    private static void button(Composite parent, String text, Runnable action) {
        Button button = new Button(parent, SWT.PUSH);
        button.setText(text);
        button.addListener(SWT.Selection, event -> action.run());
        GridDataFactory.fillDefaults().grab(true, false).applyTo(button);
    }

    /** A new subject of 8 hours for every kind: one command. */
    public void addSubject() {
        PlanSubject subject = TrainingFactory.eINSTANCE.createPlanSubject();
        subject.setName(NLS.bind(Messages.Plan_newSubject, plan.getSubjects().size() + 1));
        subject.setHours(8);
        domain().getCommandStack().execute(AddCommand.create(domain(), plan, Literals.TRAINING_PLAN__SUBJECTS, subject));
    }

    private void removeSelected() {
        List<EObject> selected = subjects.selectedRows();
        if (!selected.isEmpty()) {
            domain().getCommandStack().execute(RemoveCommand.create(domain(), plan, Literals.TRAINING_PLAN__SUBJECTS, selected));
        }
    }

    /** The next year's plan as a copy of this one: refused when it exists; one command (Save stores it). Answers the new plan or null. */
    public TrainingPlan copyForNextYear(boolean tell) {
        int next = plan.getYear() + 1;
        if (TrainingLedgers.plan(ledger(), next) != null) {
            if (tell) {
                MessageDialog.openInformation(getSite().getShell(), Messages.Plan_copy, NLS.bind(Messages.Plan_exists, next));
            }
            return null;
        }
        domain().getCommandStack().execute(PlanDelivery.copyForYear(domain(), ledger(), plan, next));
        TrainingPlan copy = TrainingLedgers.plan(ledger(), next);
        if (tell) {
            MessageDialog.openInformation(getSite().getShell(), Messages.Plan_copy, NLS.bind(Messages.Plan_copied, copy.getTitle()));
        }
        return copy;
    }

    @Override
    protected void commandStackChanged() {
        showState();
    }

    @Override
    public java.util.List<String> problems() {
        return validationProblems(plan);
    }

    @Override
    protected void reverted() {
        form.reset();
        showState();
    }

    private void showState() {
        if (delivery == null || delivery.getControl().isDisposed()) {
            return;
        }
        subjects.setRows(plan.getSubjects());
        subjects.refresh();
        List<PlanDelivery.Line> lines = PlanDelivery.of(plan, ledger(), TrainingUi.today());
        delivery.setInput(lines);
        Charts.update(chart, lines.stream().map(line -> line.subject().getName()).toArray(String[]::new),
                List.of(new ChartSeries(Messages.Plan_planned, lines.stream().mapToDouble(PlanDelivery.Line::plannedHours).toArray()),
                        new ChartSeries(Messages.Plan_delivered, lines.stream().mapToDouble(PlanDelivery.Line::deliveredHours).toArray())));
        problemsLabel.setText(problems().isEmpty() ? "" : NLS.bind(Messages.Batch_problems, String.join("\n", problems()))); //$NON-NLS-1$ //$NON-NLS-2$
        problemsLabel.getParent().layout(true);
    }

    public TrainingPlan plan() {
        return plan;
    }

    public RecordTable subjects() {
        return subjects;
    }

    public TableViewer delivery() {
        return delivery;
    }

    @Override
    public void setFocus() {
        subjects.natTable().setFocus();
    }
}
