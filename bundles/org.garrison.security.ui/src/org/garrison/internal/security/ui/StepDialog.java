package org.garrison.internal.security.ui;

import java.time.LocalDate;

import org.eclipse.jface.dialogs.IDialogConstants;
import org.eclipse.jface.dialogs.TitleAreaDialog;
import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Shell;
import org.garrison.model.core.Person;
import org.garrison.model.security.SecurityLedger;
import org.garrison.store.StoreSession;
import org.garrison.ui.editor.DateField;
import org.garrison.ui.editor.DateTexts;

/** A step of a hazard's rectification (整改完成, 验收): its day and who took it. */
final class StepDialog extends TitleAreaDialog {

    private final String title;
    private final String message;
    private final StoreSession session;
    private final SecurityLedger ledger;
    private final Person initial;
    private DateField dateField;
    private PersonChoice by;
    private LocalDate day;
    private Person person;

    StepDialog(Shell shell, String title, String message, StoreSession session, SecurityLedger ledger, Person initial) {
        super(shell);
        this.title = title;
        this.message = message;
        this.session = session;
        this.ledger = ledger;
        this.initial = initial;
    }

    @Override
    protected Control createDialogArea(Composite parent) {
        Composite area = (Composite) super.createDialogArea(parent);
        setTitle(title);
        setMessage(message);
        Composite body = new Composite(area, SWT.NONE);
        GridLayoutFactory.swtDefaults().numColumns(2).margins(10, 10).applyTo(body);
        GridDataFactory.fillDefaults().grab(true, true).applyTo(body);
        new Label(body, SWT.NONE).setText(Messages.Step_date);
        dateField = new DateField(body);
        dateField.text().setText(DateTexts.format(SecurityUi.today()));
        GridDataFactory.fillDefaults().grab(true, false).applyTo(dateField);
        new Label(body, SWT.NONE).setText(Messages.Step_by);
        by = new PersonChoice(body, session, SecurityUi.staff(ledger), initial);
        return area;
    }

    @Override
    protected void configureShell(Shell shell) {
        super.configureShell(shell);
        shell.setText(title);
    }

    @Override
    protected void createButtonsForButtonBar(Composite parent) {
        createButton(parent, IDialogConstants.OK_ID, IDialogConstants.OK_LABEL, true);
        createButton(parent, IDialogConstants.CANCEL_ID, IDialogConstants.CANCEL_LABEL, false);
    }

    @Override
    protected void okPressed() {
        day = DateTexts.parse(dateField.text().getText());
        person = by.selected();
        if (day == null) {
            setErrorMessage(Messages.Completion_badDate);
            return;
        }
        if (day.isAfter(SecurityUi.today())) {
            setErrorMessage(Messages.Step_future);
            return;
        }
        if (person == null) {
            setErrorMessage(Messages.Completion_noPerson);
            return;
        }
        super.okPressed();
    }

    LocalDate day() {
        return day;
    }

    Person person() {
        return person;
    }
}
