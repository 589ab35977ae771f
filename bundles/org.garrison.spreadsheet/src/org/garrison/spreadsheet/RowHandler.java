package org.garrison.spreadsheet;

import java.util.List;

/** Receives a table file's rows one at a time, so that a 100,000-row file is never held whole. */
@FunctionalInterface
public interface RowHandler {

    /**
     * @param rowNumber the row's number as the user sees it in the spreadsheet program (the first row is 1)
     * @param cells the row's cells as text, empty strings for empty cells, no trailing empty cells
     */
    void row(int rowNumber, List<String> cells);
}
