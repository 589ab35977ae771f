package org.garrison.internal.security.ui;

import java.util.List;

import org.eclipse.emf.edit.command.AddCommand;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Label;
import org.eclipse.ui.IEditorInput;
import org.eclipse.ui.PartInitException;
import org.garrison.internal.security.SecuritySettings;
import org.garrison.model.security.Drill;
import org.garrison.model.security.Hazard;
import org.garrison.model.security.HazardSeverity;
import org.garrison.model.security.HazardSource;
import org.garrison.model.security.HazardState;
import org.garrison.model.security.SecurityFactory;
import org.garrison.model.security.SecurityPackage.Literals;
import org.garrison.ui.editor.AttachmentsSection;
import org.garrison.ui.editor.RecordForm;

/**
 * A drill (演练): scenario, day, participants, evaluation and findings, photos and the plan as
 * attachments; 登记为隐患 turns the findings into a hazard raised by the drill.
 */
public class DrillEditor extends SecurityEditorPart {

    private Drill drill;
    private RecordForm form;
    private Label raised;

    @Override
    protected void openedLedger(IEditorInput input) throws PartInitException {
        drill = storedRecord(input, Drill.class);
    }

    @Override
    protected void createContents(Composite parent) {
        GridLayoutFactory.swtDefaults().margins(10, 8).applyTo(parent);
        problemsLabel(parent);
        Composite header = new Composite(parent, SWT.NONE);
        GridLayoutFactory.fillDefaults().numColumns(6).spacing(10, 6).applyTo(header);
        GridDataFactory.fillDefaults().grab(true, false).applyTo(header);
        form = new RecordForm(domain(), drill, items(), () -> {
        });
        form.field(header, Literals.DRILL__SCENARIO, 1);
        form.field(header, Literals.DRILL__DATE, 1);
        form.field(header, Literals.DRILL__PARTICIPANTS, 1);
        form.longText(header, Literals.DRILL__EVALUATION, 5, 50);
        form.longText(header, Literals.DRILL__FINDINGS, 5, 50);
        Composite bar = new Composite(parent, SWT.NONE);
        GridLayoutFactory.fillDefaults().numColumns(2).applyTo(bar);
        Button raise = new Button(bar, SWT.PUSH);
        raise.setText(Messages.Drill_raise);
        raise.addListener(SWT.Selection, event -> raiseHazard());
        raised = new Label(bar, SWT.NONE);
        GridDataFactory.fillDefaults().grab(true, false).applyTo(raised);
        AttachmentsSection attachments = new AttachmentsSection(parent, domain(), session(), drill);
        GridDataFactory.fillDefaults().grab(true, true).applyTo(attachments.control());
        showRaised();
        installGlobalActions();
    }

    /** 登记为隐患: the findings as a hazard raised by the drill (once). */
    public void raiseHazard() {
        if (drill.getFindings() == null || drill.getFindings().isBlank()) {
            MessageDialog.openInformation(getSite().getShell(), getPartName(), Messages.Drill_noFindings);
            return;
        }
        if (!hazards().isEmpty()) {
            MessageDialog.openInformation(getSite().getShell(), getPartName(), Messages.Drill_alreadyRaised);
            return;
        }
        Hazard hazard = SecurityFactory.eINSTANCE.createHazard();
        hazard.setDescription(drill.getFindings());
        hazard.setFoundOn(drill.getDate());
        hazard.setSource(HazardSource.SELF_CHECK);
        hazard.setSeverity(HazardSeverity.MINOR);
        hazard.setState(HazardState.PENDING);
        hazard.setRaisedBy(drill);
        hazard.setDeadline(drill.getDate() == null ? null : drill.getDate().plusDays(SecuritySettings.deadlineDays()));
        domain().getCommandStack().execute(AddCommand.create(domain(), ledger(), Literals.SECURITY_LEDGER__HAZARDS, hazard));
    }

    private List<Hazard> hazards() {
        return ledger().getHazards().stream().filter(hazard -> hazard.getRaisedBy() == drill).toList();
    }

    private void showRaised() {
        raised.setText(NLS.bind(Messages.Drill_raised, hazards().size()));
        raised.getParent().layout(true);
        showProblems();
    }

    @Override
    protected void commandStackChanged() {
        showRaised();
    }

    @Override
    protected void reverted() {
        form.reset();
        showRaised();
    }

    @Override
    public List<String> problems() {
        List<String> problems = new java.util.ArrayList<>(validationProblems(drill));
        hazards().forEach(hazard -> problems.addAll(validationProblems(hazard)));
        return problems.stream().distinct().toList();
    }

    @Override
    public void setFocus() {
        raised.getParent().setFocus();
    }
}
