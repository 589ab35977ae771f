package org.garrison.internal.model.validation;

import java.util.Map;

import org.eclipse.emf.common.util.DiagnosticChain;
import org.garrison.model.training.Assessment;
import org.garrison.model.training.CompetitionEntry;
import org.garrison.model.training.EmergencyTask;
import org.garrison.model.training.PlanSubject;
import org.garrison.model.training.TrainingBatch;
import org.garrison.model.training.TrainingPackage.Literals;

/** Constraints of the training records; the generated TrainingValidator calls them. */
public final class TrainingConstraints {

    private TrainingConstraints() {
    }

    public static boolean hoursNotNegative(PlanSubject subject, DiagnosticChain diagnostics, Map<Object, Object> context) {
        return Problems.notNegative(subject, Literals.PLAN_SUBJECT__HOURS, diagnostics, context);
    }

    public static boolean datesInOrder(TrainingBatch batch, DiagnosticChain diagnostics, Map<Object, Object> context) {
        return Problems.datesInOrder(batch, Literals.TRAINING_BATCH__START_DATE, Literals.TRAINING_BATCH__END_DATE, diagnostics, context)
                & Problems.datesInOrder(batch, Literals.TRAINING_BATCH__END_DATE, Literals.TRAINING_BATCH__CLOSED_ON, diagnostics, context);
    }

    public static boolean assessedAreTrainees(TrainingBatch batch, DiagnosticChain diagnostics, Map<Object, Object> context) {
        boolean valid = true;
        for (Assessment assessment : batch.getAssessments()) {
            if (assessment.getTrainee() != null && !batch.getTrainees().contains(assessment.getTrainee())) {
                valid = Problems.error(batch, Literals.TRAINING_BATCH__TRAINEES, diagnostics, context, "assessment.notTrainee", //$NON-NLS-1$
                        assessment.getTrainee().getName());
            }
        }
        return valid;
    }

    public static boolean scoreInRange(Assessment assessment, DiagnosticChain diagnostics, Map<Object, Object> context) {
        double score = assessment.getScore();
        if (score < 0 || score > 100) {
            return Problems.error(assessment, Literals.ASSESSMENT__SCORE, diagnostics, context, "score.range", score); //$NON-NLS-1$
        }
        return true;
    }

    public static boolean placingNotNegative(CompetitionEntry entry, DiagnosticChain diagnostics, Map<Object, Object> context) {
        return Problems.notNegative(entry, Literals.COMPETITION_ENTRY__PLACING, diagnostics, context);
    }

    public static boolean datesInOrder(EmergencyTask task, DiagnosticChain diagnostics, Map<Object, Object> context) {
        return Problems.datesInOrder(task, Literals.EMERGENCY_TASK__START_DATE, Literals.EMERGENCY_TASK__END_DATE, diagnostics, context);
    }

    public static boolean dispatchedNotNegative(EmergencyTask task, DiagnosticChain diagnostics, Map<Object, Object> context) {
        return Problems.notNegative(task, Literals.EMERGENCY_TASK__MEMBERS_DISPATCHED, diagnostics, context);
    }

    /** Every trainee of age and serving on the batch's first day. */
    public static boolean traineesEligible(TrainingBatch batch, DiagnosticChain diagnostics, Map<Object, Object> context) {
        boolean valid = true;
        for (org.garrison.model.core.Person trainee : batch.getTrainees()) {
            valid &= Participation.eligible(batch, Literals.TRAINING_BATCH__TRAINEES, trainee, batch.getStartDate(), diagnostics, context);
        }
        return valid;
    }

    /** Every entrant of age and serving on the competition's day. */
    public static boolean entrantsEligible(org.garrison.model.training.Competition competition, DiagnosticChain diagnostics, Map<Object, Object> context) {
        boolean valid = true;
        for (org.garrison.model.training.CompetitionEntry entry : competition.getEntries()) {
            valid &= Participation.eligible(competition, Literals.COMPETITION__ENTRIES, entry.getParticipant(), competition.getDate(), diagnostics, context);
        }
        return valid;
    }

    /** Every member dispatched of age and serving on the task's first day. */
    public static boolean participantsEligible(EmergencyTask task, DiagnosticChain diagnostics, Map<Object, Object> context) {
        boolean valid = true;
        for (org.garrison.model.core.Person participant : task.getParticipants()) {
            valid &= Participation.eligible(task, Literals.EMERGENCY_TASK__PARTICIPANTS, participant, task.getStartDate(), diagnostics, context);
        }
        return valid;
    }

    /** Once the members dispatched are listed, the typed number is theirs: one number for one thing. */
    public static boolean dispatchedMatchesParticipants(EmergencyTask task, DiagnosticChain diagnostics, Map<Object, Object> context) {
        int listed = (int) task.getParticipants().stream().distinct().count();
        if (listed > 0 && task.getMembersDispatched() != listed) {
            return Problems.error(task, Literals.EMERGENCY_TASK__MEMBERS_DISPATCHED, diagnostics, context, "dispatched.mismatch", //$NON-NLS-1$
                    task.getMembersDispatched(), listed);
        }
        return true;
    }

    /**
     * Those a selection selects have the four abilities (四会: explain, demonstrate, teach, political
     * work) and the selection's level: a city-level instructor is not one of the district's; and a member
     * of the roster is serving on the selection's day.
     */
    public static boolean selectedQualified(org.garrison.model.training.InstructorSelection selection, DiagnosticChain diagnostics,
            Map<Object, Object> context) {
        boolean valid = true;
        for (org.garrison.model.training.Instructor instructor : selection.getSelected()) {
            String name = instructor.getPerson() == null ? "?" : instructor.getPerson().getName(); //$NON-NLS-1$
            if (!instructor.isFourAbilities()) {
                valid = Problems.error(selection, Literals.INSTRUCTOR_SELECTION__SELECTED, diagnostics, context, "instructor.notFourAbilities", name); //$NON-NLS-1$
            } else if (selection.getLevel() != null && instructor.getLevel() != selection.getLevel()) {
                valid = Problems.error(selection, Literals.INSTRUCTOR_SELECTION__SELECTED, diagnostics, context, "instructor.otherLevel", name, //$NON-NLS-1$
                        instructor.getLevel(), selection.getLevel());
            } else if (instructor.getCertifiedOn() != null && selection.getDate() != null && instructor.getCertifiedOn().isAfter(selection.getDate())) {
                valid = Problems.error(selection, Literals.INSTRUCTOR_SELECTION__SELECTED, diagnostics, context, "instructor.certifiedLater", name, //$NON-NLS-1$
                        instructor.getCertifiedOn(), selection.getDate());
            }
            // a district's instructors are drawn from its militia: a serving member on the selection's day
            valid &= Participation.eligible(selection, Literals.INSTRUCTOR_SELECTION__SELECTED, instructor.getPerson(), selection.getDate(), diagnostics, context);
        }
        return valid;
    }
}
