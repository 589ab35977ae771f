package org.garrison.internal.training;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

import org.garrison.model.core.Person;
import org.garrison.model.training.Assessment;
import org.garrison.model.training.Competition;
import org.garrison.model.training.CompetitionEntry;
import org.garrison.model.training.CompetitionLevel;
import org.garrison.model.training.EmergencyTask;
import org.garrison.model.training.EmergencyTaskKind;
import org.garrison.model.training.Instructor;
import org.garrison.model.training.InstructorLevel;
import org.garrison.model.training.TrainingBatch;
import org.garrison.model.training.TrainingLedger;
import org.garrison.store.StoreException;
import org.garrison.store.StoreSession;

/**
 * 训练情况统计 of a year as of a day: the batches completed (ended by then, as the report counts them),
 * trainee places and different persons, pass rates by subject, coverage of the core militia, instructors
 * by level, the best placing per event of the year's competitions, deployments by kind.
 */
public final class TrainingStatistics {

    /** A subject's assessments over the completed batches (subjects of one name counted together). */
    public record SubjectRow(String subject, int assessed, int passed) {
        public double passRate() {
            return assessed == 0 ? 0 : (double) passed / assessed;
        }
    }

    /** The best placing of an event at a competition level (单项第X). */
    public record Placing(CompetitionLevel level, String event, int best, String who) {
    }

    /** A kind of deployment: tasks begun, different members dispatched (名), places (人次). */
    public record Deployment(EmergencyTaskKind kind, int tasks, int persons, int places) {
    }

    private final int year;
    private final LocalDate asOf;
    private final List<TrainingBatch> batches;
    private final TrainingCoverage coverage;
    private final TrainingLedger ledger;

    public TrainingStatistics(TrainingLedger ledger, StoreSession session, int year, LocalDate today) throws StoreException {
        this.ledger = ledger;
        this.year = year;
        this.asOf = today.getYear() > year ? LocalDate.of(year, 12, 31) : today;
        this.batches = ledger.getBatches().stream().filter(batch -> batch.getEndDate() != null && batch.getEndDate().getYear() == year
                && !batch.getEndDate().isAfter(asOf)).sorted(java.util.Comparator.comparing(TrainingBatch::getEndDate)).toList();
        this.coverage = TrainingCoverage.compute(session, year, today);
    }

    public int year() {
        return year;
    }

    public LocalDate asOf() {
        return asOf;
    }

    /** The batches completed in the year by the day. */
    public List<TrainingBatch> batches() {
        return batches;
    }

    /** Trainee places (人次): a person in two batches counts twice. */
    public int places() {
        return batches.stream().mapToInt(batch -> batch.getTrainees().size()).sum();
    }

    /** Different persons trained (名). */
    public int persons() {
        Set<Person> persons = new LinkedHashSet<>();
        batches.forEach(batch -> persons.addAll(batch.getTrainees()));
        return persons.size();
    }

    public List<SubjectRow> subjects() {
        Map<String, int[]> rows = new LinkedHashMap<>();
        for (TrainingBatch batch : batches) {
            batch.getSubjects().forEach(subject -> rows.computeIfAbsent(subject.getName(), name -> new int[2]));
            for (Assessment assessment : batch.getAssessments()) {
                if (assessment.getSubject() == null) {
                    continue;
                }
                int[] row = rows.computeIfAbsent(assessment.getSubject().getName(), name -> new int[2]);
                row[0]++;
                if (GradeScale.passed(assessment.getGrade())) {
                    row[1]++;
                }
            }
        }
        List<SubjectRow> result = new ArrayList<>();
        rows.forEach((subject, row) -> result.add(new SubjectRow(subject, row[0], row[1])));
        return result;
    }

    public TrainingCoverage coverage() {
        return coverage;
    }

    /** Instructors certified by the day, by level. */
    public Map<InstructorLevel, Integer> instructorsByLevel() {
        Map<InstructorLevel, Integer> levels = new EnumMap<>(InstructorLevel.class);
        for (InstructorLevel level : InstructorLevel.VALUES) {
            levels.put(level, 0);
        }
        for (Instructor instructor : ledger.getInstructors()) {
            if (instructor.getLevel() != null && instructor.getCertifiedOn() != null && !instructor.getCertifiedOn().isAfter(asOf)) {
                levels.merge(instructor.getLevel(), 1, Integer::sum);
            }
        }
        return levels;
    }

    /** Per level and event, the best placing of the year's competitions held by the day (a placing of 0 is none). */
    public List<Placing> placings() {
        Map<String, Placing> best = new TreeMap<>();
        for (Competition competition : ledger.getCompetitions()) {
            if (competition.getDate() == null || competition.getDate().getYear() != year || competition.getDate().isAfter(asOf)) {
                continue;
            }
            for (CompetitionEntry entry : competition.getEntries()) {
                if (entry.getPlacing() <= 0) {
                    continue;
                }
                String key = competition.getLevel().getValue() + "/" + entry.getEvent(); //$NON-NLS-1$
                Placing current = best.get(key);
                if (current == null || entry.getPlacing() < current.best()) {
                    best.put(key, new Placing(competition.getLevel(), entry.getEvent(), entry.getPlacing(),
                            entry.getParticipant() == null ? "" : entry.getParticipant().getName())); //$NON-NLS-1$
                }
            }
        }
        return List.copyOf(best.values());
    }

    /** Deployments begun in the year by the day, by kind. */
    public List<Deployment> deployments() {
        List<Deployment> result = new ArrayList<>();
        for (EmergencyTaskKind kind : EmergencyTaskKind.VALUES) {
            List<EmergencyTask> tasks = ledger.getTasks().stream().filter(task -> task.getKind() == kind && task.getStartDate() != null
                    && task.getStartDate().getYear() == year && !task.getStartDate().isAfter(asOf)).toList();
            Set<Person> persons = new LinkedHashSet<>();
            tasks.forEach(task -> persons.addAll(task.getParticipants()));
            result.add(new Deployment(kind, tasks.size(), persons.size(), tasks.stream().mapToInt(task -> task.getParticipants().size()).sum()));
        }
        return result;
    }
}
