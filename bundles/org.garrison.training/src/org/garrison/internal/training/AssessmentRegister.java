package org.garrison.internal.training;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.eclipse.osgi.util.NLS;
import org.garrison.model.core.Person;
import org.garrison.model.training.Assessment;
import org.garrison.model.training.PlanSubject;
import org.garrison.model.training.TrainingBatch;
import org.garrison.report.OfficialForm;

/** 训练考核登记表: a batch's particulars and every trainee's score and grade per subject, as a Word form. */
public final class AssessmentRegister {

    private AssessmentRegister() {
    }

    public static void write(AssessmentGrid grid, Path file, Locale locale) throws IOException {
        TrainingBatch batch = grid.batch();
        List<String[]> fields = new ArrayList<>();
        fields.add(new String[] { Messages.Register_batch, batch.getName() });
        fields.add(new String[] { Messages.Register_kind, TrainingTexts.label(batch.getKind(), locale) });
        fields.add(new String[] { Messages.Register_dates, NLS.bind(Messages.Register_datesValue, TrainingTexts.date(batch.getStartDate()), TrainingTexts.date(batch.getEndDate())) });
        fields.add(new String[] { Messages.Register_place, batch.getPlace() == null ? "" : batch.getPlace() }); //$NON-NLS-1$
        fields.add(new String[] { Messages.Register_instructors, String.join(Messages.Texts_listSeparator, batch.getInstructors().stream().map(TrainingTexts::name).toList()) });
        fields.add(new String[] { Messages.Register_trainees, String.valueOf(batch.getTrainees().size()) });
        fields.add(new String[] { Messages.Register_passRate, TrainingTexts.share(grid.passRate()) });
        fields.add(new String[] { Messages.Register_missing, String.valueOf(grid.missing().size()) });
        List<String> headers = new ArrayList<>(List.of(Messages.Register_number, Messages.Sheet_name_column));
        grid.subjects().forEach(subject -> headers.add(subject.getName()));
        List<List<String>> rows = new ArrayList<>();
        int number = 1;
        for (Person trainee : grid.trainees()) {
            List<String> row = new ArrayList<>(List.of(String.valueOf(number++), trainee.getName()));
            for (PlanSubject subject : grid.subjects()) {
                Assessment assessment = grid.assessment(trainee, subject);
                row.add(assessment == null ? Messages.Register_absent
                        : NLS.bind(Messages.Register_cell, TrainingTexts.score(assessment.getScore()), TrainingTexts.grade(assessment.getGrade(), locale)));
            }
            rows.add(row);
        }
        OfficialForm.titled(Messages.Register_title).fields(fields).heading(Messages.Register_results).table(headers, rows).writeDocx(file);
    }
}
