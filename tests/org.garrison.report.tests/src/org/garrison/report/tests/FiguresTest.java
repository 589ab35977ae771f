package org.garrison.report.tests;

import org.garrison.testing.TestStores;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.eclipse.core.runtime.NullProgressMonitor;
import org.garrison.report.CountedRecord;
import org.garrison.report.Figure;
import org.garrison.report.FigureCatalog;
import org.garrison.report.FigureContext;
import org.garrison.report.FigureUnit;
import org.garrison.report.FigureValue;
import org.garrison.store.Store;
import org.garrison.store.StoreSession;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Every built-in figure on {@link HandCountedDistrict}, against values counted by hand (the comment
 * beside each says how), for the district and for the town 东镇; and each figure's appendix rows
 * against its value.
 */
class FiguresTest {

    private static Store store;
    private static HandCountedDistrict district;
    private static FigureCatalog catalog;

    @BeforeAll
    static void stored() throws Exception {
        store = TestStores.fresh("figures");
        district = new HandCountedDistrict();
        try (StoreSession session = store.openSession()) {
            district.roots().forEach(session::add);
            session.commit();
        }
        catalog = FigureCatalog.contributed();
    }

    @AfterAll
    static void close() {
        store.close();
    }

    @Test
    void everyFigureOfTheDistrictEqualsTheHandCount() throws Exception {
        Map<String, String> expected = new LinkedHashMap<>();
        // study: 2026-01-10 group, 03-05 lecture, 06-01 group, 12-31 briefing (2025-12-20 is last year)
        expected.put("study.sessions", "4");
        expected.put("study.sessions.groupStudy", "2");
        expected.put("study.sessions.partyLecture", "1");
        expected.put("study.sessions.morningBriefing", "1");
        expected.put("study.sessions.onSiteTeaching", "0");
        expected.put("study.attendances", "8"); // 3 + 2 + 1 + 2
        expected.put("study.absences", "3"); // 1 + 0 + 2 + 0
        expected.put("study.attendanceRate", "72.7"); // 8 / 11
        expected.put("study.booksInFull", "1"); // 简史, used twice
        expected.put("study.booksInPart", "1"); // 学习问答 (its 2025 use does not count)
        // training: 综合训练 (赵一 孙三 李四) and 应急分队训练 (赵一 钱二); the 2025 cadre batch does not count
        expected.put("training.batches", "2");
        expected.put("training.trainees", "5");
        expected.put("training.coreIntegratedTrainees", "3");
        expected.put("training.instructorsSelected", "2"); // 赵一 孙三 (city level and 2025 do not count)
        expected.put("training.provincialEntrants", "2"); // 赵一 twice, 孙三
        expected.put("training.provincialBestPlacing", "1"); // 3, 1 and no placing; the city competition's 1 does not count
        expected.put("training.dispatched.floodPatrol", "5"); // 4 + 3 places, 5 people: 名 counts people
        expected.put("training.dispatched.epidemicControl", "2");
        expected.put("training.dispatched.disasterRelief", "0"); // 2025
        // mobilization: core on 31 Dec: 赵一 孙三 李四 (钱二 left in June); musters 04-08 and 10-01
        expected.put("mobilization.coreMembers", "3");
        expected.put("mobilization.musters", "2");
        expected.put("mobilization.cadresAppointed", "1"); // 钱二 2026-02-01; 孙三 in 2024
        expected.put("mobilization.itemsCleared", "1"); // 东村 2026-05-01
        // conscription 2026: 周五 (graduate, m), 郑七 (student, m), 吴六 (f) enlisted; 王八 failed the exam; 李四 registered
        expected.put("conscription.quota", "2");
        expected.put("conscription.menTurningEighteen", "4");
        expected.put("conscription.registered", "7");
        expected.put("conscription.registeredTurningEighteen", "1"); // 陈九 only
        expected.put("conscription.sentToPhysicalExam", "4");
        expected.put("conscription.passedBoth", "3");
        expected.put("conscription.enlisted", "3");
        expected.put("conscription.college", "2");
        expected.put("conscription.graduates", "1");
        expected.put("conscription.returned", "0");
        expected.put("conscription.enlistedMen", "2");
        expected.put("conscription.menCollege", "2");
        expected.put("conscription.menGraduates", "1");
        expected.put("conscription.menCollegeShare", "100.0");
        expected.put("conscription.menGraduateShare", "50.0");
        expected.put("conscription.collegeShare", "66.7");
        expected.put("conscription.graduateShare", "33.3");
        expected.put("conscription.complaints", "0");
        expected.put("conscription.rate.registration", "25.0"); // 1 man turning 18 of 4, not 7 registrants / 4; target >= 100%
        expected.put("conscription.rate.physicalExamTurnout", "200.0"); // 4 / 2, >= 200%
        expected.put("conscription.rate.doubleQualification", "150.0"); // 3 / 2, >= 120%
        expected.put("conscription.rate.collegeShare", "66.7"); // 2 / 3, >= 40%
        expected.put("conscription.rate.returnRate", "0.0"); // 0 / 3, <= 0.9%
        expected.put("conscription.ratesMet", "4");
        // security: Q1 all four kinds, Q2 two kinds, Q3 all four (+ one more education), Q4 education only
        expected.put("security.activities.education", "5");
        expected.put("security.activities.situationAnalysis", "2");
        expected.put("security.activities.inspection", "3");
        expected.put("security.activities.drillTraining", "2");
        expected.put("security.fullQuarters", "2");
        expected.put("security.hazardsFound", "2");
        expected.put("security.hazardsRectified", "1");
        expected.put("security.drills", "1");
        expected.put("security.maintenance", "3");
        expected.put("security.maintenance.facilities", "2"); // the phone locker is not one of the four named facilities

        Map<String, String> actual = values(null);
        expected.forEach((id, value) -> assertThat(actual.get(id)).as(id).isEqualTo(value));
    }

    @Test
    void countedAsOfADayOnlyWhatHappenedByThenCounts() throws Exception {
        try (StoreSession session = store.openSession()) {
            FigureContext june = new FigureContext(session, HandCountedDistrict.YEAR, null, java.time.LocalDate.of(HandCountedDistrict.YEAR, 6, 30));
            assertThat(june.lastDay()).isEqualTo(java.time.LocalDate.of(2026, 6, 30));
            assertThat(catalog.figure("study.sessions").compute(june).count()).as("10 Jan, 5 Mar, 1 Jun").isEqualTo(3);
            assertThat(catalog.figure("security.activities.education").compute(june).count()).as("5 Jan, 10 Apr").isEqualTo(2);
            assertThat(catalog.figure("training.dispatched.floodPatrol").compute(june).count()).as("July and August").isZero();
            assertThat(catalog.figure("security.maintenance").compute(june).count()).as("1 Feb, 5 May").isEqualTo(2);
            assertThat(catalog.figure("security.maintenance.facilities").compute(june).count()).as("1 Feb only").isEqualTo(1);
            // 应急分队训练 runs 1–6 May: on the 3rd it is under way, not done; 综合训练 ended on 6 March
            FigureContext may = new FigureContext(session, HandCountedDistrict.YEAR, null, java.time.LocalDate.of(HandCountedDistrict.YEAR, 5, 3));
            assertThat(catalog.figure("training.batches").compute(may).count()).isEqualTo(1);
            assertThat(catalog.figure("training.trainees").compute(may).count()).as("赵一 孙三 李四").isEqualTo(3);
            assertThat(catalog.figure("training.batches").compute(june).count()).isEqualTo(2);
            FigureContext later = new FigureContext(session, HandCountedDistrict.YEAR, null, java.time.LocalDate.of(2027, 3, 1));
            assertThat(later.lastDay()).as("a day after the year counts the whole year").isEqualTo(HandCountedDistrict.YEAR_END);
            assertThat(later.isYearOver()).isTrue();
            assertThat(FigureContext.defaultAsOf(2026, java.time.LocalDate.of(2026, 12, 1))).isEqualTo(java.time.LocalDate.of(2026, 12, 1));
            assertThat(FigureContext.defaultAsOf(2025, java.time.LocalDate.of(2026, 12, 1))).isEqualTo(java.time.LocalDate.of(2025, 12, 31));
        }
    }

    @Test
    void aTownCountsItsOwnAndLeavesOutWhatItHasNoShareIn() throws Exception {
        Map<String, String> actual = values(district.east);
        // 东镇 with 东村: 赵一 (东村) in both batches, 钱二 (东镇) in the second
        assertThat(actual.get("training.batches")).isEqualTo("2");
        assertThat(actual.get("training.trainees")).isEqualTo("3");
        assertThat(actual.get("training.coreIntegratedTrainees")).isEqualTo("1");
        assertThat(actual.get("mobilization.coreMembers")).isEqualTo("1"); // 赵一
        assertThat(actual.get("mobilization.musters")).isEqualTo("1"); // 04-08 had the east company
        assertThat(actual.get("mobilization.cadresAppointed")).isEqualTo("1");
        assertThat(actual.get("mobilization.itemsCleared")).isEqualTo("1"); // in 东村, under 东镇
        assertThat(actual.get("conscription.enlisted")).isEqualTo("2"); // 周五 (东镇), 郑七 (东村)
        assertThat(actual.get("conscription.enlistedMen")).isEqualTo("2");
        // the headquarters' own study and safety, and the campaign's quota, are no town's figures
        assertThat(actual.get("study.sessions")).isNull();
        assertThat(actual.get("security.hazardsFound")).isNull();
        assertThat(actual.get("conscription.rate.physicalExamTurnout")).isNull();
    }

    @Test
    void theAppendixRowsOfEveryCountAddUpToItsValue() throws Exception {
        try (StoreSession session = store.openSession()) {
            FigureContext context = new FigureContext(session, HandCountedDistrict.YEAR, null, HandCountedDistrict.YEAR_END);
            for (Figure figure : catalog.figures()) {
                FigureValue value = figure.compute(context);
                List<CountedRecord> rows = figure.records(context);
                if (figure.unit() == FigureUnit.COUNT && !figure.id().equals("training.provincialBestPlacing")) {
                    long counted = rows.stream().mapToLong(row -> row.amount().longValue()).sum();
                    assertThat(counted).as(figure.id()).isEqualTo(value.count());
                }
            }
            List<CountedRecord> trainees = catalog.figure("training.trainees").records(context);
            assertThat(trainees).extracting(CountedRecord::record).containsExactlyInAnyOrder("赵一", "孙三", "李四", "赵一", "钱二");
            assertThat(trainees).allSatisfy(row -> assertThat(row.id()).isPositive());
            List<CountedRecord> men = catalog.figure("conscription.enlistedMen").records(context);
            assertThat(men).extracting(CountedRecord::record).containsExactlyInAnyOrder("周五", "郑七");
        }
    }

    private static Map<String, String> values(org.garrison.model.core.OrgUnit scope) throws Exception {
        try (StoreSession session = store.openSession()) {
            org.garrison.model.core.OrgUnit town = scope == null ? null : (org.garrison.model.core.OrgUnit) session.find(idOf(scope));
            Map<String, FigureValue> values = catalog.compute(new FigureContext(session, HandCountedDistrict.YEAR, town, HandCountedDistrict.YEAR_END), new NullProgressMonitor());
            Map<String, String> texts = new LinkedHashMap<>();
            values.forEach((id, value) -> texts.put(id, value.isMissing() ? null : value.text(catalog.figure(id).unit())));
            return texts;
        }
    }

    private static long idOf(org.garrison.model.core.OrgUnit unit) throws Exception {
        try (StoreSession session = store.openSession()) {
            return session.list(org.garrison.store.query.Query.of(org.garrison.model.core.CorePackage.Literals.ORG_UNIT)
                    .where(org.garrison.store.query.Condition.eq(org.garrison.model.core.CorePackage.Literals.ORG_UNIT__NAME, unit.getName())))
                    .stream().map(found -> session.idOf(found).orElseThrow()).findFirst().orElseThrow();
        }
    }
}
