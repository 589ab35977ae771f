package org.garrison.internal.training;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.osgi.util.NLS;
import org.garrison.model.training.Instructor;
import org.garrison.model.training.TrainingBatch;
import org.garrison.model.training.TrainingLedger;
import org.garrison.model.training.TrainingPlan;
import org.garrison.store.StoreException;
import org.garrison.store.StoreSession;

/**
 * What the training area reminds of (待办): batches starting within a week without trainees, assessments
 * missing after a batch ended, instructors' certificates expiring within 60 days, and in the last quarter
 * the core militia not trained this year.
 */
public final class TrainingDues {

    /** Something due on a day, about a record; overdue once the day has passed. */
    public record Due(EObject record, String text, LocalDate due) {
        public boolean overdue(LocalDate today) {
            return due.isBefore(today);
        }
    }

    private static final int BATCH_NOTICE_DAYS = 7;

    private TrainingDues() {
    }

    public static List<Due> of(TrainingLedger ledger, StoreSession session, LocalDate today, int validityYears) throws StoreException {
        List<Due> dues = new ArrayList<>();
        for (TrainingBatch batch : ledger.getBatches()) {
            LocalDate start = batch.getStartDate();
            if (start != null && !start.isBefore(today) && !start.isAfter(today.plusDays(BATCH_NOTICE_DAYS)) && batch.getTrainees().isEmpty()) {
                dues.add(new Due(batch, NLS.bind(Messages.Due_noTrainees, batch.getName(), TrainingTexts.date(start)), start));
            }
            if (batch.getClosedOn() == null && TrainingLedgers.ended(batch, today.minusDays(1))) {
                int missing = new AssessmentGrid(batch, GradeScale.DEFAULT).missing().size();
                if (missing > 0) {
                    dues.add(new Due(batch, NLS.bind(Messages.Due_missingAssessments, new Object[] { batch.getName(), TrainingTexts.date(batch.getEndDate()), missing }),
                            batch.getEndDate()));
                }
            }
        }
        for (Instructor instructor : ledger.getInstructors()) {
            if (InstructorValidity.due(instructor, validityYears, today)) {
                LocalDate expires = InstructorValidity.expiresOn(instructor, validityYears);
                dues.add(new Due(instructor, NLS.bind(expires.isAfter(today) ? Messages.Due_certificateExpiring : Messages.Due_certificateExpired,
                        TrainingTexts.name(instructor), TrainingTexts.date(expires)), expires));
            }
        }
        LocalDate lastQuarter = LocalDate.of(today.getYear(), 10, 1);
        TrainingPlan plan = TrainingLedgers.plan(ledger, today.getYear());
        if (!today.isBefore(lastQuarter) && plan != null) {
            TrainingCoverage coverage = TrainingCoverage.compute(session, today.getYear(), today);
            long untrained = coverage.core() - coverage.trained();
            if (untrained > 0) {
                dues.add(new Due(plan, NLS.bind(Messages.Due_untrained, untrained, TrainingTexts.share(coverage.share())), LocalDate.of(today.getYear(), 12, 31)));
            }
        }
        dues.sort(Comparator.comparing(Due::due));
        return dues;
    }
}
