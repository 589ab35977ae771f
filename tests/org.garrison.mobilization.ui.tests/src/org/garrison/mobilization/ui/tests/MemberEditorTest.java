package org.garrison.mobilization.ui.tests;

import static org.assertj.core.api.Assertions.assertThat;
import static org.garrison.testing.ui.WorkbenchDriver.command;
import static org.garrison.testing.ui.WorkbenchDriver.page;
import static org.garrison.testing.ui.WorkbenchDriver.settle;
import static org.garrison.testing.ui.WorkbenchDriver.waitUntil;

import java.util.ArrayList;
import java.util.List;

import org.eclipse.core.runtime.NullProgressMonitor;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Event;
import org.eclipse.swt.widgets.Text;
import org.eclipse.nebula.widgets.nattable.selection.command.SelectRowsCommand;
import org.garrison.internal.mobilization.ui.roster.RosterEditor;
import org.garrison.internal.ui.editor.RecordEditor;
import org.garrison.model.core.Person;
import org.garrison.model.mobilization.ArmedCadre;
import org.garrison.model.mobilization.MilitiaMember;
import org.garrison.model.mobilization.MobilizationPackage;
import org.garrison.store.StoreSession;
import org.garrison.store.query.Query;
import org.garrison.ui.GarrisonUI;
import org.garrison.ui.editor.RecordEditorInput;
import org.junit.jupiter.api.Test;

/**
 * A militia member opened from the roster is edited with its person's fields: a change undone,
 * redone, saved and read back; an invalid identity number marked and Save refused. A cadre's
 * monthly meetings are a table in the cadre's editor, with Add and Undo.
 */
class MemberEditorTest extends MobilizationUiTest {

    private static RecordEditor openFirstMember() throws Exception {
        RosterEditor roster = Workbench.openRoster();
        roster.table().sort(0, true);
        roster.table().selectionLayer().doCommand(new SelectRowsCommand(roster.table().selectionLayer(), 0, 0, false, false));
        roster.table().openSelected();
        settle();
        assertThat(page().getActiveEditor()).isInstanceOf(RecordEditor.class);
        return (RecordEditor) page().getActiveEditor();
    }

    @Test
    void aMembersPersonIsEditedWithTheMemberUndoneRedoneSavedAndReadBack() throws Exception {
        RecordEditor editor = openFirstMember();
        MilitiaMember member = (MilitiaMember) editor.record();
        Person person = member.getPerson();
        String name = person.getName();
        Text nameField = text(editor, name);
        Text identity = text(editor, person.getIdentityNumber());
        assertThat(identity).as("the person's identity number is a field of the member's editor").isNotNull();

        String changed = name + "改";
        type(nameField, changed);
        assertThat(person.getName()).isEqualTo(changed);
        command("org.eclipse.ui.edit.undo");
        assertThat(nameField.getText()).isEqualTo(name);
        command("org.eclipse.ui.edit.redo");
        assertThat(nameField.getText()).isEqualTo(changed);
        editor.doSave(new NullProgressMonitor());
        settle();
        assertThat(editor.isDirty()).isFalse();
        long id = editor.session().idOf(member).getAsLong();
        page().closeAllEditors(false);
        RecordEditor reopened = (RecordEditor) page().openEditor(new RecordEditorInput(id, MobilizationPackage.Literals.MILITIA_MEMBER, changed), RecordEditor.ID);
        assertThat(text(reopened, changed)).as("reopened, the member shows the saved name").isNotNull();

        String valid = ((MilitiaMember) reopened.record()).getPerson().getIdentityNumber();
        String wrong = valid.substring(0, 17) + (valid.charAt(17) == '1' ? '2' : '1');
        type(text(reopened, valid), wrong);
        assertThat(reopened.problems()).anySatisfy(problem -> assertThat(problem).contains("校验码"));
        NullProgressMonitor monitor = new NullProgressMonitor();
        reopened.doSave(monitor);
        assertThat(monitor.isCanceled()).as("save refused").isTrue();
        try (StoreSession reader = GarrisonUI.getStore().openSession()) {
            assertThat(((MilitiaMember) reader.find(id)).getPerson().getIdentityNumber()).isEqualTo(valid);
        }
    }

    @Test
    void aCadresMonthlyMeetingsAreATableWithAddAndUndo() throws Exception {
        long id;
        try (StoreSession session = GarrisonUI.getStore().openSession()) {
            List<ArmedCadre> cadres = session.list(Query.of(MobilizationPackage.Literals.ARMED_CADRE).page(0, 1));
            id = session.idOf(cadres.get(0)).getAsLong();
        }
        RecordEditor editor = (RecordEditor) page().openEditor(new RecordEditorInput(id, MobilizationPackage.Literals.ARMED_CADRE, "专武干部"), RecordEditor.ID);
        ArmedCadre cadre = (ArmedCadre) editor.record();
        int meetings = cadre.getMeetings().size();
        String rate = meetings == 0 ? "0.0%" : String.format("%.1f%%", 100.0 * cadre.getMeetings().stream().filter(m -> m.isAttended()).count() / meetings);
        assertThat(text(editor, rate)).as("the meeting attendance rate, computed, is shown").isNotNull();
        press(editor, "添加(&A)");
        assertThat(cadre.getMeetings()).hasSize(meetings + 1);
        String after = String.format("%.1f%%", 100.0 * cadre.getMeetings().stream().filter(m -> m.isAttended()).count() / (meetings + 1));
        assertThat(text(editor, after)).as("and follows the new meeting").isNotNull();
        assertThat(editor.isDirty()).isTrue();
        command("org.eclipse.ui.edit.undo");
        assertThat(cadre.getMeetings()).hasSize(meetings);
    }

    private static void type(Text text, String value) {
        text.setText(value);
        text.notifyListeners(SWT.DefaultSelection, null);
        settle();
    }

    private static void press(RecordEditor editor, String label) {
        for (Button button : all(editor.getSite().getShell(), Button.class)) {
            if (label.equals(button.getText())) {
                button.notifyListeners(SWT.Selection, new Event());
                settle();
                return;
            }
        }
        throw new AssertionError("no button " + label);
    }

    private static Text text(RecordEditor editor, String value) {
        return all(editor.getSite().getShell(), Text.class).stream().filter(t -> t.getText().equals(value)).findFirst().orElse(null);
    }

    private static <T extends Control> List<T> all(Composite parent, Class<T> type) {
        List<T> found = new ArrayList<>();
        for (Control child : parent.getChildren()) {
            if (type.isInstance(child)) {
                found.add(type.cast(child));
            }
            if (child instanceof Composite composite) {
                found.addAll(all(composite, type));
            }
        }
        return found;
    }
}
