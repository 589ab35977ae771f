package org.garrison.spreadsheet;

import java.io.IOException;
import java.util.List;

/**
 * Writes a table row by row. Numbers are written as numbers, everything else as text (an identity
 * number stays text, so no spreadsheet program turns it into 4.1E+17).
 */
public interface TableWriter extends AutoCloseable {

    void row(List<?> values) throws IOException;

    /**
     * A row whose cells at the given positions are marked (filled red in a workbook) for the reader's
     * attention; a CSV file has no marks and writes the values only.
     */
    default void row(List<?> values, java.util.Set<Integer> marked) throws IOException {
        row(values);
    }

    @Override
    void close() throws IOException;
}
