package org.garrison.internal.security.ui;

import java.util.List;

import org.eclipse.emf.common.command.Command;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.jface.window.Window;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Label;
import org.eclipse.ui.IEditorInput;
import org.eclipse.ui.PartInitException;
import org.garrison.internal.security.HazardWorkflow;
import org.garrison.internal.security.SecurityTexts;
import org.garrison.model.core.Person;
import org.garrison.model.security.Asset;
import org.garrison.model.security.Hazard;
import org.garrison.model.security.HazardState;
import org.garrison.model.security.MaintenanceRecord;
import org.garrison.model.security.SecurityPackage.Literals;
import org.garrison.ui.editor.AttachmentsSection;
import org.garrison.ui.editor.RecordForm;

/**
 * A hazard (隐患) and its rectification: what, where, found when and how, severity, owner, deadline and
 * measures; its state advanced step by step (开始整改, 整改完成…, 验收…), each step with its day and person
 * and refused with the reason when it cannot be taken (验收 before 整改完成, or by the rectifier); photos
 * before and after as attachments. Overdue hazards say so in red.
 */
public class HazardEditor extends SecurityEditorPart {

    private Hazard hazard;
    private RecordForm form;
    private Label stateLine;
    private Button start;
    private Button rectify;
    private Button accept;

    @Override
    protected void openedLedger(IEditorInput input) throws PartInitException {
        hazard = storedRecord(input, Hazard.class);
    }

    @Override
    protected void createContents(Composite parent) {
        GridLayoutFactory.swtDefaults().margins(10, 8).applyTo(parent);
        problemsLabel(parent);
        Composite steps = new Composite(parent, SWT.NONE);
        GridLayoutFactory.fillDefaults().numColumns(4).applyTo(steps);
        GridDataFactory.fillDefaults().grab(true, false).applyTo(steps);
        stateLine = new Label(steps, SWT.WRAP);
        GridDataFactory.fillDefaults().grab(true, false).applyTo(stateLine);
        start = button(steps, Messages.Hazard_start, () -> step(() -> HazardWorkflow.startRectifying(domain(), hazard)));
        rectify = button(steps, Messages.Hazard_rectify, this::rectify);
        accept = button(steps, Messages.Hazard_accept, this::accept);
        Composite header = new Composite(parent, SWT.NONE);
        GridLayoutFactory.fillDefaults().numColumns(6).spacing(10, 6).applyTo(header);
        GridDataFactory.fillDefaults().grab(true, false).applyTo(header);
        form = new RecordForm(domain(), hazard, items(), () -> {
        });
        form.longText(header, Literals.HAZARD__DESCRIPTION, 5, 40);
        form.field(header, Literals.HAZARD__FOUND_ON, 1);
        form.field(header, Literals.HAZARD__SOURCE, 1);
        form.field(header, Literals.HAZARD__SEVERITY, 1);
        form.choice(header, Literals.HAZARD__ASSET, ledger().getAssets(), asset -> ((Asset) asset).getName());
        form.choice(header, Literals.HAZARD__OWNER, SecurityUi.staff(ledger()), person -> ((Person) person).getName());
        form.field(header, Literals.HAZARD__DEADLINE, 1);
        form.field(header, Literals.HAZARD__CHECK_ITEM, 5);
        form.longText(header, Literals.HAZARD__MEASURES, 5, 50);
        AttachmentsSection attachments = new AttachmentsSection(parent, domain(), session(), hazard);
        attachments.control().setText(Messages.Hazard_photos);
        GridDataFactory.fillDefaults().grab(true, true).applyTo(attachments.control());
        showState();
        installGlobalActions();
    }

    private static Button button(Composite parent, String text, Runnable action) {
        Button button = new Button(parent, SWT.PUSH);
        button.setText(text);
        button.addListener(SWT.Selection, event -> action.run());
        return button;
    }

    private interface Step {
        Command command() throws HazardWorkflow.StepRefused;
    }

    private void step(Step step) {
        try {
            domain().getCommandStack().execute(step.command());
        } catch (HazardWorkflow.StepRefused refused) {
            MessageDialog.openWarning(getSite().getShell(), getPartName(), refused.getMessage());
        }
    }

    private void rectify() {
        StepDialog dialog = new StepDialog(getSite().getShell(), Messages.Hazard_rectifyTitle, hazard.getDescription(), session(), ledger(), hazard.getOwner());
        if (dialog.open() == Window.OK) {
            rectified(dialog.day(), dialog.person());
        }
    }

    private void accept() {
        if (hazard.getState() != HazardState.RECTIFIED) {
            step(() -> HazardWorkflow.accept(domain(), hazard, SecurityUi.today(), null)); // says why it cannot be accepted yet
            return;
        }
        StepDialog dialog = new StepDialog(getSite().getShell(), Messages.Hazard_acceptTitle, hazard.getDescription(), session(), ledger(), null);
        if (dialog.open() == Window.OK) {
            accepted(dialog.day(), dialog.person());
        }
    }

    /** 整改完成 on the day by the person (the dialog's answer). */
    public void rectified(java.time.LocalDate day, Person by) {
        step(() -> HazardWorkflow.rectify(domain(), hazard, day, by));
    }

    /** 验收 on the day by the person (the dialog's answer); refused with the reason when it cannot be. */
    public void accepted(java.time.LocalDate day, Person by) {
        step(() -> HazardWorkflow.accept(domain(), hazard, day, by));
    }

    private void showState() {
        if (stateLine == null || stateLine.isDisposed()) {
            return;
        }
        String raised = hazard.getRaisedBy() instanceof MaintenanceRecord record ? NLS.bind(Messages.Hazard_raisedByRecord, SecurityTexts.date(record.getDate()))
                : hazard.getRaisedBy() != null ? Messages.Hazard_raisedByDrill : ""; //$NON-NLS-1$
        String state = NLS.bind(Messages.Hazard_state, new Object[] { SecurityTexts.label(hazard.getState(), SecurityUi.locale()),
                step(hazard.getRectifiedOn(), hazard.getRectifiedBy()), step(hazard.getAcceptedOn(), hazard.getAcceptedBy()), raised });
        boolean overdue = hazard.overdueOn(SecurityUi.today());
        stateLine.setText(overdue ? NLS.bind(Messages.Hazard_overdue, state, SecurityTexts.date(hazard.getDeadline())) : state);
        stateLine.setForeground(overdue ? stateLine.getDisplay().getSystemColor(SWT.COLOR_RED) : null);
        start.setEnabled(hazard.getState() == HazardState.PENDING);
        rectify.setEnabled(hazard.getState() == HazardState.PENDING || hazard.getState() == HazardState.RECTIFYING);
        accept.setEnabled(hazard.getState() != HazardState.ACCEPTED);
        stateLine.getParent().layout(true);
        showProblems();
    }

    private static String step(java.time.LocalDate day, Person by) {
        return day == null ? "—" : SecurityTexts.date(day) + (by == null ? "" : " " + by.getName()); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
    }

    @Override
    protected void commandStackChanged() {
        showState();
    }

    @Override
    protected void reverted() {
        form.reset();
        showState();
    }

    @Override
    public List<String> problems() {
        return validationProblems(hazard);
    }

    public Hazard hazard() {
        return hazard;
    }

    public Label stateLine() {
        return stateLine;
    }

    @Override
    public void setFocus() {
        stateLine.getParent().setFocus();
    }
}
