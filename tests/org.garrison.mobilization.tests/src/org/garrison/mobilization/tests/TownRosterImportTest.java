package org.garrison.mobilization.tests;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.apache.derby.jdbc.EmbeddedDataSource;
import org.eclipse.core.runtime.NullProgressMonitor;
import org.garrison.internal.mobilization.ImportField;
import org.garrison.internal.mobilization.ImportPlan;
import org.garrison.internal.mobilization.ProblemFiles;
import org.garrison.internal.mobilization.RosterImport;
import org.garrison.internal.mobilization.RosterImportException;
import org.garrison.internal.mobilization.RollScope;
import org.garrison.internal.mobilization.RosterRoll;
import org.garrison.internal.mobilization.UnitRolls;
import org.garrison.internal.mobilization.UnitPlacement;
import org.garrison.model.core.OrgUnit;
import org.garrison.model.core.OrgUnitLevel;
import org.garrison.model.core.Person;
import org.garrison.model.core.PoliticalStatus;
import org.garrison.model.core.Education;
import org.garrison.model.identity.IdentityNumber;
import org.garrison.model.mobilization.MilitiaCategory;
import org.garrison.model.mobilization.MilitiaMember;
import org.garrison.model.mobilization.MilitiaUnit;
import org.garrison.model.mobilization.MobilizationLedger;
import org.garrison.model.mobilization.MobilizationPackage;
import org.garrison.sample.SampleDistrict;
import org.garrison.sample.SampleSize;
import org.garrison.spreadsheet.TableFiles;
import org.garrison.spreadsheet.TableWriter;
import org.garrison.store.Store;
import org.garrison.store.StoreSession;
import org.garrison.store.StoreSettings;
import org.garrison.testing.TestStores;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A town's roster as towns send it (no unit column, their own headers and wordings) with a planted
 * problem of every kind, imported by town into a generated district: exactly the planted rows are
 * refused, each with all its problems; the rest are stored; a second run changes nothing.
 */
class TownRosterImportTest {

    private static final List<String> HEADER = List.of("序号", "所属乡镇", "村（社区）", "姓名", "公民身份号码", "性别", "民族", "政治面貌", "文化程度",
            "民兵类别", "入队时间", "是否退役军人", "工作单位", "联系电话", "备注");
    private static final LocalDate TODAY = LocalDate.now();

    @TempDir
    Path folder;

    private Store store;
    private String town;
    private String village;
    private MilitiaUnit placeUnit;

    @BeforeEach
    void aGeneratedDistrict() throws Exception {
        store = TestStores.fresh("town-roster");
        try (StoreSession session = store.openSession()) {
            SampleDistrict.generate(7, SampleSize.TINY, TODAY).roots().forEach(session::add);
            session.commit();
        }
        try (StoreSession session = store.openSession()) {
            // a village (or community) with exactly one unit: the rows of the file belong there
            List<MilitiaUnit> units = new ArrayList<>();
            session.<MobilizationLedger> loadRoots(MobilizationPackage.Literals.MOBILIZATION_LEDGER).forEach(l -> l.getUnits().forEach(u -> all(u, units)));
            Map<OrgUnit, List<MilitiaUnit>> byPlace = units.stream().collect(Collectors.groupingBy(MilitiaUnit::getOrgUnit));
            OrgUnit place = byPlace.keySet().stream().filter(org -> org.getLevel() != OrgUnitLevel.TOWN && org.getLevel() != OrgUnitLevel.SUBDISTRICT
                    && org.getLevel() != OrgUnitLevel.DISTRICT && byPlace.get(org).size() == 1).findFirst().orElseThrow();
            placeUnit = byPlace.get(place).get(0);
            village = place.getName();
            town = RosterRoll.townOf(place);
        }
    }

    private static void all(MilitiaUnit unit, List<MilitiaUnit> units) {
        units.add(unit);
        unit.getSubUnits().forEach(sub -> all(sub, units));
    }

    @AfterEach
    void close() {
        store.close();
    }

    private static String number(int year, int month, int day, int sequence) {
        return IdentityNumber.of("320102", LocalDate.of(year, month, day), sequence);
    }

    private static String wrongCheck(String number) {
        char check = number.charAt(17);
        return number.substring(0, 17) + (check == '1' ? '2' : '1');
    }

    @Test
    void aTownsFileImportsByTownWithEveryProblemOfARowAtOnce() throws Exception {
        String first = number(1998, 4, 5, 711); // odd: male
        String second = number(2000, 9, 9, 822); // even: female
        String third = number(1996, 1, 20, 931);
        List<List<String>> rows = new ArrayList<>();
        rows.add(row(1, "张建国", first, "男", "中共党员", "大学本科", "基干", "2024年3月1日", "是"));
        rows.add(row(2, "李秀英", second, "女", "团员", "研究生", "普通", "2023-05-01", "×"));
        rows.add(row(3, "王强", third, "男", "群众", "职高", "基干民兵", "2022/7/1", "否"));
        rows.add(row(4, "赵错码", wrongCheck(number(1997, 3, 3, 111)), "男", "群众", "高中", "基干", "2024-01-01", "否")); // check character
        rows.add(row(5, "钱十七", number(1997, 3, 4, 113).substring(0, 17), "男", "群众", "高中", "基干", "2024-01-01", "否")); // 17 characters
        rows.add(row(6, "孙少年", number(TODAY.getYear() - 17, 1, 1, 115), "男", "群众", "初中", "基干", TODAY.minusDays(1).toString(), "否")); // under 18
        rows.add(row(7, "周老兵", number(TODAY.getYear() - 60, 1, 1, 117), "男", "群众", "初中", "普通", "2024-01-01", "是")); // over the age limit
        rows.add(row(8, "吴重复", first, "男", "群众", "高中", "基干", "2024-01-01", "否")); // duplicate number
        rows.add(row(9, "", number(1995, 5, 5, 119), "男", "群众", "高中", "基干", "2024-01-01", "否")); // missing name
        rows.add(row(10, "郑日期", number(1995, 6, 6, 121), "男", "群众", "高中", "基干", "2024-02-30", "否")); // impossible date
        rows.add(row(11, "冯性别", number(1995, 7, 7, 123), "女", "群众", "高中", "基干", "2024-01-01", "否")); // sex contradicts the number
        rows.add(row(12, "陈两错", wrongCheck(number(1995, 8, 8, 125)), "男", "群众", "大学肄业", "基干", "2024-01-01", "否")); // two problems
        Path file = write(rows);

        ImportPlan plan;
        try (StoreSession session = store.openSession()) {
            Map<Integer, ImportField> mapping = RosterImport.guessMapping(RosterImport.header(file));
            assertThat(mapping.values()).contains(ImportField.TOWN, ImportField.ORG_UNIT, ImportField.SEX, ImportField.EMPLOYER, ImportField.VETERAN);
            assertThat(RosterImport.unmatchedColumns(RosterImport.header(file))).containsExactly(HEADER.indexOf("备注"));
            plan = RosterImport.plan(file, mapping, UnitPlacement.byPlace(false), session, new NullProgressMonitor());

            // rows 2-4 of the file are the valid ones (the header is row 1)
            assertThat(plan.validRows()).extracting(ImportPlan.Row::number).containsExactly(2, 3, 4);
            assertThat(plan.refusedRows()).extracting(ImportPlan.Row::number).containsExactly(5, 6, 7, 8, 9, 10, 11, 12, 13);
            assertThat(fields(plan, 5)).containsExactly("公民身份号码");
            assertThat(fields(plan, 6)).containsExactly("公民身份号码");
            assertThat(messages(plan, 7)).contains("18");
            assertThat(plan.problemsOf(8)).isNotEmpty();
            assertThat(messages(plan, 9)).contains("第 2 行已出现");
            assertThat(fields(plan, 10)).containsExactly("姓名");
            assertThat(messages(plan, 11)).contains("“2024-02-30”不是日期");
            assertThat(messages(plan, 12)).contains("性别“女”与公民身份号码不符", "男性");
            assertThat(fields(plan, 13)).containsExactlyInAnyOrder("公民身份号码", "文化程度");
            assertThat(messages(plan, 13)).contains("“大学肄业”不是可选的值");
            assertThat(plan.newMembers()).isEqualTo(3);

            long commits = commits();
            plan.importValidRows(new NullProgressMonitor());
            assertThat(commits()).isEqualTo(commits + 1);
        }
        try (StoreSession session = store.openSession()) {
            Map<String, MilitiaMember> stored = members(session);
            assertThat(stored.get(first).getUnit().getName()).isEqualTo(placeUnit.getName());
            assertThat(stored.get(first).getPerson().getEducation()).isEqualTo(Education.BACHELOR);
            assertThat(stored.get(first).getPerson().getPoliticalStatus()).isEqualTo(PoliticalStatus.CPC_MEMBER);
            assertThat(stored.get(first).isVeteran()).isTrue();
            assertThat(stored.get(second).getPerson().getEducation()).isEqualTo(Education.MASTER);
            assertThat(stored.get(second).getCategory()).isEqualTo(MilitiaCategory.ORDINARY);
            assertThat(stored.get(third).getPerson().getEducation()).isEqualTo(Education.VOCATIONAL);
            assertThat(stored.get(third).getPerson().getEmployer()).isEqualTo("城关农机站");
            assertThat(stored.get(third).getJoinDate()).isEqualTo(LocalDate.of(2022, 7, 1));
        }

        // the annotated copy: the user's rows, a 问题 column with the same problems on the same rows
        Path annotated = folder.resolve("town-problems.xlsx");
        ProblemFiles.writeAnnotated(file, plan, annotated);
        List<List<String>> back = read(annotated);
        assertThat(back.get(0)).endsWith("问题");
        int problemColumn = back.get(0).size() - 1;
        assertThat(problemColumn).isEqualTo(HEADER.size());
        assertThat(cell(back.get(1), problemColumn)).isEmpty();
        assertThat(cell(back.get(12), problemColumn)).contains("公民身份号码：", "文化程度：", "“大学肄业”不是可选的值");
        assertThat(cell(back.get(10), problemColumn)).contains("“2024-02-30”不是日期");
        assertThat(back.get(12).subList(0, HEADER.size())).isEqualTo(rows.get(11));
        assertThat(back.get(12)).hasSize(HEADER.size() + 1);

        // the second run: every valid row unchanged, nothing written, no change logged
        try (StoreSession session = store.openSession()) {
            ImportPlan again = RosterImport.plan(file, RosterImport.guessMapping(HEADER), UnitPlacement.byPlace(false), session, new NullProgressMonitor());
            assertThat(again.unchangedMembers()).isEqualTo(3);
            assertThat(again.newMembers() + again.updatedMembers()).isZero();
            long commits = commits();
            long changes = changes();
            again.importValidRows(new NullProgressMonitor());
            assertThat(commits()).isEqualTo(commits);
            assertThat(changes()).isEqualTo(changes);
        }
    }

    @Test
    void aFileWithoutAUnitColumnIsRefusedOnlyWithTheWaysForward() throws Exception {
        Path file = write(List.of(row(1, "张建国", number(1998, 4, 5, 711), "男", "中共党员", "本科", "基干", "2024-03-01", "是")));
        try (StoreSession session = store.openSession()) {
            Map<Integer, ImportField> mapping = RosterImport.guessMapping(HEADER);
            org.assertj.core.api.Assertions.assertThatThrownBy(() -> RosterImport.plan(file, mapping, session, new NullProgressMonitor()))
                    .isInstanceOf(RosterImportException.class).hasMessageContaining("全部放入一个分队").hasMessageContaining("创建分队");
            ImportPlan one = RosterImport.plan(file, mapping, UnitPlacement.oneUnit(RosterImport.unitLabel(placeUnit)), session, new NullProgressMonitor());
            assertThat(one.validRows()).hasSize(1);
            assertThat(RosterImport.unitLabel((MilitiaUnit) one.validRows().get(0).values().get(ImportField.UNIT))).isEqualTo(RosterImport.unitLabel(placeUnit));
        }
    }

    @Test
    void unitsAreCreatedForPlacesThatHaveNoneWhenAskedTo() throws Exception {
        String newVillage;
        try (StoreSession session = store.openSession()) {
            List<MilitiaUnit> units = new ArrayList<>();
            session.<MobilizationLedger> loadRoots(MobilizationPackage.Literals.MOBILIZATION_LEDGER).forEach(l -> l.getUnits().forEach(u -> all(u, units)));
            OrgUnit townUnit = units.stream().map(MilitiaUnit::getOrgUnit).filter(org -> town.equals(RosterRoll.townOf(org))).findFirst().orElseThrow();
            while (townUnit.getParent() != null && townUnit.getLevel() != OrgUnitLevel.TOWN && townUnit.getLevel() != OrgUnitLevel.SUBDISTRICT) {
                townUnit = townUnit.getParent();
            }
            OrgUnit fresh = org.garrison.model.core.CoreFactory.eINSTANCE.createOrgUnit();
            fresh.setName("新建村");
            fresh.setCode(townUnit.getCode() + "999");
            fresh.setLevel(OrgUnitLevel.VILLAGE);
            townUnit.getChildren().add(fresh);
            session.commit();
            newVillage = fresh.getName();
        }
        List<String> line = new ArrayList<>(row(1, "刘新兵", number(1999, 2, 2, 713), "男", "群众", "高中", "基干", "2024-03-01", "否"));
        line.set(2, newVillage);
        Path file = write(List.of(line));
        try (StoreSession session = store.openSession()) {
            ImportPlan refused = RosterImport.plan(file, RosterImport.guessMapping(HEADER), UnitPlacement.byPlace(false), session, new NullProgressMonitor());
            assertThat(messages(refused, 2)).contains("还没有民兵分队");
        }
        try (StoreSession session = store.openSession()) {
            ImportPlan created = RosterImport.plan(file, RosterImport.guessMapping(HEADER), UnitPlacement.byPlace(true), session, new NullProgressMonitor());
            assertThat(created.newUnits()).extracting(MilitiaUnit::getName).containsExactly("新建村民兵排");
            assertThat(created.validRows()).hasSize(1);
            created.importValidRows(new NullProgressMonitor());
        }
        try (StoreSession session = store.openSession()) {
            MilitiaMember member = members(session).get(number(1999, 2, 2, 713));
            assertThat(member.getUnit().getName()).isEqualTo("新建村民兵排");
            assertThat(member.getUnit().getOrgUnit().getName()).isEqualTo(newVillage);
        }
    }

    /** A place with several units: its rows wait for the user's choice, and go into the unit chosen. */
    @Test
    void wherePlaceHasSeveralUnitsTheUserChoosesOne() throws Exception {
        String crowded;
        MilitiaUnit chosenInStore;
        String crowdedTown;
        try (StoreSession session = store.openSession()) {
            List<MilitiaUnit> units = new ArrayList<>();
            session.<MobilizationLedger> loadRoots(MobilizationPackage.Literals.MOBILIZATION_LEDGER).forEach(l -> l.getUnits().forEach(u -> all(u, units)));
            Map<OrgUnit, List<MilitiaUnit>> byPlace = units.stream().collect(Collectors.groupingBy(MilitiaUnit::getOrgUnit));
            OrgUnit place = byPlace.keySet().stream().filter(org -> org.getLevel() == OrgUnitLevel.TOWN || org.getLevel() == OrgUnitLevel.SUBDISTRICT)
                    .filter(org -> byPlace.get(org).size() > 1).findFirst().orElseThrow();
            crowded = RosterImport.placeLabel(place);
            crowdedTown = place.getName();
            chosenInStore = byPlace.get(place).get(1);
        }
        List<String> line = new ArrayList<>(row(1, "选队员", number(1999, 6, 6, 715), "男", "群众", "高中", "基干", "2024-03-01", "否"));
        line.set(1, crowdedTown);
        line.set(2, "");
        Path file = write(List.of(line));
        String label = RosterImport.unitLabel(chosenInStore);
        try (StoreSession session = store.openSession()) {
            ImportPlan waiting = RosterImport.plan(file, RosterImport.guessMapping(HEADER), UnitPlacement.byPlace(false), session, new NullProgressMonitor());
            assertThat(waiting.placesToChoose()).containsKey(crowded);
            assertThat(messages(waiting, 2)).contains("有几个民兵分队", "请选择");
            MilitiaUnit choice = waiting.placesToChoose().get(crowded).stream().filter(unit -> RosterImport.unitLabel(unit).equals(label)).findFirst()
                    .orElseThrow();
            ImportPlan chosen = RosterImport.plan(file, RosterImport.guessMapping(HEADER), UnitPlacement.byPlace(false).choose(crowded, choice), session,
                    new NullProgressMonitor());
            assertThat(chosen.validRows()).hasSize(1);
            assertThat(chosen.placesToChoose()).isEmpty();
            chosen.importValidRows(new NullProgressMonitor());
        }
        try (StoreSession session = store.openSession()) {
            assertThat(RosterImport.unitLabel(members(session).get(number(1999, 6, 6, 715)).getUnit())).isEqualTo(label);
        }
    }

    /** The three rolls of one unit hold exactly its members: the serving ones, those who joined or left, those called at its musters. */
    @Test
    void theThreeRollsOfAUnitHoldExactlyItsMembers() throws Exception {
        try (StoreSession session = store.openSession()) {
            List<MobilizationLedger> ledgers = session.loadRoots(MobilizationPackage.Literals.MOBILIZATION_LEDGER);
            MilitiaUnit unit = RollScope.unit(RosterImport.unitLabel(placeUnit)).units(ledgers).get(0);
            java.util.Set<String> serving = unit.getMembers().stream().filter(m -> m.getLeaveDate() == null).map(m -> m.getPerson().getIdentityNumber())
                    .collect(Collectors.toSet());
            java.util.Set<String> all = unit.getMembers().stream().map(m -> m.getPerson().getIdentityNumber()).collect(Collectors.toSet());
            assertThat(serving).isNotEmpty();

            Path members = folder.resolve("人员花名册.xlsx");
            int written = UnitRolls.write(UnitRolls.Roll.MEMBERS, ledgers, RollScope.unit(RosterImport.unitLabel(placeUnit)), TODAY.getYear(), members,
                    java.util.Locale.CHINA);
            List<List<String>> rows = read(members);
            int identity = rows.get(0).indexOf("公民身份号码");
            assertThat(written).isEqualTo(serving.size());
            assertThat(rows.subList(1, rows.size()).stream().map(r -> r.get(identity)).collect(Collectors.toSet())).isEqualTo(serving);

            // the printed form: the same members in a titled Word table
            Path printed = folder.resolve("人员花名册.docx");
            UnitRolls.write(UnitRolls.Roll.MEMBERS, ledgers, RollScope.unit(RosterImport.unitLabel(placeUnit)), TODAY.getYear(), printed, java.util.Locale.CHINA);
            String document;
            try (java.util.zip.ZipFile zip = new java.util.zip.ZipFile(printed.toFile())) {
                document = new String(zip.getInputStream(zip.getEntry("word/document.xml")).readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
            }
            assertThat(document).contains("人员花名册", "公民身份号码", RosterImport.unitLabel(placeUnit));
            serving.forEach(number -> assertThat(document).contains(number));

            int year = unit.getMembers().stream().map(MilitiaMember::getJoinDate).filter(java.util.Objects::nonNull).mapToInt(LocalDate::getYear).max().orElseThrow();
            Path movements = folder.resolve("出入转队花名册.csv");
            UnitRolls.write(UnitRolls.Roll.MOVEMENTS, ledgers, RollScope.unit(RosterImport.unitLabel(placeUnit)), year, movements, java.util.Locale.CHINA);
            List<List<String>> moved = read(movements);
            int movedIdentity = moved.get(0).indexOf("公民身份号码");
            long joined = unit.getMembers().stream().filter(m -> m.getJoinDate() != null && m.getJoinDate().getYear() == year).count();
            assertThat(moved.subList(1, moved.size())).isNotEmpty().allSatisfy(r -> assertThat(all).contains(r.get(movedIdentity)));
            assertThat(moved.subList(1, moved.size()).stream().filter(r -> r.contains("入队")).count()).isEqualTo(joined);

            Path musters = folder.resolve("集结点验登记册.xlsx");
            int called = 0;
            for (org.garrison.model.mobilization.Muster muster : ledgers.get(0).getMusters()) {
                if (muster.getDate().getYear() == TODAY.getYear() && muster.getUnits().contains(unit)) {
                    called += (int) muster.getRollCall().stream().filter(e -> e.getMember().getUnit() == unit).count();
                }
            }
            int calledRows = UnitRolls.write(UnitRolls.Roll.MUSTERS, ledgers, RollScope.unit(RosterImport.unitLabel(placeUnit)), TODAY.getYear(), musters,
                    java.util.Locale.CHINA);
            assertThat(calledRows).isEqualTo(called);
            List<List<String>> roll = read(musters);
            int musterIdentity = roll.get(0).indexOf("公民身份号码");
            assertThat(roll.subList(1, roll.size())).hasSize(called).allSatisfy(r -> assertThat(all).contains(r.get(musterIdentity)));
        }
    }

    private List<String> row(int number, String name, String identity, String sex, String political, String education, String category, String joined,
            String veteran) {
        // 备注 left empty: a row's empty last cells are not read, and the 问题 column must stay under its header all the same
        return List.of(Integer.toString(number), town, village, name, identity, sex, "汉族", political, education, category, joined, veteran, "城关农机站",
                "13800000000", "");
    }

    private Path write(List<List<String>> rows) throws Exception {
        Path file = folder.resolve("town-" + System.nanoTime() + ".xlsx");
        try (TableWriter writer = TableFiles.write(file, "民兵名册")) {
            writer.row(HEADER);
            for (List<String> row : rows) {
                writer.row(row);
            }
        }
        return file;
    }

    private static List<List<String>> read(Path file) throws Exception {
        List<List<String>> rows = new ArrayList<>();
        TableFiles.read(file, (number, cells) -> rows.add(cells));
        return rows;
    }

    private static String cell(List<String> row, int column) {
        return column < row.size() ? row.get(column) : "";
    }

    private static List<String> fields(ImportPlan plan, int row) {
        return plan.problemsOf(row).stream().map(ImportPlan.Problem::field).toList();
    }

    private static String messages(ImportPlan plan, int row) {
        return plan.problemsOf(row).stream().map(ImportPlan.Problem::message).collect(Collectors.joining(" | "));
    }

    private static Map<String, MilitiaMember> members(StoreSession session) throws Exception {
        Map<String, MilitiaMember> members = new java.util.HashMap<>();
        for (MobilizationLedger ledger : session.<MobilizationLedger> loadRoots(MobilizationPackage.Literals.MOBILIZATION_LEDGER)) {
            List<MilitiaUnit> units = new ArrayList<>();
            ledger.getUnits().forEach(u -> all(u, units));
            for (MilitiaUnit unit : units) {
                for (MilitiaMember member : unit.getMembers()) {
                    Person person = member.getPerson();
                    members.put(person.getIdentityNumber(), member);
                }
            }
        }
        return members;
    }

    private long commits() throws Exception {
        return count("SELECT COUNT(*) FROM GARRISON_COMMIT");
    }

    private long changes() throws Exception {
        return count("SELECT COUNT(*) FROM GARRISON_CHANGE");
    }

    private long count(String sql) throws Exception {
        StoreSettings.Embedded embedded = (StoreSettings.Embedded) store.settings();
        EmbeddedDataSource source = new EmbeddedDataSource();
        source.setDatabaseName(embedded.dataFolder().resolve(embedded.database()).toString());
        try (Connection connection = source.getConnection(); Statement statement = connection.createStatement(); ResultSet result = statement.executeQuery(sql)) {
            result.next();
            return result.getLong(1);
        }
    }
}
