package org.garrison.internal.sample;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import org.garrison.model.conscription.ConscriptionIndicators;
import org.garrison.model.core.Attachment;
import org.garrison.model.core.CoreFactory;
import org.garrison.model.core.Grade;
import org.garrison.model.core.OrgUnit;
import org.garrison.model.core.Person;
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

/** The sample district's militia, musters, cadres, standardization items and conscription campaign. */
final class SampleMobilization extends SampleArea {

    private final MobilizationFactory mobilization = MobilizationFactory.eINSTANCE;

    SampleMobilization(SampleContext context) {
        super(context);
    }


    MobilizationLedger build() {
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
            Muster muster = muster(emergency, LocalDate.of(year, 4, 8 + t % 20));
            if (happened(muster.getDate())) {
                ledger.getMusters().add(muster);
            }
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
        // 编建: each town organized the core members its units hold at the year's end (the specialist units too)
        for (OrganizationTask task : ledger.getOrganizationTasks()) {
            int organized = org.garrison.model.roster.Roster.coreMembersServing(ledger, task.getOrgUnit(), yearEnd);
            task.setTarget(organized);
            task.setCompleted(organized);
        }
        if (happened(LocalDate.of(year, 11, 20))) {
            ledger.getEvaluations().add(evaluation());
        }
        ledger.getCampaigns().add(campaign());
        return ledger;
    }

    private Evaluation evaluation() {
        Evaluation evaluation = mobilization.createEvaluation();
        evaluation.setDate(LocalDate.of(year, 11, 20));
        evaluation.setInspector("市军分区");
        evaluation.setGrade(Grade.EXCELLENT);
        evaluation.setNotes("民兵组织整顿工作扎实，编组规范");
        Attachment report = CoreFactory.eINSTANCE.createAttachment();
        report.setName("检查验收意见.txt");
        report.setMediaType("text/plain");
        report.setContent("民兵组织整顿检查验收：优秀".getBytes(java.nio.charset.StandardCharsets.UTF_8));
        report.setDescription("市军分区检查验收书面意见");
        evaluation.getAttachments().add(report);
        return evaluation;
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
        LocalDate joined = today.minusDays(random.nextInt(3650));
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
                boolean here = random.nextInt(25) != 0;
                String reason = here ? null : random.nextBoolean() ? "外出务工" : "病假";
                if (!serving(member, date)) {
                    continue; // joined after the muster or left before it: not on its roll call (the draws keep the rest of the sample)
                }
                RollCallEntry entry = mobilization.createRollCallEntry();
                entry.setMember(member);
                entry.setPresent(here);
                if (!here) {
                    entry.setReason(reason);
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

    /** A graduate is 20 or older; the person's education is the recruit's. */
    private static void consistentEducation(Recruit recruit) {
        if (recruit.getEducation() == RecruitEducation.COLLEGE_GRADUATE && recruit.getPerson().ageOn(recruit.getRegisteredOn()) < 20) {
            recruit.setEducation(RecruitEducation.IN_COLLEGE);
        }
        recruit.getPerson().setEducation(switch (recruit.getEducation()) {
            case COLLEGE_GRADUATE -> org.garrison.model.core.Education.BACHELOR;
            case IN_COLLEGE, SENIOR_HIGH -> org.garrison.model.core.Education.SENIOR_HIGH;
            case OTHER -> org.garrison.model.core.Education.JUNIOR_HIGH;
        });
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
        LocalDate nominatedThisYear = LocalDate.of(year, 3, 1 + index % 28);
        // a town that changes its cadre this year has done so once the nomination is past
        boolean newThisYear = index % 4 == 1 && happened(nominatedThisYear);
        LocalDate nominated = newThisYear ? nominatedThisYear : LocalDate.of(year - 3, 5, 10);
        cadre.setNominatedOn(nominated);
        cadre.setStage(CadreStage.NOMINATION_REVIEW);
        if (happened(nominated.plusDays(30))) {
            cadre.setAppointedOn(nominated.plusDays(30));
            cadre.setStage(CadreStage.APPOINTED);
        }
        if (happened(nominated.plusDays(45))) {
            cadre.setDutyFiledOn(nominated.plusDays(45));
            cadre.setStage(CadreStage.DUTY_FILED);
        }
        for (int month = 1; month <= 12; month++) {
            boolean attended = random.nextInt(10) != 0;
            LocalDate meetingMonth = LocalDate.of(year, month, 1);
            if (cadre.getAppointedOn() == null || meetingMonth.isBefore(cadre.getAppointedOn().withDayOfMonth(1)) || !happened(meetingMonth)) {
                continue; // meetings from the appointment's month to the present one
            }
            CadreMeeting meeting = mobilization.createCadreMeeting();
            meeting.setMonth(LocalDate.of(year, month, 1));
            meeting.setAttended(attended);
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
            if (!happened(item.getClearedOn())) {
                item.setClearedOn(null); // to be cleared by its deadline
                item.setStatus(ItemStatus.RECTIFYING);
            }
        }
        return item;
    }

    private ConscriptionCampaign campaign() {
        ConscriptionCampaign campaign = mobilization.createConscriptionCampaign();
        campaign.setYear(year);
        int quota = Math.max(4, size.militiaMembers() / 700);
        campaign.setQuota(quota);
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
            consistentEducation(recruit);
            if (happened(registeredOn)) {
                campaign.getRecruits().add(recruitAsOfToday(recruit));
            }
        }
        // the men turning 18 the household registers list: those who registered, and about one in twenty who did not yet
        int turning = (int) campaign.getRecruits().stream().filter(r -> ConscriptionIndicators.turningEighteen(r, year)).count();
        campaign.setMenTurningEighteen(turning + turning / 20);
        String[] places = { "东南大学", "南京理工大学", "南京林业大学" };
        for (int i = 0; i < places.length; i++) {
            PublicityEvent event = mobilization.createPublicityEvent();
            event.setDate(LocalDate.of(year, 3, 5 + i * 7));
            event.setPlace(places[i]);
            event.setAudience(200 + random.nextInt(600));
            if (happened(event.getDate())) {
                campaign.getPublicityEvents().add(event);
            }
        }
        IntegrityComplaint complaint = mobilization.createIntegrityComplaint();
        complaint.setDate(LocalDate.of(year, 6, 2));
        complaint.setSummary("反映体检环节疑似托关系");
        complaint.setResolved(true);
        if (happened(complaint.getDate())) {
            campaign.getComplaints().add(complaint);
        }
        return campaign;
    }

    /** The recruit as far as the campaign has come by today: later stages' dates and results are not known yet. */
    private Recruit recruitAsOfToday(Recruit recruit) {
        if (!happened(recruit.getReturnedOn())) {
            recruit.setReturnedOn(null);
            recruit.setReturnReason(null);
        }
        if (!happened(recruit.getEnlistedOn())) {
            recruit.setEnlistedOn(null);
        }
        if (!happened(recruit.getSelectedOn())) {
            recruit.setSelectedOn(null);
        }
        if (!happened(recruit.getPoliticalReviewOn())) {
            recruit.setPoliticalReviewOn(null);
            recruit.setPoliticalPassed(false);
        }
        if (!happened(recruit.getPhysicalExamOn())) {
            recruit.setPhysicalExamOn(null);
            recruit.setPhysicalPassed(false);
        }
        if (!happened(recruit.getPreliminaryCheckOn())) {
            recruit.setPreliminaryCheckOn(null);
        }
        recruit.setStage(recruit.getReturnedOn() != null ? RecruitStage.RETURNED
                : recruit.getEnlistedOn() != null ? RecruitStage.ENLISTED
                : recruit.getSelectedOn() != null ? RecruitStage.SELECTED
                : recruit.getPoliticalReviewOn() != null ? RecruitStage.POLITICAL_REVIEW
                : recruit.getPhysicalExamOn() != null ? RecruitStage.PHYSICAL_EXAM
                : recruit.getPreliminaryCheckOn() != null ? RecruitStage.PRELIMINARY_CHECK : RecruitStage.REGISTERED);
        return recruit;
    }
}
