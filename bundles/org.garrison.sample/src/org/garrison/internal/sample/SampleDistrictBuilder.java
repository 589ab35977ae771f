package org.garrison.internal.sample;

import java.math.BigDecimal;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;

import org.garrison.model.conscription.ConscriptionIndicators;
import org.garrison.model.core.CoreFactory;
import org.garrison.model.core.District;
import org.garrison.model.core.Education;
import org.garrison.model.core.Grade;
import org.garrison.model.core.OrgUnit;
import org.garrison.model.core.OrgUnitLevel;
import org.garrison.model.core.Person;
import org.garrison.model.core.PoliticalStatus;
import org.garrison.model.identity.IdentityNumber;
import org.garrison.model.mobilization.ArmedCadre;
import org.garrison.model.mobilization.CadreMeeting;
import org.garrison.model.mobilization.CadreStage;
import org.garrison.model.mobilization.ConscriptionCampaign;
import org.garrison.model.mobilization.Evaluation;
import org.garrison.model.mobilization.InspectionLevel;
import org.garrison.model.mobilization.IntegrityComplaint;
import org.garrison.model.mobilization.ItemStatus;
import org.garrison.model.mobilization.MilitiaCategory;
import org.garrison.model.mobilization.MilitiaMember;
import org.garrison.model.mobilization.MilitiaUnit;
import org.garrison.model.mobilization.MobilizationFactory;
import org.garrison.model.mobilization.MobilizationLedger;
import org.garrison.model.mobilization.Muster;
import org.garrison.model.mobilization.OrganizationTask;
import org.garrison.model.mobilization.PublicityEvent;
import org.garrison.model.mobilization.Recruit;
import org.garrison.model.mobilization.RecruitEducation;
import org.garrison.model.mobilization.RecruitStage;
import org.garrison.model.mobilization.RollCallEntry;
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
import org.garrison.model.security.LinkedUnit;
import org.garrison.model.security.MaintenancePlan;
import org.garrison.model.security.MaintenanceRecord;
import org.garrison.model.security.SafetyActivity;
import org.garrison.model.security.SafetyActivityKind;
import org.garrison.model.security.SecurityFactory;
import org.garrison.model.security.SecurityLedger;
import org.garrison.model.security.VehicleDispatch;
import org.garrison.model.study.Chapter;
import org.garrison.model.study.MakeUpStudy;
import org.garrison.model.study.ReadingItem;
import org.garrison.model.study.ReadingMode;
import org.garrison.model.study.ReadingProgress;
import org.garrison.model.study.Recurrence;
import org.garrison.model.study.Reflection;
import org.garrison.model.study.StudyFactory;
import org.garrison.model.study.StudyKind;
import org.garrison.model.study.StudyLedger;
import org.garrison.model.study.StudyRegime;
import org.garrison.model.study.StudySession;
import org.garrison.model.training.Assessment;
import org.garrison.model.training.Competition;
import org.garrison.model.training.CompetitionEntry;
import org.garrison.model.training.CompetitionLevel;
import org.garrison.model.training.EmergencyTask;
import org.garrison.model.training.EmergencyTaskKind;
import org.garrison.model.training.Instructor;
import org.garrison.model.training.InstructorLevel;
import org.garrison.model.training.InstructorSelection;
import org.garrison.model.training.PlanSubject;
import org.garrison.model.training.TrainingBatch;
import org.garrison.model.training.TrainingFactory;
import org.garrison.model.training.TrainingKind;
import org.garrison.model.training.TrainingLedger;
import org.garrison.model.training.TrainingPlan;
import org.garrison.sample.SampleDistrict;
import org.garrison.sample.SampleSize;

/**
 * Builds a {@link SampleDistrict}. Every choice comes from one seeded {@link Random}, so a seed
 * and a size always give the same district. The Chinese texts here are sample data.
 */
public final class SampleDistrictBuilder {

    private static final String DISTRICT_CODE = "320102";
    private static final String[] BIRTH_AREAS = { "320102", "320104", "320111", "321282", "341122", "320281" };

    private final Random random;
    private final SampleSize size;
    private final int year;
    private final LocalDate yearStart;
    private final LocalDate yearEnd;
    private final Set<String> usedIdentityNumbers = new HashSet<>();

    private final CoreFactory core = CoreFactory.eINSTANCE;
    private final MobilizationFactory mobilization = MobilizationFactory.eINSTANCE;
    private final StudyFactory study = StudyFactory.eINSTANCE;
    private final TrainingFactory training = TrainingFactory.eINSTANCE;
    private final SecurityFactory security = SecurityFactory.eINSTANCE;

    private District district;
    private final List<OrgUnit> towns = new ArrayList<>();
    private final List<Person> staff = new ArrayList<>();
    private final List<MilitiaMember> coreMembers = new ArrayList<>();

    public SampleDistrictBuilder(long seed, SampleSize size, int year) {
        this.random = new Random(seed);
        this.size = size;
        this.year = year;
        this.yearStart = LocalDate.of(year, 1, 1);
        this.yearEnd = LocalDate.of(year, 12, 31);
    }

    public SampleDistrict build() {
        district = core.createDistrict();
        district.setCode(DISTRICT_CODE);
        district.setName("示范区");
        buildOrgUnits();
        for (int i = 0; i < 12; i++) {
            staff.add(person(28, 50, random.nextInt(4) != 0));
        }
        MobilizationLedger mobilizationLedger = buildMobilization();
        return new SampleDistrict(district, buildStudy(), buildTraining(), mobilizationLedger, buildSecurity());
    }

    // --- core ---------------------------------------------------------------------------------

    private void buildOrgUnits() {
        int villagesPerTown = size == SampleSize.TINY ? 2 : 8;
        for (int t = 0; t < size.towns(); t++) {
            boolean isTown = t % 3 == 2;
            OrgUnit town = orgUnit(DISTRICT_CODE + String.format("%03d", t + 1), SampleNames.TOWNS[t % SampleNames.TOWNS.length]
                    + (isTown ? "镇" : "街道"), isTown ? OrgUnitLevel.TOWN : OrgUnitLevel.SUBDISTRICT);
            district.getUnits().add(town);
            towns.add(town);
            Set<String> names = new HashSet<>();
            for (int v = 0; v < villagesPerTown; v++) {
                String name;
                do {
                    name = SampleNames.place(random);
                } while (!names.add(name));
                town.getChildren().add(orgUnit(town.getCode() + String.format("%03d", v + 1), name + (isTown ? "村" : "社区"),
                        isTown ? OrgUnitLevel.VILLAGE : OrgUnitLevel.COMMUNITY));
            }
        }
    }

    private OrgUnit orgUnit(String code, String name, OrgUnitLevel level) {
        OrgUnit unit = core.createOrgUnit();
        unit.setCode(code);
        unit.setName(name);
        unit.setLevel(level);
        return unit;
    }

    /** A person aged between the bounds on the year's last day, with a unique valid identity number. */
    private Person person(int minimumAge, int maximumAge, boolean male) {
        LocalDate latest = yearEnd.minusYears(minimumAge);
        LocalDate earliest = yearEnd.minusYears(maximumAge + 1L).plusDays(1);
        String number;
        do {
            LocalDate birth = earliest.plusDays(random.nextInt((int) (latest.toEpochDay() - earliest.toEpochDay()) + 1));
            int sequence = random.nextInt(500) * 2 + (male ? 1 : 0);
            number = IdentityNumber.of(BIRTH_AREAS[random.nextInt(BIRTH_AREAS.length)], birth, sequence);
        } while (!usedIdentityNumbers.add(number));
        Person person = core.createPerson();
        person.setName(SampleNames.person(random, male));
        person.setIdentityNumber(number);
        person.setEthnicity(random.nextInt(20) == 0 ? "回族" : "汉族");
        person.setPoliticalStatus(pick(PoliticalStatus.values(), 3, 1, 4, 0, 6));
        person.setEducation(pick(Education.values(), 0, 3, 4, 2, 4, 4, 1, 0));
        person.setHouseholdRegistration("江苏省南京市");
        person.setPhone("13" + (100_000_000 + random.nextInt(900_000_000)));
        person.setOrgUnit(towns.isEmpty() ? null : towns.get(random.nextInt(towns.size())));
        district.getPersons().add(person);
        return person;
    }

    // --- mobilization -------------------------------------------------------------------------

    private MobilizationLedger buildMobilization() {
        MobilizationLedger ledger = mobilization.createMobilizationLedger();
        ledger.setDistrict(district);
        ledger.getIndicators().addAll(ConscriptionIndicators.defaults());
        int coreTotal = Math.max(size.towns() * 6, size.militiaMembers() * 3 / 100);
        int specialistCore = coreTotal / 5;
        int corePerTown = (coreTotal - specialistCore) / size.towns();
        int ordinaryTotal = size.militiaMembers() - corePerTown * size.towns() - specialistCore;
        int ordinaryPerTown = ordinaryTotal / size.towns();
        int ordinaryRemainder = ordinaryTotal - ordinaryPerTown * size.towns();
        for (int t = 0; t < towns.size(); t++) {
            OrgUnit town = towns.get(t);
            MilitiaUnit battalion = unit(town.getName() + "民兵营", UnitType.BATTALION, UnitRole.ORDINARY, town);
            ledger.getUnits().add(battalion);
            MilitiaUnit emergency = unit(town.getName() + "应急连", UnitType.COMPANY, UnitRole.EMERGENCY, town);
            battalion.getSubUnits().add(emergency);
            List<MilitiaUnit> platoons = new ArrayList<>();
            for (int p = 1; p <= 3; p++) {
                MilitiaUnit platoon = unit("第" + p + "排", UnitType.PLATOON, UnitRole.EMERGENCY, town);
                emergency.getSubUnits().add(platoon);
                platoons.add(platoon);
            }
            for (int m = 0; m < corePerTown; m++) {
                coreMembers.add(member(platoons.get(m % 3), MilitiaCategory.CORE, 18, 35));
            }
            int ordinary = ordinaryPerTown + (t == 0 ? ordinaryRemainder : 0);
            List<OrgUnit> villages = town.getChildren();
            for (int v = 0; v < villages.size(); v++) {
                MilitiaUnit company = unit(villages.get(v).getName() + "民兵连", UnitType.COMPANY, UnitRole.ORDINARY, villages.get(v));
                battalion.getSubUnits().add(company);
                int count = ordinary / villages.size() + (v < ordinary % villages.size() ? 1 : 0);
                for (int m = 0; m < count; m++) {
                    member(company, MilitiaCategory.ORDINARY, 18, 45);
                }
            }
            battalion.setCommander(emergency.getSubUnits().get(0).getMembers().isEmpty() ? null
                    : emergency.getSubUnits().get(0).getMembers().get(0));
            ledger.getMusters().add(muster(emergency, LocalDate.of(year, 4, 8 + t % 20)));
            ledger.getOrganizationTasks().add(organizationTask(town, emergency.getCoreMemberCount()));
            ledger.getCadres().add(cadre(town, t));
            for (int i = 0; i < 5; i++) {
                ledger.getStandardizationItems().add(standardizationItem(town, i));
            }
        }
        String[] specialists = { "通信保障分队", "防化救援分队", "无人机分队", "心理服务分队" };
        for (int s = 0; s < specialists.length; s++) {
            MilitiaUnit unit = unit(specialists[s], UnitType.PLATOON, UnitRole.SPECIALIST, towns.get(s % towns.size()));
            unit.setSpecialty(specialists[s].replace("分队", ""));
            ledger.getUnits().add(unit);
            int count = specialistCore / specialists.length + (s < specialistCore % specialists.length ? 1 : 0);
            for (int m = 0; m < count; m++) {
                coreMembers.add(member(unit, MilitiaCategory.CORE, 20, 48));
            }
        }
        Evaluation evaluation = mobilization.createEvaluation();
        evaluation.setDate(LocalDate.of(year, 11, 20));
        evaluation.setInspector("市军分区");
        evaluation.setGrade(Grade.EXCELLENT);
        evaluation.setNotes("民兵组织整顿工作扎实，编组规范");
        ledger.getEvaluations().add(evaluation);
        ledger.getCampaigns().add(campaign());
        return ledger;
    }

    private MilitiaUnit unit(String name, UnitType type, UnitRole role, OrgUnit orgUnit) {
        MilitiaUnit unit = mobilization.createMilitiaUnit();
        unit.setName(name);
        unit.setType(type);
        unit.setRole(role);
        unit.setOrgUnit(orgUnit);
        return unit;
    }

    private MilitiaMember member(MilitiaUnit unit, MilitiaCategory category, int minimumAge, int maximumAge) {
        Person person = person(minimumAge, maximumAge, random.nextInt(10) != 0);
        MilitiaMember member = mobilization.createMilitiaMember();
        member.setPerson(person);
        member.setCategory(category);
        LocalDate adult = person.getBirthDate().plusYears(18);
        if (person.ageOn(adult) < 18) {
            adult = adult.plusDays(1); // born on 29 February: of age on 1 March
        }
        LocalDate joined = yearEnd.minusDays(random.nextInt(3650));
        member.setJoinDate(joined.isBefore(adult) ? adult : joined);
        member.setTrained(category == MilitiaCategory.CORE || random.nextInt(3) == 0);
        member.setVeteran(random.nextInt(7) == 0);
        if (member.isVeteran()) {
            member.setVeteranBranch(pick(new String[] { "陆军", "海军", "空军", "火箭军", "武警" }, 5, 1, 1, 1, 2));
            member.setVeteranRank(random.nextBoolean() ? "上等兵" : "下士");
        }
        member.setPosition(unit.getMembers().isEmpty() ? leaderTitle(unit.getType()) : "战士");
        member.setCadre(unit.getMembers().isEmpty());
        member.setSpecialty(unit.getSpecialty());
        unit.getMembers().add(member);
        if (unit.getCommander() == null) {
            unit.setCommander(member);
        }
        return member;
    }

    private static String leaderTitle(UnitType type) {
        return switch (type) {
            case BATTALION -> "营长";
            case COMPANY -> "连长";
            case PLATOON -> "排长";
            case SQUAD -> "班长";
        };
    }

    private Muster muster(MilitiaUnit company, LocalDate date) {
        Muster muster = mobilization.createMuster();
        muster.setDate(date);
        muster.setLevel(InspectionLevel.DISTRICT);
        muster.getUnits().add(company);
        int present = 0;
        for (MilitiaUnit platoon : company.getSubUnits()) {
            for (MilitiaMember member : platoon.getMembers()) {
                RollCallEntry entry = mobilization.createRollCallEntry();
                entry.setMember(member);
                entry.setPresent(random.nextInt(25) != 0);
                if (!entry.isPresent()) {
                    entry.setReason(random.nextBoolean() ? "外出务工" : "病假");
                } else {
                    present++;
                }
                muster.getRollCall().add(entry);
            }
        }
        muster.setExpected(muster.getRollCall().size());
        muster.setPresent(present);
        return muster;
    }

    private OrganizationTask organizationTask(OrgUnit town, int coreCount) {
        OrganizationTask task = mobilization.createOrganizationTask();
        task.setYear(year);
        task.setOrgUnit(town);
        task.setTarget(coreCount);
        task.setCompleted(coreCount);
        return task;
    }

    private ArmedCadre cadre(OrgUnit town, int index) {
        ArmedCadre cadre = mobilization.createArmedCadre();
        cadre.setPerson(person(28, 45, true));
        cadre.setOrgUnit(town);
        boolean newThisYear = index % 4 == 1;
        LocalDate nominated = newThisYear ? LocalDate.of(year, 3, 1 + index % 28) : LocalDate.of(year - 3, 5, 10);
        cadre.setNominatedOn(nominated);
        cadre.setAppointedOn(nominated.plusDays(30));
        cadre.setDutyFiledOn(nominated.plusDays(45));
        cadre.setStage(CadreStage.DUTY_FILED);
        for (int month = 1; month <= 12; month++) {
            CadreMeeting meeting = mobilization.createCadreMeeting();
            meeting.setMonth(LocalDate.of(year, month, 1));
            meeting.setAttended(random.nextInt(10) != 0);
            cadre.getMeetings().add(meeting);
        }
        return cadre;
    }

    private StandardizationItem standardizationItem(OrgUnit town, int index) {
        String[] titles = { "武装部办公场所规范化", "民兵器材库建设", "民兵档案资料齐全", "专武干部配备到位", "制度上墙" };
        StandardizationItem item = mobilization.createStandardizationItem();
        item.setOrgUnit(town);
        item.setTitle(titles[index]);
        item.setDeadline(LocalDate.of(year, 6 + index, 30));
        int roll = random.nextInt(10);
        item.setStatus(roll < 7 ? ItemStatus.MET : roll < 9 ? ItemStatus.RECTIFYING : ItemStatus.OPEN);
        if (item.getStatus() == ItemStatus.MET) {
            item.setClearedOn(item.getDeadline().minusDays(random.nextInt(60)));
        }
        return item;
    }

    private ConscriptionCampaign campaign() {
        ConscriptionCampaign campaign = mobilization.createConscriptionCampaign();
        campaign.setYear(year);
        int quota = Math.max(4, size.militiaMembers() / 700);
        campaign.setQuota(quota);
        campaign.setMenTurningEighteen(quota * 12);
        campaign.setCityRanking(1 + random.nextInt(6));
        campaign.setBenefits("入伍大学生学费补偿、家庭优待金");
        int registered = quota * 12;
        int toExam = quota * 5 / 2;
        int passedBoth = quota * 3 / 2;
        int returned = quota >= 100 ? 1 : 0;
        for (int i = 0; i < registered; i++) {
            Recruit recruit = mobilization.createRecruit();
            recruit.setPerson(person(18, 22, true));
            LocalDate registeredOn = LocalDate.of(year, 1, 10).plusDays(random.nextInt(60));
            recruit.setRegisteredOn(registeredOn);
            recruit.setStage(RecruitStage.REGISTERED);
            recruit.setEducation(pick(RecruitEducation.values(), 2, 2, 5, 1));
            if (i < toExam) {
                recruit.setPreliminaryCheckOn(registeredOn.plusDays(20));
                recruit.setPhysicalExamOn(LocalDate.of(year, 4, 15));
                recruit.setStage(RecruitStage.PHYSICAL_EXAM);
            }
            if (i < passedBoth) {
                recruit.setPhysicalPassed(true);
                recruit.setPoliticalReviewOn(LocalDate.of(year, 5, 20));
                recruit.setPoliticalPassed(true);
                recruit.setStage(RecruitStage.POLITICAL_REVIEW);
            }
            if (i < quota) {
                recruit.setEducation(i % 5 < 2 ? RecruitEducation.IN_COLLEGE : i % 5 < 3 ? RecruitEducation.COLLEGE_GRADUATE : RecruitEducation.SENIOR_HIGH);
                recruit.setSelectedOn(LocalDate.of(year, 8, 20));
                recruit.setEnlistedOn(LocalDate.of(year, 9, 10));
                recruit.setStage(RecruitStage.ENLISTED);
            }
            if (i < returned) {
                recruit.setReturnedOn(LocalDate.of(year, 10, 25));
                recruit.setReturnReason("复检身体不合格");
                recruit.setStage(RecruitStage.RETURNED);
            }
            campaign.getRecruits().add(recruit);
        }
        String[] places = { "东南大学", "南京理工大学", "南京林业大学" };
        for (int i = 0; i < places.length; i++) {
            PublicityEvent event = mobilization.createPublicityEvent();
            event.setDate(LocalDate.of(year, 3, 5 + i * 7));
            event.setPlace(places[i]);
            event.setAudience(200 + random.nextInt(600));
            campaign.getPublicityEvents().add(event);
        }
        IntegrityComplaint complaint = mobilization.createIntegrityComplaint();
        complaint.setDate(LocalDate.of(year, 6, 2));
        complaint.setSummary("反映体检环节疑似托关系");
        complaint.setResolved(true);
        campaign.getComplaints().add(complaint);
        return campaign;
    }

    // --- study --------------------------------------------------------------------------------

    private StudyLedger buildStudy() {
        StudyLedger ledger = study.createStudyLedger();
        ledger.setDistrict(district);
        StudyRegime weekly = regime("每周一学", StudyKind.WEEKLY_STUDY, Recurrence.WEEKLY);
        StudyRegime briefing = regime("每日早交班", StudyKind.MORNING_BRIEFING, Recurrence.WORKDAYS);
        StudyRegime partyDay = regime("周五党日", StudyKind.FRIDAY_PARTY_DAY, Recurrence.FRIDAYS);
        ledger.getRegimes().addAll(List.of(weekly, briefing, partyDay));
        for (int i = 0; i < 4; i++) {
            ledger.getReadingItems().add(readingItem(i));
        }
        for (LocalDate day = yearStart; !day.isAfter(yearEnd); day = day.plusDays(1)) {
            DayOfWeek weekday = day.getDayOfWeek();
            if (weekday == DayOfWeek.SATURDAY || weekday == DayOfWeek.SUNDAY || random.nextInt(25) == 0) {
                continue;
            }
            ledger.getSessions().add(session(ledger, day, StudyKind.MORNING_BRIEFING, "早交班：当日工作部署", briefing, 0.5));
            if (weekday == DayOfWeek.MONDAY) {
                ledger.getSessions().add(session(ledger, day, StudyKind.WEEKLY_STUDY, "每周一学：重要讲话精神", weekly, 1.5));
            }
            if (weekday == DayOfWeek.FRIDAY) {
                ledger.getSessions().add(session(ledger, day, StudyKind.FRIDAY_PARTY_DAY, "周五党日：党章党规学习", partyDay, 2));
            }
            if (day.getDayOfMonth() == 15 || day.getDayOfMonth() == 16 && weekday == DayOfWeek.MONDAY) {
                ledger.getSessions().add(session(ledger, day, StudyKind.COMMITTEE_STUDY, "党委中心组学习", null, 3));
            }
        }
        for (int quarter = 0; quarter < 4; quarter++) {
            ledger.getSessions().add(session(ledger, LocalDate.of(year, quarter * 3 + 2, 20), StudyKind.PARTY_LECTURE, "专题党课", null, 2));
            ledger.getSessions().add(session(ledger, LocalDate.of(year, quarter * 3 + 3, 10), StudyKind.GROUP_STUDY, "集中学习", null, 4));
        }
        ledger.getSessions().add(session(ledger, LocalDate.of(year, 7, 1), StudyKind.ON_SITE_TEACHING, "现地教学：革命纪念馆", null, 4));
        for (Person reader : staff) {
            for (ReadingItem item : ledger.getReadingItems()) {
                ReadingProgress progress = study.createReadingProgress();
                progress.setReader(reader);
                progress.setItem(item);
                int done = item.getMode() == ReadingMode.FULL ? item.getChapters().size() : random.nextInt(item.getChapters().size() + 1);
                progress.getChaptersDone().addAll(item.getChapters().subList(0, done));
                ledger.getProgress().add(progress);
            }
            Reflection reflection = study.createReflection();
            reflection.setAuthor(reader);
            reflection.setDate(LocalDate.of(year, 6, 28));
            reflection.setTitle("学习心得体会");
            reflection.setText("通过学习，进一步坚定了理想信念，增强了履职尽责的本领。");
            reflection.setItem(ledger.getReadingItems().get(0));
            ledger.getReflections().add(reflection);
        }
        return ledger;
    }

    private StudyRegime regime(String name, StudyKind kind, Recurrence recurrence) {
        StudyRegime regime = study.createStudyRegime();
        regime.setName(name);
        regime.setKind(kind);
        regime.setRecurrence(recurrence);
        regime.setStartDate(yearStart);
        return regime;
    }

    private ReadingItem readingItem(int index) {
        String[] titles = { "习近平新时代中国特色社会主义思想学习纲要", "党章", "中国共产党纪律处分条例", "习近平强军思想学习问答" };
        ReadingItem item = study.createReadingItem();
        item.setTitle(titles[index]);
        item.setMode(index < 2 ? ReadingMode.FULL : ReadingMode.SELECTED);
        int chapters = 6 + random.nextInt(5);
        for (int c = 1; c <= chapters; c++) {
            Chapter chapter = study.createChapter();
            chapter.setNumber(c);
            chapter.setTitle("第" + c + "章");
            item.getChapters().add(chapter);
        }
        return item;
    }

    private StudySession session(StudyLedger ledger, LocalDate date, StudyKind kind, String topic, StudyRegime regime, double hours) {
        StudySession session = study.createStudySession();
        session.setDate(date);
        session.setKind(kind);
        session.setTopic(topic);
        session.setRegime(regime);
        session.setHours(hours);
        session.setPlace("人武部会议室");
        session.setPresenter(staff.get(0));
        for (Person person : staff) {
            if (random.nextInt(12) == 0) {
                session.getAbsentees().add(person);
                if (random.nextBoolean() && !date.plusDays(3).isAfter(yearEnd)) {
                    MakeUpStudy makeUp = study.createMakeUpStudy();
                    makeUp.setPerson(person);
                    makeUp.setSession(session);
                    makeUp.setDate(date.plusDays(3));
                    ledger.getMakeUps().add(makeUp);
                }
            } else {
                session.getAttendees().add(person);
            }
        }
        return session;
    }

    // --- training -----------------------------------------------------------------------------

    private TrainingLedger buildTraining() {
        TrainingLedger ledger = training.createTrainingLedger();
        ledger.setDistrict(district);
        TrainingPlan plan = training.createTrainingPlan();
        plan.setYear(year);
        plan.setTitle(year + "年度民兵军事训练计划");
        String[] subjects = { "轻武器射击", "战术基础动作", "应急救援", "防汛抢险", "政治教育" };
        for (String name : subjects) {
            PlanSubject subject = training.createPlanSubject();
            subject.setName(name);
            subject.setHours(8 + random.nextInt(17));
            plan.getSubjects().add(subject);
        }
        ledger.getPlans().add(plan);

        List<Instructor> instructors = new ArrayList<>();
        for (int i = 0; i < Math.min(coreMembers.size(), towns.size() * 2); i++) {
            Instructor instructor = training.createInstructor();
            instructor.setPerson(coreMembers.get(i * 7 % coreMembers.size()).getPerson());
            instructor.setLevel(i % 6 == 0 ? InstructorLevel.CITY : InstructorLevel.DISTRICT);
            instructor.setCertifiedOn(LocalDate.of(year, 2, 20));
            instructor.setCanExplain(true);
            instructor.setCanDemonstrate(true);
            instructor.setCanTeach(true);
            instructor.setCanDoPoliticalWork(random.nextInt(5) != 0);
            instructor.setSpecialty(subjects[i % subjects.length]);
            instructors.add(instructor);
        }
        ledger.getInstructors().addAll(instructors);
        InstructorSelection selection = training.createInstructorSelection();
        selection.setDate(LocalDate.of(year, 2, 20));
        selection.setLevel(InstructorLevel.DISTRICT);
        instructors.forEach(instructor -> selection.getCandidates().add(instructor.getPerson()));
        selection.getSelected().addAll(instructors);
        ledger.getSelections().add(selection);

        TrainingKind[] kinds = { TrainingKind.INTEGRATED_CORE, TrainingKind.INTEGRATED_CORE, TrainingKind.EMERGENCY_UNIT,
            TrainingKind.SPECIALIST_UNIT, TrainingKind.CADRE, TrainingKind.INSTRUCTOR };
        int perBatch = Math.min(400, Math.max(5, coreMembers.size() / kinds.length));
        for (int b = 0; b < kinds.length; b++) {
            TrainingBatch batch = training.createTrainingBatch();
            batch.setName("第" + (b + 1) + "批次");
            batch.setKind(kinds[b]);
            batch.setStartDate(LocalDate.of(year, 3 + b, 6));
            batch.setEndDate(batch.getStartDate().plusDays(5 + random.nextInt(10)));
            batch.setPlace("区民兵训练基地");
            batch.setPlan(plan);
            batch.getSubjects().addAll(plan.getSubjects().subList(0, 3));
            batch.getInstructors().addAll(instructors.subList(0, Math.min(3, instructors.size())));
            for (int m = 0; m < perBatch && b * perBatch + m < coreMembers.size(); m++) {
                Person trainee = coreMembers.get(b * perBatch + m).getPerson();
                batch.getTrainees().add(trainee);
                for (PlanSubject subject : batch.getSubjects()) {
                    batch.getAssessments().add(assessment(trainee, subject));
                }
            }
            ledger.getBatches().add(batch);
        }

        Competition competition = training.createCompetition();
        competition.setName("省军区民兵比武");
        competition.setLevel(CompetitionLevel.PROVINCIAL_COMMAND);
        competition.setDate(LocalDate.of(year, 9, 18));
        competition.setPlace("省军区训练基地");
        String[] events = { "轻武器射击", "战术基础动作", "应急救援" };
        for (int i = 0; i < Math.min(3, instructors.size()); i++) {
            CompetitionEntry entry = training.createCompetitionEntry();
            entry.setParticipant(instructors.get(i).getPerson());
            entry.setEvent(events[i]);
            entry.setPlacing(i == 0 ? 2 : i + 4);
            competition.getEntries().add(entry);
        }
        ledger.getCompetitions().add(competition);

        ledger.getTasks().add(task(EmergencyTaskKind.FLOOD_PATROL, "长江防汛巡堤查险", LocalDate.of(year, 7, 3), 12));
        ledger.getTasks().add(task(EmergencyTaskKind.FLOOD_PATROL, "秦淮河汛期值守", LocalDate.of(year, 7, 20), 5));
        ledger.getTasks().add(task(EmergencyTaskKind.EPIDEMIC_CONTROL, "社区疫情防控", LocalDate.of(year, 1, 15), 20));
        ledger.getTasks().add(task(EmergencyTaskKind.CIVIC_CAMPAIGN, "文明城市创建志愿服务", LocalDate.of(year, 5, 10), 3));
        ledger.getTasks().add(task(EmergencyTaskKind.EVENT_SECURITY, "马拉松赛事安保", LocalDate.of(year, 11, 2), 1));
        return ledger;
    }

    private Assessment assessment(Person trainee, PlanSubject subject) {
        Assessment assessment = training.createAssessment();
        assessment.setTrainee(trainee);
        assessment.setSubject(subject);
        int roll = random.nextInt(100);
        Grade grade = roll < 25 ? Grade.EXCELLENT : roll < 70 ? Grade.GOOD : roll < 97 ? Grade.PASS : Grade.FAIL;
        assessment.setGrade(grade);
        int low = switch (grade) {
            case EXCELLENT -> 90;
            case GOOD -> 80;
            case PASS -> 60;
            case FAIL -> 40;
        };
        assessment.setScore(low + random.nextInt(grade == Grade.EXCELLENT ? 11 : grade == Grade.PASS ? 20 : 10));
        return assessment;
    }

    private EmergencyTask task(EmergencyTaskKind kind, String name, LocalDate start, int days) {
        EmergencyTask task = training.createEmergencyTask();
        task.setKind(kind);
        task.setName(name);
        task.setStartDate(start);
        task.setEndDate(start.plusDays(days));
        task.setPlace(towns.get(random.nextInt(towns.size())).getName());
        int dispatched = Math.min(coreMembers.size(), 10 + random.nextInt(60));
        int from = random.nextInt(Math.max(1, coreMembers.size() - dispatched));
        for (int i = 0; i < dispatched; i++) {
            task.getParticipants().add(coreMembers.get(from + i).getPerson());
        }
        task.setMembersDispatched(dispatched);
        return task;
    }

    // --- security -----------------------------------------------------------------------------

    private SecurityLedger buildSecurity() {
        SecurityLedger ledger = security.createSecurityLedger();
        ledger.setDistrict(district);
        int assets = size == SampleSize.TINY ? 9 : 60;
        List<Asset> vehicles = new ArrayList<>();
        AssetCategory[] categories = AssetCategory.values();
        for (int a = 0; a < assets; a++) {
            AssetCategory category = categories[a % categories.length];
            Asset asset = security.createAsset();
            asset.setName(categoryName(category) + "-" + (a / categories.length + 1));
            asset.setCategory(category);
            asset.setCode(String.format("ZC%04d", a + 1));
            asset.setLocation(random.nextBoolean() ? "机关营区" : "民兵训练基地");
            asset.setCommissionedOn(LocalDate.of(year - 1 - random.nextInt(8), 1 + random.nextInt(12), 1));
            MaintenancePlan plan = security.createMaintenancePlan();
            plan.setDescription("定期检查维护");
            plan.setIntervalDays(category == AssetCategory.FIRE_EQUIPMENT || category == AssetCategory.VEHICLE ? 30 : 90);
            plan.setStartDate(yearStart.plusDays(random.nextInt(20)));
            plan.setResponsible(staff.get(a % staff.size()));
            asset.getPlans().add(plan);
            for (LocalDate due = plan.getStartDate(); !due.isAfter(yearEnd); due = due.plusDays(plan.getIntervalDays())) {
                MaintenanceRecord record = security.createMaintenanceRecord();
                record.setDate(due.plusDays(random.nextInt(3)).isAfter(yearEnd) ? due : due.plusDays(random.nextInt(3)));
                record.setPlan(plan);
                record.setPerformedBy(plan.getResponsible());
                record.setWork("检查" + categoryName(category) + "运行状况");
                record.setFindings(random.nextInt(8) == 0 ? "发现轻微故障，已现场处理" : "正常");
                record.setCost(new BigDecimal(random.nextInt(8) == 0 ? 50 + random.nextInt(500) : 0));
                asset.getRecords().add(record);
            }
            if (category == AssetCategory.VEHICLE) {
                vehicles.add(asset);
            }
            ledger.getAssets().add(asset);
        }
        int hazards = size == SampleSize.TINY ? 4 : 24;
        for (int h = 0; h < hazards; h++) {
            ledger.getHazards().add(hazard(h, ledger.getAssets().get(h % ledger.getAssets().size())));
        }
        SafetyActivityKind[] kinds = SafetyActivityKind.values();
        for (int quarter = 0; quarter < 4; quarter++) {
            for (SafetyActivityKind kind : kinds) {
                SafetyActivity activity = security.createSafetyActivity();
                activity.setDate(LocalDate.of(year, quarter * 3 + 1 + random.nextInt(3), 5 + random.nextInt(20)));
                activity.setKind(kind);
                activity.setTopic("季度安全工作");
                activity.setParticipants(10 + random.nextInt(20));
                ledger.getActivities().add(activity);
            }
        }
        for (int d = 0; d < 2; d++) {
            Drill drill = security.createDrill();
            drill.setDate(LocalDate.of(year, 5 + d * 5, 12));
            drill.setScenario("营门防暴恐处置");
            drill.setParticipants(15 + random.nextInt(10));
            drill.setEvaluation("反应迅速，处置得当");
            ledger.getDrills().add(drill);
        }
        for (int v = 0; v < vehicles.size() * 10; v++) {
            VehicleDispatch dispatch = security.createVehicleDispatch();
            dispatch.setVehicle(vehicles.get(v % vehicles.size()));
            dispatch.setDate(yearStart.plusDays(random.nextInt(365)));
            dispatch.setDriver(staff.get(random.nextInt(staff.size())));
            dispatch.setPurpose("公务用车");
            dispatch.setMileage(10 + random.nextInt(200));
            ledger.getDispatches().add(dispatch);
        }
        for (int l = 0; l < 5; l++) {
            LinkedUnit unit = security.createLinkedUnit();
            unit.setName(SampleNames.place(random) + "街道武装部");
            unit.setContact(SampleNames.person(random, true));
            unit.setLastInspection(LocalDate.of(year, 2 + l * 2, 18));
            ledger.getLinkedUnits().add(unit);
        }
        return ledger;
    }

    private Hazard hazard(int index, Asset asset) {
        Hazard hazard = security.createHazard();
        hazard.setDescription(categoryName(asset.getCategory()) + "存在安全隐患（" + (index + 1) + "）");
        hazard.setFoundOn(LocalDate.of(year, 1 + index % 11, 3 + index % 20));
        hazard.setSource(index % 3 == 0 ? HazardSource.INSPECTION : HazardSource.SELF_CHECK);
        hazard.setSeverity(index % 7 == 0 ? HazardSeverity.MAJOR : HazardSeverity.MINOR);
        hazard.setAsset(asset);
        hazard.setOwner(staff.get(index % staff.size()));
        hazard.setDeadline(hazard.getFoundOn().plusDays(30));
        hazard.setMeasures("限期整改，专人负责");
        int roll = index % 6;
        if (roll < 4) {
            hazard.setRectifiedOn(hazard.getFoundOn().plusDays(10 + random.nextInt(15)));
            hazard.setState(HazardState.RECTIFIED);
            if (roll < 3) {
                hazard.setAcceptedOn(hazard.getRectifiedOn().plusDays(3));
                hazard.setState(HazardState.ACCEPTED);
            }
        } else {
            hazard.setState(roll == 4 ? HazardState.RECTIFYING : HazardState.PENDING);
        }
        return hazard;
    }

    private static String categoryName(AssetCategory category) {
        return switch (category) {
            case PHONE_LOCKER -> "手机存放柜";
            case SIGNAL_JAMMER -> "信号干扰器";
            case WATER_POWER_NETWORK -> "水电管网";
            case LIGHTNING_PROTECTION -> "防雷设施";
            case COMMUNICATION_LINE -> "通信线路";
            case FIRE_EQUIPMENT -> "消防设施";
            case VEHICLE -> "车辆";
            case CAMERA -> "监控摄像头";
            case OTHER -> "其他设施";
        };
    }

    /** One of the values, chosen with the given weights. */
    private <T> T pick(T[] values, int... weights) {
        int total = 0;
        for (int weight : weights) {
            total += weight;
        }
        int roll = random.nextInt(total);
        for (int i = 0; i < weights.length; i++) {
            roll -= weights[i];
            if (roll < 0) {
                return values[i];
            }
        }
        return values[values.length - 1];
    }
}
