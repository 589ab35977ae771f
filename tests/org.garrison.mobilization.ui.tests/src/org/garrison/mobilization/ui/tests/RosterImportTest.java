package org.garrison.mobilization.ui.tests;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.entry;
import static org.assertj.core.api.Assertions.tuple;
import static org.garrison.testing.ui.WorkbenchDriver.settle;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.garrison.testing.ui.WorkbenchDriver;
import org.eclipse.core.runtime.NullProgressMonitor;
import org.eclipse.jface.wizard.WizardDialog;
import org.eclipse.ui.PlatformUI;
import org.garrison.internal.mobilization.ImportField;
import org.garrison.internal.mobilization.ImportPlan;
import org.garrison.internal.mobilization.ui.roster.imports.ImportRosterWizard;
import org.garrison.internal.mobilization.RosterImport;
import org.garrison.model.core.CorePackage;
import org.garrison.model.core.Person;
import org.garrison.model.identity.IdentityNumber;
import org.garrison.model.mobilization.MilitiaCategory;
import org.garrison.model.mobilization.MilitiaMember;
import org.garrison.model.mobilization.MilitiaUnit;
import org.garrison.model.mobilization.MobilizationLedger;
import org.garrison.model.mobilization.MobilizationPackage;
import org.garrison.spreadsheet.TableFiles;
import org.garrison.spreadsheet.TableWriter;
import org.garrison.store.StoreSession;
import org.garrison.store.query.Condition;
import org.garrison.store.query.FeaturePath;
import org.garrison.store.query.Query;
import org.garrison.ui.GarrisonUI;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Importing a roster file with good and bad rows: the report names each bad row's number, field
 * and problem; the valid rows are imported (new members added, a stored one updated), or nothing;
 * importing the same file again adds no one.
 */
class RosterImportTest extends MobilizationUiTest {

    @TempDir
    Path folder;

    private String unitName;
    private String storedIdentityNumber;
    /** A new name for the stored member on every run, so that the row changes it even in a workspace an earlier run left. */
    private final String storedName = "已有" + (char) ('甲' + (int) (System.nanoTime() % 10));
    private final String newOne = IdentityNumber.of("320102", LocalDate.of(1998, 4, 5), 700 + (int) (System.nanoTime() % 100));
    private final String newTwo = IdentityNumber.of("320102", LocalDate.of(2001, 9, 9), 800 + (int) (System.nanoTime() % 100));

    /** A unit whose name is unique in the district, and a member stored in it. */
    @BeforeEach
    void pickAUnitAndAMember() throws Exception {
        try (StoreSession session = GarrisonUI.getStore().openSession()) {
            session.loadRoots(CorePackage.Literals.DISTRICT);
            Map<String, List<MilitiaUnit>> byName = new HashMap<>();
            for (MobilizationLedger ledger : session.<MobilizationLedger>loadRoots(MobilizationPackage.Literals.MOBILIZATION_LEDGER)) {
                ledger.getUnits().forEach(unit -> index(unit, byName));
            }
            MilitiaUnit unit = byName.values().stream().filter(units -> units.size() == 1).map(units -> units.get(0))
                    .filter(u -> !u.getMembers().isEmpty()).findFirst().orElseThrow();
            unitName = unit.getName();
            storedIdentityNumber = unit.getMembers().get(0).getPerson().getIdentityNumber();
        }
    }

    private static void index(MilitiaUnit unit, Map<String, List<MilitiaUnit>> byName) {
        byName.computeIfAbsent(unit.getName(), name -> new ArrayList<>()).add(unit);
        unit.getSubUnits().forEach(sub -> index(sub, byName));
    }

    private Path rosterFile(String name) throws Exception {
        String wrongCheck = newOne.substring(0, 17) + (newOne.charAt(17) == '1' ? '2' : '1');
        Path file = folder.resolve(name);
        try (TableWriter writer = TableFiles.write(file, "名册")) {
            writer.row(List.of("姓名", "身份证号", "分队", "民兵类别", "入队时间", "职务", "退役军人", "备注"));
            writer.row(List.of("新甲", newOne, unitName, "基干", "2024-03-01", "班长", "是", "好的"));
            writer.row(List.of("错号", wrongCheck, unitName, "基干", "2024-03-01", "", "否", "校验码错"));
            writer.row(List.of("无队", newTwo.substring(0, 6) + "199001011234", "不存在的分队", "普通", "2024-03-01", "", "否", ""));
            writer.row(List.of("错日", IdentityNumber.of("320102", LocalDate.of(1995, 1, 1), 333), unitName, "普通", "2024-13-45", "", "否", ""));
            writer.row(List.of("重复", newOne, unitName, "基干", "2024-03-01", "", "否", "与第2行同号"));
            writer.row(List.of("", IdentityNumber.of("320102", LocalDate.of(1996, 2, 2), 444), unitName, "普通", "2024-03-01", "", "否", "无名"));
            writer.row(List.of(storedName, storedIdentityNumber, unitName, "基干", "2023-06-01", "排长", "否", "更新"));
            writer.row(List.of("新乙", newTwo, unitName, "普通", "2024年5月1日", "", "否", "好的"));
        }
        return file;
    }

    @Test
    void theReportNamesEveryBadRowAndTheValidRowsAreImportedOnce() throws Exception {
        Path file = rosterFile("名册.csv");
        Map<Integer, ImportField> mapping = RosterImport.guessMapping(RosterImport.header(file));
        assertThat(mapping).containsExactly(entry(0, ImportField.NAME), entry(1, ImportField.IDENTITY_NUMBER), entry(2, ImportField.UNIT),
                entry(3, ImportField.CATEGORY), entry(4, ImportField.JOIN_DATE), entry(5, ImportField.POSITION), entry(6, ImportField.VETERAN));
        long before = CompactDistrict.members();

        try (StoreSession session = GarrisonUI.getStore().openSession()) {
            ImportPlan plan = RosterImport.plan(file, mapping, session, new NullProgressMonitor());
            assertThat(plan.rows()).hasSize(8);
            assertThat(plan.validRows()).as(plan.problems().toString()).extracting(ImportPlan.Row::number).containsExactly(2, 8, 9);
            assertThat(plan.newMembers()).isEqualTo(2);
            assertThat(plan.updatedMembers()).isEqualTo(1);
            assertThat(plan.problems()).extracting(ImportPlan.Problem::row, ImportPlan.Problem::field).containsExactly(
                    tuple(3, "公民身份号码"), tuple(4, "所在分队"), tuple(4, "公民身份号码"), tuple(5, "入队日期"), tuple(6, "公民身份号码"), tuple(7, "姓名"));
            assertThat(plan.problems().get(0).message()).contains("校验码");
            // every problem of a row at once: the unknown unit and the number's wrong check character
            assertThat(plan.problems().get(1).message()).isEqualTo("没有名为“不存在的分队”的民兵分队：请改正分队名称，或先在民兵分队中建立它。");
            assertThat(plan.problems().get(2).message()).contains("校验码");
            assertThat(plan.problems().get(3).message()).isEqualTo("“2024-13-45”不是日期：请写成 2024-03-01 或 2024年3月1日。");
            assertThat(plan.problems().get(4).message()).isEqualTo("身份证号 " + newOne + " 在第 2 行已出现：同一人只能导入一次，请删除重复的行。");
            assertThat(plan.problems().get(5).message()).isEqualTo("姓名为空：每名民兵都要填写姓名。");
            plan.importValidRows(new NullProgressMonitor());
        }
        assertThat(CompactDistrict.members()).isEqualTo(before + 2);
        assertStored(newOne, "新甲", MilitiaCategory.CORE, LocalDate.of(2024, 3, 1), "班长", true);
        assertStored(newTwo, "新乙", MilitiaCategory.ORDINARY, LocalDate.of(2024, 5, 1), null, false);
        assertStored(storedIdentityNumber, storedName, MilitiaCategory.CORE, LocalDate.of(2023, 6, 1), "排长", false);

        Path again = folder.resolve("again.xlsx");
        try (TableWriter writer = TableFiles.write(again, "名册")) {
            TableFiles.read(file, (number, cells) -> {
                try {
                    writer.row(cells);
                } catch (java.io.IOException e) {
                    throw new java.io.UncheckedIOException(e);
                }
            });
        }
        try (StoreSession session = GarrisonUI.getStore().openSession()) {
            ImportPlan plan = RosterImport.plan(again, RosterImport.guessMapping(RosterImport.header(again)), session, new NullProgressMonitor());
            assertThat(plan.newMembers()).as("the same people again: no one new").isZero();
            assertThat(plan.updatedMembers()).as("the same values again: nothing to change").isZero();
            assertThat(plan.unchangedMembers()).isEqualTo(3);
            plan.importValidRows(new NullProgressMonitor());
        }
        assertThat(CompactDistrict.members()).as("no duplicates").isEqualTo(before + 2);
        try (StoreSession session = GarrisonUI.getStore().openSession()) {
            assertThat(session.count(Query.of(CorePackage.Literals.PERSON)
                    .where(Condition.eq(FeaturePath.of(CorePackage.Literals.PERSON__IDENTITY_NUMBER), newOne)))).isEqualTo(1);
        }
    }

    /** Units of one name in several towns: a town column says which, and without it the row is reported. */
    @Test
    void aUnitNameSharedByTownsIsToldApartByTheTownColumn() throws Exception {
        MilitiaUnit shared = null;
        String town = null;
        try (StoreSession session = GarrisonUI.getStore().openSession()) {
            session.loadRoots(CorePackage.Literals.DISTRICT);
            Map<String, List<MilitiaUnit>> byName = new HashMap<>();
            for (MobilizationLedger ledger : session.<MobilizationLedger>loadRoots(MobilizationPackage.Literals.MOBILIZATION_LEDGER)) {
                ledger.getUnits().forEach(unit -> index(unit, byName));
            }
            for (List<MilitiaUnit> units : byName.values()) {
                if (units.size() > 1 && units.get(0).getOrgUnit() != null && units.get(0).getOrgUnit().getParent() != null) {
                    shared = units.get(0);
                    town = shared.getOrgUnit().getParent().getName();
                    break;
                }
            }
        }
        assertThat(shared).as("the sample district has units of one name in several towns").isNotNull();
        String unitName = shared.getName();
        Path file = folder.resolve("同名.csv");
        String one = IdentityNumber.of("320102", LocalDate.of(1999, 7, 7), 500 + (int) (System.nanoTime() % 100));
        String two = IdentityNumber.of("320102", LocalDate.of(1999, 8, 8), 600 + (int) (System.nanoTime() % 100));
        try (TableWriter writer = TableFiles.write(file, "名册")) {
            writer.row(List.of("姓名", "身份证号", "乡镇（街道）", "分队", "类别", "入队日期"));
            writer.row(List.of("有镇", one, town, unitName, "普通", "2024-03-01"));
            writer.row(List.of("无镇", two, "", unitName, "普通", "2024-03-01"));
        }
        try (StoreSession session = GarrisonUI.getStore().openSession()) {
            ImportPlan plan = RosterImport.plan(file, RosterImport.guessMapping(RosterImport.header(file)), session, new NullProgressMonitor());
            assertThat(plan.validRows()).extracting(ImportPlan.Row::number).containsExactly(2);
            MilitiaUnit chosen = (MilitiaUnit) plan.validRows().get(0).values().get(ImportField.UNIT);
            assertThat(chosen.getName()).isEqualTo(unitName);
            assertThat(chosen.getOrgUnit().getParent().getName()).isEqualTo(town);
            assertThat(plan.problems()).singleElement().satisfies(problem -> {
                assertThat(problem.row()).isEqualTo(3);
                assertThat(problem.message()).startsWith("有多个名为“" + unitName + "”的民兵分队");
            });
        }
    }

    @Test
    void theWizardReportsTheProblemsAndImportsNothingWhenAskedTo() throws Exception {
        Path file = rosterFile("向导.xlsx");
        long before = CompactDistrict.members();
        ImportRosterWizard wizard = new ImportRosterWizard();
        var dialog = new WizardDialog(PlatformUI.getWorkbench().getActiveWorkbenchWindow().getShell(), wizard) {
            @Override
            public void finishPressed() {
                super.finishPressed();
            }
        };
        dialog.setBlockOnOpen(false);
        dialog.open();
        try {
            wizard.fileText().setText(file.toString());
            assertThat(wizard.canFinish()).isFalse();
            dialog.showPage(wizard.getPage("mapping"));
            settle();
            dialog.showPage(wizard.getPage("preview"));
            settle();
            assertThat(wizard.problemsTable().getTable().getItemCount()).isEqualTo(6);
            assertThat(wizard.problemsTable().getTable().getItem(1).getText(0)).isEqualTo("4");
            assertThat(wizard.problemsTable().getTable().getItem(1).getText(1)).isEqualTo("所在分队");
            assertThat(wizard.canFinish()).isTrue();
            wizard.chooseImportNothing(true);
            WorkbenchDriver.answerDialog("导入民兵名册");
            dialog.finishPressed();
            settle();
            assertThat(wizard.outcome()).isEqualTo("文件中有 5 行有问题，按您的选择没有导入任何行。");
        } finally {
            if (dialog.getShell() != null && !dialog.getShell().isDisposed()) {
                dialog.close();
            }
        }
        assertThat(CompactDistrict.members()).isEqualTo(before);
    }

    private static void assertStored(String identityNumber, String name, MilitiaCategory category, LocalDate joined, String position, boolean veteran)
            throws Exception {
        try (StoreSession session = GarrisonUI.getStore().openSession()) {
            List<MilitiaMember> found = session.list(Query.of(MobilizationPackage.Literals.MILITIA_MEMBER).where(Condition.eq(
                    FeaturePath.of(MobilizationPackage.Literals.MILITIA_MEMBER__PERSON, CorePackage.Literals.PERSON__IDENTITY_NUMBER), identityNumber)));
            assertThat(found).singleElement().satisfies(member -> {
                Person person = member.getPerson();
                assertThat(person.getName()).isEqualTo(name);
                assertThat(member.getCategory()).isEqualTo(category);
                assertThat(member.getJoinDate()).isEqualTo(joined);
                assertThat(member.getPosition()).isEqualTo(position);
                assertThat(member.isVeteran()).isEqualTo(veteran);
            });
        }
    }
}
