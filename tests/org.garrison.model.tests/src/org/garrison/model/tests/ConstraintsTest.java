package org.garrison.model.tests;

import static org.assertj.core.api.Assertions.assertThat;
import static org.garrison.model.tests.Records.TODAY;
import static org.garrison.model.tests.Records.person;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;

import org.eclipse.emf.common.util.Diagnostic;
import org.eclipse.emf.ecore.EObject;
import org.garrison.model.core.CoreFactory;
import org.garrison.model.core.Grade;
import org.garrison.model.core.OrgUnit;
import org.garrison.model.core.OrgUnitLevel;
import org.garrison.model.core.Person;
import org.garrison.model.core.CorePackage;
import org.garrison.model.identity.IdentityNumber;
import org.garrison.model.mobilization.MilitiaCategory;
import org.garrison.model.mobilization.MilitiaMember;
import org.garrison.model.mobilization.MilitiaUnit;
import org.garrison.model.mobilization.MobilizationFactory;
import org.garrison.model.mobilization.Muster;
import org.garrison.model.mobilization.InspectionLevel;
import org.garrison.model.mobilization.Recruit;
import org.garrison.model.mobilization.RecruitEducation;
import org.garrison.model.mobilization.RecruitStage;
import org.garrison.model.mobilization.UnitRole;
import org.garrison.model.mobilization.UnitType;
import org.garrison.model.security.Hazard;
import org.garrison.model.security.HazardSeverity;
import org.garrison.model.security.HazardSource;
import org.garrison.model.security.HazardState;
import org.garrison.model.security.MaintenanceRecord;
import org.garrison.model.security.SecurityFactory;
import org.garrison.model.study.StudyFactory;
import org.garrison.model.study.StudyKind;
import org.garrison.model.study.StudyRegime;
import org.garrison.model.study.Recurrence;
import org.garrison.model.training.Assessment;
import org.garrison.model.training.PlanSubject;
import org.garrison.model.training.TrainingBatch;
import org.garrison.model.training.TrainingFactory;
import org.garrison.model.training.TrainingKind;
import org.garrison.model.validation.RecordValidation;
import org.junit.jupiter.api.Test;

/**
 * Every constraint with a valid and an invalid case; the messages name the record and the field,
 * say what is wrong and how to fix it, in Chinese and in English.
 */
class ConstraintsTest {

    private static final String VALID_ID = "110101199003074514"; // born 1990-03-07, male

    @Test
    void requiredFieldsAreNamedWithTheRecord() {
        Person nameless = person(null, VALID_ID);
        assertThat(errors(nameless, Locale.CHINA)).containsExactly("人员“110101199003074514”：必须填写“姓名”。请填写后再保存。");
        assertThat(errors(nameless, Locale.ENGLISH)).containsExactly("Person '110101199003074514': 'Name' is required. Fill it in before saving.");
        assertThat(errors(person("张三", VALID_ID), Locale.CHINA)).isEmpty();
    }

    @Test
    void identityNumberCheckCharacter() {
        assertThat(errors(person("张三", "110101199003074513"), Locale.CHINA))
                .containsExactly("人员“张三”：“公民身份号码”的校验码错误：末位应为4，现为3。请核对身份证，通常是某一位录错。");
        assertThat(errors(person("Zhang San", "110101199003074513"), Locale.ENGLISH))
                .containsExactly("Person 'Zhang San': the check character of 'Identity number' is wrong: the last character should be 4, not 3."
                        + " Check the ID card; usually one digit was mistyped.");
    }

    @Test
    void identityNumberLengthCharactersAndBirthDate() {
        assertThat(errors(person("张三", "11010119900307451"), Locale.CHINA))
                .containsExactly("人员“张三”：“公民身份号码”应为18位，现为17位。请按身份证完整录入。");
        assertThat(errors(person("张三", "11010119900307451Z"), Locale.CHINA)).singleElement().asString().contains("17位数字加一位数字或X");
        assertThat(errors(person("张三", "110101199013074514"), Locale.CHINA)).singleElement().asString()
                .contains("第7至14位（19901307）不是有效的出生日期");
    }

    @Test
    void identityNumbersAreUniqueInADistrict() {
        var district = Records.district(person("张三", VALID_ID), person("李四", VALID_ID));
        assertThat(errors(district, Locale.CHINA)).containsExactly(
                "人员“李四”：“公民身份号码”110101199003074514已被人员“张三”使用。同一区内每人只能登记一次，请合并或更正重复的人员。");
        var fine = Records.district(person("张三", VALID_ID), person("李四", "11010519491231002X"));
        assertThat(errors(fine, Locale.CHINA)).isEmpty();
    }

    @Test
    void militiaAgeLimits() {
        OrgUnit town = town();
        MilitiaUnit unit = unit(town, UnitRole.EMERGENCY);
        MilitiaMember young = member(unit, IdentityNumber.of("320102", LocalDate.of(2010, 1, 1), 11), LocalDate.of(2026, 3, 1));
        assertThat(errorsOf(young)).singleElement().asString().startsWith("民兵：入队时（2026-03-01）年仅16岁，民兵须年满18岁。");

        MilitiaMember old = member(unit, IdentityNumber.of("320102", LocalDate.of(1978, 1, 1), 11), LocalDate.of(2000, 3, 1));
        assertThat(errorsOf(old)).singleElement().asString().startsWith("民兵：现年48岁，超过45岁的年龄上限");

        old.setCadre(true); // cadres serve to 50
        assertThat(errorsOf(old)).isEmpty();

        MilitiaMember specialist = member(unit(town, UnitRole.SPECIALIST), IdentityNumber.of("320102", LocalDate.of(1978, 1, 1), 13),
                LocalDate.of(2000, 3, 1));
        assertThat(errorsOf(specialist)).isEmpty();

        old.setCadre(false);
        old.setLeaveDate(LocalDate.of(2020, 1, 1)); // no longer serving
        assertThat(errorsOf(old)).isEmpty();
    }

    @Test
    void endDatesNotBeforeStartDates() {
        StudyRegime regime = StudyFactory.eINSTANCE.createStudyRegime();
        regime.setName("每周一学");
        regime.setKind(StudyKind.WEEKLY_STUDY);
        regime.setRecurrence(Recurrence.WEEKLY);
        regime.setStartDate(LocalDate.of(2026, 3, 1));
        regime.setEndDate(LocalDate.of(2026, 2, 1));
        assertThat(errors(regime, Locale.CHINA))
                .containsExactly("学习制度“每周一学”：“结束日期”（2026-02-01）早于“开始日期”（2026-03-01）。请更正日期。");
        regime.setEndDate(LocalDate.of(2026, 12, 31));
        assertThat(errors(regime, Locale.CHINA)).isEmpty();
    }

    @Test
    void musterPresentNotAboveExpectedAndNotNegative() {
        Muster muster = MobilizationFactory.eINSTANCE.createMuster();
        muster.setDate(LocalDate.of(2026, 4, 10));
        muster.setLevel(InspectionLevel.DISTRICT);
        muster.setExpected(40);
        muster.setPresent(42);
        assertThat(errors(muster, Locale.CHINA)).containsExactly("点验“2026-04-10”：“实到人数”（42）多于“应到人数”（40）。请核对人数。");
        muster.setPresent(-1);
        assertThat(errors(muster, Locale.ENGLISH)).containsExactly("Muster '2026-04-10': 'Present' cannot be negative (it is -1). Enter 0 or more.");
        muster.setPresent(38);
        assertThat(errors(muster, Locale.CHINA)).isEmpty();
    }

    @Test
    void recruitStagesInOrder() {
        Recruit recruit = MobilizationFactory.eINSTANCE.createRecruit();
        recruit.setPerson(person("王五", VALID_ID));
        recruit.setEducation(RecruitEducation.IN_COLLEGE);
        recruit.setStage(RecruitStage.PHYSICAL_EXAM);
        recruit.setRegisteredOn(LocalDate.of(2026, 3, 1));
        recruit.setPreliminaryCheckOn(LocalDate.of(2026, 2, 20));
        recruit.setPhysicalExamOn(LocalDate.of(2026, 4, 1));
        assertThat(errorsOf(recruit)).containsExactly("应征青年：“初检日期”（2026-02-20）早于“报名日期”（2026-03-01）。请更正日期。");

        recruit.setPreliminaryCheckOn(LocalDate.of(2026, 3, 10));
        recruit.setPhysicalExamOn(null);
        assertThat(errorsOf(recruit)).containsExactly("应征青年：状态为“体检”时必须填写“体检日期”。请填写后再保存。");

        recruit.setPhysicalExamOn(LocalDate.of(2026, 4, 1));
        assertThat(errorsOf(recruit)).isEmpty();
    }

    @Test
    void hazardClosedOnlyAfterRectification() {
        Hazard hazard = SecurityFactory.eINSTANCE.createHazard();
        hazard.setDescription("营门监控损坏");
        hazard.setFoundOn(LocalDate.of(2026, 5, 1));
        hazard.setSource(HazardSource.SELF_CHECK);
        hazard.setSeverity(HazardSeverity.MINOR);
        hazard.setState(HazardState.RECTIFIED);
        assertThat(errors(hazard, Locale.CHINA)).containsExactly("隐患“营门监控损坏”：状态为“已整改”时必须填写“整改完成日期”。请填写后再保存。",
                "隐患“营门监控损坏”：状态为“已整改”时必须填写“整改人”。请填写后再保存。");
        hazard.setRectifiedOn(LocalDate.of(2026, 5, 9));
        Person rectifier = person("李四", VALID_ID);
        hazard.setRectifiedBy(rectifier);
        assertThat(errors(hazard, Locale.CHINA)).isEmpty();
        // accepted: by someone, on a day, and not by the person who rectified it
        hazard.setState(HazardState.ACCEPTED);
        hazard.setAcceptedOn(LocalDate.of(2026, 5, 8));
        hazard.setAcceptedBy(rectifier);
        assertThat(errors(hazard, Locale.CHINA)).containsExactlyInAnyOrder(
                "隐患“营门监控损坏”：“验收日期”（2026-05-08）早于“整改完成日期”（2026-05-09）。请更正日期。",
                "隐患“营门监控损坏”：验收人（李四）不能是整改人。请由整改人以外的人员验收。");
        hazard.setAcceptedOn(LocalDate.of(2026, 5, 12));
        hazard.setAcceptedBy(person("王五", VALID_ID));
        assertThat(errors(hazard, Locale.CHINA)).isEmpty();
    }

    @Test
    void assessmentsAreOfTraineesWithScoresInRange() {
        TrainingBatch batch = TrainingFactory.eINSTANCE.createTrainingBatch();
        batch.setName("第一批次");
        batch.setKind(TrainingKind.INTEGRATED_CORE);
        batch.setStartDate(LocalDate.of(2026, 4, 1));
        batch.setEndDate(LocalDate.of(2026, 4, 20));
        PlanSubject subject = TrainingFactory.eINSTANCE.createPlanSubject();
        subject.setName("轻武器射击");
        Person trainee = person("赵六", VALID_ID);
        Assessment assessment = TrainingFactory.eINSTANCE.createAssessment();
        assessment.setTrainee(trainee);
        assessment.setSubject(subject);
        assessment.setGrade(Grade.GOOD);
        assessment.setScore(105);
        batch.getAssessments().add(assessment);
        assertThat(errors(batch, Locale.CHINA)).containsExactlyInAnyOrder(
                "训练批次“第一批次”：赵六不是本批次的参训人员，不能有考核成绩。请先将其加入“参训人员”。",
                "考核成绩：“分数”应在0至100之间（现为105）。请更正。");
        batch.getTrainees().add(trainee);
        assessment.setScore(86);
        assertThat(errors(batch, Locale.CHINA)).isEmpty();
    }

    @Test
    void costsNotNegative() {
        MaintenanceRecord record = SecurityFactory.eINSTANCE.createMaintenanceRecord();
        record.setDate(LocalDate.of(2026, 6, 1));
        record.setWork("更换灭火器");
        record.setAsset(SecurityFactory.eINSTANCE.createAsset());
        record.setCost(new BigDecimal("-20"));
        assertThat(errorsOf(record)).singleElement().asString().contains("“费用”不能为负数（现为-20）");
        record.setCost(new BigDecimal("20"));
        assertThat(errorsOf(record)).isEmpty();
    }

    @Test
    void errorsPointToTheirRecordAndField() {
        Person wrong = person("张三", "110101199003074513");
        Diagnostic result = RecordValidation.validate(wrong, Locale.CHINA, TODAY);
        Diagnostic error = result.getChildren().get(0);
        assertThat(error.getSeverity()).isEqualTo(Diagnostic.ERROR);
        assertThat(error.getData().get(0)).isSameAs(wrong);
        assertThat(error.getData().get(1)).isSameAs(CorePackage.Literals.PERSON__IDENTITY_NUMBER);
    }

    private static List<String> errors(EObject record, Locale locale) {
        return RecordValidation.validate(record, locale, TODAY).getChildren().stream()
                .filter(d -> d.getSeverity() == Diagnostic.ERROR).map(Diagnostic::getMessage).toList();
    }

    /** Errors about one record only, in Chinese, ignoring required fields of the records around it. */
    private static List<String> errorsOf(EObject record) {
        return RecordValidation.validate(record, Locale.CHINA, TODAY).getChildren().stream()
                .filter(d -> d.getSeverity() == Diagnostic.ERROR && d.getData().get(0) == record && !"required".equals(d.getData().get(2)))
                .map(Diagnostic::getMessage).toList();
    }

    private static OrgUnit town() {
        OrgUnit town = CoreFactory.eINSTANCE.createOrgUnit();
        town.setCode("320102001");
        town.setName("梅园新村街道");
        town.setLevel(OrgUnitLevel.SUBDISTRICT);
        return town;
    }

    private static MilitiaUnit unit(OrgUnit town, UnitRole role) {
        MilitiaUnit unit = MobilizationFactory.eINSTANCE.createMilitiaUnit();
        unit.setName("应急连");
        unit.setType(UnitType.COMPANY);
        unit.setRole(role);
        unit.setOrgUnit(town);
        return unit;
    }

    private static MilitiaMember member(MilitiaUnit unit, String identityNumber, LocalDate joined) {
        MilitiaMember member = MobilizationFactory.eINSTANCE.createMilitiaMember();
        member.setPerson(person("民兵", identityNumber));
        member.setCategory(MilitiaCategory.CORE);
        member.setJoinDate(joined);
        unit.getMembers().add(member);
        return member;
    }
}
