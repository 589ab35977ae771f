package org.garrison.internal.report.document;

import static org.garrison.internal.report.document.OfficialDocumentStyle.BODY_FONT;
import static org.garrison.internal.report.document.OfficialDocumentStyle.HEADING_FONT;
import static org.garrison.internal.report.document.OfficialDocumentStyle.TEXT_WIDTH_MM;
import static org.garrison.internal.report.document.OfficialDocumentStyle.twips;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.apache.poi.xwpf.usermodel.ParagraphAlignment;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableCell;
import org.apache.poi.xwpf.usermodel.XWPFTableRow;

/**
 * A register form or a list as a Word document in the report's official style (page, fonts, page
 * numbers of GB/T 9704): a title, then blocks of label–value rows, tables and paragraphs. Tables are
 * set in 四号 仿宋, header rows in 黑体 and repeated on every page.
 */
public final class FormDocxWriter {

    /** 四号: tables of a register read better a size below the body text. */
    private static final double TABLE_PT = 14;

    /** One block of the form. */
    public sealed interface Block {
    }

    /** Rows of label and value, as a paper register's record page. */
    public record Fields(List<String[]> rows) implements Block {
    }

    /** A table with a header row. */
    public record Table(List<String> headers, List<List<String>> rows) implements Block {
    }

    /** A heading (黑体) or a paragraph (仿宋). */
    public record Text(String text, boolean heading) implements Block {
    }

    public void write(String title, List<Block> blocks, Path file) throws IOException {
        try (XWPFDocument document = new XWPFDocument(); OutputStream out = Files.newOutputStream(file)) {
            DocxRenderer.page(document);
            DocxRenderer.title(document, title);
            for (Block block : blocks) {
                switch (block) {
                    case Fields fields -> table(document, null, fields.rows().stream().map(List::of).toList());
                    case Table table -> table(document, table.headers(), table.rows());
                    case Text text -> DocxRenderer.text(document, text.text(), text.heading() ? HEADING_FONT : BODY_FONT, !text.heading());
                }
            }
            DocxRenderer.pageNumbers(document);
            document.write(out);
        }
    }

    private static void table(XWPFDocument document, List<String> headers, List<? extends List<String>> rows) {
        int columns = headers != null ? headers.size() : rows.isEmpty() ? 2 : rows.get(0).size();
        XWPFTable table = document.createTable(Math.max(1, rows.size() + (headers == null ? 0 : 1)), columns);
        table.setWidth((int) twips(TEXT_WIDTH_MM));
        int row = 0;
        if (headers != null) {
            XWPFTableRow header = table.getRow(row++);
            header.setRepeatHeader(true);
            for (int c = 0; c < columns; c++) {
                cell(header.getCell(c), headers.get(c), HEADING_FONT, ParagraphAlignment.CENTER);
            }
        }
        for (List<String> values : rows) {
            XWPFTableRow line = table.getRow(row++);
            line.setCantSplitRow(true);
            for (int c = 0; c < columns; c++) {
                String value = c < values.size() && values.get(c) != null ? values.get(c) : ""; //$NON-NLS-1$
                cell(line.getCell(c), value, headers == null && c == 0 ? HEADING_FONT : BODY_FONT, ParagraphAlignment.LEFT);
            }
        }
        document.createParagraph();
    }

    private static void cell(XWPFTableCell cell, String text, String font, ParagraphAlignment alignment) {
        XWPFParagraph paragraph = cell.getParagraphs().get(0);
        paragraph.setAlignment(alignment);
        DocxRenderer.run(paragraph, text, font, TABLE_PT);
    }
}
