package org.garrison.training.tests;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;

import org.eclipse.emf.common.command.BasicCommandStack;
import org.eclipse.emf.edit.domain.AdapterFactoryEditingDomain;
import org.eclipse.emf.edit.provider.ComposedAdapterFactory;
import org.garrison.internal.training.AssessmentGrid;
import org.garrison.internal.training.BatchClosing;
import org.garrison.internal.training.GradeScale;
import org.garrison.internal.training.TrainingCoverage;
import org.garrison.internal.training.TrainingLedgers;
import org.garrison.model.mobilization.MilitiaMember;
import org.garrison.model.mobilization.MobilizationPackage;
import org.garrison.model.training.PlanSubject;
import org.garrison.model.training.TrainingBatch;
import org.garrison.model.training.TrainingLedger;
import org.garrison.store.Store;
import org.garrison.store.StoreSession;
import org.garrison.store.query.Condition;
import org.garrison.store.query.Query;
import org.garrison.testing.TestStores;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Coverage counted by the database on the hand-made district, the "core militia not trained this year"
 * condition of the trainee chooser, and closing a batch: refused while an assessment is missing, then
 * its members marked trained and the coverage following.
 */
class CoverageAndClosingTest {

    private static final LocalDate JUNE = LocalDate.of(HandMadeTraining.YEAR, 6, 30);
    private Store store;

    @BeforeEach
    void stored() throws Exception {
        store = TestStores.fresh("training");
        try (StoreSession session = store.openSession()) {
            new HandMadeTraining().roots().forEach(session::add);
            session.commit();
        }
    }

    @AfterEach
    void close() {
        store.close();
    }

    @Test
    void coveragePerTownAndUnitEqualsTheHandCount() throws Exception {
        try (StoreSession session = store.openSession()) {
            TrainingCoverage coverage = TrainingCoverage.compute(session, HandMadeTraining.YEAR, JUNE);
            // serving core on 30 June: 东镇 赵一 钱二 孙三 李四 周五; 西街道 吴六 郑七 (冯九 left, 陈十 not yet joined, 王八 ordinary)
            // trained by the closed 第一批: 赵一 钱二 吴六 (第二批 is not closed)
            assertThat(coverage.towns()).extracting(town -> town.town().getName() + " " + town.core() + "/" + town.trained())
                    .containsExactly("东镇 5/2", "西街道 2/1");
            assertThat(coverage.rows()).extracting(row -> row.unit().getName() + " " + row.core() + "/" + row.trained())
                    .containsExactlyInAnyOrder("第1排 4/2", "东镇应急连 1/0", "西街道应急排 2/1");
            assertThat(coverage.core()).isEqualTo(7);
            assertThat(coverage.trained()).isEqualTo(3);
            assertThat(coverage.untrained(session)).extracting(member -> member.getPerson().getName())
                    .containsExactlyInAnyOrder("孙三", "李四", "周五", "郑七");
        }
    }

    @Test
    void theNotTrainedThisYearFilterYieldsExactlyTheHandFilteredMembersOfAUnit() throws Exception {
        try (StoreSession session = store.openSession()) {
            Condition notTrained = TrainingCoverage.untrainedCondition(session, HandMadeTraining.YEAR, JUNE);
            List<MilitiaMember> platoon = session.list(Query.of(MobilizationPackage.Literals.MILITIA_MEMBER).where(notTrained)
                    .where(Condition.compare(org.garrison.store.query.FeaturePath.of(MobilizationPackage.Literals.MILITIA_MEMBER__UNIT,
                            MobilizationPackage.Literals.MILITIA_UNIT__NAME), Condition.Operator.EQUALS, "第1排")));
            assertThat(platoon).extracting(member -> member.getPerson().getName()).containsExactlyInAnyOrder("孙三", "李四");
            // on 5 November 陈十 has joined and is not trained either
            Condition november = TrainingCoverage.untrainedCondition(session, HandMadeTraining.YEAR, LocalDate.of(2026, 11, 5));
            assertThat(session.<MilitiaMember>list(Query.of(MobilizationPackage.Literals.MILITIA_MEMBER).where(november)))
                    .extracting(member -> member.getPerson().getName()).containsExactlyInAnyOrder("孙三", "李四", "周五", "郑七", "陈十");
        }
    }

    @Test
    void closingIsRefusedWhileAnAssessmentIsMissingThenMarksTheMembersTrained() throws Exception {
        try (StoreSession session = store.openSession()) {
            TrainingLedger ledger = TrainingLedgers.read(session);
            TrainingBatch second = ledger.getBatches().stream().filter(batch -> batch.getName().equals("第二批")).findFirst().orElseThrow();
            AdapterFactoryEditingDomain domain = new AdapterFactoryEditingDomain(
                    new ComposedAdapterFactory(ComposedAdapterFactory.Descriptor.Registry.INSTANCE), new BasicCommandStack(), session.resourceSet());
            AssessmentGrid grid = new AssessmentGrid(second, GradeScale.DEFAULT);
            LocalDate day = LocalDate.of(2026, 5, 8);
            assertThat(BatchClosing.refusal(second, grid, LocalDate.of(2026, 5, 7))).contains("5月8日");
            assertThat(BatchClosing.refusal(second, grid, day)).isEqualTo("“第二批”还有1项考核未录入：人人考核，全部录入后才能结训。");
            PlanSubject rescue = second.getSubjects().get(2);
            domain.getCommandStack().execute(grid.setScore(domain, grid.trainees().get(1), rescue, 70.0));
            grid.refresh();
            assertThat(BatchClosing.refusal(second, grid, day)).isNull();

            List<MilitiaMember> members = BatchClosing.members(session, second);
            assertThat(members).extracting(member -> member.getPerson().getName()).containsExactlyInAnyOrder("赵一", "孙三");
            domain.getCommandStack().execute(BatchClosing.close(domain, second, members, day));
            assertThat(members).allSatisfy(member -> assertThat(member.isTrained()).isTrue());
            assertThat(second.getClosedOn()).isEqualTo(day);
            session.commit();
        }
        try (StoreSession session = store.openSession()) {
            TrainingCoverage coverage = TrainingCoverage.compute(session, HandMadeTraining.YEAR, JUNE);
            assertThat(coverage.towns()).extracting(town -> town.town().getName() + " " + town.core() + "/" + town.trained())
                    .containsExactly("东镇 5/3", "西街道 2/1");
            assertThat(coverage.untrained(session)).extracting(member -> member.getPerson().getName()).containsExactlyInAnyOrder("李四", "周五", "郑七");
        }
    }
}
