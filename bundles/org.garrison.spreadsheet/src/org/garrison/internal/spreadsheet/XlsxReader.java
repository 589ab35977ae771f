package org.garrison.internal.spreadsheet;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.zip.ZipEntry;
import java.util.zip.ZipException;
import java.util.zip.ZipFile;

import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;

import org.garrison.spreadsheet.RowHandler;
import org.garrison.spreadsheet.SpreadsheetException;

/**
 * Reads the first sheet of an Office Open XML workbook as written by Excel, WPS or LibreOffice,
 * streaming its rows: shared and inline strings, numbers written as people write them, and
 * numbers in date-formatted cells as ISO dates (2024-03-01).
 */
public final class XlsxReader {

    private static final String RELATIONSHIPS = "http://schemas.openxmlformats.org/officeDocument/2006/relationships"; //$NON-NLS-1$
    /** Excel's built-in number formats that show dates. */
    private static final Set<Integer> BUILT_IN_DATE_FORMATS = Set.of(14, 15, 16, 17, 22, 27, 30, 31, 36, 50, 57);
    private static final LocalDate EXCEL_EPOCH = LocalDate.of(1899, 12, 30);

    private final ZipFile zip;
    private final XMLInputFactory xml = XMLInputFactory.newFactory();
    private List<String> sharedStrings = List.of();
    private Set<Integer> dateStyles = Set.of();

    private XlsxReader(ZipFile zip) {
        this.zip = zip;
        xml.setProperty(XMLInputFactory.SUPPORT_DTD, false);
        xml.setProperty(XMLInputFactory.IS_NAMESPACE_AWARE, true);
    }

    public static void read(Path file, RowHandler handler) throws IOException {
        ZipFile zip;
        try {
            zip = new ZipFile(file.toFile());
        } catch (ZipException e) {
            throw new SpreadsheetException(SpreadsheetMessages.format("notWorkbook", file.getFileName(), e.getMessage()), e); //$NON-NLS-1$
        }
        try (zip) {
            XlsxReader reader = new XlsxReader(zip);
            String sheet = reader.firstSheet(file);
            reader.sharedStrings = reader.readSharedStrings();
            reader.dateStyles = reader.readDateStyles();
            reader.readSheet(sheet, handler);
        } catch (XMLStreamException e) {
            throw new SpreadsheetException(SpreadsheetMessages.format("notWorkbook", file.getFileName(), e.getMessage()), e); //$NON-NLS-1$
        }
    }

    private InputStream open(String name) throws IOException {
        ZipEntry entry = zip.getEntry(name);
        return entry == null ? null : zip.getInputStream(entry);
    }

    /** The part name of the workbook's first sheet, through the workbook's relationships. */
    private String firstSheet(Path file) throws IOException, XMLStreamException {
        String relationship = null;
        try (InputStream in = open("xl/workbook.xml")) { //$NON-NLS-1$
            if (in == null) {
                throw new SpreadsheetException(SpreadsheetMessages.format("notWorkbook", file.getFileName(), "xl/workbook.xml")); //$NON-NLS-1$ //$NON-NLS-2$
            }
            XMLStreamReader reader = xml.createXMLStreamReader(in);
            while (reader.hasNext() && relationship == null) {
                if (reader.next() == XMLStreamConstants.START_ELEMENT && "sheet".equals(reader.getLocalName())) { //$NON-NLS-1$
                    relationship = reader.getAttributeValue(RELATIONSHIPS, "id"); //$NON-NLS-1$
                }
            }
        }
        if (relationship == null) {
            throw new SpreadsheetException(SpreadsheetMessages.format("noSheet", file.getFileName())); //$NON-NLS-1$
        }
        try (InputStream in = open("xl/_rels/workbook.xml.rels")) { //$NON-NLS-1$
            XMLStreamReader reader = xml.createXMLStreamReader(in);
            while (reader.hasNext()) {
                if (reader.next() == XMLStreamConstants.START_ELEMENT && relationship.equals(reader.getAttributeValue(null, "Id"))) { //$NON-NLS-1$
                    String target = reader.getAttributeValue(null, "Target"); //$NON-NLS-1$
                    return target.startsWith("/") ? target.substring(1) : "xl/" + target; //$NON-NLS-1$ //$NON-NLS-2$
                }
            }
        }
        throw new SpreadsheetException(SpreadsheetMessages.format("noSheet", file.getFileName())); //$NON-NLS-1$
    }

    private List<String> readSharedStrings() throws IOException, XMLStreamException {
        List<String> strings = new ArrayList<>();
        try (InputStream in = open("xl/sharedStrings.xml")) { //$NON-NLS-1$
            if (in == null) {
                return strings;
            }
            XMLStreamReader reader = xml.createXMLStreamReader(in);
            StringBuilder text = new StringBuilder();
            boolean phonetic = false;
            while (reader.hasNext()) {
                int event = reader.next();
                if (event == XMLStreamConstants.START_ELEMENT) {
                    switch (reader.getLocalName()) {
                    case "si" -> text.setLength(0); //$NON-NLS-1$
                    case "rPh" -> phonetic = true; //$NON-NLS-1$
                    case "t" -> { //$NON-NLS-1$
                        String content = reader.getElementText();
                        if (!phonetic) {
                            text.append(content);
                        }
                    }
                    default -> {
                        // formatting runs and properties carry no text of their own
                    }
                    }
                } else if (event == XMLStreamConstants.END_ELEMENT) {
                    if ("si".equals(reader.getLocalName())) { //$NON-NLS-1$
                        strings.add(text.toString());
                    } else if ("rPh".equals(reader.getLocalName())) { //$NON-NLS-1$
                        phonetic = false;
                    }
                }
            }
        }
        return strings;
    }

    /** The cell style indexes whose number format shows a date. */
    private Set<Integer> readDateStyles() throws IOException, XMLStreamException {
        Set<Integer> dates = new HashSet<>();
        try (InputStream in = open("xl/styles.xml")) { //$NON-NLS-1$
            if (in == null) {
                return dates;
            }
            XMLStreamReader reader = xml.createXMLStreamReader(in);
            Map<Integer, String> customFormats = new HashMap<>();
            boolean inCellXfs = false;
            int index = 0;
            while (reader.hasNext()) {
                int event = reader.next();
                if (event == XMLStreamConstants.START_ELEMENT) {
                    switch (reader.getLocalName()) {
                    case "numFmt" -> customFormats.put(Integer.parseInt(reader.getAttributeValue(null, "numFmtId")), //$NON-NLS-1$ //$NON-NLS-2$
                            reader.getAttributeValue(null, "formatCode")); //$NON-NLS-1$
                    case "cellXfs" -> inCellXfs = true; //$NON-NLS-1$
                    case "xf" -> { //$NON-NLS-1$
                        if (inCellXfs) {
                            String id = reader.getAttributeValue(null, "numFmtId"); //$NON-NLS-1$
                            int format = id == null ? 0 : Integer.parseInt(id);
                            if (BUILT_IN_DATE_FORMATS.contains(format) || isDateFormat(customFormats.get(format))) {
                                dates.add(index);
                            }
                            index++;
                        }
                    }
                    default -> {
                        // fonts, fills and borders say nothing about dates
                    }
                    }
                } else if (event == XMLStreamConstants.END_ELEMENT && "cellXfs".equals(reader.getLocalName())) { //$NON-NLS-1$
                    inCellXfs = false;
                }
            }
        }
        return dates;
    }

    /** A custom format is a date format when, outside quoted text and brackets, it has y, m or d (not only m of a time). */
    static boolean isDateFormat(String code) {
        if (code == null) {
            return false;
        }
        String bare = code.replaceAll("\"[^\"]*\"|\\[[^\\]]*\\]|\\\\.", ""); //$NON-NLS-1$ //$NON-NLS-2$
        return bare.matches("(?i).*[yd].*") || bare.matches(".*[mM].*") && !bare.matches("(?i)[hms:.\\s0ap/]*"); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
    }

    private void readSheet(String part, RowHandler handler) throws IOException, XMLStreamException {
        try (InputStream in = open(part)) {
            XMLStreamReader reader = xml.createXMLStreamReader(in);
            List<String> cells = new ArrayList<>();
            int rowNumber = 0;
            int column = 0;
            String type = null;
            int style = 0;
            String value = null;
            while (reader.hasNext()) {
                int event = reader.next();
                if (event == XMLStreamConstants.START_ELEMENT) {
                    switch (reader.getLocalName()) {
                    case "row" -> { //$NON-NLS-1$
                        String r = reader.getAttributeValue(null, "r"); //$NON-NLS-1$
                        rowNumber = r == null ? rowNumber + 1 : Integer.parseInt(r);
                        cells = new ArrayList<>();
                        column = 0;
                    }
                    case "c" -> { //$NON-NLS-1$
                        String r = reader.getAttributeValue(null, "r"); //$NON-NLS-1$
                        if (r != null) {
                            column = Cells.columnOf(r);
                        }
                        type = reader.getAttributeValue(null, "t"); //$NON-NLS-1$
                        String s = reader.getAttributeValue(null, "s"); //$NON-NLS-1$
                        style = s == null ? 0 : Integer.parseInt(s);
                        value = null;
                    }
                    case "v" -> value = reader.getElementText(); //$NON-NLS-1$
                    case "t" -> value = value == null ? reader.getElementText() : value + reader.getElementText(); //$NON-NLS-1$
                    default -> {
                        // formulas, inline string wrappers: the cached value or text is what counts
                    }
                    }
                } else if (event == XMLStreamConstants.END_ELEMENT) {
                    if ("c".equals(reader.getLocalName())) { //$NON-NLS-1$
                        while (cells.size() < column) {
                            cells.add(""); //$NON-NLS-1$
                        }
                        cells.add(cellText(type, style, value));
                        column++;
                    } else if ("row".equals(reader.getLocalName())) { //$NON-NLS-1$
                        int end = cells.size();
                        while (end > 0 && cells.get(end - 1).isEmpty()) {
                            end--;
                        }
                        handler.row(rowNumber, List.copyOf(cells.subList(0, end)));
                    }
                }
            }
        }
    }

    private String cellText(String type, int style, String value) {
        if (value == null) {
            return ""; //$NON-NLS-1$
        }
        if ("s".equals(type)) { //$NON-NLS-1$
            int index = Integer.parseInt(value.strip());
            return index < sharedStrings.size() ? sharedStrings.get(index) : ""; //$NON-NLS-1$
        }
        if ("b".equals(type)) { //$NON-NLS-1$
            return "1".equals(value.strip()) ? "TRUE" : "FALSE"; //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
        }
        if (type == null || "n".equals(type)) { //$NON-NLS-1$
            try {
                double number = Double.parseDouble(value);
                if (dateStyles.contains(style)) {
                    return EXCEL_EPOCH.plusDays((long) Math.floor(number)).toString();
                }
                return Cells.number(number);
            } catch (NumberFormatException e) {
                return value;
            }
        }
        return value;
    }
}
