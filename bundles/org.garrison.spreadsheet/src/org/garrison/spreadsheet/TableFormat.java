package org.garrison.spreadsheet;

import java.nio.file.Path;
import java.util.Locale;

import org.garrison.internal.spreadsheet.SpreadsheetMessages;

/** The table file formats staff exchange: Excel workbooks and comma-separated text. */
public enum TableFormat {
    XLSX("xlsx"), //$NON-NLS-1$
    CSV("csv"); //$NON-NLS-1$

    private final String extension;

    TableFormat(String extension) {
        this.extension = extension;
    }

    public String extension() {
        return extension;
    }

    /** The format a file's name says it has. */
    public static TableFormat of(Path file) throws SpreadsheetException {
        String name = file.getFileName().toString().toLowerCase(Locale.ROOT);
        for (TableFormat format : values()) {
            if (name.endsWith("." + format.extension)) { //$NON-NLS-1$
                return format;
            }
        }
        throw new SpreadsheetException(SpreadsheetMessages.format("unknownFormat", file.getFileName())); //$NON-NLS-1$
    }
}
