package org.garrison.internal.security.ui;

import java.util.List;

import org.eclipse.emf.common.command.Command;
import org.eclipse.emf.edit.command.SetCommand;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Group;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Text;
import org.eclipse.ui.IEditorInput;
import org.eclipse.ui.PartInitException;
import org.garrison.internal.security.Inspections;
import org.garrison.internal.security.SecuritySettings;
import org.garrison.internal.security.SecurityTexts;
import org.garrison.model.security.CheckOutcome;
import org.garrison.model.security.CheckResult;
import org.garrison.model.security.Hazard;
import org.garrison.model.security.MaintenanceRecord;
import org.garrison.model.security.SecurityPackage.Literals;
import org.garrison.ui.editor.AttachmentsSection;
import org.garrison.ui.editor.RecordForm;

/**
 * A maintenance or inspection record (检查维护记录): the day, who, the work, the findings, and its checklist
 * item by item (合格 / 不合格 / 不适用, what was found); 登记隐患 raises a hazard for every failed item
 * that has none yet, pre-filled with the asset, the item and the finding. Photos are its attachments.
 */
public class InspectionEditor extends SecurityEditorPart {

    private MaintenanceRecord record;
    private RecordForm form;
    private Composite checklist;
    private Label hazardsLine;

    @Override
    protected void openedLedger(IEditorInput input) throws PartInitException {
        record = storedRecord(input, MaintenanceRecord.class);
    }

    @Override
    protected void createContents(Composite parent) {
        GridLayoutFactory.swtDefaults().margins(10, 8).applyTo(parent);
        problemsLabel(parent);
        Label asset = new Label(parent, SWT.NONE);
        asset.setText(NLS.bind(Messages.Inspection_asset, record.getAsset() == null ? "" : record.getAsset().getName(), //$NON-NLS-1$
                record.getPlan() == null ? "" : record.getPlan().getDescription())); //$NON-NLS-1$
        Composite header = new Composite(parent, SWT.NONE);
        GridLayoutFactory.fillDefaults().numColumns(4).spacing(10, 6).applyTo(header);
        GridDataFactory.fillDefaults().grab(true, false).applyTo(header);
        form = new RecordForm(domain(), record, items(), () -> {
        });
        form.field(header, Literals.MAINTENANCE_RECORD__DATE, 1);
        form.choice(header, Literals.MAINTENANCE_RECORD__PERFORMED_BY, SecurityUi.staff(ledger()), person -> ((org.garrison.model.core.Person) person).getName());
        form.field(header, Literals.MAINTENANCE_RECORD__WORK, 1);
        form.field(header, Literals.MAINTENANCE_RECORD__COST, 1);
        form.longText(header, Literals.MAINTENANCE_RECORD__FINDINGS, 3, 40);

        Group results = new Group(parent, SWT.NONE);
        results.setText(Messages.Inspection_results);
        GridLayoutFactory.swtDefaults().applyTo(results);
        GridDataFactory.fillDefaults().grab(true, true).applyTo(results);
        checklist = new Composite(results, SWT.NONE);
        GridLayoutFactory.fillDefaults().numColumns(4).spacing(12, 6).applyTo(checklist);
        GridDataFactory.fillDefaults().grab(true, true).applyTo(checklist);
        Composite bar = new Composite(results, SWT.NONE);
        GridLayoutFactory.fillDefaults().numColumns(2).applyTo(bar);
        Button raise = new Button(bar, SWT.PUSH);
        raise.setText(Messages.Inspection_raise);
        raise.addListener(SWT.Selection, event -> raiseHazards());
        hazardsLine = new Label(bar, SWT.NONE);
        GridDataFactory.fillDefaults().grab(true, false).applyTo(hazardsLine);
        AttachmentsSection attachments = new AttachmentsSection(parent, domain(), session(), record);
        GridDataFactory.fillDefaults().grab(true, false).applyTo(attachments.control());
        showChecklist();
        installGlobalActions();
    }

    private void showChecklist() {
        for (org.eclipse.swt.widgets.Control child : checklist.getChildren()) {
            child.dispose();
        }
        for (CheckResult result : record.getResults()) {
            new Label(checklist, SWT.NONE).setText(result.getItem());
            Combo outcome = new Combo(checklist, SWT.READ_ONLY);
            CheckOutcome.VALUES.forEach(value -> outcome.add(SecurityTexts.label(value, SecurityUi.locale())));
            outcome.select(result.getOutcome().getValue());
            outcome.addListener(SWT.Selection, event -> execute(SetCommand.create(domain(), result, Literals.CHECK_RESULT__OUTCOME,
                    CheckOutcome.get(outcome.getSelectionIndex()))));
            Text note = new Text(checklist, SWT.BORDER);
            note.setText(result.getNote() == null ? "" : result.getNote()); //$NON-NLS-1$
            note.setMessage(Messages.Completion_itemNote);
            GridDataFactory.fillDefaults().grab(true, false).hint(260, SWT.DEFAULT).applyTo(note);
            note.addListener(SWT.FocusOut, event -> {
                String typed = note.getText().isBlank() ? null : note.getText().strip();
                if (!java.util.Objects.equals(typed, result.getNote())) {
                    execute(SetCommand.create(domain(), result, Literals.CHECK_RESULT__NOTE, typed));
                }
            });
            note.addListener(SWT.DefaultSelection, event -> note.notifyListeners(SWT.FocusOut, new org.eclipse.swt.widgets.Event()));
            Button photo = new Button(checklist, SWT.PUSH);
            photo.setText(photoText(result));
            photo.setToolTipText(Messages.Inspection_photoTip);
            photo.addListener(SWT.Selection, event -> choosePhoto(result));
        }
        checklist.layout(true, true);
        showHazards();
    }

    private static String photoText(CheckResult result) {
        return result.getPhoto() == null ? Messages.Inspection_photo : NLS.bind(Messages.Inspection_photoNamed, result.getPhoto().getName());
    }

    private void choosePhoto(CheckResult result) {
        org.eclipse.swt.widgets.FileDialog dialog = new org.eclipse.swt.widgets.FileDialog(getSite().getShell(), SWT.OPEN);
        dialog.setFilterExtensions(new String[] { "*.jpg;*.jpeg;*.png;*.gif;*.bmp", "*.*" }); //$NON-NLS-1$ //$NON-NLS-2$
        String chosen = dialog.open();
        if (chosen != null) {
            attachPhoto(result, java.nio.file.Path.of(chosen));
        }
    }

    /**
     * The photo of a checklist item: added to the record's attachments and named by the item, in one command
     * (one undo takes both back); a file over the limit or unreadable is refused with the reason.
     */
    public void attachPhoto(CheckResult result, java.nio.file.Path file) {
        org.garrison.model.core.Attachment photo;
        try {
            photo = org.garrison.ui.editor.AttachmentFiles.read(file, org.garrison.ui.editor.AttachmentFiles.limitMegabytes());
        } catch (java.io.IOException e) {
            MessageDialog.openError(getSite().getShell(), getPartName(), e.getMessage());
            return;
        }
        org.eclipse.emf.common.command.CompoundCommand attach = new org.eclipse.emf.common.command.CompoundCommand(Messages.Inspection_photo);
        attach.append(org.eclipse.emf.edit.command.AddCommand.create(domain(), record, org.garrison.model.core.CorePackage.Literals.RECORD__ATTACHMENTS, photo));
        attach.append(SetCommand.create(domain(), result, Literals.CHECK_RESULT__PHOTO, photo));
        execute(attach);
    }

    private void showHazards() {
        List<Hazard> raised = ledger().getHazards().stream().filter(hazard -> hazard.getRaisedBy() == record).toList();
        int waiting = Inspections.failedWithoutHazard(ledger(), record).size();
        hazardsLine.setText(NLS.bind(Messages.Inspection_hazards, raised.size(), waiting));
        hazardsLine.getParent().layout(true);
        showProblems();
    }

    private void execute(Command command) {
        domain().getCommandStack().execute(command);
    }

    /** 登记隐患: a hazard for every failed item without one. */
    public void raiseHazards() {
        Command raise = Inspections.raiseHazards(domain(), ledger(), record, SecuritySettings.deadlineDays());
        if (raise == null) {
            MessageDialog.openInformation(getSite().getShell(), getPartName(), Messages.Inspection_nothingToRaise);
            return;
        }
        execute(raise);
    }

    @Override
    protected void commandStackChanged() {
        List<Combo> outcomes = outcomes();
        List<Text> notes = notes();
        if (outcomes.size() != record.getResults().size()) {
            showChecklist();
            return;
        }
        // values follow undo and redo in place, so that the field being typed in keeps its focus
        List<Button> photos = java.util.Arrays.stream(checklist.getChildren()).filter(Button.class::isInstance).map(Button.class::cast).toList();
        for (int i = 0; i < outcomes.size(); i++) {
            photos.get(i).setText(photoText(record.getResults().get(i)));
            CheckResult result = record.getResults().get(i);
            outcomes.get(i).select(result.getOutcome().getValue());
            String note = result.getNote() == null ? "" : result.getNote(); //$NON-NLS-1$
            if (!notes.get(i).getText().strip().equals(note)) {
                notes.get(i).setText(note);
            }
        }
        showHazards();
    }

    @Override
    protected void reverted() {
        form.reset();
        showChecklist();
    }

    @Override
    public List<String> problems() {
        List<String> problems = new java.util.ArrayList<>(validationProblems(record));
        ledger().getHazards().stream().filter(hazard -> hazard.getRaisedBy() == record).forEach(hazard -> problems.addAll(validationProblems(hazard)));
        return problems.stream().distinct().toList();
    }

    public MaintenanceRecord record() {
        return record;
    }

    /** The outcome lists of the checklist, in its order (tests, keyboard users tab through them). */
    public List<Combo> outcomes() {
        return java.util.Arrays.stream(checklist.getChildren()).filter(Combo.class::isInstance).map(Combo.class::cast).toList();
    }

    public List<Text> notes() {
        return java.util.Arrays.stream(checklist.getChildren()).filter(Text.class::isInstance).map(Text.class::cast).toList();
    }

    @Override
    public void setFocus() {
        checklist.setFocus();
    }
}
