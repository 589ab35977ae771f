package org.garrison.store.derby.tests;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.garrison.model.core.CorePackage;
import org.garrison.model.core.OrgUnit;
import org.garrison.model.mobilization.MilitiaCategory;
import org.garrison.model.mobilization.MilitiaMember;
import org.garrison.model.mobilization.MilitiaUnit;
import org.garrison.model.mobilization.MobilizationPackage;
import org.garrison.store.StoreSession;
import org.garrison.store.query.Aggregation;
import org.garrison.store.query.Aggregation.Grouping;
import org.garrison.store.query.Condition;
import org.garrison.store.query.Condition.Operator;
import org.garrison.store.query.FeaturePath;
import org.garrison.store.query.Query;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Queries and aggregates run as SQL: filters along reference paths, ordering, paging, counts and sums per group. */
class QueryTest {

    private static final MobilizationPackage M = MobilizationPackage.eINSTANCE;
    private static final CorePackage C = CorePackage.eINSTANCE;
    private static final FeaturePath TOWN = FeaturePath.of(M.getMilitiaMember_Unit(), M.getMilitiaUnit_OrgUnit());
    private static final FeaturePath NAME = FeaturePath.of(M.getMilitiaMember_Person(), C.getPerson_Name());

    private static MilitiaFixture fixture;

    @BeforeAll
    static void store() throws Exception {
        fixture = MilitiaFixture.stored("query");
    }

    @AfterAll
    static void close() {
        fixture.store.close();
    }

    @Test
    void coreMilitiaOfOneTownInJoiningOrder() throws Exception {
        try (StoreSession session = fixture.store.openSession()) {
            OrgUnit east = town(session, "东镇");
            Query query = Query.of(M.getMilitiaMember())
                    .where(Condition.eq(M.getMilitiaMember_Category(), MilitiaCategory.CORE))
                    .where(Condition.eq(TOWN, east))
                    .orderBy(M.getMilitiaMember_JoinDate(), true);

            List<MilitiaMember> members = session.list(query);

            assertThat(members).extracting(member -> member.getPerson().getName()).containsExactly("赵一", "钱二");
            assertThat(session.count(query)).isEqualTo(2);
            assertThat(members.get(0).getUnit()).as("a record read on its own waits for its container").isNull();
            session.loadRoots(M.getMobilizationLedger());
            assertThat(members.get(0).getUnit().getName()).as("the same object, now in its unit").isEqualTo("东镇应急连");
        }
    }

    @Test
    void pagesFollowTheOrder() throws Exception {
        try (StoreSession session = fixture.store.openSession()) {
            Query byName = Query.of(M.getMilitiaMember()).orderBy(NAME, false);
            // Chinese order (pinyin), descending: 周 zhou, 赵 zhao, 吴 wu, 孙 sun, 钱 qian, 李 li — not code points (钱 赵 李 孙 周 吴)
            List<MilitiaMember> all = session.list(byName);
            List<MilitiaMember> second = session.list(byName.page(2, 2));

            assertThat(all).extracting(member -> member.getPerson().getName()).containsExactly("周五", "赵一", "吴六", "孙三", "钱二", "李四");
            assertThat(second).extracting(member -> member.getPerson().getName()).containsExactly("吴六", "孙三");
            assertThat(second.get(0)).isSameAs(all.get(2)); // one object per record in a session
        }
    }

    @Test
    void filtersCombineWithAnyNotLikeInAndRanges() throws Exception {
        try (StoreSession session = fixture.store.openSession()) {
            Query joined2026 = Query.of(M.getMilitiaMember())
                    .where(Condition.between(M.getMilitiaMember_JoinDate(), LocalDate.of(2026, 1, 1), LocalDate.of(2026, 12, 31)));
            assertThat(session.count(joined2026)).isEqualTo(4);
            assertThat(session.count(joined2026.where(Condition.not(Condition.eq(M.getMilitiaMember_Category(), MilitiaCategory.CORE))))).isEqualTo(1);
            assertThat(session.count(Query.of(M.getMilitiaMember()).where(Condition.any(
                    Condition.eq(M.getMilitiaMember_Veteran(), true), Condition.compare(NAME, Operator.LIKE, "吴%"))))).isEqualTo(3);
            assertThat(session.count(Query.of(M.getMilitiaMember()).where(Condition.compare(NAME, Operator.IN, List.of("李四", "孙三", "无此人")))))
                    .isEqualTo(2);
            assertThat(session.count(Query.of(M.getMilitiaMember()).where(Condition.isNull(M.getMilitiaMember_LeaveDate())))).isEqualTo(6);
        }
    }

    @Test
    void countsPerTownAndCategory() throws Exception {
        try (StoreSession session = fixture.store.openSession()) {
            List<Aggregation.Row> rows = session.aggregate(Aggregation.of(Query.of(M.getMilitiaMember()))
                    .groupBy(Grouping.by(TOWN)).groupBy(Grouping.by(FeaturePath.of(M.getMilitiaMember_Category()))).count());

            Map<String, Long> counts = new LinkedHashMap<>();
            rows.forEach(row -> counts.put(((OrgUnit) row.keys().get(0)).getName() + " " + row.keys().get(1), row.count()));
            assertThat(counts).containsOnly(Map.entry("东镇 CORE", 2L), Map.entry("东镇 ORDINARY", 1L), Map.entry("西镇 CORE", 2L),
                    Map.entry("西镇 ORDINARY", 1L));
        }
    }

    @Test
    void countsPerYearAndQuarterAndSumsOfFlags() throws Exception {
        try (StoreSession session = fixture.store.openSession()) {
            FeaturePath joined = FeaturePath.of(M.getMilitiaMember_JoinDate());
            Map<Object, Long> perYear = new LinkedHashMap<>();
            session.aggregate(Aggregation.of(Query.of(M.getMilitiaMember())).groupBy(Grouping.yearOf(joined)).count())
                    .forEach(row -> perYear.put(row.keys().get(0), row.count()));
            assertThat(perYear).containsExactly(Map.entry(2024, 1L), Map.entry(2025, 1L), Map.entry(2026, 4L));

            Map<Object, Long> perQuarter = new LinkedHashMap<>();
            session.aggregate(Aggregation.of(Query.of(M.getMilitiaMember())
                    .where(Condition.compare(M.getMilitiaMember_JoinDate(), Operator.GREATER_OR_EQUAL, LocalDate.of(2026, 1, 1))))
                    .groupBy(Grouping.quarterOf(joined)).count())
                    .forEach(row -> perQuarter.put(row.keys().get(0), row.count()));
            assertThat(perQuarter).containsExactly(Map.entry(1, 1L), Map.entry(2, 1L), Map.entry(3, 1L), Map.entry(4, 1L));

            List<Aggregation.Row> veterans = session.aggregate(Aggregation.of(Query.of(M.getMilitiaMember()))
                    .sum(FeaturePath.of(M.getMilitiaMember_Veteran())).count());
            assertThat(veterans).hasSize(1);
            assertThat(veterans.get(0).value(0).longValue()).isEqualTo(2);
            assertThat(veterans.get(0).value(1).longValue()).isEqualTo(6);
        }
    }

    @Test
    void aManyValuedStepStandsForEachElement() throws Exception {
        FeaturePath members = FeaturePath.of(M.getMilitiaUnit_Members());
        FeaturePath memberCategory = FeaturePath.of(M.getMilitiaUnit_Members(), M.getMilitiaMember_Category());
        try (StoreSession session = fixture.store.openSession()) {
            // Both companies have two core members: each unit is found once, not once per member.
            Query withCore = Query.of(M.getMilitiaUnit()).where(Condition.eq(memberCategory, MilitiaCategory.CORE))
                    .orderBy(M.getMilitiaUnit_Name(), true);
            assertThat(session.<MilitiaUnit>list(withCore)).extracting(MilitiaUnit::getName).containsExactly("东镇应急连", "西镇民兵连");
            assertThat(session.count(withCore)).isEqualTo(2);

            // Only 赵一 (东镇) is a veteran core member.
            Query withVeteranCore = Query.of(M.getMilitiaUnit()).where(Condition.eq(memberCategory, MilitiaCategory.CORE))
                    .where(Condition.eq(FeaturePath.of(M.getMilitiaUnit_Members(), M.getMilitiaMember_Veteran()), true));
            assertThat(session.<MilitiaUnit>list(withVeteranCore)).extracting(MilitiaUnit::getName).containsExactly("东镇应急连");

            // Each member a row: 3 + 3 members, of whom 4 core, 2 veterans; per town 3 and 3.
            Aggregation.Row all = session.aggregate(Aggregation.of(Query.of(M.getMilitiaUnit())).count(members)
                    .sum(FeaturePath.of(M.getMilitiaUnit_Members(), M.getMilitiaMember_Veteran()))).get(0);
            assertThat(all.value(0).longValue()).isEqualTo(6);
            assertThat(all.value(1).longValue()).isEqualTo(2);
            Aggregation.Row core = session.aggregate(Aggregation.of(Query.of(M.getMilitiaUnit()).where(Condition.eq(memberCategory, MilitiaCategory.CORE)))
                    .countDistinct(FeaturePath.of(M.getMilitiaUnit_Members(), M.getMilitiaMember_Person()))).get(0);
            assertThat(core.count()).isEqualTo(4);
            Map<Object, Long> perTown = new LinkedHashMap<>();
            session.aggregate(Aggregation.of(Query.of(M.getMilitiaUnit())).groupBy(Grouping.by(FeaturePath.of(M.getMilitiaUnit_OrgUnit()))).count(members))
                    .forEach(row -> perTown.put(((OrgUnit) row.keys().get(0)).getName(), row.count()));
            assertThat(perTown).containsOnly(Map.entry("东镇", 3L), Map.entry("西镇", 3L));

            assertThatThrownBy(() -> Query.of(M.getMilitiaUnit()).orderBy(memberCategory, true)).isInstanceOf(IllegalArgumentException.class)
                    .hasMessageContaining("MilitiaUnit.members");
        }
    }

    @Test
    void aComputedFeatureCannotBeQueriedAndTheMessageSaysWhy() throws Exception {
        try (StoreSession session = fixture.store.openSession()) {
            Query byCount = Query.of(M.getMilitiaUnit()).where(Condition.compare(M.getMilitiaUnit_MemberCount(), Operator.GREATER, 2));
            assertThatThrownBy(() -> session.list(byCount)).isInstanceOf(IllegalArgumentException.class)
                    .hasMessageContaining("MilitiaUnit.memberCount").hasMessageContaining("计算");
        }
    }

    private static OrgUnit town(StoreSession session, String name) throws Exception {
        List<OrgUnit> towns = session.list(Query.of(C.getOrgUnit()).where(Condition.eq(C.getOrgUnit_Name(), name)));
        assertThat(towns).hasSize(1);
        return towns.get(0);
    }
}
