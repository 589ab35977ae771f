package org.garrison.internal.training;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import org.eclipse.osgi.util.NLS;
import org.garrison.model.training.EmergencyTask;
import org.garrison.model.training.Instructor;
import org.garrison.model.training.TrainingBatch;
import org.garrison.model.training.TrainingLedger;

/**
 * 训练日程: the year's batches and emergency tasks in date order, and the batches that clash — the same
 * instructor, or the same place, on overlapping days.
 */
public final class TrainingSchedule {

    /** Two batches on overlapping days with an instructor or the place in common. */
    public record Overlap(TrainingBatch first, TrainingBatch second, String reason) {
    }

    private final List<TrainingBatch> batches;
    private final List<EmergencyTask> tasks;

    public TrainingSchedule(TrainingLedger ledger, int year) {
        this.batches = TrainingLedgers.batches(ledger, year);
        this.tasks = ledger.getTasks().stream().filter(task -> task.getStartDate() != null && task.getStartDate().getYear() == year)
                .sorted(java.util.Comparator.comparing(EmergencyTask::getStartDate)).toList();
    }

    public List<TrainingBatch> batches() {
        return batches;
    }

    public List<EmergencyTask> tasks() {
        return tasks;
    }

    public List<Overlap> overlaps() {
        List<Overlap> overlaps = new ArrayList<>();
        for (int i = 0; i < batches.size(); i++) {
            for (int j = i + 1; j < batches.size(); j++) {
                TrainingBatch first = batches.get(i);
                TrainingBatch second = batches.get(j);
                if (!overlap(first, second)) {
                    continue;
                }
                for (Instructor instructor : first.getInstructors()) {
                    if (second.getInstructors().contains(instructor)) {
                        overlaps.add(new Overlap(first, second, NLS.bind(Messages.Schedule_sameInstructor,
                                new Object[] { first.getName(), second.getName(), TrainingTexts.name(instructor) })));
                    }
                }
                if (first.getPlace() != null && !first.getPlace().isBlank() && first.getPlace().strip().equals(second.getPlace() == null ? null : second.getPlace().strip())) {
                    overlaps.add(new Overlap(first, second, NLS.bind(Messages.Schedule_samePlace, new Object[] { first.getName(), second.getName(), first.getPlace() })));
                }
            }
        }
        return overlaps;
    }

    /** The overlaps a batch is part of. */
    public List<Overlap> overlapsOf(TrainingBatch batch) {
        return overlaps().stream().filter(overlap -> overlap.first() == batch || overlap.second() == batch).toList();
    }

    private static boolean overlap(TrainingBatch a, TrainingBatch b) {
        LocalDate aEnd = a.getEndDate() == null ? a.getStartDate() : a.getEndDate();
        LocalDate bEnd = b.getEndDate() == null ? b.getStartDate() : b.getEndDate();
        return a.getStartDate() != null && b.getStartDate() != null && !a.getStartDate().isAfter(bEnd) && !b.getStartDate().isAfter(aEnd);
    }
}
