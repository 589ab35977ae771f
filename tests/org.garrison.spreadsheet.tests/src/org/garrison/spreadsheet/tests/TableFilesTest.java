package org.garrison.spreadsheet.tests;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

import org.garrison.spreadsheet.SpreadsheetException;
import org.garrison.spreadsheet.TableFiles;
import org.garrison.spreadsheet.TableWriter;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class TableFilesTest {

    @TempDir
    Path folder;

    private Locale before;

    @BeforeEach
    void chinese() {
        before = Locale.getDefault();
        Locale.setDefault(Locale.SIMPLIFIED_CHINESE);
    }

    @AfterEach
    void restore() {
        Locale.setDefault(before);
    }

    private record Row(int number, List<String> cells) {
    }

    private static List<Row> read(Path file) throws IOException {
        List<Row> rows = new ArrayList<>();
        TableFiles.read(file, (number, cells) -> rows.add(new Row(number, cells)));
        return rows;
    }

    private void writeTable(Path file) throws IOException {
        try (TableWriter writer = TableFiles.write(file, "民兵名册")) {
            writer.row(List.of("姓名", "身份证号", "年龄", "备注"));
            writer.row(List.of("赵一", "110101199003071234", 36, "逗号,引号\"和<尖括号>&"));
            writer.row(java.util.Arrays.asList("钱二", "11010119950815002X", 31.5, null));
        }
    }

    @Test
    void anXlsxWorkbookReadsBackAsWritten() throws IOException {
        Path file = folder.resolve("名册.xlsx");
        writeTable(file);
        assertThat(read(file)).containsExactly(
                new Row(1, List.of("姓名", "身份证号", "年龄", "备注")),
                new Row(2, List.of("赵一", "110101199003071234", "36", "逗号,引号\"和<尖括号>&")),
                new Row(3, List.of("钱二", "11010119950815002X", "31.5")));
    }

    @Test
    void aCsvFileReadsBackAsWrittenAndStartsWithAByteOrderMark() throws IOException {
        Path file = folder.resolve("名册.csv");
        writeTable(file);
        assertThat(Files.readAllBytes(file)).startsWith(0xEF, 0xBB, 0xBF);
        assertThat(Files.readString(file)).contains("\"逗号,引号\"\"和<尖括号>&\"\r\n");
        assertThat(read(file)).containsExactly(
                new Row(1, List.of("姓名", "身份证号", "年龄", "备注")),
                new Row(2, List.of("赵一", "110101199003071234", "36", "逗号,引号\"和<尖括号>&")),
                new Row(3, List.of("钱二", "11010119950815002X", "31.5")));
    }

    @Test
    void aCsvFileSavedByChineseExcelInGb18030IsReadRight() throws IOException {
        Path file = folder.resolve("gbk.csv");
        Files.write(file, "姓名,乡镇\r\n孙三,\"东镇\r\n北村\"\r\n李四,西镇".getBytes(Charset.forName("GB18030")));
        assertThat(read(file)).containsExactly(
                new Row(1, List.of("姓名", "乡镇")),
                new Row(2, List.of("孙三", "东镇\r\n北村")),
                new Row(3, List.of("李四", "西镇")));
    }

    @Test
    void anUnclosedQuoteIsReportedWithItsRow() throws IOException {
        Path file = folder.resolve("broken.csv");
        Files.writeString(file, "a,b\n\"c,d\n", StandardCharsets.UTF_8);
        assertThatThrownBy(() -> read(file)).isInstanceOf(SpreadsheetException.class)
                .hasMessage("文件“broken.csv”第 2 行的引号没有结束：请检查该行的双引号是否成对。");
    }

    @Test
    void anotherFormatIsRefusedByName() {
        assertThatThrownBy(() -> read(folder.resolve("名册.xls"))).isInstanceOf(SpreadsheetException.class)
                .hasMessage("无法识别文件“名册.xls”的格式：请使用 Excel 工作簿（.xlsx）或逗号分隔文本（.csv）。");
    }

    @Test
    void aFileThatIsNoWorkbookSaysSo() throws IOException {
        Path file = folder.resolve("fake.xlsx");
        Files.writeString(file, "这不是工作簿");
        assertThatThrownBy(() -> read(file)).isInstanceOf(SpreadsheetException.class)
                .hasMessageStartingWith("文件“fake.xlsx”不是有效的 Excel 工作簿（.xlsx）");
    }

    /** A workbook as Excel writes it: shared strings with formatting runs and pinyin, gaps, a date-formatted cell, a number. */
    @Test
    void aWorkbookAsExcelWritesItIsRead() throws IOException {
        Path file = folder.resolve("excel.xlsx");
        String main = "http://schemas.openxmlformats.org/spreadsheetml/2006/main";
        try (ZipOutputStream zip = new ZipOutputStream(Files.newOutputStream(file))) {
            for (Map.Entry<String, String> part : Map.of(
                    "xl/workbook.xml", "<workbook xmlns=\"" + main + "\" xmlns:r=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships\">"
                            + "<sheets><sheet name=\"Sheet1\" sheetId=\"1\" r:id=\"rId3\"/></sheets></workbook>",
                    "xl/_rels/workbook.xml.rels", "<Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\">"
                            + "<Relationship Id=\"rId3\" Type=\"x\" Target=\"/xl/worksheets/data.xml\"/></Relationships>",
                    "xl/sharedStrings.xml", "<sst xmlns=\"" + main + "\"><si><t>姓名</t></si><si><t>入队日期</t></si>"
                            + "<si><r><rPr><b/></rPr><t>周</t></r><r><t>五</t></r><rPh><t>ZHOU</t></rPh></si></sst>",
                    "xl/styles.xml", "<styleSheet xmlns=\"" + main + "\"><numFmts><numFmt numFmtId=\"176\" formatCode=\"yyyy&quot;年&quot;m&quot;月&quot;d&quot;日&quot;\"/></numFmts>"
                            + "<cellXfs><xf numFmtId=\"0\"/><xf numFmtId=\"176\"/><xf numFmtId=\"14\"/></cellXfs></styleSheet>",
                    "xl/worksheets/data.xml", "<worksheet xmlns=\"" + main + "\"><sheetData>"
                            + "<row r=\"1\"><c r=\"A1\" t=\"s\"><v>0</v></c><c r=\"C1\" t=\"s\"><v>1</v></c></row>"
                            + "<row r=\"4\"><c r=\"A4\" t=\"s\"><v>2</v></c><c r=\"B4\"><v>13800000000</v></c>"
                            + "<c r=\"C4\" s=\"1\"><v>45352</v></c><c r=\"D4\" s=\"2\"><v>45353</v></c><c r=\"E4\" t=\"str\"><f>1+1</f><v>2</v></c></row>"
                            + "</sheetData></worksheet>").entrySet()) {
                zip.putNextEntry(new ZipEntry(part.getKey()));
                zip.write(part.getValue().getBytes(StandardCharsets.UTF_8));
                zip.closeEntry();
            }
        }
        assertThat(read(file)).containsExactly(
                new Row(1, List.of("姓名", "", "入队日期")),
                new Row(4, List.of("周五", "13800000000", "2024-03-01", "2024-03-02", "2")));
    }

    @Test
    void aLargeWorkbookStreams() throws IOException {
        Path file = folder.resolve("large.xlsx");
        try (TableWriter writer = TableFiles.write(file, "large")) {
            for (int i = 0; i < 50_000; i++) {
                writer.row(List.of("人员" + i, String.format("%018d", i), i));
            }
        }
        int[] count = {0};
        List<String> last = new ArrayList<>();
        TableFiles.read(file, (number, cells) -> {
            count[0]++;
            last.clear();
            last.addAll(cells);
        });
        assertThat(count[0]).isEqualTo(50_000);
        assertThat(last).containsExactly("人员49999", "000000000000049999", "49999");
    }
}
