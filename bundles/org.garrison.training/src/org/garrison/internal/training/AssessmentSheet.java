package org.garrison.internal.training;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.garrison.model.core.Person;
import org.garrison.model.training.Assessment;
import org.garrison.model.training.PlanSubject;
import org.garrison.spreadsheet.TableFiles;
import org.garrison.spreadsheet.TableWriter;

/**
 * The grid as a table file: name, identity number, then per subject its score (headed by the subject's
 * name, so that {@link AssessmentImport} reads the file back) and its grade; an empty cell is missing.
 */
public final class AssessmentSheet {

    private AssessmentSheet() {
    }

    public static void write(AssessmentGrid grid, Path file, Locale locale) throws IOException {
        try (TableWriter sheet = TableFiles.write(file, Messages.Sheet_name)) {
            List<Object> header = new ArrayList<>(List.of(Messages.Sheet_name_column, Messages.Sheet_identity));
            for (PlanSubject subject : grid.subjects()) {
                header.add(subject.getName());
                header.add(TrainingTexts.gradeHeader(subject.getName()));
            }
            header.add(Messages.Sheet_missing);
            sheet.row(header);
            for (Person trainee : grid.trainees()) {
                List<Object> row = new ArrayList<>(List.of(trainee.getName(), trainee.getIdentityNumber()));
                for (PlanSubject subject : grid.subjects()) {
                    Assessment assessment = grid.assessment(trainee, subject);
                    row.add(assessment == null ? "" : assessment.getScore()); //$NON-NLS-1$
                    row.add(assessment == null ? "" : TrainingTexts.grade(assessment.getGrade(), locale)); //$NON-NLS-1$
                }
                row.add(grid.missing(trainee));
                sheet.row(row);
            }
        }
    }
}
