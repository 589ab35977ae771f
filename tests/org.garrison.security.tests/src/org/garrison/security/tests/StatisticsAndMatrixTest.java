package org.garrison.security.tests;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.Locale;
import java.util.Properties;
import java.util.zip.ZipFile;

import org.garrison.internal.security.ActivityMatrix;
import org.garrison.internal.security.ActivityMatrix.CellState;
import org.garrison.internal.security.SecurityLedgers;
import org.garrison.internal.security.SecurityRegisters;
import org.garrison.internal.security.SecurityStatistics;
import org.garrison.internal.security.StatisticsWorkbook;
import org.garrison.model.security.Hazard;
import org.garrison.model.security.HazardState;
import org.garrison.model.security.SafetyActivityKind;
import org.garrison.model.security.SecurityLedger;
import org.garrison.spreadsheet.TableFiles;
import org.garrison.store.Store;
import org.garrison.store.StoreSession;
import org.garrison.testing.TestStores;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The quarterly matrix of a hand-made year, the statistics against hand counts, the workbook and the
 * registers holding the same numbers, and the area's texts complete in both languages.
 */
class StatisticsAndMatrixTest {

    private static final LocalDate AUGUST_15 = LocalDate.of(2026, 8, 15);

    @TempDir
    Path folder;

    @Test
    void theMatrixMarksHeldMissingOpenAndAheadQuarters() {
        HandMadeSecurity district = new HandMadeSecurity();
        district.activity(SafetyActivityKind.EDUCATION, LocalDate.of(2026, 2, 3));
        district.activity(SafetyActivityKind.EDUCATION, LocalDate.of(2026, 3, 20));
        district.activity(SafetyActivityKind.EDUCATION, LocalDate.of(2026, 7, 8));
        district.activity(SafetyActivityKind.INSPECTION, LocalDate.of(2026, 5, 5));
        district.activity(SafetyActivityKind.INSPECTION, LocalDate.of(2026, 9, 1)); // after the day: not held yet
        district.activity(SafetyActivityKind.SITUATION_ANALYSIS, LocalDate.of(2025, 11, 1)); // another year

        ActivityMatrix matrix = new ActivityMatrix(district.ledger, 2026, AUGUST_15);
        assertThat(matrix.cell(SafetyActivityKind.EDUCATION, 1).activities()).hasSize(2);
        assertThat(matrix.cell(SafetyActivityKind.EDUCATION, 1).state()).isEqualTo(CellState.HELD);
        assertThat(matrix.cell(SafetyActivityKind.EDUCATION, 2).state()).isEqualTo(CellState.MISSING);
        assertThat(matrix.cell(SafetyActivityKind.EDUCATION, 3).state()).isEqualTo(CellState.HELD);
        assertThat(matrix.cell(SafetyActivityKind.INSPECTION, 2).state()).isEqualTo(CellState.HELD);
        assertThat(matrix.cell(SafetyActivityKind.INSPECTION, 3).state()).isEqualTo(CellState.OPEN);
        assertThat(matrix.cell(SafetyActivityKind.SITUATION_ANALYSIS, 1).state()).isEqualTo(CellState.MISSING);
        assertThat(matrix.cell(SafetyActivityKind.DRILL_TRAINING, 4).state()).isEqualTo(CellState.AHEAD);
        assertThat(matrix.held()).isEqualTo(3);
        // missing: education Q2; analysis Q1 Q2; inspection Q1; drill training Q1 Q2
        assertThat(matrix.missing()).isEqualTo(6);
        assertThat(matrix.openThisQuarter()).containsExactly(SafetyActivityKind.SITUATION_ANALYSIS, SafetyActivityKind.INSPECTION,
                SafetyActivityKind.DRILL_TRAINING);
    }

    @Test
    void statisticsEqualHandCountsAndTheExportsHoldTheSameNumbers() throws Exception {
        HandMadeSecurity district = new HandMadeSecurity();
        // 14 records: 12 on 10 January (due that day: on time), 灭火器-01 on 12 May (due 10 February: late), the locker on 12 May (due 10 January: late)
        Hazard open = district.hazard("配电箱门锁损坏", LocalDate.of(2026, 6, 1), LocalDate.of(2026, 6, 10));
        Hazard rectified = district.hazard("应急灯不亮", LocalDate.of(2026, 6, 5), LocalDate.of(2026, 6, 20));
        rectified.setState(HazardState.RECTIFIED);
        rectified.setRectifiedOn(LocalDate.of(2026, 7, 2));
        rectified.setRectifiedBy(district.qian);
        Hazard accepted = district.hazard("消防通道堆放杂物", LocalDate.of(2026, 7, 1), LocalDate.of(2026, 7, 15));
        accepted.setState(HazardState.ACCEPTED);
        accepted.setRectifiedOn(LocalDate.of(2026, 7, 3));
        accepted.setRectifiedBy(district.qian);
        accepted.setAcceptedOn(LocalDate.of(2026, 7, 6));
        accepted.setAcceptedBy(district.sun);
        district.hazard("九月发现的隐患", LocalDate.of(2026, 9, 2), LocalDate.of(2026, 9, 20)); // after the day
        district.activity(SafetyActivityKind.EDUCATION, LocalDate.of(2026, 2, 3));
        var drill = district.security.createDrill();
        drill.setDate(LocalDate.of(2026, 5, 12));
        drill.setScenario("营门防暴恐处置演练");
        district.ledger.getDrills().add(drill);
        Store store = TestStores.fresh("security-statistics");
        try (StoreSession session = store.openSession()) {
            district.roots().forEach(session::add);
            session.commit();
        }
        try (StoreSession session = store.openSession()) {
            SecurityLedger ledger = SecurityLedgers.read(session);
            SecurityStatistics statistics = new SecurityStatistics(ledger, session, 2026, AUGUST_15);
            assertThat(statistics.maintenance()).hasSize(14);
            assertThat(statistics.onTime()).isEqualTo(12);
            assertThat(statistics.onTimeShare()).isEqualTo(12 / 14.0);
            // overdue on 15 August: the locker (12 June), 灭火器-01 (12 June), the eleven others (10 February)
            assertThat(statistics.overdue()).hasSize(13);
            assertThat(statistics.hazards()).hasSize(3);
            assertThat(statistics.hazardsRectified()).isEqualTo(2);
            assertThat(statistics.hazardsAccepted()).isEqualTo(1);
            assertThat(statistics.hazardsOverdue()).isEqualTo(1);
            assertThat(statistics.drills()).isEqualTo(1);
            List<SecurityStatistics.HazardMonth> months = statistics.hazardMonths();
            assertThat(months).hasSize(8);
            assertThat(months.get(5)).isEqualTo(new SecurityStatistics.HazardMonth(YearMonth.of(2026, 6), 2, 0, 0, 2));
            assertThat(months.get(6)).isEqualTo(new SecurityStatistics.HazardMonth(YearMonth.of(2026, 7), 1, 2, 1, 1));
            assertThat(months.get(7)).isEqualTo(new SecurityStatistics.HazardMonth(YearMonth.of(2026, 8), 0, 0, 0, 1));

            Path workbook = folder.resolve("安全管理情况.xlsx");
            StatisticsWorkbook.write(statistics, workbook, Locale.CHINA);
            List<String> lines = new java.util.ArrayList<>();
            TableFiles.read(workbook, (number, cells) -> lines.add(String.join(",", cells)));
            assertThat(lines).contains("完成维护（次）,14", "发现隐患（处）,3", "已整改（处）,2", "已验收（处）,1", "逾期未整改（处）,1", "演练（次）,1",
                    "2026年7月,1,2,1,1", "安全教育,2026年2月3日,未开展,待开展");

            Path register = folder.resolve("隐患整改台账.docx");
            SecurityRegisters.writeHazards(statistics.hazards(), 2026, register, Locale.CHINA);
            assertThat(documentText(register)).contains("2026年隐患整改台账").contains("应急灯不亮").contains("2026年7月6日 孙三").contains("已验收");
            Path inspections = folder.resolve("安全检查记录.docx");
            SecurityRegisters.writeInspections(statistics.maintenance().stream().map(done -> done.record()).toList(), 2026, inspections, Locale.CHINA);
            assertThat(documentText(inspections)).contains("2026年安全检查记录").contains("灭火器-12").contains("手机柜月度检查");
        }
        store.close();
    }

    /** One definition per number: the statistics say what the annual report's figures say, counted the report's way. */
    @Test
    void theStatisticsAgreeWithTheReportsFigures() throws Exception {
        org.garrison.sample.SampleDistrict sample = org.garrison.sample.SampleDistrict.generate(7, org.garrison.sample.SampleSize.SMALL, AUGUST_15);
        Store store = TestStores.fresh("security-figures");
        try (StoreSession session = store.openSession()) {
            sample.roots().forEach(session::add);
            session.commit();
        }
        try (StoreSession session = store.openSession()) {
            SecurityStatistics statistics = new SecurityStatistics(SecurityLedgers.read(session), session, 2026, AUGUST_15);
            org.garrison.report.FigureCatalog catalog = org.garrison.report.FigureCatalog.contributed();
            org.garrison.report.FigureContext context = new org.garrison.report.FigureContext(session, 2026, null, AUGUST_15);
            assertThat(statistics.hazards()).isNotEmpty().hasSize((int) catalog.figure("security.hazardsFound").compute(context).count());
            assertThat((long) statistics.hazardsRectified()).isEqualTo(catalog.figure("security.hazardsRectified").compute(context).count());
            assertThat((long) statistics.drills()).isEqualTo(catalog.figure("security.drills").compute(context).count());
            assertThat(statistics.maintenance()).isNotEmpty().hasSize((int) catalog.figure("security.maintenance").compute(context).count());
            long activities = 0;
            for (SafetyActivityKind kind : SafetyActivityKind.VALUES) {
                for (int quarter = 1; quarter <= 4; quarter++) {
                    activities += statistics.activities().cell(kind, quarter).activities().size();
                }
            }
            long counted = 0;
            for (String kind : List.of("education", "situationAnalysis", "inspection", "drillTraining")) {
                counted += catalog.figure("security.activities." + kind).compute(context).count();
            }
            assertThat(activities).isPositive().isEqualTo(counted);
        }
        store.close();
    }

    @Test
    void theAreasTextsAreCompleteInBothLanguages() throws Exception {
        Properties chinese = load("messages.properties");
        Properties english = load("messages_en.properties");
        assertThat(chinese.keySet()).isEqualTo(english.keySet()).isNotEmpty();
        assertThat(chinese.values()).allSatisfy(text -> assertThat(text.toString()).isNotBlank());
        assertThat(english.values()).allSatisfy(text -> assertThat(text.toString()).isNotBlank());
        assertThat(chinese.getProperty("Statistics_hazardsFound")).isEqualTo("发现隐患（处）");
    }

    private static Properties load(String name) throws Exception {
        Properties properties = new Properties();
        try (InputStream in = org.garrison.internal.security.Messages.class.getResourceAsStream(name)) {
            properties.load(in);
        }
        return properties;
    }

    private static String documentText(Path docx) throws Exception {
        try (ZipFile zip = new ZipFile(docx.toFile())) {
            String xml = new String(zip.getInputStream(zip.getEntry("word/document.xml")).readAllBytes(), StandardCharsets.UTF_8);
            return xml.replaceAll("<[^>]+>", "");
        }
    }
}
