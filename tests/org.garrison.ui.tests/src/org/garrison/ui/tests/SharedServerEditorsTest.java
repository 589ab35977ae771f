package org.garrison.ui.tests;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Locale;
import java.util.Set;

import org.eclipse.core.runtime.NullProgressMonitor;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Text;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.PlatformUI;
import org.garrison.internal.ui.editor.RecordEditor;
import org.garrison.internal.ui.history.HistoryView;
import org.garrison.internal.ui.store.WorkbenchStore;
import org.garrison.model.core.CorePackage;
import org.garrison.model.core.Person;
import org.garrison.model.labels.ModelLabels;
import org.garrison.store.Access;
import org.garrison.store.CommitEvent;
import org.garrison.store.CommitListener;
import org.garrison.store.RecordChange;
import org.garrison.store.Role;
import org.garrison.store.Store;
import org.garrison.store.StoreException;
import org.garrison.store.StoreSession;
import org.garrison.store.StoreSettings;
import org.garrison.testing.ui.WorkbenchDriver;
import org.garrison.ui.GarrisonUI;
import org.garrison.ui.editor.RecordEditorInput;
import org.garrison.ui.editor.StoreEditorPart;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * What a shared server's user sees: a record their roles do not allow is read-only with the reason
 * over the editor, and Save refuses; 修改记录 lists who changed which field from what to what and
 * restores a field as a new change; an editor with unsaved changes is told when someone else changes
 * its record.
 */
class SharedServerEditorsTest {

    private static IWorkbenchPage page() {
        return WorkbenchDriver.page();
    }

    @AfterEach
    void closeEditors() {
        page().closeAllEditors(false);
    }

    @Test
    void aRecordOutsideTheUsersRolesOpensReadOnlyWithTheReasonAndSaveRefuses() throws Exception {
        long id = TestPersons.stored("只读测试", "只读测试区");
        Store real = GarrisonUI.getStore();
        WorkbenchStore.swap(new PlayingAnotherUser(real, new Access("JUNWU", Set.of(Role.TRAINING), false)));
        try {
            RecordEditor editor = (RecordEditor) page().openEditor(new RecordEditorInput(id, CorePackage.Literals.PERSON, "只读测试"), RecordEditor.ID);
            WorkbenchDriver.settle();
            assertThat(editor.readOnlyReason()).contains("JUNWU").contains("“动员”");
            assertThat(editor.getPartName()).isEqualTo("只读测试（只读）");
            Label notice = notice(editor.getSite().getShell());
            assertThat(notice.getText()).isEqualTo(editor.readOnlyReason());

            Text name = text(editor.getSite().getShell(), "只读测试");
            name.setFocus();
            name.setText("改名");
            name.notifyListeners(SWT.DefaultSelection, null);
            WorkbenchDriver.settle();
            assertThat(((Person) editor.record()).getName()).as("the change cannot execute").isEqualTo("只读测试");
            assertThat(editor.isDirty()).isFalse();

            List<String> said = WorkbenchDriver.answerDialog("无法保存");
            NullProgressMonitor monitor = new NullProgressMonitor();
            editor.doSave(monitor);
            assertThat(monitor.isCanceled()).isTrue();
            assertThat(String.join("\n", said)).contains("没有“动员”角色");
        } finally {
            WorkbenchStore.swap(real);
        }
        try (StoreSession reader = GarrisonUI.getStore().openSession()) {
            assertThat(((Person) reader.find(id)).getName()).isEqualTo("只读测试");
        }
    }

    @Test
    void theHistoryNamesWhoChangedWhichFieldAndRestoresAFieldAsANewChange() throws Exception {
        long id = TestPersons.stored("历史测试", "历史测试区");
        setPhone(id, "13800000001");
        setPhone(id, "13800000002");
        HistoryView history = (HistoryView) page().showView(HistoryView.ID);
        RecordEditor editor = (RecordEditor) page().openEditor(new RecordEditorInput(id, CorePackage.Literals.PERSON, "历史测试"), RecordEditor.ID);
        page().activate(editor);
        WorkbenchDriver.settle();
        WorkbenchDriver.waitUntil(() -> history.shown() != null && history.shown().size() == 3);

        RecordChange newest = history.shown().get(0);
        assertThat(newest.kind()).isEqualTo(CommitEvent.Kind.UPDATED);
        assertThat(newest.author()).isEqualTo(System.getProperty("user.name"));
        assertThat(newest.feature()).isEqualTo("phone");
        assertThat(newest.oldValue()).isEqualTo("13800000001");
        assertThat(newest.newValue()).isEqualTo("13800000002");
        assertThat(history.shown().get(2).kind()).isEqualTo(CommitEvent.Kind.INSERTED);
        String phoneLabel = ModelLabels.of(CorePackage.Literals.PERSON__PHONE, Locale.getDefault());
        assertThat(history.viewer().getTable().getItem(0).getText(3)).isEqualTo(phoneLabel);
        assertThat(history.viewer().getTable().getItem(0).getText(4)).isEqualTo("13800000001");
        assertThat(history.viewer().getTable().getItem(0).getText(5)).isEqualTo("13800000002");

        page().activate(history);
        history.viewer().setSelection(new org.eclipse.jface.viewers.StructuredSelection(newest), true);
        WorkbenchDriver.whenOpened("还原到此版本", shell -> {
            assertThat(WorkbenchDriver.labels(shell)).anyMatch(text -> text.contains(phoneLabel) && text.contains("13800000001"));
            press(shell, "确定");
        });
        assertThat(history.revertAction().isEnabled()).isTrue();
        history.revertAction().run();
        WorkbenchDriver.waitUntil(() -> history.shown().size() == 4);
        try (StoreSession reader = GarrisonUI.getStore().openSession()) {
            assertThat(((Person) reader.find(id)).getPhone()).isEqualTo("13800000001");
        }
        RecordChange restore = history.shown().get(0);
        assertThat(restore.oldValue()).isEqualTo("13800000002");
        assertThat(restore.newValue()).isEqualTo("13800000001");
        assertThat(history.shown().get(1)).as("the history is kept as it was").isEqualTo(newest);
    }

    @Test
    void anEditorWithUnsavedChangesIsToldWhenSomeoneElseChangesItsRecord() throws Exception {
        long id = TestPersons.stored("冲突测试", "冲突测试区");
        RecordEditor editor = (RecordEditor) page().openEditor(new RecordEditorInput(id, CorePackage.Literals.PERSON, "冲突测试"), RecordEditor.ID);
        WorkbenchDriver.settle();
        Text name = text(editor.getSite().getShell(), "冲突测试");
        name.setFocus();
        name.setText("冲突测试甲");
        name.notifyListeners(SWT.DefaultSelection, null);
        WorkbenchDriver.settle();
        assertThat(editor.isDirty()).isTrue();

        List<String> said = WorkbenchDriver.answerDialog("他人已修改这条记录");
        setPhone(id, "13900000009");
        WorkbenchDriver.waitUntil(() -> !said.isEmpty());
        assertThat(String.join("\n", said)).contains(System.getProperty("user.name")).contains("尚未保存");
        assertThat(editor.getPartName()).isEqualTo("冲突测试（他人已修改）");
        assertThat(editor.changedByOthers()).isNotNull();
    }

    private static void setPhone(long id, String phone) throws StoreException {
        try (StoreSession session = GarrisonUI.getStore().openSession()) {
            ((Person) session.find(id)).setPhone(phone);
            session.commit();
        }
    }

    private static Label notice(Composite parent) {
        Control found = WorkbenchDriver.first(parent, control -> Boolean.TRUE.equals(control.getData(StoreEditorPart.READ_ONLY_NOTICE)));
        assertThat(found).as("the read-only notice").isInstanceOf(Label.class);
        return (Label) found;
    }

    private static Text text(Composite parent, String value) {
        return WorkbenchDriver.textShowing(parent, value);
    }

    private static void press(Composite parent, String label) {
        WorkbenchDriver.button(parent, label).notifyListeners(SWT.Selection, null);
    }

    /** The workbench's store as another user of a shared server sees it: the same records, that user's roles. */
    private record PlayingAnotherUser(Store store, Access access) implements Store {

        @Override
        public StoreSettings settings() {
            return store.settings();
        }

        @Override
        public StoreSession openSession() {
            return store.openSession();
        }

        @Override
        public void addCommitListener(CommitListener listener) {
            store.addCommitListener(listener);
        }

        @Override
        public void removeCommitListener(CommitListener listener) {
            store.removeCommitListener(listener);
        }

        @Override
        public void close() {
            // the workbench closes the real store
        }
    }
}
