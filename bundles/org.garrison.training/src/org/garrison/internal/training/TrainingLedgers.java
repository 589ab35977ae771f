package org.garrison.internal.training;

import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;

import org.garrison.model.training.TrainingBatch;
import org.garrison.model.training.TrainingLedger;
import org.garrison.model.training.TrainingPackage;
import org.garrison.model.training.TrainingPlan;
import org.garrison.store.StoreException;
import org.garrison.store.StoreSession;

/**
 * Reads the district's training ledger into a session: a year of training is a few plans, batches,
 * instructors and tasks, so the area reads its ledger whole and counts in memory; the persons it names
 * (trainees, instructors) are read as they are followed.
 */
public final class TrainingLedgers {

    private TrainingLedgers() {
    }

    /** The training ledger, or null when the database holds none yet (no district created). */
    public static TrainingLedger read(StoreSession session) throws StoreException {
        List<TrainingLedger> ledgers = session.loadRoots(TrainingPackage.Literals.TRAINING_LEDGER);
        return ledgers.isEmpty() ? null : ledgers.get(0);
    }

    /** The batches that start in the year, by start date. */
    public static List<TrainingBatch> batches(TrainingLedger ledger, int year) {
        return ledger.getBatches().stream().filter(batch -> batch.getStartDate() != null && batch.getStartDate().getYear() == year)
                .sorted(Comparator.comparing(TrainingBatch::getStartDate)).toList();
    }

    /** The year's plan, or null. */
    public static TrainingPlan plan(TrainingLedger ledger, int year) {
        return ledger.getPlans().stream().filter(plan -> plan.getYear() == year).findFirst().orElse(null);
    }

    /** Whether the batch has ended by the day (its assessments are due then). */
    public static boolean ended(TrainingBatch batch, LocalDate day) {
        return batch.getEndDate() != null && !batch.getEndDate().isAfter(day);
    }
}
