package org.garrison.ui.tests;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import org.eclipse.core.runtime.NullProgressMonitor;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Text;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.PlatformUI;
import org.eclipse.ui.handlers.IHandlerService;
import org.garrison.internal.ui.editor.RecordEditor;
import org.garrison.ui.editor.RecordEditorInput;
import org.garrison.internal.ui.problems.ProblemsView;
import org.garrison.model.core.CoreFactory;
import org.garrison.model.core.CorePackage;
import org.garrison.model.core.District;
import org.garrison.model.core.Person;
import org.garrison.model.identity.IdentityNumber;
import org.garrison.store.StoreSession;
import org.garrison.ui.GarrisonUI;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * The record editor: a change through the field's widget, undone and redone with the workbench's
 * Undo and Redo commands, saved through the store and read back; an invalid identity number marked
 * at its field and refused at save.
 */
class RecordEditorTest {

    private IWorkbenchPage page() {
        return PlatformUI.getWorkbench().getActiveWorkbenchWindow().getActivePage();
    }

    @AfterEach
    void closeEditors() {
        page().closeAllEditors(false);
    }

    @Test
    void aChangeIsUndoneRedoneSavedAndReadBack() throws Exception {
        long id = TestPersons.stored("编辑测试", "编辑测试区");
        RecordEditor editor = (RecordEditor) page().openEditor(new RecordEditorInput(id, CorePackage.Literals.PERSON, "编辑测试"), RecordEditor.ID);
        Text name = text(editor, "编辑测试");

        type(name, "编辑测试改");
        assertThat(((Person) editor.record()).getName()).isEqualTo("编辑测试改");
        settle();
        assertThat(editor.isDirty()).isTrue();

        command("org.eclipse.ui.edit.undo");
        assertThat(name.getText()).isEqualTo("编辑测试");
        assertThat(editor.isDirty()).isFalse();
        command("org.eclipse.ui.edit.redo");
        assertThat(name.getText()).isEqualTo("编辑测试改");
        assertThat(editor.isDirty()).isTrue();

        editor.doSave(new NullProgressMonitor());
        settle();
        assertThat(editor.isDirty()).isFalse();

        type(name, "还原前");
        command("org.eclipse.ui.file.revert");
        assertThat(name.getText()).as("File > Revert goes back to what was saved").isEqualTo("编辑测试改");
        assertThat(editor.isDirty()).isFalse();
        try (StoreSession reader = GarrisonUI.getStore().openSession()) {
            assertThat(((Person) reader.find(id)).getName()).isEqualTo("编辑测试改");
        }
    }

    @Test
    void anInvalidIdentityNumberIsMarkedAndSaveIsRefused() throws Exception {
        long id = TestPersons.stored("号码测试", "编辑测试区");
        RecordEditor editor = (RecordEditor) page().openEditor(new RecordEditorInput(id, CorePackage.Literals.PERSON, "号码测试"), RecordEditor.ID);
        Person person = (Person) editor.record();
        String valid = person.getIdentityNumber();
        String wrong = valid.substring(0, 17) + (valid.charAt(17) == '0' ? '1' : '0');

        Text number = text(editor, valid);
        type(number, wrong);
        assertThat(editor.problems()).singleElement().asString().contains("校验码");

        ProblemsView problems = (ProblemsView) page().showView(GarrisonUI.PROBLEMS_VIEW_ID);
        settle();
        assertThat(problems.entries()).singleElement().satisfies(entry -> {
            assertThat(entry.editor()).isSameAs(editor);
            assertThat(entry.problem().field()).isEqualTo("公民身份号码");
            assertThat(entry.problem().message()).contains("校验码");
        });
        assertThat(((org.eclipse.jface.viewers.TableViewer) problems.getSite().getSelectionProvider()).getTable().getItemCount()).isEqualTo(1);
        assertThat(problems.open(problems.entries().get(0))).as("double-click goes to the field").isSameAs(number);
        settle();
        assertThat(page().getActivePart()).isSameAs(editor);
        NullProgressMonitor monitor = new NullProgressMonitor();
        editor.doSave(monitor);
        assertThat(monitor.isCanceled()).as("save refused").isTrue();
        assertThat(editor.isDirty()).isTrue();
        try (StoreSession reader = GarrisonUI.getStore().openSession()) {
            assertThat(((Person) reader.find(id)).getIdentityNumber()).isEqualTo(valid);
        }
    }


    private static void type(Text text, String value) {
        text.setFocus();
        text.setText(value);
        text.notifyListeners(SWT.DefaultSelection, null);
        settle();
    }

    private static void command(String id) throws Exception {
        PlatformUI.getWorkbench().getService(IHandlerService.class).executeCommand(id, null);
        settle();
    }

    private static Text text(RecordEditor editor, String value) {
        Composite top = editor.getSite().getShell();
        for (Text text : texts(top)) {
            if (text.getText().equals(value)) {
                return text;
            }
        }
        throw new AssertionError("no field shows " + value);
    }

    private static List<Text> texts(Composite parent) {
        List<Text> found = new ArrayList<>();
        for (Control child : parent.getChildren()) {
            if (child instanceof Text text) {
                found.add(text);
            } else if (child instanceof Composite composite) {
                found.addAll(texts(composite));
            }
        }
        return found;
    }

    private static void settle() {
        Display display = Display.getCurrent();
        while (display.readAndDispatch()) {
            // let posted updates (dirty state, undo enablement) run
        }
    }
}
