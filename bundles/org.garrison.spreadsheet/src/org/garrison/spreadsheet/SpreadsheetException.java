package org.garrison.spreadsheet;

import java.io.IOException;

/** A table file that cannot be read or written; the message says which file and why, for the user. */
public class SpreadsheetException extends IOException {

    private static final long serialVersionUID = 1L;

    public SpreadsheetException(String message) {
        super(message);
    }

    public SpreadsheetException(String message, Throwable cause) {
        super(message, cause);
    }
}
