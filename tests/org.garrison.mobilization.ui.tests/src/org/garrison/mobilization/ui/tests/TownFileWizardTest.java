package org.garrison.mobilization.ui.tests;

import static org.assertj.core.api.Assertions.assertThat;
import static org.garrison.testing.ui.WorkbenchDriver.settle;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.eclipse.jface.wizard.WizardDialog;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Text;
import org.eclipse.ui.PlatformUI;
import org.garrison.internal.mobilization.RosterImport;
import org.garrison.internal.mobilization.RosterRoll;
import org.garrison.internal.mobilization.ui.rolls.WriteRollsDialog;
import org.garrison.internal.mobilization.ui.roster.imports.ImportRosterWizard;
import org.garrison.model.core.OrgUnit;
import org.garrison.model.core.OrgUnitLevel;
import org.garrison.model.identity.IdentityNumber;
import org.garrison.model.mobilization.MilitiaUnit;
import org.garrison.model.mobilization.MobilizationLedger;
import org.garrison.model.mobilization.MobilizationPackage;
import org.garrison.spreadsheet.TableFiles;
import org.garrison.spreadsheet.TableWriter;
import org.garrison.store.StoreSession;
import org.garrison.testing.ui.WorkbenchDriver;
import org.garrison.ui.GarrisonUI;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A town's file through the import wizard, as a user meets it: no unit column (the members go by
 * village), columns that match nothing listed on the mapping page, a row with two problems on the
 * check page, 导出问题清单's annotated copy, and the import of the valid rows; then 写出名册.
 */
class TownFileWizardTest extends MobilizationUiTest {

    @TempDir
    Path folder;

    @Test
    void aTownsFileGoesByVillageAndItsProblemsGoBackAnnotated() throws Exception {
        String town;
        String village;
        String unitLabel;
        String unitPath;
        try (StoreSession session = GarrisonUI.getStore().openSession()) {
            List<MilitiaUnit> units = new ArrayList<>();
            session.<MobilizationLedger> loadRoots(MobilizationPackage.Literals.MOBILIZATION_LEDGER).forEach(l -> l.getUnits().forEach(u -> all(u, units)));
            Map<OrgUnit, List<MilitiaUnit>> byPlace = units.stream().collect(Collectors.groupingBy(MilitiaUnit::getOrgUnit));
            OrgUnit place = byPlace.keySet().stream().filter(org -> org.getLevel() == OrgUnitLevel.VILLAGE || org.getLevel() == OrgUnitLevel.COMMUNITY)
                    .filter(org -> byPlace.get(org).size() == 1).findFirst().orElseThrow();
            village = place.getName();
            town = RosterRoll.townOf(place);
            unitLabel = RosterImport.unitLabel(byPlace.get(place).get(0));
            unitPath = RosterImport.unitPath(byPlace.get(place).get(0));
        }
        String good = IdentityNumber.of("320102", LocalDate.of(1999, 3, 3), 500 + (int) (System.nanoTime() % 200) * 2 + 1);
        String bad = IdentityNumber.of("320102", LocalDate.of(1997, 7, 7), 301);
        bad = bad.substring(0, 17) + (bad.charAt(17) == '1' ? '2' : '1');
        Path file = folder.resolve("乡镇名册.xlsx");
        try (TableWriter writer = TableFiles.write(file, "名册")) {
            writer.row(List.of("序号", "所属乡镇", "村（社区）", "姓名", "公民身份号码", "性别", "文化程度", "民兵类别", "入队时间", "工作单位", "身高"));
            writer.row(List.of("1", town, village, "向导甲", good, "男", "大学本科", "基干", "2024年3月1日", "农机站", "175"));
            writer.row(List.of("2", town, village, "向导乙", bad, "男", "大学肄业", "基干", "2024-03-01", "农机站", "170"));
        }

        ImportRosterWizard wizard = new ImportRosterWizard();
        WizardDialog dialog = new WizardDialog(PlatformUI.getWorkbench().getActiveWorkbenchWindow().getShell(), wizard);
        dialog.setBlockOnOpen(false);
        dialog.open();
        try {
            wizard.fileText().setText(file.toString());
            dialog.showPage(wizard.getPage("mapping"));
            settle();
            Label unmatched = (Label) WorkbenchDriver.named(dialog.getShell(), "unmatched");
            assertThat(unmatched.getText()).contains("身高").doesNotContain("序号");
            assertThat(((Button) WorkbenchDriver.named(dialog.getShell(), "byPlace")).getSelection()).as("no unit column: by village").isTrue();
            assertThat(((Button) WorkbenchDriver.named(dialog.getShell(), "byColumn")).getSelection()).isFalse();
            assertThat(((Combo) WorkbenchDriver.named(dialog.getShell(), "unitChoice")).getItems()).contains(unitLabel);

            dialog.showPage(wizard.getPage("preview"));
            settle();
            List<String> problems = new ArrayList<>();
            for (var item : wizard.problemsTable().getTable().getItems()) {
                problems.add(item.getText(0) + " " + item.getText(1));
            }
            assertThat(problems).containsExactlyInAnyOrder("3 公民身份号码", "3 文化程度");

            Path annotated = folder.resolve("乡镇名册-问题清单.xlsx");
            wizard.writeProblems(annotated);
            List<List<String>> back = new ArrayList<>();
            TableFiles.read(annotated, (number, cells) -> back.add(cells));
            assertThat(back.get(0)).endsWith("问题");
            assertThat(back.get(1)).hasSize(11);
            assertThat(back.get(2).get(11)).contains("公民身份号码：", "文化程度：");

            assertThat(wizard.canFinish()).isTrue();
            assertThat(wizard.performFinish()).isTrue();
            assertThat(wizard.outcome()).contains("新增 1 名");
        } finally {
            if (dialog.getShell() != null && !dialog.getShell().isDisposed()) {
                dialog.close();
            }
        }
        try (StoreSession session = GarrisonUI.getStore().openSession()) {
            List<MilitiaUnit> units = new ArrayList<>();
            session.<MobilizationLedger> loadRoots(MobilizationPackage.Literals.MOBILIZATION_LEDGER).forEach(l -> l.getUnits().forEach(u -> all(u, units)));
            MilitiaUnit unit = units.stream().filter(u -> RosterImport.unitLabel(u).equals(unitLabel)).findFirst().orElseThrow();
            assertThat(unit.getMembers()).anySatisfy(member -> {
                assertThat(member.getPerson().getIdentityNumber()).isEqualTo(good);
                assertThat(member.getPerson().getEmployer()).isEqualTo("农机站");
            });
        }

        // 写出名册: the unit's 人员花名册 holds the member just imported
        WriteRollsDialog rolls = new WriteRollsDialog(PlatformUI.getWorkbench().getActiveWorkbenchWindow().getShell());
        rolls.setBlockOnOpen(false);
        rolls.open();
        Path roll = folder.resolve("人员花名册.csv");
        Combo scope = (Combo) WorkbenchDriver.named(rolls.getShell(), "scope");
        scope.select(List.of(scope.getItems()).indexOf(unitLabel));
        ((Text) WorkbenchDriver.named(rolls.getShell(), "file")).setText(roll.toString());
        Button write = WorkbenchDriver.button(rolls.getShell(), "写出");
        assertThat(write.isEnabled()).isTrue();
        write.notifyListeners(org.eclipse.swt.SWT.Selection, new org.eclipse.swt.widgets.Event());
        settle();
        assertThat(rolls.outcome()).startsWith("已写出");
        List<List<String>> written = new ArrayList<>();
        TableFiles.read(roll, (number, cells) -> written.add(cells));
        int identity = written.get(0).indexOf("公民身份号码");
        assertThat(written.subList(1, written.size())).extracting(row -> row.get(identity)).contains(good);
        assertThat(written.subList(1, written.size())).extracting(row -> row.get(3)).containsOnly(unitPath);
    }

    private static void all(MilitiaUnit unit, List<MilitiaUnit> units) {
        units.add(unit);
        unit.getSubUnits().forEach(sub -> all(sub, units));
    }
}
