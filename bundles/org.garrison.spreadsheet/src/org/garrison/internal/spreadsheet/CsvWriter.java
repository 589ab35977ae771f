package org.garrison.internal.spreadsheet;

import java.io.BufferedWriter;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.garrison.spreadsheet.TableWriter;

/** Writes UTF-8 comma-separated text with a byte order mark, so that Excel shows the Chinese right. */
public final class CsvWriter implements TableWriter {

    private final BufferedWriter out;

    public CsvWriter(Path file) throws IOException {
        out = Files.newBufferedWriter(file, StandardCharsets.UTF_8);
        out.write('\uFEFF');
    }

    @Override
    public void row(List<?> values) throws IOException {
        for (int i = 0; i < values.size(); i++) {
            if (i > 0) {
                out.write(',');
            }
            out.write(quoted(Cells.text(values.get(i))));
        }
        out.write("\r\n"); //$NON-NLS-1$
    }

    private static String quoted(String text) {
        if (text.indexOf(',') < 0 && text.indexOf('"') < 0 && text.indexOf('\n') < 0 && text.indexOf('\r') < 0) {
            return text;
        }
        return '"' + text.replace("\"", "\"\"") + '"'; //$NON-NLS-1$ //$NON-NLS-2$
    }

    @Override
    public void close() throws IOException {
        out.close();
    }
}
