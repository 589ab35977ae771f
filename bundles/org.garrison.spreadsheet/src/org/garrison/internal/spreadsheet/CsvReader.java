package org.garrison.internal.spreadsheet;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.garrison.spreadsheet.RowHandler;
import org.garrison.spreadsheet.SpreadsheetException;

/**
 * Reads comma-separated text (RFC 4180: quoted fields, doubled quotes, line breaks inside quotes);
 * rows are numbered as a spreadsheet program numbers them, one per record.
 * Chinese Excel and WPS save CSV in GB18030 unless told otherwise, so text that is not UTF-8 is
 * read as GB18030; a UTF-8 byte order mark is skipped.
 */
public final class CsvReader {

    private static final Charset GB18030 = Charset.forName("GB18030"); //$NON-NLS-1$

    private CsvReader() {
    }

    public static void read(Path file, RowHandler handler) throws IOException {
        String text = decode(Files.readAllBytes(file));
        List<String> cells = new ArrayList<>();
        StringBuilder cell = new StringBuilder();
        boolean quoted = false;
        int row = 1;
        int start = !text.isEmpty() && text.charAt(0) == '\uFEFF' ? 1 : 0;
        for (int i = start; i < text.length(); i++) {
            char c = text.charAt(i);
            if (quoted) {
                if (c == '"') {
                    if (i + 1 < text.length() && text.charAt(i + 1) == '"') {
                        cell.append('"');
                        i++;
                    } else {
                        quoted = false;
                    }
                } else {
                    cell.append(c);
                }
            } else if (c == '"' && cell.isEmpty()) {
                quoted = true;
            } else if (c == ',') {
                cells.add(cell.toString());
                cell.setLength(0);
            } else if (c == '\r' || c == '\n') {
                if (c == '\r' && i + 1 < text.length() && text.charAt(i + 1) == '\n') {
                    i++;
                }
                cells.add(cell.toString());
                cell.setLength(0);
                emit(handler, row++, cells);
                cells = new ArrayList<>();
            } else {
                cell.append(c);
            }
        }
        if (quoted) {
            throw new SpreadsheetException(SpreadsheetMessages.format("unclosedQuote", file.getFileName(), row)); //$NON-NLS-1$
        }
        if (!cell.isEmpty() || !cells.isEmpty()) {
            cells.add(cell.toString());
            emit(handler, row, cells);
        }
    }

    private static void emit(RowHandler handler, int row, List<String> cells) {
        int end = cells.size();
        while (end > 0 && cells.get(end - 1).isEmpty()) {
            end--;
        }
        handler.row(row, List.copyOf(cells.subList(0, end)));
    }

    private static String decode(byte[] bytes) {
        try {
            return StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(bytes)).toString();
        } catch (CharacterCodingException notUtf8) {
            return new String(bytes, GB18030);
        }
    }
}
