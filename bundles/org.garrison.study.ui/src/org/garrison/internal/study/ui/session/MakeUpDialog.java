package org.garrison.internal.study.ui.session;

import java.time.LocalDate;
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
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Text;
import org.garrison.internal.study.StudyTexts;
import org.garrison.internal.study.ui.Messages;
import org.garrison.internal.study.ui.StudyUi;
import org.garrison.model.core.Person;
import org.garrison.model.study.MakeUpMethod;
import org.garrison.model.study.StudySession;
import org.garrison.ui.editor.DateField;
import org.garrison.ui.editor.DateTexts;

/** 登记补学: the day and the way (自学, 集中补课) absentees made a session up, and a note. */
final class MakeUpDialog extends TitleAreaDialog {

    private final StudySession session;
    private final List<Person> persons;
    private DateField dateField;
    private Combo methodCombo;
    private Text notesText;
    private LocalDate date;
    private MakeUpMethod method;
    private String notes;

    MakeUpDialog(Shell shell, StudySession session, List<Person> persons) {
        super(shell);
        this.session = session;
        this.persons = persons;
    }

    @Override
    protected Control createDialogArea(Composite parent) {
        Composite area = (Composite) super.createDialogArea(parent);
        setTitle(Messages.MakeUp_title);
        setMessage(NLS.bind(Messages.MakeUp_message, new Object[] { StudyTexts.names(persons), StudyTexts.date(session.getDate()),
                StudyTexts.label(session.getKind(), StudyUi.locale()) }));
        Composite body = new Composite(area, SWT.NONE);
        GridLayoutFactory.swtDefaults().numColumns(2).margins(10, 10).applyTo(body);
        GridDataFactory.fillDefaults().grab(true, true).applyTo(body);
        new Label(body, SWT.NONE).setText(Messages.MakeUp_date);
        dateField = new DateField(body);
        LocalDate today = StudyUi.today();
        dateField.text().setText(DateTexts.format(today.isBefore(session.getDate()) ? session.getDate() : today));
        GridDataFactory.fillDefaults().grab(true, false).applyTo(dateField);
        new Label(body, SWT.NONE).setText(Messages.MakeUp_method);
        methodCombo = new Combo(body, SWT.READ_ONLY);
        MakeUpMethod.VALUES.forEach(value -> methodCombo.add(StudyTexts.label(value, StudyUi.locale())));
        methodCombo.select(0);
        new Label(body, SWT.NONE).setText(Messages.MakeUp_notes);
        notesText = new Text(body, SWT.BORDER);
        GridDataFactory.fillDefaults().grab(true, false).hint(260, SWT.DEFAULT).applyTo(notesText);
        return area;
    }

    @Override
    protected void configureShell(Shell shell) {
        super.configureShell(shell);
        shell.setText(Messages.MakeUp_title);
    }

    @Override
    protected void okPressed() {
        LocalDate typed = DateTexts.parse(dateField.text().getText());
        if (typed == null) {
            setErrorMessage(Messages.MakeUp_badDate);
            return;
        }
        if (typed.isBefore(session.getDate())) {
            setErrorMessage(NLS.bind(Messages.MakeUp_beforeSession, StudyTexts.date(session.getDate())));
            return;
        }
        date = typed;
        method = MakeUpMethod.get(methodCombo.getSelectionIndex());
        notes = notesText.getText().isBlank() ? null : notesText.getText().strip();
        super.okPressed();
    }

    @Override
    protected void createButtonsForButtonBar(Composite parent) {
        createButton(parent, IDialogConstants.OK_ID, Messages.MakeUp_record, true);
        createButton(parent, IDialogConstants.CANCEL_ID, IDialogConstants.CANCEL_LABEL, false);
    }

    LocalDate date() {
        return date;
    }

    MakeUpMethod method() {
        return method;
    }

    String notes() {
        return notes;
    }
}
