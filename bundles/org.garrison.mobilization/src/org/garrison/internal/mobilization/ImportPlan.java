package org.garrison.internal.mobilization;

import java.util.List;
import java.util.Map;

import org.eclipse.core.runtime.IProgressMonitor;
import org.garrison.model.mobilization.MilitiaUnit;
import org.garrison.store.StoreException;

/**
 * A checked roster file: every row with its values, its problems and what importing it would change.
 * Importing changes the session by the valid rows that change something, and commits them in one
 * transaction; rows that say what is stored already write nothing.
 */
public final class ImportPlan {

    /** A problem of one row: the row's number as the spreadsheet shows it, the field, what is wrong and how to fix it, and the file's column (-1: none). */
    public record Problem(int row, String field, String message, int column) {
    }

    /** What importing a valid row does. */
    public enum Change {
        ADD, UPDATE, NONE
    }

    /** One data row of the file: the values read, its problems (none: it can be imported) and its change (null when it has problems). */
    public record Row(int number, Map<ImportField, Object> values, List<Problem> problems, Change change) {
        public boolean valid() {
            return problems.isEmpty();
        }
    }

    private final RosterImport importer;
    private final List<Row> rows;
    private final Map<Integer, ImportField> mapping;

    ImportPlan(RosterImport importer, List<Row> rows, Map<Integer, ImportField> mapping) {
        this.importer = importer;
        this.rows = List.copyOf(rows);
        this.mapping = Map.copyOf(mapping);
    }

    public List<Row> rows() {
        return rows;
    }

    public List<Row> validRows() {
        return rows.stream().filter(Row::valid).toList();
    }

    public List<Row> refusedRows() {
        return rows.stream().filter(row -> !row.valid()).toList();
    }

    public List<Problem> problems() {
        return rows.stream().flatMap(row -> row.problems().stream()).toList();
    }

    /** The problems of the row with that number (as the spreadsheet numbers it). */
    public List<Problem> problemsOf(int rowNumber) {
        return rows.stream().filter(row -> row.number() == rowNumber).flatMap(row -> row.problems().stream()).toList();
    }

    public Map<Integer, ImportField> mapping() {
        return mapping;
    }

    private int count(Change change) {
        return (int) rows.stream().filter(row -> row.change() == change).count();
    }

    /** Valid rows that add a member. */
    public int newMembers() {
        return count(Change.ADD);
    }

    /** Valid rows that change a stored member. */
    public int updatedMembers() {
        return count(Change.UPDATE);
    }

    /** Valid rows that say what is stored already. */
    public int unchangedMembers() {
        return count(Change.NONE);
    }

    /** The units importing creates for places that have none: shown to the user before anything is written. */
    public List<MilitiaUnit> newUnits() {
        return importer.newUnits();
    }

    /** Places with several units where the user has still to choose one, with their units. */
    public Map<String, List<MilitiaUnit>> placesToChoose() {
        return importer.placesToChoose();
    }

    /** Puts the valid rows that change something into the session and commits it: all of them or, cancelled or refused, none. */
    public void importValidRows(IProgressMonitor monitor) throws StoreException {
        try {
            rows.stream().filter(row -> row.change() == Change.ADD || row.change() == Change.UPDATE).forEach(importer::apply);
            importer.session().commit(monitor);
        } catch (StoreException | RuntimeException e) {
            importer.session().rollback();
            throw e;
        }
    }
}
