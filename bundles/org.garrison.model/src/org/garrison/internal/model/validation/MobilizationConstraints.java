package org.garrison.internal.model.validation;

import java.time.LocalDate;
import java.util.Map;

import org.eclipse.emf.common.util.DiagnosticChain;
import org.garrison.model.mobilization.ArmedCadre;
import org.garrison.model.mobilization.CadreStage;
import org.garrison.model.mobilization.ConscriptionCampaign;
import org.garrison.model.mobilization.MilitiaMember;
import org.garrison.model.mobilization.MobilizationPackage.Literals;
import org.garrison.model.mobilization.Muster;
import org.garrison.model.mobilization.OrganizationTask;
import org.garrison.model.mobilization.Recruit;
import org.garrison.model.mobilization.RecruitStage;
import org.garrison.model.mobilization.RollCallEntry;
import org.garrison.model.mobilization.StandardizationItem;
import org.garrison.model.mobilization.ItemStatus;
import org.garrison.model.mobilization.UnitRole;
import org.garrison.model.labels.ModelLabels;
import org.garrison.model.validation.RecordValidation;

/** Constraints of the mobilization records; the generated MobilizationValidator calls them. */
public final class MobilizationConstraints {

    /** Militia are 18 to 45; cadres and members of specialist units up to 50. */
    public static final int MINIMUM_AGE = 18;
    public static final int MAXIMUM_AGE = 45;
    public static final int MAXIMUM_AGE_CADRE_OR_SPECIALIST = 50;

    private MobilizationConstraints() {
    }

    public static boolean ageWithinLimits(MilitiaMember member, DiagnosticChain diagnostics, Map<Object, Object> context) {
        if (member.getPerson() == null || member.getJoinDate() == null) {
            return true;
        }
        int ageOnJoining = member.getPerson().ageOn(member.getJoinDate());
        if (ageOnJoining >= 0 && ageOnJoining < MINIMUM_AGE) {
            return Problems.error(member, Literals.MILITIA_MEMBER__PERSON, diagnostics, context, "age.tooYoung", //$NON-NLS-1$
                    member.getJoinDate(), ageOnJoining);
        }
        LocalDate today = RecordValidation.referenceDate(context);
        if (member.getLeaveDate() == null || member.getLeaveDate().isAfter(today)) {
            int age = member.getPerson().ageOn(today);
            int limit = maximumAge(member);
            if (age > limit) {
                return Problems.error(member, Literals.MILITIA_MEMBER__PERSON, diagnostics, context, "age.tooOld", age, limit); //$NON-NLS-1$
            }
        }
        return true;
    }

    public static int maximumAge(MilitiaMember member) {
        boolean specialist = member.getUnit() != null && member.getUnit().getRole() == UnitRole.SPECIALIST;
        return member.isCadre() || specialist ? MAXIMUM_AGE_CADRE_OR_SPECIALIST : MAXIMUM_AGE;
    }

    public static boolean leaveAfterJoin(MilitiaMember member, DiagnosticChain diagnostics, Map<Object, Object> context) {
        return Problems.datesInOrder(member, Literals.MILITIA_MEMBER__JOIN_DATE, Literals.MILITIA_MEMBER__LEAVE_DATE, diagnostics, context);
    }

    public static boolean countsNotNegative(OrganizationTask task, DiagnosticChain diagnostics, Map<Object, Object> context) {
        return Problems.notNegative(task, Literals.ORGANIZATION_TASK__TARGET, diagnostics, context)
                & Problems.notNegative(task, Literals.ORGANIZATION_TASK__COMPLETED, diagnostics, context);
    }

    public static boolean countsConsistent(Muster muster, DiagnosticChain diagnostics, Map<Object, Object> context) {
        boolean valid = Problems.notNegative(muster, Literals.MUSTER__EXPECTED, diagnostics, context)
                & Problems.notNegative(muster, Literals.MUSTER__PRESENT, diagnostics, context);
        if (muster.getPresent() > muster.getExpected()) {
            valid = Problems.error(muster, Literals.MUSTER__PRESENT, diagnostics, context, "count.exceeds", muster.getPresent(), //$NON-NLS-1$
                    ModelLabels.of(Literals.MUSTER__EXPECTED, RecordValidation.locale(context)), muster.getExpected());
        }
        if (!muster.getRollCall().isEmpty()) {
            long present = muster.getRollCall().stream().filter(RollCallEntry::isPresent).count();
            if (muster.getRollCall().size() != muster.getExpected() || present != muster.getPresent()) {
                valid = Problems.error(muster, Literals.MUSTER__PRESENT, diagnostics, context, "rollCall.mismatch", //$NON-NLS-1$
                        muster.getRollCall().size(), present);
            }
        }
        return valid;
    }

    public static boolean stageDatesInOrder(ArmedCadre cadre, DiagnosticChain diagnostics, Map<Object, Object> context) {
        boolean valid = Problems.datesInOrder(cadre, Literals.ARMED_CADRE__NOMINATED_ON, Literals.ARMED_CADRE__APPOINTED_ON, diagnostics, context)
                & Problems.datesInOrder(cadre, Literals.ARMED_CADRE__APPOINTED_ON, Literals.ARMED_CADRE__DUTY_FILED_ON, diagnostics, context)
                & Problems.datesInOrder(cadre, Literals.ARMED_CADRE__APPOINTED_ON, Literals.ARMED_CADRE__LEFT_ON, diagnostics, context);
        CadreStage stage = cadre.getStage();
        valid &= Problems.requiredInState(cadre, Literals.ARMED_CADRE__APPOINTED_ON,
                stage == CadreStage.APPOINTED || stage == CadreStage.DUTY_FILED, stage, diagnostics, context);
        valid &= Problems.requiredInState(cadre, Literals.ARMED_CADRE__DUTY_FILED_ON, stage == CadreStage.DUTY_FILED, stage, diagnostics, context);
        valid &= Problems.requiredInState(cadre, Literals.ARMED_CADRE__LEFT_ON, stage == CadreStage.LEFT, stage, diagnostics, context);
        return valid;
    }

    public static boolean metHasClearedDate(StandardizationItem item, DiagnosticChain diagnostics, Map<Object, Object> context) {
        return Problems.requiredInState(item, Literals.STANDARDIZATION_ITEM__CLEARED_ON, item.getStatus() == ItemStatus.MET,
                item.getStatus(), diagnostics, context);
    }

    public static boolean countsNotNegative(ConscriptionCampaign campaign, DiagnosticChain diagnostics, Map<Object, Object> context) {
        return Problems.notNegative(campaign, Literals.CONSCRIPTION_CAMPAIGN__QUOTA, diagnostics, context)
                & Problems.notNegative(campaign, Literals.CONSCRIPTION_CAMPAIGN__MEN_TURNING_EIGHTEEN, diagnostics, context);
    }

    /** 报名 → 初检 → 体检 → 政考 → 定兵 → 入伍 (or 退兵): each reached stage has its date, in order. */
    public static boolean stagesInOrder(Recruit recruit, DiagnosticChain diagnostics, Map<Object, Object> context) {
        var stageDates = java.util.List.of(Literals.RECRUIT__REGISTERED_ON, Literals.RECRUIT__PRELIMINARY_CHECK_ON,
                Literals.RECRUIT__PHYSICAL_EXAM_ON, Literals.RECRUIT__POLITICAL_REVIEW_ON, Literals.RECRUIT__SELECTED_ON,
                Literals.RECRUIT__ENLISTED_ON);
        boolean valid = true;
        for (int i = 1; i < stageDates.size(); i++) {
            valid &= Problems.datesInOrder(recruit, stageDates.get(i - 1), stageDates.get(i), diagnostics, context);
        }
        RecruitStage stage = recruit.getStage();
        if (stage == RecruitStage.RETURNED) {
            valid &= Problems.requiredInState(recruit, Literals.RECRUIT__ENLISTED_ON, true, stage, diagnostics, context);
            valid &= Problems.requiredInState(recruit, Literals.RECRUIT__RETURNED_ON, true, stage, diagnostics, context);
            valid &= Problems.datesInOrder(recruit, Literals.RECRUIT__ENLISTED_ON, Literals.RECRUIT__RETURNED_ON, diagnostics, context);
        } else if (stage != null) {
            int reached = stage.getValue();
            for (int i = 1; i <= reached && i < stageDates.size(); i++) {
                valid &= Problems.requiredInState(recruit, stageDates.get(i), true, stage, diagnostics, context);
            }
        }
        return valid;
    }

    /** Everyone on a muster's roll call of age and serving on the muster's day. */
    public static boolean rollCallEligible(Muster muster, DiagnosticChain diagnostics, Map<Object, Object> context) {
        boolean valid = true;
        for (org.garrison.model.mobilization.RollCallEntry entry : muster.getRollCall()) {
            MilitiaMember member = entry.getMember();
            if (member == null || member.getPerson() == null || muster.getDate() == null) {
                continue;
            }
            if (member.getJoinDate() != null && member.getJoinDate().isAfter(muster.getDate())) {
                valid = Problems.error(muster, Literals.MUSTER__ROLL_CALL, diagnostics, context, "activity.notYetMember", //$NON-NLS-1$
                        member.getPerson().getName(), muster.getDate(), member.getJoinDate());
            } else if (member.getLeaveDate() != null && !member.getLeaveDate().isAfter(muster.getDate())) {
                valid = Problems.error(muster, Literals.MUSTER__ROLL_CALL, diagnostics, context, "activity.leftMember", //$NON-NLS-1$
                        member.getPerson().getName(), muster.getDate(), member.getLeaveDate());
            }
        }
        return valid;
    }

    /** A cadre's monthly meetings are recorded from the month of the appointment on. */
    public static boolean meetingsAfterAppointment(ArmedCadre cadre, DiagnosticChain diagnostics, Map<Object, Object> context) {
        boolean valid = true;
        for (org.garrison.model.mobilization.CadreMeeting meeting : cadre.getMeetings()) {
            if (meeting.getMonth() == null) {
                continue;
            }
            if (cadre.getAppointedOn() == null || java.time.YearMonth.from(meeting.getMonth()).isBefore(java.time.YearMonth.from(cadre.getAppointedOn()))) {
                valid = Problems.error(cadre, Literals.ARMED_CADRE__MEETINGS, diagnostics, context, "cadre.meetingBeforeAppointment", //$NON-NLS-1$
                        java.time.YearMonth.from(meeting.getMonth()).toString(),
                        cadre.getAppointedOn() == null ? "—" : cadre.getAppointedOn()); //$NON-NLS-1$
            }
        }
        return valid;
    }

    /**
     * A recruit's education is the person's: a college graduate has a college education (大专 or
     * more) and is 20 or older when registering; a student in college has finished senior high; a
     * senior-high recruit has senior high (or vocational school); "other" is below senior high.
     */
    public static boolean educationConsistent(org.garrison.model.mobilization.Recruit recruit, DiagnosticChain diagnostics, Map<Object, Object> context) {
        org.garrison.model.core.Person person = recruit.getPerson();
        if (person == null || recruit.getEducation() == null) {
            return true;
        }
        if (recruit.getEducation() == org.garrison.model.mobilization.RecruitEducation.COLLEGE_GRADUATE && recruit.getRegisteredOn() != null
                && person.getBirthDate() != null && person.ageOn(recruit.getRegisteredOn()) < 20) {
            return Problems.error(recruit, Literals.RECRUIT__EDUCATION, diagnostics, context, "recruit.graduateTooYoung", person.getName(), //$NON-NLS-1$
                    person.ageOn(recruit.getRegisteredOn()));
        }
        // an enumeration never reads null: an education nobody recorded reads as its first literal
        if (!person.eIsSet(org.garrison.model.core.CorePackage.Literals.PERSON__EDUCATION)) {
            return true;
        }
        org.garrison.model.core.Education education = person.getEducation();
        int level = education.getValue();
        boolean consistent = switch (recruit.getEducation()) {
            case COLLEGE_GRADUATE -> level >= org.garrison.model.core.Education.JUNIOR_COLLEGE_VALUE;
            case IN_COLLEGE -> level >= org.garrison.model.core.Education.SENIOR_HIGH_VALUE;
            case SENIOR_HIGH -> level == org.garrison.model.core.Education.SENIOR_HIGH_VALUE || level == org.garrison.model.core.Education.VOCATIONAL_VALUE;
            case OTHER -> level <= org.garrison.model.core.Education.JUNIOR_HIGH_VALUE;
        };
        if (!consistent) {
            return Problems.error(recruit, Literals.RECRUIT__EDUCATION, diagnostics, context, "recruit.educationMismatch", person.getName(), //$NON-NLS-1$
                    recruit.getEducation(), education);
        }
        return true;
    }

    /**
     * 编建: a town's organization task records as completed the core members the roster holds for the
     * town at the end of the task's year — the roster is the record that proves the number.
     */
    public static boolean completedMatchesRoster(OrganizationTask task, DiagnosticChain diagnostics, Map<Object, Object> context) {
        if (!(task.eContainer() instanceof org.garrison.model.mobilization.MobilizationLedger ledger) || task.getOrgUnit() == null
                || !task.eIsSet(Literals.ORGANIZATION_TASK__COMPLETED) || task.getYear() <= 0) {
            return true;
        }
        int onRoster = org.garrison.model.roster.Roster.coreMembersServing(ledger, task.getOrgUnit(), LocalDate.of(task.getYear(), 12, 31));
        if (task.getCompleted() != onRoster) {
            return Problems.error(task, Literals.ORGANIZATION_TASK__COMPLETED, diagnostics, context, "organization.completedMismatch", //$NON-NLS-1$
                    task.getCompleted(), task.getOrgUnit().getName(), String.valueOf(task.getYear()), onRoster);
        }
        return true;
    }
}
