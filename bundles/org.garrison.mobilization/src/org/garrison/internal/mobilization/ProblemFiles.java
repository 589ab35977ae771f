package org.garrison.internal.mobilization;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import org.garrison.spreadsheet.TableFiles;
import org.garrison.spreadsheet.TableWriter;

/**
 * What goes back to a town about its file: a copy of the file with a 问题 column and the bad cells
 * marked, so that the town corrects its own file and sends it again; or the list of problems alone
 * (行号, 字段, 问题).
 */
public final class ProblemFiles {

    private ProblemFiles() {
    }

    /** The user's file again, every row as it was, with the row's problems in a last column and the cells they concern marked. */
    public static void writeAnnotated(Path source, ImportPlan plan, Path target) throws IOException {
        try (TableWriter writer = TableFiles.write(target, Messages.Problems_sheet)) {
            int[] width = { 0 };
            TableFiles.read(source, (number, cells) -> {
                List<Object> values = new ArrayList<>(cells);
                try {
                    if (number == 1) {
                        width[0] = cells.size();
                        values.add(Messages.Problems_column);
                        writer.row(values);
                        return;
                    }
                    List<ImportPlan.Problem> problems = plan.problemsOf(number);
                    Set<Integer> marked = problems.stream().map(ImportPlan.Problem::column).filter(column -> column >= 0).collect(Collectors.toSet());
                    // a row's empty cells at its end are not read: the problem column stays under its header
                    while (values.size() < width[0]) {
                        values.add(""); //$NON-NLS-1$
                    }
                    values.add(problems.stream().map(ProblemFiles::text).collect(Collectors.joining(Messages.Problems_fieldSeparator)));
                    writer.row(values, marked);
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            });
        } catch (UncheckedIOException e) {
            throw e.getCause();
        }
    }

    /** The problems alone, one a line: 行号, 字段, 问题. */
    public static void writeList(ImportPlan plan, Path target) throws IOException {
        try (TableWriter writer = TableFiles.write(target, Messages.Problems_sheet)) {
            writer.row(List.of(Messages.Problems_row, Messages.Problems_field, Messages.Problems_column));
            for (ImportPlan.Problem problem : plan.problems()) {
                writer.row(List.of(problem.row(), problem.field(), problem.message()));
            }
        }
    }

    private static String text(ImportPlan.Problem problem) {
        return problem.field().isEmpty() ? problem.message() : org.eclipse.osgi.util.NLS.bind(Messages.Problems_entry, problem.field(), problem.message());
    }
}
