package org.garrison.model.tests;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.Locale;

import org.eclipse.emf.common.util.Diagnostic;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.emf.ecore.resource.impl.ResourceImpl;
import org.garrison.model.core.CoreFactory;
import org.garrison.model.core.Person;
import org.garrison.model.identity.IdentityNumber;
import org.garrison.model.mobilization.ArmedCadre;
import org.garrison.model.mobilization.CadreMeeting;
import org.garrison.model.mobilization.MilitiaMember;
import org.garrison.model.mobilization.MilitiaUnit;
import org.garrison.model.mobilization.MobilizationFactory;
import org.garrison.model.mobilization.MobilizationLedger;
import org.garrison.model.mobilization.Muster;
import org.garrison.model.mobilization.RollCallEntry;
import org.garrison.model.training.EmergencyTask;
import org.garrison.model.training.EmergencyTaskKind;
import org.garrison.model.training.TrainingBatch;
import org.garrison.model.training.TrainingFactory;
import org.garrison.model.training.TrainingKind;
import org.garrison.model.training.TrainingLedger;
import org.garrison.model.validation.RecordValidation;
import org.junit.jupiter.api.Test;

/**
 * The cross-record rules of militia activities, each with a valid and an invalid case and the exact
 * message in both languages: only serving members of age take part, the typed number of members
 * dispatched is the list's, a cadre's meetings start with the appointment.
 */
class ParticipationConstraintsTest {

    private static final LocalDate TODAY = LocalDate.of(2026, 12, 1);
    private final MobilizationLedger mobilization = MobilizationFactory.eINSTANCE.createMobilizationLedger();
    private final TrainingLedger training = TrainingFactory.eINSTANCE.createTrainingLedger();
    private final MilitiaUnit unit = MobilizationFactory.eINSTANCE.createMilitiaUnit();
    /** joins on 1 March 2026 */
    private final Person zhang = person("张三", LocalDate.of(1998, 5, 1), 11);
    private final MilitiaMember zhangMember = member(zhang, LocalDate.of(2026, 3, 1));
    /** turns 18 on 1 June 2026, on no roster */
    private final Person li = person("李四", LocalDate.of(2008, 6, 1), 21);
    private final org.garrison.model.core.District district;

    ParticipationConstraintsTest() {
        unit.setName("东镇应急连");
        mobilization.getUnits().add(unit);
        unit.getMembers().add(zhangMember);
        org.garrison.model.core.District district = CoreFactory.eINSTANCE.createDistrict();
        district.getPersons().addAll(List.of(zhang, li));
        Resource resource = new ResourceImpl();
        resource.getContents().addAll(List.of(district, mobilization, training));
        this.district = district;
    }

    @Test
    void aTraineeMustServeOnTheBatchsFirstDay() {
        TrainingBatch early = batch("综合训练", LocalDate.of(2026, 2, 1), zhang);
        assertThat(errors(early, Locale.CHINA)).containsExactly(
                "训练批次“综合训练”：张三于2026-03-01才入队，2026-02-01时还不是在编民兵，不能列入“参训人员”。请核对入队日期，或把其从名单中移除。");
        assertThat(errors(early, Locale.ENGLISH)).containsExactly(
                "Training batch '综合训练': 张三 joined the militia only on 2026-03-01 and was no serving member on 2026-02-01; they cannot be among the 'Trainees'. Check the join date, or take the person off the list.");
        assertThat(errors(batch("应急训练", LocalDate.of(2026, 3, 1), zhang), Locale.CHINA)).as("from the day of joining").isEmpty();
        zhangMember.setLeaveDate(LocalDate.of(2026, 9, 30));
        assertThat(errors(batch("秋季训练", LocalDate.of(2026, 10, 10), zhang), Locale.CHINA)).singleElement().asString()
                .contains("张三已于2026-09-30出队，2026-10-10时不再是在编民兵");
    }

    @Test
    void noOneUnder18TakesPart() {
        EmergencyTask spring = task(LocalDate.of(2026, 5, 20), 1, li);
        assertThat(errors(spring, Locale.CHINA)).containsExactly(
                "遂行任务“巡堤”：李四在2026-05-20未满十八周岁（17岁），不能列入“参加人员”。请核对其公民身份号码，或把其从名单中移除。");
        assertThat(errors(task(LocalDate.of(2026, 6, 1), 1, li), Locale.CHINA)).as("18 on the day: of age, and on no roster").isEmpty();
    }

    @Test
    void theMembersDispatchedAreTheList() {
        EmergencyTask typed = task(LocalDate.of(2026, 7, 1), 5, zhang);
        assertThat(errors(typed, Locale.CHINA)).containsExactly("遂行任务“巡堤”：“出动民兵人数”填写为5人，但出动人员名单列出1人。请使二者一致（以名单为准）。");
        typed.setMembersDispatched(1);
        assertThat(errors(typed, Locale.CHINA)).isEmpty();
        EmergencyTask countOnly = task(LocalDate.of(2026, 7, 1), 30);
        assertThat(errors(countOnly, Locale.CHINA)).as("no list: the typed number stands").isEmpty();
    }

    @Test
    void aMusterCallsOnlyThoseServingThatDay() {
        Muster muster = MobilizationFactory.eINSTANCE.createMuster();
        muster.setDate(LocalDate.of(2026, 2, 15));
        muster.setLevel(org.garrison.model.mobilization.InspectionLevel.DISTRICT);
        RollCallEntry entry = MobilizationFactory.eINSTANCE.createRollCallEntry();
        entry.setMember(zhangMember);
        entry.setPresent(true);
        muster.getRollCall().add(entry);
        muster.setExpected(1);
        muster.setPresent(1);
        mobilization.getMusters().add(muster);
        assertThat(errors(muster, Locale.CHINA)).singleElement().asString().contains("张三于2026-03-01才入队，2026-02-15时还不是在编民兵，不能列入“点名”");
        muster.setDate(LocalDate.of(2026, 3, 15));
        assertThat(errors(muster, Locale.CHINA)).isEmpty();
    }

    @Test
    void aCadresMeetingsStartWithTheAppointment() {
        ArmedCadre cadre = MobilizationFactory.eINSTANCE.createArmedCadre();
        cadre.setPerson(zhang);
        cadre.setOrgUnit(CoreFactory.eINSTANCE.createOrgUnit());
        cadre.getOrgUnit().setName("东镇");
        district.getUnits().add(cadre.getOrgUnit());
        cadre.setStage(org.garrison.model.mobilization.CadreStage.APPOINTED);
        cadre.setNominatedOn(LocalDate.of(2026, 2, 1));
        cadre.setAppointedOn(LocalDate.of(2026, 3, 10));
        for (int month = 2; month <= 3; month++) {
            CadreMeeting meeting = MobilizationFactory.eINSTANCE.createCadreMeeting();
            meeting.setMonth(LocalDate.of(2026, month, 1));
            meeting.setAttended(true);
            cadre.getMeetings().add(meeting);
        }
        mobilization.getCadres().add(cadre);
        assertThat(errors(cadre, Locale.CHINA)).containsExactly(
                "专武干部：有2026-02的例会记录，但任命日期为2026-03-10；任命前的例会不能记入。请核对任命日期或删去该记录。");
        cadre.getMeetings().remove(0);
        assertThat(errors(cadre, Locale.CHINA)).as("March, the month of the appointment").isEmpty();
    }

    @Test
    void aSelectionSelectsQualifiedInstructorsOfItsLevel() {
        org.garrison.model.training.Instructor instructor = TrainingFactory.eINSTANCE.createInstructor();
        instructor.setPerson(zhang);
        instructor.setLevel(org.garrison.model.training.InstructorLevel.DISTRICT);
        instructor.setCanExplain(true);
        instructor.setCanDemonstrate(true);
        instructor.setCanTeach(true);
        training.getInstructors().add(instructor);
        org.garrison.model.training.InstructorSelection selection = TrainingFactory.eINSTANCE.createInstructorSelection();
        selection.setDate(LocalDate.of(2026, 4, 1));
        selection.setLevel(org.garrison.model.training.InstructorLevel.DISTRICT);
        selection.getSelected().add(instructor);
        training.getSelections().add(selection);
        assertThat(errors(selection, Locale.CHINA)).containsExactly(
                "教练员遴选“2026-04-01”：张三不具备“四会”（会讲、会做、会教、会做思想政治工作）全部能力，不能列入“入选教练员”。请核对其能力，或把其从名单中移除。");
        instructor.setCanDoPoliticalWork(true);
        assertThat(errors(selection, Locale.CHINA)).isEmpty();
        instructor.setLevel(org.garrison.model.training.InstructorLevel.CITY);
        assertThat(errors(selection, Locale.CHINA)).singleElement().asString().contains("张三是市级教练员，不能列入区级的“入选教练员”");
    }

    @Test
    void aRecruitsEducationIsThePersons() {
        org.garrison.model.mobilization.Recruit recruit = MobilizationFactory.eINSTANCE.createRecruit();
        Person young = person("王五", LocalDate.of(2007, 3, 1), 31);
        district.getPersons().add(young);
        young.setEducation(org.garrison.model.core.Education.JUNIOR_HIGH);
        recruit.setPerson(young);
        recruit.setRegisteredOn(LocalDate.of(2026, 3, 10));
        recruit.setStage(org.garrison.model.mobilization.RecruitStage.REGISTERED);
        recruit.setEducation(org.garrison.model.mobilization.RecruitEducation.COLLEGE_GRADUATE);
        org.garrison.model.mobilization.ConscriptionCampaign campaign = MobilizationFactory.eINSTANCE.createConscriptionCampaign();
        campaign.setYear(2026);
        campaign.getRecruits().add(recruit);
        mobilization.getCampaigns().add(campaign);
        assertThat(errors(recruit, Locale.CHINA)).singleElement().asString().contains("王五登记时19岁，不可能已是大学毕业生");
        recruit.setEducation(org.garrison.model.mobilization.RecruitEducation.SENIOR_HIGH);
        assertThat(errors(recruit, Locale.CHINA)).singleElement().asString().contains("应征文化程度为“高中”，但王五的人员信息记为“初中”");
        young.setEducation(org.garrison.model.core.Education.SENIOR_HIGH);
        assertThat(errors(recruit, Locale.CHINA)).isEmpty();
    }

    @Test
    void anOrganizationTaskCompletesWhatTheRosterHolds() {
        org.garrison.model.core.OrgUnit town = CoreFactory.eINSTANCE.createOrgUnit();
        town.setName("东镇");
        district.getUnits().add(town);
        unit.setOrgUnit(town);
        org.garrison.model.mobilization.OrganizationTask task = MobilizationFactory.eINSTANCE.createOrganizationTask();
        task.setYear(2026);
        task.setOrgUnit(town);
        task.setTarget(2);
        task.setCompleted(2);
        mobilization.getOrganizationTasks().add(task);
        assertThat(errors(task, Locale.CHINA)).singleElement().asString()
                .contains("“完成人数”填写为2人，但民兵名册上东镇在2026年底在编的基干民兵为1人");
        task.setCompleted(1);
        assertThat(errors(task, Locale.CHINA)).as("张三, serving since 1 March").isEmpty();
        zhangMember.setLeaveDate(LocalDate.of(2026, 11, 1));
        assertThat(errors(task, Locale.CHINA)).as("left before the year's end").singleElement().asString().contains("为0人");
    }

    private TrainingBatch batch(String name, LocalDate start, Person... trainees) {
        TrainingBatch batch = TrainingFactory.eINSTANCE.createTrainingBatch();
        batch.setName(name);
        batch.setKind(TrainingKind.INTEGRATED_CORE);
        batch.setStartDate(start);
        batch.getTrainees().addAll(List.of(trainees));
        training.getBatches().add(batch);
        return batch;
    }

    private EmergencyTask task(LocalDate start, int dispatched, Person... participants) {
        EmergencyTask task = TrainingFactory.eINSTANCE.createEmergencyTask();
        task.setKind(EmergencyTaskKind.FLOOD_PATROL);
        task.setName("巡堤");
        task.setStartDate(start);
        task.setMembersDispatched(dispatched);
        task.getParticipants().addAll(List.of(participants));
        training.getTasks().add(task);
        return task;
    }

    private MilitiaMember member(Person person, LocalDate joined) {
        MilitiaMember member = MobilizationFactory.eINSTANCE.createMilitiaMember();
        member.setPerson(person);
        member.setCategory(org.garrison.model.mobilization.MilitiaCategory.CORE);
        member.setJoinDate(joined);
        return member;
    }

    private static Person person(String name, LocalDate birth, int sequence) {
        Person person = CoreFactory.eINSTANCE.createPerson();
        person.setName(name);
        person.setIdentityNumber(IdentityNumber.of("330102", birth, sequence));
        return person;
    }

    /** Errors of the record's own activity rules (its required fields elsewhere are not this test's). */
    private static List<String> errors(EObject record, Locale locale) {
        return RecordValidation.validate(record, locale, TODAY).getChildren().stream()
                .filter(d -> d.getSeverity() == Diagnostic.ERROR && d.getData().get(0) == record && !"required".equals(d.getData().get(2)))
                .map(Diagnostic::getMessage).toList();
    }
}
