package org.garrison.internal.spreadsheet;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

import org.garrison.spreadsheet.TableWriter;

/**
 * Writes an Office Open XML workbook of one sheet, streaming its rows: the first row is the header
 * (bold, frozen while scrolling), text cells are inline strings, numbers are numbers.
 */
public final class XlsxWriter implements TableWriter {

    private final ZipOutputStream zip;
    private final BufferedWriter sheet;
    private int rowNumber;

    public XlsxWriter(Path file, String sheetName) throws IOException {
        zip = new ZipOutputStream(Files.newOutputStream(file), StandardCharsets.UTF_8);
        part("[Content_Types].xml", """
                <?xml version="1.0" encoding="UTF-8" standalone="yes"?>
                <Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">\
                <Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>\
                <Default Extension="xml" ContentType="application/xml"/>\
                <Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/>\
                <Override PartName="/xl/worksheets/sheet1.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/>\
                <Override PartName="/xl/styles.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.styles+xml"/>\
                </Types>""");
        part("_rels/.rels", """
                <?xml version="1.0" encoding="UTF-8" standalone="yes"?>
                <Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">\
                <Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="xl/workbook.xml"/>\
                </Relationships>""");
        part("xl/workbook.xml", """
                <?xml version="1.0" encoding="UTF-8" standalone="yes"?>
                <workbook xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" \
                xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships">\
                <sheets><sheet name="%s" sheetId="1" r:id="rId1"/></sheets></workbook>""".formatted(escape(sheetName(sheetName))));
        part("xl/_rels/workbook.xml.rels", """
                <?xml version="1.0" encoding="UTF-8" standalone="yes"?>
                <Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">\
                <Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet" Target="worksheets/sheet1.xml"/>\
                <Relationship Id="rId2" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/styles" Target="styles.xml"/>\
                </Relationships>""");
        part("xl/styles.xml", """
                <?xml version="1.0" encoding="UTF-8" standalone="yes"?>
                <styleSheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main">\
                <fonts count="2"><font><sz val="11"/><name val="等线"/></font><font><b/><sz val="11"/><name val="等线"/></font></fonts>\
                <fills count="3"><fill><patternFill patternType="none"/></fill><fill><patternFill patternType="gray125"/></fill>\
                <fill><patternFill patternType="solid"><fgColor rgb="FFFFC7CE"/><bgColor indexed="64"/></patternFill></fill></fills>\
                <borders count="1"><border><left/><right/><top/><bottom/><diagonal/></border></borders>\
                <cellStyleXfs count="1"><xf numFmtId="0" fontId="0" fillId="0" borderId="0"/></cellStyleXfs>\
                <cellXfs count="3"><xf numFmtId="0" fontId="0" fillId="0" borderId="0" xfId="0"/>\
                <xf numFmtId="0" fontId="1" fillId="0" borderId="0" xfId="0" applyFont="1"/>\
                <xf numFmtId="0" fontId="0" fillId="2" borderId="0" xfId="0" applyFill="1"/></cellXfs>\
                </styleSheet>""");
        zip.putNextEntry(new ZipEntry("xl/worksheets/sheet1.xml")); //$NON-NLS-1$
        sheet = new BufferedWriter(new OutputStreamWriter(zip, StandardCharsets.UTF_8), 1 << 16);
        sheet.write("""
                <?xml version="1.0" encoding="UTF-8" standalone="yes"?>
                <worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main">\
                <sheetViews><sheetView workbookViewId="0"><pane ySplit="1" topLeftCell="A2" activePane="bottomLeft" state="frozen"/></sheetView></sheetViews>\
                <sheetData>"""); //$NON-NLS-1$
    }

    /** Excel refuses sheet names longer than 31 characters or with []:*?/\ in them. */
    private static String sheetName(String name) {
        String cleaned = name.replaceAll("[\\[\\]:*?/\\\\]", " ").strip(); //$NON-NLS-1$ //$NON-NLS-2$
        return cleaned.isEmpty() ? "Sheet1" : cleaned.substring(0, Math.min(31, cleaned.length())); //$NON-NLS-1$
    }

    private void part(String name, String content) throws IOException {
        zip.putNextEntry(new ZipEntry(name));
        zip.write(content.getBytes(StandardCharsets.UTF_8));
        zip.closeEntry();
    }

    @Override
    public void row(List<?> values) throws IOException {
        row(values, java.util.Set.of());
    }

    /** The marked cells get the third style: a light red fill. */
    @Override
    public void row(List<?> values, java.util.Set<Integer> marked) throws IOException {
        rowNumber++;
        String plain = rowNumber == 1 ? " s=\"1\"" : ""; //$NON-NLS-1$ //$NON-NLS-2$
        sheet.write("<row r=\"" + rowNumber + "\">"); //$NON-NLS-1$ //$NON-NLS-2$
        for (int i = 0; i < values.size(); i++) {
            Object value = values.get(i);
            if (value == null && !marked.contains(i)) {
                continue;
            }
            if (value == null) {
                value = ""; //$NON-NLS-1$
            }
            String reference = Cells.column(i) + rowNumber;
            String style = marked.contains(i) ? " s=\"2\"" : plain; //$NON-NLS-1$
            if (value instanceof Number number && !(value instanceof java.math.BigInteger)) {
                sheet.write("<c r=\"" + reference + "\"" + style + "><v>" + Cells.text(number) + "</v></c>"); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$
            } else {
                sheet.write("<c r=\"" + reference + "\"" + style + " t=\"inlineStr\"><is><t xml:space=\"preserve\">" //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
                        + escape(Cells.text(value)) + "</t></is></c>"); //$NON-NLS-1$
            }
        }
        sheet.write("</row>"); //$NON-NLS-1$
    }

    private static String escape(String text) {
        StringBuilder escaped = new StringBuilder(text.length() + 16);
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            switch (c) {
            case '&' -> escaped.append("&amp;"); //$NON-NLS-1$
            case '<' -> escaped.append("&lt;"); //$NON-NLS-1$
            case '>' -> escaped.append("&gt;"); //$NON-NLS-1$
            case '"' -> escaped.append("&quot;"); //$NON-NLS-1$
            default -> {
                // XML 1.0 forbids most control characters; a spreadsheet cell has no use for them.
                if (c >= 0x20 || c == '\t' || c == '\n' || c == '\r') {
                    escaped.append(c);
                }
            }
            }
        }
        return escaped.toString();
    }

    @Override
    public void close() throws IOException {
        sheet.write("</sheetData></worksheet>"); //$NON-NLS-1$
        sheet.flush();
        zip.closeEntry();
        zip.close();
    }
}
