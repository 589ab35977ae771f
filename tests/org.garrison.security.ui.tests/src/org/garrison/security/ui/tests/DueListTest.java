package org.garrison.security.ui.tests;

import static org.assertj.core.api.Assertions.assertThat;
import static org.garrison.testing.ui.WorkbenchDriver.button;
import static org.garrison.testing.ui.WorkbenchDriver.command;
import static org.garrison.testing.ui.WorkbenchDriver.named;
import static org.garrison.testing.ui.WorkbenchDriver.page;
import static org.garrison.testing.ui.WorkbenchDriver.settle;
import static org.garrison.testing.ui.WorkbenchDriver.whenOpened;

import java.util.List;

import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Event;
import org.eclipse.swt.widgets.TableItem;
import org.eclipse.swt.widgets.Text;
import org.garrison.internal.security.DueWindow;
import org.garrison.internal.security.MaintenanceDue;
import org.garrison.internal.security.ui.DueListEditor;
import org.garrison.internal.security.ui.SecurityUi;
import org.garrison.model.security.Hazard;
import org.garrison.model.security.HazardState;
import org.garrison.model.security.MaintenanceRecord;
import org.garrison.model.security.SecurityPackage;
import org.garrison.store.StoreSession;
import org.garrison.store.query.Query;
import org.garrison.ui.GarrisonUI;
import org.junit.jupiter.api.Test;

/**
 * 到期维护 as staff use it: overdue rows red and this week's amber; ten assets chosen and recorded in one
 * step through the dialog (ten records, ten new due days), one Undo takes them all back, Save writes
 * them; one asset's checklist with a failed item records a hazard with the asset and the item.
 */
class DueListTest extends SecurityUiTest {

    @Test
    void tenAssetsAreRecordedInOneStepUndoneAndSaved() throws Exception {
        command("org.garrison.security.openDueList");
        DueListEditor editor = (DueListEditor) page().getActiveEditor();
        assertThat(editor.dues()).isNotEmpty().anySatisfy(due -> assertThat(due.window(TODAY)).isEqualTo(DueWindow.OVERDUE));
        for (TableItem item : editor.table().getTable().getItems()) {
            DueWindow window = ((MaintenanceDue) item.getData()).window(TODAY);
            assertThat(item.getBackground().getRGB()).as(window.name()).isEqualTo(window == DueWindow.OVERDUE ? SecurityUi.RED
                    : window == DueWindow.TODAY || window == DueWindow.THIS_WEEK ? SecurityUi.AMBER : editor.table().getTable().getBackground().getRGB());
        }
        long records = stored();
        List<MaintenanceDue> chosen = editor.dues().stream().filter(due -> due.window(TODAY) == DueWindow.OVERDUE || due.window(TODAY) == DueWindow.THIS_MONTH
                || due.window(TODAY) == DueWindow.THIS_WEEK).limit(10).toList();
        assertThat(chosen).hasSize(10);
        editor.select(chosen);
        whenOpened("登记维护", shell -> {
            ((Text) named(shell, "notes")).setText("例行检查，情况正常");
            button(shell, "登记").notifyListeners(SWT.Selection, new Event());
        });
        button(editor.table().getControl().getParent(), "登记维护…").notifyListeners(SWT.Selection, new Event());
        settle();

        assertThat(editor.isDirty()).isTrue();
        List<MaintenanceRecord> added = editor.session().resource().getContents().stream().filter(MaintenanceRecord.class::isInstance)
                .map(MaintenanceRecord.class::cast).filter(record -> editor.session().idOf(record).isEmpty()).toList();
        assertThat(added).hasSize(10).allSatisfy(record -> {
            assertThat(record.getDate()).isEqualTo(TODAY);
            assertThat(record.getFindings()).isEqualTo("例行检查，情况正常");
        });
        // each asset's next due moved on a full interval from today: out of this month's list
        for (MaintenanceDue due : chosen) {
            assertThat(editor.dues()).noneMatch(shown -> shown.asset() == due.asset() && shown.plan() == due.plan());
        }

        page().activate(editor); // back in the list after the dialog
        settle();
        command("org.eclipse.ui.edit.undo");
        assertThat(editor.session().resource().getContents()).doesNotContainAnyElementsOf(added);
        assertThat(editor.isDirty()).isFalse();
        assertThat(editor.dues()).anySatisfy(shown -> assertThat(shown.asset()).isSameAs(chosen.get(0).asset()));

        command("org.eclipse.ui.edit.redo");
        editor.doSave(new org.eclipse.core.runtime.NullProgressMonitor());
        settle();
        assertThat(editor.isDirty()).isFalse();
        assertThat(stored()).isEqualTo(records + 10);
        for (MaintenanceDue due : chosen) {
            assertThat(editor.dues()).noneMatch(shown -> shown.asset() == due.asset() && shown.plan() == due.plan());
        }
    }

    @Test
    void aFailedChecklistItemRecordsAHazardWithTheAssetAndTheItem() throws Exception {
        command("org.garrison.security.openDueList");
        DueListEditor editor = (DueListEditor) page().getActiveEditor();
        MaintenanceDue due = editor.dues().stream().filter(each -> each.plan().getChecklist().size() >= 2).findFirst().orElseThrow();
        String item = due.plan().getChecklist().get(1).getText();
        editor.select(List.of(due));
        whenOpened("登记维护", shell -> {
            ((Combo) named(shell, "outcome.1")).select(1);
            // the note is missing: refused with a message, nothing recorded
            button(shell, "登记").notifyListeners(SWT.Selection, new Event());
            ((Text) named(shell, "note.1")).setText("压力不足");
            button(shell, "登记").notifyListeners(SWT.Selection, new Event());
        });
        button(editor.table().getControl().getParent(), "登记维护…").notifyListeners(SWT.Selection, new Event());
        settle();

        List<Hazard> raised = editor.ledger().getHazards().stream().filter(hazard -> item.equals(hazard.getCheckItem())
                && hazard.getRaisedBy() instanceof MaintenanceRecord record && editor.session().idOf(record).isEmpty()).toList();
        assertThat(raised).singleElement().satisfies(hazard -> {
            assertThat(hazard.getAsset()).isSameAs(due.asset());
            assertThat(hazard.getDescription()).contains(due.asset().getName()).contains(item).contains("压力不足");
            assertThat(hazard.getState()).isEqualTo(HazardState.PENDING);
        });
        editor.doSave(new org.eclipse.core.runtime.NullProgressMonitor());
        settle();
        try (StoreSession session = GarrisonUI.getStore().openSession()) {
            assertThat(session.<Hazard>list(Query.of(SecurityPackage.Literals.HAZARD))).anySatisfy(hazard -> {
                assertThat(hazard.getCheckItem()).isEqualTo(item);
                assertThat(hazard.getDescription()).contains("压力不足");
            });
        }
    }

    private static long stored() throws Exception {
        try (StoreSession session = GarrisonUI.getStore().openSession()) {
            return session.count(Query.of(SecurityPackage.Literals.MAINTENANCE_RECORD));
        }
    }
}
