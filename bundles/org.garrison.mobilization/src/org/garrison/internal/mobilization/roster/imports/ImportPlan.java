package org.garrison.internal.mobilization.roster.imports;

import java.util.List;
import java.util.Map;

import org.eclipse.core.runtime.IProgressMonitor;
import org.garrison.store.StoreException;

/**
 * A checked roster file: every row with its values and its problems. Applying it changes the
 * session by the valid rows only; committing the session then writes them in one transaction.
 */
public final class ImportPlan {

    /** A problem of one row: the row's number as the spreadsheet shows it, the field, what is wrong and how to fix it. */
    public record Problem(int row, String field, String message) {
    }

    /** One data row of the file: the values read, and its problems (none: it can be imported). */
    public record Row(int number, Map<ImportField, Object> values, List<Problem> problems) {
        public boolean valid() {
            return problems.isEmpty();
        }
    }

    private final RosterImport importer;
    private final List<Row> rows;
    private final int newMembers;

    ImportPlan(RosterImport importer, List<Row> rows) {
        this.importer = importer;
        this.rows = List.copyOf(rows);
        this.newMembers = (int) rows.stream().filter(Row::valid).filter(importer::isNew).count();
    }

    public List<Row> rows() {
        return rows;
    }

    public List<Row> validRows() {
        return rows.stream().filter(Row::valid).toList();
    }

    public List<Problem> problems() {
        return rows.stream().flatMap(row -> row.problems().stream()).toList();
    }

    /** Valid rows that add a member. */
    public int newMembers() {
        return newMembers;
    }

    /** Valid rows that update a stored member. */
    public int updatedMembers() {
        return validRows().size() - newMembers;
    }

    /** Puts the valid rows into the session and commits it: all of them or, cancelled or refused, none. */
    public void importValidRows(IProgressMonitor monitor) throws StoreException {
        validRows().forEach(importer::apply);
        try {
            importer.session().commit(monitor);
        } catch (StoreException | RuntimeException e) {
            importer.session().rollback();
            throw e;
        }
    }
}
