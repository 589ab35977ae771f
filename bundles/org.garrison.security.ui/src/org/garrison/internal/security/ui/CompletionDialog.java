package org.garrison.internal.security.ui;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import org.eclipse.jface.dialogs.IDialogConstants;
import org.eclipse.jface.dialogs.TitleAreaDialog;
import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Group;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Text;
import org.garrison.internal.security.MaintenanceCompletion;
import org.garrison.internal.security.MaintenanceDue;
import org.garrison.internal.security.SecurityTexts;
import org.garrison.model.core.Person;
import org.garrison.model.security.CheckOutcome;
import org.garrison.model.security.CheckResult;
import org.garrison.model.security.ChecklistItem;
import org.garrison.model.security.MaintenanceRecord;
import org.garrison.model.security.SecurityLedger;
import org.garrison.store.StoreSession;
import org.garrison.ui.editor.DateField;
import org.garrison.ui.editor.DateTexts;

/**
 * 登记维护: the day, who did it and notes for every chosen due; for a single asset, its checklist item by
 * item (合格 / 不合格 / 不适用, and what was found), a failed item raising a hazard with the record.
 */
final class CompletionDialog extends TitleAreaDialog {

    private final StoreSession session;
    private final SecurityLedger ledger;
    private final List<MaintenanceDue> dues;
    private final LocalDate today;
    private DateField dateField;
    private PersonChoice by;
    private Text notesText;
    private final List<Combo> outcomes = new ArrayList<>();
    private final List<Text> itemNotes = new ArrayList<>();
    private List<MaintenanceRecord> records;

    CompletionDialog(Shell shell, StoreSession session, SecurityLedger ledger, List<MaintenanceDue> dues, LocalDate today) {
        super(shell);
        this.session = session;
        this.ledger = ledger;
        this.dues = dues;
        this.today = today;
    }

    @Override
    protected Control createDialogArea(Composite parent) {
        Composite area = (Composite) super.createDialogArea(parent);
        setTitle(Messages.Completion_title);
        setMessage(dues.size() == 1 ? NLS.bind(Messages.Completion_messageOne, dues.get(0).asset().getName(), dues.get(0).plan().getDescription())
                : NLS.bind(Messages.Completion_messageMany, dues.size()));
        Composite body = new Composite(area, SWT.NONE);
        GridLayoutFactory.swtDefaults().numColumns(2).margins(10, 10).applyTo(body);
        GridDataFactory.fillDefaults().grab(true, true).applyTo(body);
        new Label(body, SWT.NONE).setText(Messages.Completion_date);
        dateField = new DateField(body);
        dateField.text().setText(DateTexts.format(today));
        GridDataFactory.fillDefaults().grab(true, false).applyTo(dateField);
        new Label(body, SWT.NONE).setText(Messages.Completion_by);
        MaintenanceDue first = dues.get(0);
        Person responsible = first.plan().getResponsible() != null ? first.plan().getResponsible() : first.asset().getResponsible();
        by = new PersonChoice(body, session, SecurityUi.staff(ledger), responsible);
        new Label(body, SWT.NONE).setText(Messages.Completion_notes);
        notesText = new Text(body, SWT.BORDER);
        notesText.setData("name", "notes"); //$NON-NLS-1$
        GridDataFactory.fillDefaults().grab(true, false).hint(320, SWT.DEFAULT).applyTo(notesText);
        if (dues.size() == 1 && !first.plan().getChecklist().isEmpty()) {
            Group checklist = new Group(body, SWT.NONE);
            checklist.setText(Messages.Completion_checklist);
            GridLayoutFactory.swtDefaults().numColumns(3).applyTo(checklist);
            GridDataFactory.fillDefaults().span(2, 1).grab(true, true).applyTo(checklist);
            for (ChecklistItem item : first.plan().getChecklist()) {
                new Label(checklist, SWT.NONE).setText(item.getText());
                Combo outcome = new Combo(checklist, SWT.READ_ONLY);
                CheckOutcome.VALUES.forEach(value -> outcome.add(SecurityTexts.label(value, SecurityUi.locale())));
                outcome.select(CheckOutcome.PASS_VALUE);
                outcome.setData("name", "outcome." + outcomes.size()); //$NON-NLS-1$
                outcomes.add(outcome);
                Text note = new Text(checklist, SWT.BORDER);
                note.setMessage(Messages.Completion_itemNote);
                note.setData("name", "note." + itemNotes.size()); //$NON-NLS-1$
                GridDataFactory.fillDefaults().grab(true, false).hint(220, SWT.DEFAULT).applyTo(note);
                itemNotes.add(note);
            }
        }
        return area;
    }

    @Override
    protected void configureShell(Shell shell) {
        super.configureShell(shell);
        shell.setText(Messages.Completion_title);
    }

    @Override
    protected void createButtonsForButtonBar(Composite parent) {
        createButton(parent, IDialogConstants.OK_ID, Messages.Completion_record, true);
        createButton(parent, IDialogConstants.CANCEL_ID, IDialogConstants.CANCEL_LABEL, false);
    }

    @Override
    protected void okPressed() {
        LocalDate day = DateTexts.parse(dateField.text().getText());
        String problem = day == null && !dateField.text().getText().isBlank() ? Messages.Completion_badDate : MaintenanceCompletion.problem(dues, day, today);
        if (problem == null && by.selected() == null) {
            problem = Messages.Completion_noPerson;
        }
        if (problem != null) {
            setErrorMessage(problem);
            return;
        }
        List<MaintenanceRecord> made = MaintenanceCompletion.records(dues, day, by.selected(), notesText.getText());
        for (int i = 0; i < outcomes.size(); i++) {
            CheckResult result = made.get(0).getResults().get(i);
            result.setOutcome(CheckOutcome.get(outcomes.get(i).getSelectionIndex()));
            result.setNote(itemNotes.get(i).getText().isBlank() ? null : itemNotes.get(i).getText().strip());
            if (result.getOutcome() == CheckOutcome.FAIL && result.getNote() == null) {
                setErrorMessage(NLS.bind(Messages.Completion_failNeedsNote, result.getItem()));
                itemNotes.get(i).setFocus();
                return;
            }
        }
        records = made;
        super.okPressed();
    }

    /** The records to add, once 登记 was pressed. */
    List<MaintenanceRecord> records() {
        return records;
    }

    DateField dateField() {
        return dateField;
    }

    PersonChoice by() {
        return by;
    }

    List<Combo> outcomes() {
        return outcomes;
    }

    List<Text> itemNotes() {
        return itemNotes;
    }
}
