package org.garrison.security.ui.tests;

import static org.assertj.core.api.Assertions.assertThat;
import static org.garrison.testing.ui.WorkbenchDriver.answerDialog;
import static org.garrison.testing.ui.WorkbenchDriver.command;
import static org.garrison.testing.ui.WorkbenchDriver.page;
import static org.garrison.testing.ui.WorkbenchDriver.settle;
import static org.garrison.testing.ui.WorkbenchDriver.waitUntil;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.swt.widgets.TableItem;
import org.garrison.internal.security.ActivityMatrix;
import org.garrison.internal.security.SecurityLedgers;
import org.garrison.internal.security.ui.ActivityMatrixEditor;
import org.garrison.internal.security.ui.AssetRegisterEditor;
import org.garrison.internal.security.ui.HazardBoardEditor;
import org.garrison.internal.security.ui.HazardEditor;
import org.garrison.internal.security.ui.SecurityUi;
import org.garrison.internal.security.ui.StatisticsEditor;
import org.garrison.model.core.Person;
import org.garrison.model.security.Asset;
import org.garrison.model.security.AssetCategory;
import org.garrison.model.security.Hazard;
import org.garrison.model.security.HazardState;
import org.garrison.model.security.SafetyActivityKind;
import org.garrison.model.security.SecurityLedger;
import org.garrison.spreadsheet.TableFiles;
import org.garrison.store.StoreSession;
import org.garrison.ui.GarrisonUI;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A hazard taken through its steps in its editor (accepting before rectification and by the rectifier
 * refused with the reason), the hazard board's columns, the asset register with its filters and its
 * overdue marks, the quarterly matrix's colours, the statistics and their workbook.
 */
class HazardAndViewsTest extends SecurityUiTest {

    @TempDir
    Path folder;

    @Test
    void aHazardIsAcceptedOnlyAfterRectificationAndNotByItsRectifier() throws Exception {
        HazardEditor editor;
        try (StoreSession session = GarrisonUI.getStore().openSession()) {
            SecurityLedger ledger = SecurityLedgers.read(session);
            Hazard open = org.garrison.model.security.SecurityFactory.eINSTANCE.createHazard();
            open.setDescription("营门照明损坏（测试" + System.nanoTime() + "）");
            open.setFoundOn(TODAY.minusDays(3));
            open.setDeadline(TODAY.plusDays(12));
            open.setSource(org.garrison.model.security.HazardSource.SELF_CHECK);
            open.setSeverity(org.garrison.model.security.HazardSeverity.MINOR);
            open.setState(HazardState.PENDING);
            open.setAsset(ledger.getAssets().get(0));
            ledger.getHazards().add(open);
            session.commit();
            editor = (HazardEditor) open(session, open, SecurityUi.HAZARD_EDITOR);
        }
        Hazard hazard = editor.hazard();
        List<Person> staff = SecurityUi.staff(editor.ledger());
        Person rectifier = staff.get(0);
        Person other = staff.get(1);

        List<String> refusal = answerDialog("t");
        editor.accepted(TODAY, other);
        settle();
        assertThat(String.join("", refusal)).contains("尚未整改");
        assertThat(hazard.getState()).isNotEqualTo(HazardState.ACCEPTED);

        editor.rectified(TODAY, rectifier);
        settle();
        assertThat(hazard.getState()).isEqualTo(HazardState.RECTIFIED);
        assertThat(editor.stateLine().getText()).contains("已整改").contains(rectifier.getName());
        List<String> second = answerDialog("t");
        editor.accepted(TODAY, rectifier);
        settle();
        assertThat(String.join("", second)).contains(rectifier.getName()).contains("不能验收");
        editor.accepted(TODAY, other);
        settle();
        assertThat(hazard.getState()).isEqualTo(HazardState.ACCEPTED);
        assertThat(editor.stateLine().getText()).contains("已验收").contains(other.getName());
        assertThat(editor.problems()).isEmpty();
        editor.doSave(new org.eclipse.core.runtime.NullProgressMonitor());
        settle();
        assertThat(editor.isDirty()).isFalse();

        command("org.garrison.security.openHazards");
        HazardBoardEditor board = (HazardBoardEditor) page().getActiveEditor();
        List<Object> accepted = new ArrayList<>();
        for (TableItem item : board.column(HazardState.ACCEPTED).getTable().getItems()) {
            accepted.add(((Hazard) item.getData()).getDescription());
        }
        assertThat(accepted).contains(hazard.getDescription());
        for (HazardState state : HazardState.VALUES) {
            for (TableItem item : board.column(state).getTable().getItems()) {
                assertThat(((Hazard) item.getData()).getState()).isEqualTo(state);
                boolean overdue = ((Hazard) item.getData()).overdueOn(TODAY);
                assertThat(item.getBackground().getRGB().equals(SecurityUi.RED)).isEqualTo(overdue);
            }
        }
    }

    @Test
    void theRegisterFiltersAndMarksOverdueAssets() throws Exception {
        command("org.garrison.security.openRegister");
        AssetRegisterEditor register = (AssetRegisterEditor) page().getActiveEditor();
        int all = register.ledger().getAssets().size();
        assertThat(register.table().shownRows()).hasSize(all);
        register.table().filter(0, "消防设施");
        settle();
        assertThat(register.table().shownRows()).isNotEmpty().hasSizeLessThan(all)
                .allSatisfy(row -> assertThat(((Asset) row).getCategory()).isEqualTo(AssetCategory.FIRE_EQUIPMENT));
        register.table().filter(0, "");
        settle();
        assertThat(register.table().shownRows()).hasSize(all);
    }

    @Test
    void theMatrixAndTheStatisticsShowTheYear() throws Exception {
        command("org.garrison.security.openActivities");
        ActivityMatrixEditor matrix = (ActivityMatrixEditor) page().getActiveEditor();
        ActivityMatrix cells = matrix.matrix();
        assertThat(matrix.table().getItemCount()).isEqualTo(4);
        for (int row = 0; row < 4; row++) {
            TableItem item = matrix.table().getItem(row);
            for (int quarter = 1; quarter <= 4; quarter++) {
                ActivityMatrix.Cell cell = cells.cell(SafetyActivityKind.VALUES.get(row), quarter);
                var background = item.getBackground(quarter).getRGB();
                switch (cell.state()) {
                    case HELD -> assertThat(background).isEqualTo(SecurityUi.GREEN);
                    case MISSING -> assertThat(background).isEqualTo(SecurityUi.RED);
                    case OPEN -> assertThat(background).isEqualTo(SecurityUi.AMBER);
                    case AHEAD -> assertThat(background).isEqualTo(matrix.table().getBackground().getRGB());
                }
            }
        }
        assertThat(cells.held()).isPositive();

        command("org.garrison.security.openStatistics");
        StatisticsEditor statistics = (StatisticsEditor) page().getActiveEditor();
        long found = statistics.ledger().getHazards().stream().filter(hazard -> hazard.getFoundOn().getYear() == TODAY.getYear()
                && !hazard.getFoundOn().isAfter(TODAY)).count();
        assertThat(statistics.statistics().hazards()).hasSize((int) found);
        Path workbook = folder.resolve("安全管理情况.xlsx");
        Job export = statistics.export(workbook);
        waitUntil(() -> export.getResult() != null);
        List<String> lines = new ArrayList<>();
        TableFiles.read(workbook, (number, cells2) -> lines.add(String.join(",", cells2)));
        assertThat(lines).contains("发现隐患（处）," + found, "完成维护（次）," + statistics.statistics().maintenance().size());
    }
}
