package org.garrison.internal.training;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.eclipse.emf.common.command.Command;
import org.eclipse.emf.common.command.CompoundCommand;
import org.eclipse.emf.edit.command.AddCommand;
import org.eclipse.emf.edit.command.RemoveCommand;
import org.eclipse.emf.edit.command.SetCommand;
import org.eclipse.emf.edit.domain.EditingDomain;
import org.eclipse.osgi.util.NLS;
import org.garrison.model.core.Person;
import org.garrison.model.training.Assessment;
import org.garrison.model.training.PlanSubject;
import org.garrison.model.training.TrainingBatch;
import org.garrison.model.training.TrainingFactory;
import org.garrison.model.training.TrainingPackage.Literals;

/**
 * 人人考核: a batch's trainees × its subjects, each cell an assessment (score and grade) or missing.
 * Every trainee is assessed in every subject, so a missing cell is counted; scores are set through
 * EMF commands (undo, redo) and the grade follows the score by the {@link GradeScale}.
 */
public final class AssessmentGrid {

    /** A cell without an assessment. */
    public record Missing(Person trainee, PlanSubject subject) {
    }

    /** A subject's results: trainees assessed, of whom passed, and missing assessments. */
    public record SubjectResult(PlanSubject subject, int assessed, int passed, int missing) {
        /** Passed ÷ assessed; 0 with nobody assessed. */
        public double passRate() {
            return assessed == 0 ? 0 : (double) passed / assessed;
        }
    }

    private record Key(Person trainee, PlanSubject subject) {
    }

    private final TrainingBatch batch;
    private final GradeScale scale;
    private final Map<Key, Assessment> cells = new HashMap<>();

    public AssessmentGrid(TrainingBatch batch, GradeScale scale) {
        this.batch = batch;
        this.scale = scale;
        refresh();
    }

    /** Reads the batch's assessments again (after an edit, undo or import). */
    public void refresh() {
        cells.clear();
        for (Assessment assessment : batch.getAssessments()) {
            cells.put(new Key(assessment.getTrainee(), assessment.getSubject()), assessment);
        }
    }

    public TrainingBatch batch() {
        return batch;
    }

    public GradeScale scale() {
        return scale;
    }

    public List<Person> trainees() {
        return batch.getTrainees();
    }

    public List<PlanSubject> subjects() {
        return batch.getSubjects();
    }

    /** The trainee's assessment in the subject; null when missing. */
    public Assessment assessment(Person trainee, PlanSubject subject) {
        return cells.get(new Key(trainee, subject));
    }

    /** The score of the cell; null when missing. */
    public Double score(Person trainee, PlanSubject subject) {
        Assessment assessment = assessment(trainee, subject);
        return assessment == null ? null : assessment.getScore();
    }

    public List<Missing> missing() {
        List<Missing> missing = new ArrayList<>();
        for (Person trainee : trainees()) {
            for (PlanSubject subject : subjects()) {
                if (assessment(trainee, subject) == null) {
                    missing.add(new Missing(trainee, subject));
                }
            }
        }
        return missing;
    }

    /** Missing assessments of one trainee. */
    public int missing(Person trainee) {
        return (int) subjects().stream().filter(subject -> assessment(trainee, subject) == null).count();
    }

    public SubjectResult result(PlanSubject subject) {
        int assessed = 0;
        int passed = 0;
        for (Person trainee : trainees()) {
            Assessment assessment = assessment(trainee, subject);
            if (assessment != null) {
                assessed++;
                if (GradeScale.passed(assessment.getGrade())) {
                    passed++;
                }
            }
        }
        return new SubjectResult(subject, assessed, passed, trainees().size() - assessed);
    }

    /** Trainees assessed in every subject and passing each ÷ trainees (a missing assessment is not a pass yet). */
    public double passRate() {
        if (trainees().isEmpty()) {
            return 0;
        }
        long passed = trainees().stream().filter(trainee -> subjects().stream().allMatch(subject -> {
            Assessment assessment = assessment(trainee, subject);
            return assessment != null && GradeScale.passed(assessment.getGrade());
        })).count();
        return (double) passed / trainees().size();
    }

    /**
     * The command that gives the trainee this score in the subject (a new assessment when the cell is
     * missing, removed when the score is null), its grade following the scale.
     *
     * @throws IllegalArgumentException with a message for the user when the score is outside 0–100
     */
    public Command setScore(EditingDomain domain, Person trainee, PlanSubject subject, Double score) {
        if (score != null && (score < 0 || score > 100 || score.isNaN())) {
            throw new IllegalArgumentException(NLS.bind(Messages.Grid_scoreRange, new Object[] { trainee.getName(), subject.getName(), TrainingTexts.score(score) }));
        }
        Assessment existing = assessment(trainee, subject);
        String label = NLS.bind(Messages.Grid_commandLabel, trainee.getName(), subject.getName());
        if (score == null) {
            if (existing == null) {
                return org.eclipse.emf.common.command.UnexecutableCommand.INSTANCE;
            }
            return labelled(label, RemoveCommand.create(domain, batch, Literals.TRAINING_BATCH__ASSESSMENTS, existing));
        }
        if (existing == null) {
            Assessment assessment = TrainingFactory.eINSTANCE.createAssessment();
            assessment.setTrainee(trainee);
            assessment.setSubject(subject);
            assessment.setScore(score);
            assessment.setGrade(scale.gradeOf(score));
            return labelled(label, AddCommand.create(domain, batch, Literals.TRAINING_BATCH__ASSESSMENTS, assessment));
        }
        CompoundCommand change = new CompoundCommand(label);
        change.append(SetCommand.create(domain, existing, Literals.ASSESSMENT__SCORE, score));
        change.append(SetCommand.create(domain, existing, Literals.ASSESSMENT__GRADE, scale.gradeOf(score)));
        return change;
    }

    private static Command labelled(String label, Command command) {
        CompoundCommand compound = new CompoundCommand(label);
        compound.append(command);
        return compound;
    }
}
