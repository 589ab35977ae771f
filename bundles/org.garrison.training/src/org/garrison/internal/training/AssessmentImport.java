package org.garrison.internal.training;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.eclipse.emf.common.command.Command;
import org.eclipse.emf.common.command.CompoundCommand;
import org.eclipse.emf.edit.domain.EditingDomain;
import org.eclipse.osgi.util.NLS;
import org.garrison.model.core.Person;
import org.garrison.model.training.PlanSubject;
import org.garrison.spreadsheet.TableFiles;

/**
 * Scores from an .xlsx or .csv file as towns and instructors send them: a row per trainee (identity
 * number, else a name unique in the batch), a column per subject headed by its name (the grid's own
 * export reads back). Every problem is reported at once with its row, field and reason; the valid
 * scores are applied as one command, or nothing.
 */
public final class AssessmentImport {

    /** A score read from the file. */
    public record Score(int row, Person trainee, PlanSubject subject, double score) {
    }

    /** A problem of the file: its row (1 is the header), the column's header and why. */
    public record Problem(int row, String field, String message) {
    }

    private final List<Score> scores = new ArrayList<>();
    private final List<Problem> problems = new ArrayList<>();

    private AssessmentImport() {
    }

    public List<Score> scores() {
        return scores;
    }

    public List<Problem> problems() {
        return problems;
    }

    /** Reads the file against the grid's trainees and subjects; reads nothing into the batch. */
    public static AssessmentImport read(Path file, AssessmentGrid grid) throws IOException {
        AssessmentImport result = new AssessmentImport();
        Map<String, Person> byNumber = new HashMap<>();
        Map<String, List<Person>> byName = new HashMap<>();
        for (Person trainee : grid.trainees()) {
            if (trainee.getIdentityNumber() != null) {
                byNumber.put(trainee.getIdentityNumber().strip().toUpperCase(java.util.Locale.ROOT), trainee);
            }
            byName.computeIfAbsent(trainee.getName(), name -> new ArrayList<>()).add(trainee);
        }
        Map<String, PlanSubject> subjects = new HashMap<>();
        grid.subjects().forEach(subject -> subjects.put(subject.getName(), subject));
        int[] nameColumn = { -1 };
        int[] numberColumn = { -1 };
        List<String> headers = new ArrayList<>();
        Map<Integer, PlanSubject> subjectColumns = new java.util.TreeMap<>();
        TableFiles.read(file, (rowNumber, cells) -> {
            if (headers.isEmpty()) {
                headers.addAll(cells);
                for (int c = 0; c < cells.size(); c++) {
                    String header = cells.get(c).strip();
                    if (TrainingTexts.isNameHeader(header)) {
                        nameColumn[0] = c;
                    } else if (TrainingTexts.isIdentityHeader(header)) {
                        numberColumn[0] = c;
                    } else if (subjects.containsKey(header)) {
                        subjectColumns.put(c, subjects.get(header));
                    } else if (!header.isEmpty() && !TrainingTexts.isIgnoredHeader(header)) {
                        result.problems.add(new Problem(rowNumber, header, NLS.bind(Messages.Import_unknownSubject, header,
                                String.join(Messages.Texts_listSeparator, grid.subjects().stream().map(PlanSubject::getName).toList()))));
                    }
                }
                if (nameColumn[0] < 0 && numberColumn[0] < 0) {
                    result.problems.add(new Problem(rowNumber, "", Messages.Import_noPersonColumn)); //$NON-NLS-1$
                }
                return;
            }
            if (cells.stream().allMatch(String::isBlank)) {
                return;
            }
            Person trainee = result.trainee(rowNumber, cell(cells, numberColumn[0]), cell(cells, nameColumn[0]), byNumber, byName,
                    numberColumn[0] >= 0 ? headers.get(numberColumn[0]) : headers.get(nameColumn[0]));
            for (Map.Entry<Integer, PlanSubject> column : subjectColumns.entrySet()) {
                String text = cell(cells, column.getKey()).strip();
                String header = headers.get(column.getKey());
                if (text.isEmpty()) {
                    result.problems.add(new Problem(rowNumber, header, Messages.Import_emptyScore));
                    continue;
                }
                Double score = TrainingTexts.parseScore(text);
                if (score == null) {
                    result.problems.add(new Problem(rowNumber, header, NLS.bind(Messages.Import_notANumber, text)));
                } else if (score < 0 || score > 100) {
                    result.problems.add(new Problem(rowNumber, header, NLS.bind(Messages.Import_outOfRange, text)));
                } else if (trainee != null) {
                    result.scores.add(new Score(rowNumber, trainee, column.getValue(), score));
                }
            }
        });
        if (headers.isEmpty()) {
            result.problems.add(new Problem(1, "", Messages.Import_empty)); //$NON-NLS-1$
        }
        return result;
    }

    private Person trainee(int row, String number, String name, Map<String, Person> byNumber, Map<String, List<Person>> byName, String field) {
        if (!number.isBlank()) {
            Person trainee = byNumber.get(number.strip().toUpperCase(java.util.Locale.ROOT));
            if (trainee == null) {
                problems.add(new Problem(row, field, NLS.bind(Messages.Import_unknownNumber, number.strip(), name.strip())));
            }
            return trainee;
        }
        List<Person> named = byName.getOrDefault(name.strip(), List.of());
        if (named.size() == 1) {
            return named.get(0);
        }
        problems.add(new Problem(row, field, named.isEmpty() ? NLS.bind(Messages.Import_unknownName, name.strip())
                : NLS.bind(Messages.Import_ambiguousName, name.strip(), named.size())));
        return null;
    }

    private static String cell(List<String> cells, int column) {
        return column >= 0 && column < cells.size() ? cells.get(column) : ""; //$NON-NLS-1$
    }

    /** The valid scores as one command on the grid. */
    public Command apply(EditingDomain domain, AssessmentGrid grid) {
        CompoundCommand all = new CompoundCommand(NLS.bind(Messages.Import_commandLabel, scores.size()));
        // a later row for the same cell wins, as a person reading the file top to bottom would expect
        Map<List<Object>, Score> last = new java.util.LinkedHashMap<>();
        scores.forEach(score -> last.put(List.of(score.trainee(), score.subject()), score));
        for (Score score : last.values()) {
            all.append(grid.setScore(domain, score.trainee(), score.subject(), score.score()));
        }
        return all;
    }
}
