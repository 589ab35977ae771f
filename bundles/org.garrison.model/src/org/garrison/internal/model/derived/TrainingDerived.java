package org.garrison.internal.model.derived;

import java.util.HashMap;
import java.util.Map;

import org.garrison.model.core.Grade;
import org.garrison.model.core.Person;
import org.garrison.model.training.Assessment;
import org.garrison.model.training.PlanSubject;
import org.garrison.model.training.TrainingBatch;
import org.garrison.model.training.TrainingPlan;

/** Values of the training area computed from the records. */
public final class TrainingDerived {

    private TrainingDerived() {
    }

    public static double totalHours(TrainingPlan plan) {
        return plan.getSubjects().stream().mapToDouble(PlanSubject::getHours).sum();
    }

    /** Trainees assessed at least once and never failed (人人考核: each subject must be passed). */
    public static int passCount(TrainingBatch batch) {
        Map<Person, Boolean> passed = new HashMap<>();
        for (Assessment assessment : batch.getAssessments()) {
            if (assessment.getTrainee() != null && batch.getTrainees().contains(assessment.getTrainee())) {
                passed.merge(assessment.getTrainee(), assessment.getGrade() != Grade.FAIL, Boolean::logicalAnd);
            }
        }
        return (int) passed.values().stream().filter(Boolean::booleanValue).count();
    }
}
