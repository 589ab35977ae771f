package org.garrison.ui.tests;

import static org.assertj.core.api.Assertions.assertThat;
import static org.garrison.testing.ui.WorkbenchDriver.page;
import static org.garrison.testing.ui.WorkbenchDriver.settle;

import java.util.ArrayList;
import java.util.List;

import org.eclipse.core.runtime.NullProgressMonitor;
import org.eclipse.jface.action.StatusLineContributionItem;
import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.RGB;
import org.eclipse.swt.widgets.Text;
import org.eclipse.swt.widgets.TreeItem;
import org.eclipse.ui.PlatformUI;
import org.garrison.internal.ui.GarrisonActionBarAdvisor;
import org.garrison.internal.ui.editor.RecordEditor;
import org.garrison.internal.ui.reminders.Reminders;
import org.garrison.internal.ui.reminders.RemindersView;
import org.garrison.model.core.Person;
import org.garrison.ui.reminders.Reminder;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * 待办: the test contributor's overdue item shows in red under its area, opens its record, and is gone
 * once the record is fixed and saved; the status line's count of overdue items follows.
 */
class RemindersTest {

    @AfterEach
    void closeEditors() {
        page().closeAllEditors(false);
    }

    @Test
    void anOverdueItemShowsRedOpensItsRecordAndLeavesWhenFixed() throws Exception {
        String name = "待办测试" + (System.nanoTime() % 1000);
        TestPersons.stored(name, "待办测试区");
        Reminders.get().refreshNow();
        RemindersView view = (RemindersView) page().showView(RemindersView.ID);
        settle();
        TreeItem item = item(view, name);
        assertThat(item).as("the overdue item is listed").isNotNull();
        assertThat(item.getParentItem().getText(0)).startsWith("测试领域");
        assertThat(item.getForeground(0).getRGB()).as("overdue is red").isEqualTo(new RGB(0xC6, 0x28, 0x28));
        assertThat(item.getText(2)).isEqualTo("已逾期 3 天");
        long overdue = Reminders.get().overdue();
        assertThat(statusText()).isEqualTo("待办：" + overdue + " 项逾期");

        view.open((Reminder) item.getData());
        settle();
        assertThat(page().getActiveEditor()).isInstanceOf(RecordEditor.class);
        RecordEditor editor = (RecordEditor) page().getActiveEditor();
        assertThat(((Person) editor.record()).getName()).isEqualTo(name);
        Text phone = (Text) org.garrison.testing.ui.WorkbenchDriver.named(editor.getSite().getShell(), "phone");
        phone.setText("13905100000");
        phone.notifyListeners(SWT.DefaultSelection, null);
        editor.doSave(new NullProgressMonitor());
        settle();
        assertThat(editor.isDirty()).isFalse();

        org.garrison.testing.ui.WorkbenchDriver.waitUntil(() -> item(view, name) == null);
        assertThat(Reminders.get().overdue()).isEqualTo(overdue - 1);
        assertThat(statusText()).isEqualTo(overdue == 1 ? "" : "待办：" + (overdue - 1) + " 项逾期");
    }

    private static String statusText() {
        var window = (org.eclipse.ui.internal.WorkbenchWindow) PlatformUI.getWorkbench().getActiveWorkbenchWindow();
        StatusLineContributionItem item = (StatusLineContributionItem) window.getStatusLineManager().find(GarrisonActionBarAdvisor.STATUS_OVERDUE);
        return item.getText();
    }

    private static TreeItem item(RemindersView view, String name) {
        List<TreeItem> all = new ArrayList<>();
        for (TreeItem group : view.viewer().getTree().getItems()) {
            all.addAll(List.of(group.getItems()));
        }
        return all.stream().filter(i -> i.getText(0).endsWith(name)).findFirst().orElse(null);
    }
}
