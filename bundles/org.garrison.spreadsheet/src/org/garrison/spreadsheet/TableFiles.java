package org.garrison.spreadsheet;

import java.io.IOException;
import java.nio.file.Path;

import org.garrison.internal.spreadsheet.CsvReader;
import org.garrison.internal.spreadsheet.CsvWriter;
import org.garrison.internal.spreadsheet.XlsxReader;
import org.garrison.internal.spreadsheet.XlsxWriter;

/** Reads and writes tables as .xlsx or .csv files, chosen by the file's extension. */
public final class TableFiles {

    private TableFiles() {
    }

    /** Hands every row of the file's first sheet to the handler, in order. */
    public static void read(Path file, RowHandler handler) throws IOException {
        switch (TableFormat.of(file)) {
        case XLSX -> XlsxReader.read(file, handler);
        case CSV -> CsvReader.read(file, handler);
        }
    }

    /** A writer for a new file (replacing one that exists); the first row written is the header. */
    public static TableWriter write(Path file, String sheetName) throws IOException {
        return switch (TableFormat.of(file)) {
        case XLSX -> new XlsxWriter(file, sheetName);
        case CSV -> new CsvWriter(file);
        };
    }
}
