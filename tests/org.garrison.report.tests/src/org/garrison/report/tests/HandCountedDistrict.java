package org.garrison.report.tests;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

import org.eclipse.emf.ecore.EObject;
import org.garrison.model.core.CoreFactory;
import org.garrison.model.core.District;
import org.garrison.model.core.OrgUnit;
import org.garrison.model.core.OrgUnitLevel;
import org.garrison.model.core.Person;
import org.garrison.model.identity.IdentityNumber;
import org.garrison.model.mobilization.ArmedCadre;
import org.garrison.model.mobilization.CadreStage;
import org.garrison.model.mobilization.ConscriptionCampaign;
import org.garrison.model.mobilization.InspectionLevel;
import org.garrison.model.mobilization.ItemStatus;
import org.garrison.model.mobilization.MilitiaCategory;
import org.garrison.model.mobilization.MilitiaMember;
import org.garrison.model.mobilization.MilitiaUnit;
import org.garrison.model.mobilization.MobilizationFactory;
import org.garrison.model.mobilization.MobilizationLedger;
import org.garrison.model.mobilization.Muster;
import org.garrison.model.mobilization.Recruit;
import org.garrison.model.mobilization.RecruitEducation;
import org.garrison.model.mobilization.RecruitStage;
import org.garrison.model.mobilization.StandardizationItem;
import org.garrison.model.mobilization.UnitRole;
import org.garrison.model.mobilization.UnitType;
import org.garrison.model.security.Asset;
import org.garrison.model.security.AssetCategory;
import org.garrison.model.security.Drill;
import org.garrison.model.security.Hazard;
import org.garrison.model.security.HazardSeverity;
import org.garrison.model.security.HazardSource;
import org.garrison.model.security.HazardState;
import org.garrison.model.security.MaintenanceRecord;
import org.garrison.model.security.SafetyActivity;
import org.garrison.model.security.SafetyActivityKind;
import org.garrison.model.security.SecurityFactory;
import org.garrison.model.security.SecurityLedger;
import org.garrison.model.study.ReadingItem;
import org.garrison.model.study.ReadingMode;
import org.garrison.model.study.StudyFactory;
import org.garrison.model.study.StudyKind;
import org.garrison.model.study.StudyLedger;
import org.garrison.model.study.StudySession;
import org.garrison.model.training.Competition;
import org.garrison.model.training.CompetitionEntry;
import org.garrison.model.training.CompetitionLevel;
import org.garrison.model.training.EmergencyTask;
import org.garrison.model.training.EmergencyTaskKind;
import org.garrison.model.training.Instructor;
import org.garrison.model.training.InstructorLevel;
import org.garrison.model.training.InstructorSelection;
import org.garrison.model.training.TrainingBatch;
import org.garrison.model.training.TrainingFactory;
import org.garrison.model.training.TrainingKind;
import org.garrison.model.training.TrainingLedger;

/**
 * A district small enough to count by hand, for the year 2026, with records of 2025 that must not
 * count. The expected figures are in {@code FiguresTest}, each with how it was counted.
 * <pre>
 * 东镇 (with the village 东村), 西镇
 * persons: 赵一 东村 m · 钱二 东镇 f · 孙三 西镇 m · 李四 西镇 m · 周五 东镇 m · 吴六 西镇 f · 郑七 东村 m · 王八 西镇 m
 * · 陈九 西镇 m and 冯十 西镇 f, both turning 18 in 2026
 * </pre>
 */
final class HandCountedDistrict {

    static final int YEAR = 2026;
    /** The hand counts cover the whole year. */
    static final LocalDate YEAR_END = LocalDate.of(YEAR, 12, 31);

    final District district = CoreFactory.eINSTANCE.createDistrict();
    final OrgUnit east = CoreFactory.eINSTANCE.createOrgUnit();
    final OrgUnit eastVillage = CoreFactory.eINSTANCE.createOrgUnit();
    final OrgUnit west = CoreFactory.eINSTANCE.createOrgUnit();
    final StudyLedger study = StudyFactory.eINSTANCE.createStudyLedger();
    final TrainingLedger training = TrainingFactory.eINSTANCE.createTrainingLedger();
    final MobilizationLedger mobilization = MobilizationFactory.eINSTANCE.createMobilizationLedger();
    final SecurityLedger security = SecurityFactory.eINSTANCE.createSecurityLedger();
    final Person zhao;
    final Person qian;
    final Person sun;
    final Person li;
    final Person zhou;
    final Person wu;
    final Person zheng;
    final Person wang;
    final Person chen;
    final Person feng;

    HandCountedDistrict() {
        district.setName("手算区");
        district.setCode("110199");
        unit(east, "东镇", OrgUnitLevel.TOWN);
        unit(west, "西镇", OrgUnitLevel.TOWN);
        district.getUnits().add(east);
        district.getUnits().add(west);
        unit(eastVillage, "东村", OrgUnitLevel.VILLAGE);
        east.getChildren().add(eastVillage);
        zhao = person("赵一", eastVillage, LocalDate.of(1995, 3, 1), 11);
        qian = person("钱二", east, LocalDate.of(1996, 4, 2), 22);
        sun = person("孙三", west, LocalDate.of(1990, 5, 3), 31);
        li = person("李四", west, LocalDate.of(2000, 6, 4), 33);
        zhou = person("周五", east, LocalDate.of(2004, 7, 5), 51);
        wu = person("吴六", west, LocalDate.of(2005, 8, 6), 62);
        zheng = person("郑七", eastVillage, LocalDate.of(2006, 9, 7), 71);
        wang = person("王八", west, LocalDate.of(2007, 10, 8), 81);
        // turning 18 in 2026: a man and a woman
        chen = person("陈九", west, LocalDate.of(2008, 2, 9), 91);
        feng = person("冯十", west, LocalDate.of(2008, 3, 10), 12);
        study.setDistrict(district);
        training.setDistrict(district);
        mobilization.setDistrict(district);
        security.setDistrict(district);
        study();
        training();
        mobilization();
        conscription();
        security();
    }

    /** Maintenance records are records of their own, naming their asset. */
    final List<MaintenanceRecord> maintenance = new java.util.ArrayList<>();

    List<EObject> roots() {
        List<EObject> roots = new java.util.ArrayList<>(List.of(district, study, training, mobilization, security));
        roots.addAll(maintenance);
        return roots;
    }

    private void study() {
        ReadingItem full = StudyFactory.eINSTANCE.createReadingItem();
        full.setTitle("中国共产党简史");
        full.setMode(ReadingMode.FULL);
        ReadingItem part = StudyFactory.eINSTANCE.createReadingItem();
        part.setTitle("习近平新时代中国特色社会主义思想学习问答");
        part.setMode(ReadingMode.SELECTED);
        study.getReadingItems().addAll(List.of(full, part));
        session(LocalDate.of(2026, 1, 10), StudyKind.GROUP_STUDY, List.of(zhao, qian, sun), List.of(li), full);
        session(LocalDate.of(2026, 3, 5), StudyKind.PARTY_LECTURE, List.of(zhao, qian), List.of(), full);
        session(LocalDate.of(2026, 6, 1), StudyKind.GROUP_STUDY, List.of(sun), List.of(qian, li), part);
        session(LocalDate.of(2025, 12, 20), StudyKind.GROUP_STUDY, List.of(zhao), List.of(), part);
        session(LocalDate.of(2026, 12, 31), StudyKind.MORNING_BRIEFING, List.of(zhao, li), List.of(), null);
    }

    private void training() {
        batch("综合训练", TrainingKind.INTEGRATED_CORE, LocalDate.of(2026, 3, 1), List.of(zhao, sun, li));
        batch("应急分队训练", TrainingKind.EMERGENCY_UNIT, LocalDate.of(2026, 5, 1), List.of(zhao, qian));
        batch("干部训练", TrainingKind.CADRE, LocalDate.of(2025, 11, 1), List.of(sun));
        Instructor first = instructor(zhao, InstructorLevel.DISTRICT);
        Instructor second = instructor(sun, InstructorLevel.DISTRICT);
        Instructor city = instructor(li, InstructorLevel.CITY);
        selection(LocalDate.of(2026, 4, 1), InstructorLevel.DISTRICT, List.of(first, second));
        selection(LocalDate.of(2026, 8, 1), InstructorLevel.CITY, List.of(city));
        selection(LocalDate.of(2025, 4, 1), InstructorLevel.DISTRICT, List.of(first));
        Competition provincial = competition("省军区教练员比武", CompetitionLevel.PROVINCIAL_COMMAND, LocalDate.of(2026, 9, 10));
        entry(provincial, zhao, "射击", 3);
        entry(provincial, sun, "战术", 1);
        entry(provincial, zhao, "投弹", 0);
        Competition city2026 = competition("市教练员比武", CompetitionLevel.CITY, LocalDate.of(2026, 6, 10));
        entry(city2026, li, "射击", 1);
        // two flood patrols: 4 + 3 places, 5 different people (孙三 and 李四 went twice)
        task(EmergencyTaskKind.FLOOD_PATROL, LocalDate.of(2026, 7, 10), List.of(zhao, sun, li, zhou));
        task(EmergencyTaskKind.FLOOD_PATROL, LocalDate.of(2026, 8, 2), List.of(sun, li, wang));
        // 郑七 joins only in March: the February task was 钱二's (joined that day) and 王八's (no member, of age)
        task(EmergencyTaskKind.EPIDEMIC_CONTROL, LocalDate.of(2026, 2, 1), List.of(qian, wang));
        task(EmergencyTaskKind.DISASTER_RELIEF, LocalDate.of(2025, 7, 1), List.of(zhao));
    }

    private void mobilization() {
        MilitiaUnit eastCompany = militiaUnit("东镇应急连", east);
        MilitiaUnit westCompany = militiaUnit("西镇民兵连", west);
        member(eastCompany, zhao, MilitiaCategory.CORE, LocalDate.of(2025, 1, 1), null);
        member(eastCompany, qian, MilitiaCategory.CORE, LocalDate.of(2026, 2, 1), LocalDate.of(2026, 6, 30));
        member(eastCompany, zheng, MilitiaCategory.ORDINARY, LocalDate.of(2026, 3, 1), null);
        member(westCompany, sun, MilitiaCategory.CORE, LocalDate.of(2020, 5, 1), null);
        // 李四 joined before he trained (March), competed (June) and patrolled the dykes (July, August)
        member(westCompany, li, MilitiaCategory.CORE, LocalDate.of(2026, 1, 20), null);
        muster(LocalDate.of(2026, 4, 8), InspectionLevel.DISTRICT, List.of(eastCompany, westCompany), 4);
        muster(LocalDate.of(2026, 10, 1), InspectionLevel.CITY, List.of(westCompany), 2);
        muster(LocalDate.of(2025, 10, 1), InspectionLevel.DISTRICT, List.of(eastCompany), 3);
        cadre(qian, east, LocalDate.of(2026, 1, 5), LocalDate.of(2026, 2, 1));
        cadre(sun, west, LocalDate.of(2024, 4, 1), LocalDate.of(2024, 5, 1));
        item(eastVillage, ItemStatus.MET, LocalDate.of(2026, 5, 1));
        item(west, ItemStatus.MET, LocalDate.of(2025, 12, 1));
        item(west, ItemStatus.OPEN, null);
    }

    private void conscription() {
        ConscriptionCampaign campaign = MobilizationFactory.eINSTANCE.createConscriptionCampaign();
        campaign.setYear(YEAR);
        campaign.setQuota(2);
        campaign.setMenTurningEighteen(4);
        mobilization.getCampaigns().add(campaign);
        ConscriptionCampaign earlier = MobilizationFactory.eINSTANCE.createConscriptionCampaign();
        earlier.setYear(YEAR - 1);
        earlier.setQuota(9);
        mobilization.getCampaigns().add(earlier);
        campaign.getRecruits().add(enlisted(zhou, RecruitEducation.COLLEGE_GRADUATE));
        campaign.getRecruits().add(enlisted(zheng, RecruitEducation.IN_COLLEGE));
        campaign.getRecruits().add(enlisted(wu, RecruitEducation.SENIOR_HIGH));
        Recruit failed = recruit(wang, RecruitEducation.OTHER, RecruitStage.PHYSICAL_EXAM);
        failed.setPreliminaryCheckOn(LocalDate.of(2026, 3, 10));
        failed.setPhysicalExamOn(LocalDate.of(2026, 4, 1));
        failed.setPhysicalPassed(false);
        campaign.getRecruits().add(failed);
        campaign.getRecruits().add(recruit(li, RecruitEducation.SENIOR_HIGH, RecruitStage.REGISTERED));
        // of the seven registrants only 陈九 is a man turning 18: the registration rate is 1 / 4, not 7 / 4
        campaign.getRecruits().add(recruit(chen, RecruitEducation.SENIOR_HIGH, RecruitStage.REGISTERED));
        campaign.getRecruits().add(recruit(feng, RecruitEducation.SENIOR_HIGH, RecruitStage.REGISTERED));
        earlier.getRecruits().add(enlisted(zhao, RecruitEducation.COLLEGE_GRADUATE));
    }

    private void security() {
        activity(SafetyActivityKind.EDUCATION, LocalDate.of(2026, 1, 5));
        activity(SafetyActivityKind.SITUATION_ANALYSIS, LocalDate.of(2026, 2, 1));
        activity(SafetyActivityKind.INSPECTION, LocalDate.of(2026, 3, 1));
        activity(SafetyActivityKind.DRILL_TRAINING, LocalDate.of(2026, 3, 20));
        activity(SafetyActivityKind.EDUCATION, LocalDate.of(2026, 4, 10));
        activity(SafetyActivityKind.INSPECTION, LocalDate.of(2026, 5, 10));
        activity(SafetyActivityKind.EDUCATION, LocalDate.of(2026, 7, 1));
        activity(SafetyActivityKind.SITUATION_ANALYSIS, LocalDate.of(2026, 8, 1));
        activity(SafetyActivityKind.INSPECTION, LocalDate.of(2026, 9, 1));
        activity(SafetyActivityKind.DRILL_TRAINING, LocalDate.of(2026, 9, 15));
        activity(SafetyActivityKind.EDUCATION, LocalDate.of(2026, 9, 20));
        activity(SafetyActivityKind.EDUCATION, LocalDate.of(2026, 12, 31));
        activity(SafetyActivityKind.INSPECTION, LocalDate.of(2025, 12, 1));
        hazard(LocalDate.of(2026, 3, 1), HazardState.RECTIFIED, LocalDate.of(2026, 3, 15));
        hazard(LocalDate.of(2026, 6, 1), HazardState.PENDING, null);
        hazard(LocalDate.of(2025, 11, 1), HazardState.RECTIFIED, LocalDate.of(2026, 1, 10));
        Drill drill = SecurityFactory.eINSTANCE.createDrill();
        drill.setDate(LocalDate.of(2026, 5, 1));
        drill.setScenario("营门防暴恐");
        security.getDrills().add(drill);
        Asset asset = SecurityFactory.eINSTANCE.createAsset();
        asset.setName("消防器材");
        asset.setCategory(AssetCategory.FIRE_EQUIPMENT);
        security.getAssets().add(asset);
        for (LocalDate date : List.of(LocalDate.of(2026, 2, 1), LocalDate.of(2026, 8, 1), LocalDate.of(2025, 12, 1))) {
            MaintenanceRecord record = SecurityFactory.eINSTANCE.createMaintenanceRecord();
            record.setDate(date);
            record.setWork("检查维护");
            record.setCost(BigDecimal.ZERO);
            record.setAsset(asset);
            maintenance.add(record);
        }
        // a phone locker's maintenance is maintenance, but not of the four facilities the report names
        Asset lockers = SecurityFactory.eINSTANCE.createAsset();
        lockers.setName("手机柜");
        lockers.setCategory(AssetCategory.PHONE_LOCKER);
        security.getAssets().add(lockers);
        MaintenanceRecord locker = SecurityFactory.eINSTANCE.createMaintenanceRecord();
        locker.setDate(LocalDate.of(2026, 5, 5));
        locker.setWork("检查手机柜");
        locker.setCost(BigDecimal.ZERO);
        locker.setAsset(lockers);
        maintenance.add(locker);
    }

    private static void unit(OrgUnit unit, String name, OrgUnitLevel level) {
        unit.setName(name);
        unit.setCode(name);
        unit.setLevel(level);
    }

    private Person person(String name, OrgUnit unit, LocalDate birth, int sequence) {
        Person person = CoreFactory.eINSTANCE.createPerson();
        person.setName(name);
        person.setIdentityNumber(IdentityNumber.of("110199", birth, sequence));
        person.setOrgUnit(unit);
        district.getPersons().add(person);
        return person;
    }

    private void session(LocalDate date, StudyKind kind, List<Person> attendees, List<Person> absentees, ReadingItem item) {
        StudySession session = StudyFactory.eINSTANCE.createStudySession();
        session.setDate(date);
        session.setKind(kind);
        session.setTopic("学习" + date);
        session.getAttendees().addAll(attendees);
        session.getAbsentees().addAll(absentees);
        session.setReadingItem(item);
        study.getSessions().add(session);
    }

    private void batch(String name, TrainingKind kind, LocalDate start, List<Person> trainees) {
        TrainingBatch batch = TrainingFactory.eINSTANCE.createTrainingBatch();
        batch.setName(name);
        batch.setKind(kind);
        batch.setStartDate(start);
        batch.setEndDate(start.plusDays(5));
        batch.getTrainees().addAll(trainees);
        training.getBatches().add(batch);
    }

    private Instructor instructor(Person person, InstructorLevel level) {
        Instructor instructor = TrainingFactory.eINSTANCE.createInstructor();
        instructor.setPerson(person);
        instructor.setLevel(level);
        // 四会: what a selection requires
        instructor.setCanExplain(true);
        instructor.setCanDemonstrate(true);
        instructor.setCanTeach(true);
        instructor.setCanDoPoliticalWork(true);
        training.getInstructors().add(instructor);
        return instructor;
    }

    private void selection(LocalDate date, InstructorLevel level, List<Instructor> selected) {
        InstructorSelection selection = TrainingFactory.eINSTANCE.createInstructorSelection();
        selection.setDate(date);
        selection.setLevel(level);
        selection.getSelected().addAll(selected);
        training.getSelections().add(selection);
    }

    private Competition competition(String name, CompetitionLevel level, LocalDate date) {
        Competition competition = TrainingFactory.eINSTANCE.createCompetition();
        competition.setName(name);
        competition.setLevel(level);
        competition.setDate(date);
        training.getCompetitions().add(competition);
        return competition;
    }

    private static void entry(Competition competition, Person participant, String event, int placing) {
        CompetitionEntry entry = TrainingFactory.eINSTANCE.createCompetitionEntry();
        entry.setParticipant(participant);
        entry.setEvent(event);
        entry.setPlacing(placing);
        competition.getEntries().add(entry);
    }

    private void task(EmergencyTaskKind kind, LocalDate start, List<Person> participants) {
        EmergencyTask task = TrainingFactory.eINSTANCE.createEmergencyTask();
        task.setKind(kind);
        task.setName(kind.getLiteral() + start);
        task.setStartDate(start);
        task.setEndDate(start.plusDays(3));
        task.getParticipants().addAll(participants);
        task.setMembersDispatched(participants.size());
        training.getTasks().add(task);
    }

    private MilitiaUnit militiaUnit(String name, OrgUnit orgUnit) {
        MilitiaUnit unit = MobilizationFactory.eINSTANCE.createMilitiaUnit();
        unit.setName(name);
        unit.setOrgUnit(orgUnit);
        unit.setType(UnitType.COMPANY);
        unit.setRole(UnitRole.EMERGENCY);
        mobilization.getUnits().add(unit);
        return unit;
    }

    private static void member(MilitiaUnit unit, Person person, MilitiaCategory category, LocalDate joined, LocalDate left) {
        MilitiaMember member = MobilizationFactory.eINSTANCE.createMilitiaMember();
        member.setPerson(person);
        member.setCategory(category);
        member.setJoinDate(joined);
        member.setLeaveDate(left);
        unit.getMembers().add(member);
    }

    private void muster(LocalDate date, InspectionLevel level, List<MilitiaUnit> units, int present) {
        Muster muster = MobilizationFactory.eINSTANCE.createMuster();
        muster.setDate(date);
        muster.setLevel(level);
        muster.getUnits().addAll(units);
        muster.setExpected(present);
        muster.setPresent(present);
        mobilization.getMusters().add(muster);
    }

    private void cadre(Person person, OrgUnit orgUnit, LocalDate nominated, LocalDate appointed) {
        ArmedCadre cadre = MobilizationFactory.eINSTANCE.createArmedCadre();
        cadre.setPerson(person);
        cadre.setOrgUnit(orgUnit);
        cadre.setStage(CadreStage.APPOINTED);
        cadre.setNominatedOn(nominated);
        cadre.setAppointedOn(appointed);
        mobilization.getCadres().add(cadre);
    }

    private void item(OrgUnit orgUnit, ItemStatus status, LocalDate cleared) {
        StandardizationItem item = MobilizationFactory.eINSTANCE.createStandardizationItem();
        item.setOrgUnit(orgUnit);
        item.setTitle("规范化建设" + orgUnit.getName());
        item.setStatus(status);
        item.setClearedOn(cleared);
        mobilization.getStandardizationItems().add(item);
    }

    private static Recruit recruit(Person person, RecruitEducation education, RecruitStage stage) {
        Recruit recruit = MobilizationFactory.eINSTANCE.createRecruit();
        recruit.setPerson(person);
        recruit.setEducation(education);
        recruit.setStage(stage);
        recruit.setRegisteredOn(LocalDate.of(2026, 3, 1));
        return recruit;
    }

    private static Recruit enlisted(Person person, RecruitEducation education) {
        Recruit recruit = recruit(person, education, RecruitStage.ENLISTED);
        recruit.setPreliminaryCheckOn(LocalDate.of(2026, 3, 10));
        recruit.setPhysicalExamOn(LocalDate.of(2026, 4, 1));
        recruit.setPhysicalPassed(true);
        recruit.setPoliticalReviewOn(LocalDate.of(2026, 5, 1));
        recruit.setPoliticalPassed(true);
        recruit.setSelectedOn(LocalDate.of(2026, 8, 1));
        recruit.setEnlistedOn(LocalDate.of(2026, 9, 1));
        return recruit;
    }

    private void activity(SafetyActivityKind kind, LocalDate date) {
        SafetyActivity activity = SecurityFactory.eINSTANCE.createSafetyActivity();
        activity.setKind(kind);
        activity.setDate(date);
        activity.setTopic(kind.getLiteral());
        security.getActivities().add(activity);
    }

    private void hazard(LocalDate found, HazardState state, LocalDate rectified) {
        Hazard hazard = SecurityFactory.eINSTANCE.createHazard();
        hazard.setDescription("隐患" + found);
        hazard.setFoundOn(found);
        hazard.setSource(HazardSource.SELF_CHECK);
        hazard.setSeverity(HazardSeverity.MINOR);
        hazard.setState(state);
        hazard.setRectifiedOn(rectified);
        hazard.setRectifiedBy(rectified == null ? null : zhao);
        security.getHazards().add(hazard);
    }
}
