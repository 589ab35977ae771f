package org.garrison.model.tests;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;
import static org.garrison.model.tests.Records.person;

import java.time.LocalDate;

import org.garrison.model.core.Grade;
import org.garrison.model.core.Person;
import org.garrison.model.core.Sex;
import org.garrison.model.mobilization.MilitiaCategory;
import org.garrison.model.mobilization.MilitiaMember;
import org.garrison.model.mobilization.MilitiaUnit;
import org.garrison.model.mobilization.MobilizationFactory;
import org.garrison.model.mobilization.Muster;
import org.garrison.model.security.Asset;
import org.garrison.model.security.AssetCategory;
import org.garrison.model.security.IntervalUnit;
import org.garrison.model.security.Hazard;
import org.garrison.model.security.HazardState;
import org.garrison.model.security.MaintenancePlan;
import org.garrison.model.security.SecurityFactory;
import org.garrison.model.training.Assessment;
import org.garrison.model.training.TrainingBatch;
import org.garrison.model.training.TrainingFactory;
import org.junit.jupiter.api.Test;

/** Values computed from the records, never typed in. */
class DerivedValuesTest {

    @Test
    void sexBirthDateAndAgeComeFromTheIdentityNumber() {
        Person person = person("张三", "110101199003074514");
        assertThat(person.getSex()).isEqualTo(Sex.MALE);
        assertThat(person.getBirthDate()).isEqualTo(LocalDate.of(1990, 3, 7));
        assertThat(person.ageOn(LocalDate.of(2026, 3, 6))).isEqualTo(35);
        assertThat(person.ageOn(LocalDate.of(2026, 3, 7))).isEqualTo(36);
        person.setIdentityNumber("11010519491231002X");
        assertThat(person.getSex()).isEqualTo(Sex.FEMALE);
        person.setIdentityNumber("bad");
        assertThat(person.getSex()).isNull();
        assertThat(person.ageOn(LocalDate.of(2026, 1, 1))).isEqualTo(-1);
    }

    @Test
    void musterAttendanceRate() {
        Muster muster = MobilizationFactory.eINSTANCE.createMuster();
        muster.setExpected(120);
        muster.setPresent(111);
        assertThat(muster.getAttendanceRate()).isCloseTo(0.925, within(1e-9));
        assertThat(muster.getAbsent()).isEqualTo(9);
        muster.setExpected(0);
        muster.setPresent(0);
        assertThat(muster.getAttendanceRate()).isZero();
    }

    @Test
    void batchTraineeAndPassCounts() {
        TrainingBatch batch = TrainingFactory.eINSTANCE.createTrainingBatch();
        Person a = person("甲", null);
        Person b = person("乙", null);
        Person c = person("丙", null);
        batch.getTrainees().addAll(java.util.List.of(a, b, c));
        assess(batch, a, Grade.EXCELLENT);
        assess(batch, a, Grade.PASS);
        assess(batch, b, Grade.GOOD);
        assess(batch, b, Grade.FAIL); // failed one subject: not passed
        assertThat(batch.getTraineeCount()).isEqualTo(3);
        assertThat(batch.getPassCount()).isEqualTo(1); // c was not assessed
    }

    @Test
    void unitMemberCountsIncludeSubUnitsAndOnlyActiveMembers() {
        MilitiaUnit company = MobilizationFactory.eINSTANCE.createMilitiaUnit();
        MilitiaUnit platoon = MobilizationFactory.eINSTANCE.createMilitiaUnit();
        company.getSubUnits().add(platoon);
        member(company, MilitiaCategory.CORE, null);
        member(platoon, MilitiaCategory.CORE, null);
        member(platoon, MilitiaCategory.ORDINARY, null);
        member(platoon, MilitiaCategory.CORE, LocalDate.of(2025, 12, 31));
        assertThat(company.getMemberCount()).isEqualTo(3);
        assertThat(company.getCoreMemberCount()).isEqualTo(2);
        assertThat(platoon.getMemberCount()).isEqualTo(2);
    }

    @Test
    void maintenanceFallsDueByItsIntervalAndHazardOverdue() {
        Asset extinguishers = SecurityFactory.eINSTANCE.createAsset();
        extinguishers.setCategory(AssetCategory.FIRE_EQUIPMENT);
        MaintenancePlan monthly = SecurityFactory.eINSTANCE.createMaintenancePlan();
        monthly.setInterval(1);
        monthly.setIntervalUnit(IntervalUnit.MONTH);
        monthly.setStartDate(LocalDate.of(2026, 1, 10));
        extinguishers.getPlans().add(monthly);
        assertThat(monthly.firstDueFor(extinguishers)).isEqualTo(LocalDate.of(2026, 1, 10));
        assertThat(monthly.dueAfter(LocalDate.of(2026, 5, 12))).isEqualTo(LocalDate.of(2026, 6, 12));
        assertThat(monthly.dueAfter(LocalDate.of(2026, 1, 31))).isEqualTo(LocalDate.of(2026, 2, 28));
        monthly.setIntervalUnit(IntervalUnit.QUARTER);
        assertThat(monthly.dueAfter(LocalDate.of(2026, 5, 12))).isEqualTo(LocalDate.of(2026, 8, 12));
        monthly.setInterval(30);
        monthly.setIntervalUnit(IntervalUnit.DAY);
        assertThat(monthly.dueAfter(LocalDate.of(2026, 3, 3))).isEqualTo(LocalDate.of(2026, 4, 2));

        // a category plan covers every asset of the category, and one commissioned after its start from that day
        MaintenancePlan fire = SecurityFactory.eINSTANCE.createMaintenancePlan();
        fire.setCategory(AssetCategory.FIRE_EQUIPMENT);
        fire.setStartDate(LocalDate.of(2026, 1, 10));
        Asset later = SecurityFactory.eINSTANCE.createAsset();
        later.setCategory(AssetCategory.FIRE_EQUIPMENT);
        later.setCommissionedOn(LocalDate.of(2026, 3, 1));
        Asset locker = SecurityFactory.eINSTANCE.createAsset();
        locker.setCategory(AssetCategory.PHONE_LOCKER);
        assertThat(fire.covers(extinguishers)).isTrue();
        assertThat(fire.covers(later)).isTrue();
        assertThat(fire.covers(locker)).isFalse();
        assertThat(monthly.covers(later)).isFalse();
        assertThat(fire.firstDueFor(later)).isEqualTo(LocalDate.of(2026, 3, 1));

        Hazard hazard = SecurityFactory.eINSTANCE.createHazard();
        hazard.setState(HazardState.RECTIFYING);
        hazard.setDeadline(LocalDate.of(2026, 6, 30));
        assertThat(hazard.overdueOn(LocalDate.of(2026, 6, 30))).isFalse();
        assertThat(hazard.overdueOn(LocalDate.of(2026, 7, 1))).isTrue();
        hazard.setState(HazardState.RECTIFIED);
        assertThat(hazard.overdueOn(LocalDate.of(2026, 7, 1))).isFalse();
    }

    private static void assess(TrainingBatch batch, Person trainee, Grade grade) {
        Assessment assessment = TrainingFactory.eINSTANCE.createAssessment();
        assessment.setTrainee(trainee);
        assessment.setGrade(grade);
        batch.getAssessments().add(assessment);
    }

    private static void member(MilitiaUnit unit, MilitiaCategory category, LocalDate left) {
        MilitiaMember member = MobilizationFactory.eINSTANCE.createMilitiaMember();
        member.setCategory(category);
        member.setLeaveDate(left);
        unit.getMembers().add(member);
    }
}
