package org.garrison.internal.study.ui.registers;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import org.eclipse.jface.dialogs.IDialogConstants;
import org.eclipse.jface.dialogs.TitleAreaDialog;
import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.DirectoryDialog;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Text;
import org.garrison.internal.study.ui.Messages;
import org.garrison.internal.study.ui.StudyUi;
import org.garrison.model.core.Person;
import org.garrison.model.study.StudyLedger;

/** Which registers to print: the year, everyone or one person, and the folder to write them into. */
final class RegistersDialog extends TitleAreaDialog {

    private final StudyLedger ledger;
    private final List<Person> persons = new ArrayList<>();
    private Combo yearCombo;
    private Combo personCombo;
    private Text folderText;
    private int year;
    private Person person;
    private Path folder;

    RegistersDialog(Shell shell, StudyLedger ledger) {
        super(shell);
        this.ledger = ledger;
        Set<Person> known = new LinkedHashSet<>();
        ledger.getGroups().forEach(group -> known.addAll(group.getMembers()));
        persons.addAll(known);
    }

    @Override
    protected Control createDialogArea(Composite parent) {
        Composite area = (Composite) super.createDialogArea(parent);
        setTitle(Messages.Registers_title);
        setMessage(Messages.Registers_message);
        Composite body = new Composite(area, SWT.NONE);
        GridLayoutFactory.swtDefaults().numColumns(3).margins(10, 10).applyTo(body);
        GridDataFactory.fillDefaults().grab(true, true).applyTo(body);
        new Label(body, SWT.NONE).setText(Messages.Registers_year);
        yearCombo = new Combo(body, SWT.READ_ONLY);
        int thisYear = StudyUi.today().getYear();
        for (int y = thisYear - 4; y <= thisYear; y++) {
            yearCombo.add(String.valueOf(y));
        }
        yearCombo.select(4);
        GridDataFactory.fillDefaults().span(2, 1).applyTo(yearCombo);
        new Label(body, SWT.NONE).setText(Messages.Registers_person);
        personCombo = new Combo(body, SWT.READ_ONLY);
        personCombo.add(Messages.Registers_everyone);
        persons.forEach(each -> personCombo.add(each.getName()));
        personCombo.select(0);
        personCombo.setVisibleItemCount(20);
        GridDataFactory.fillDefaults().span(2, 1).applyTo(personCombo);
        new Label(body, SWT.NONE).setText(Messages.Registers_folder);
        folderText = new Text(body, SWT.BORDER);
        folderText.setText(System.getProperty("user.home")); //$NON-NLS-1$
        GridDataFactory.fillDefaults().grab(true, false).hint(300, SWT.DEFAULT).applyTo(folderText);
        Button browse = new Button(body, SWT.PUSH);
        browse.setText(Messages.Registers_browse);
        browse.addListener(SWT.Selection, event -> {
            DirectoryDialog dialog = new DirectoryDialog(getShell());
            dialog.setFilterPath(folderText.getText());
            String chosen = dialog.open();
            if (chosen != null) {
                folderText.setText(chosen);
            }
        });
        return area;
    }

    @Override
    protected void configureShell(Shell shell) {
        super.configureShell(shell);
        shell.setText(Messages.Registers_title);
    }

    @Override
    protected void createButtonsForButtonBar(Composite parent) {
        createButton(parent, IDialogConstants.OK_ID, Messages.Registers_print, true);
        createButton(parent, IDialogConstants.CANCEL_ID, IDialogConstants.CANCEL_LABEL, false);
    }

    @Override
    protected void okPressed() {
        Path chosen = Path.of(folderText.getText().strip());
        if (!Files.isDirectory(chosen) || !Files.isWritable(chosen)) {
            setErrorMessage(Messages.Registers_badFolder);
            return;
        }
        folder = chosen;
        year = Integer.parseInt(yearCombo.getText());
        person = personCombo.getSelectionIndex() <= 0 ? null : persons.get(personCombo.getSelectionIndex() - 1);
        super.okPressed();
    }

    int year() {
        return year;
    }

    Person person() {
        return person;
    }

    Path folder() {
        return folder;
    }

    StudyLedger ledger() {
        return ledger;
    }
}
