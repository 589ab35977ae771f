package org.garrison.report.tests;

import org.garrison.testing.TestStores;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.eclipse.core.runtime.NullProgressMonitor;
import org.eclipse.emf.ecore.EObject;
import org.garrison.internal.report.document.CjkFonts;
import org.garrison.internal.report.document.PdfRenderer;
import org.garrison.internal.report.document.ReportBlock;
import org.garrison.report.AnnualReportWriter;
import org.garrison.report.FigureCatalog;
import org.garrison.report.FigureUnit;
import org.garrison.report.FigureValue;
import org.garrison.report.ReportRequest;
import org.garrison.report.ReportResult;
import org.garrison.report.ReportTexts;
import org.garrison.report.ReportTexts.Section;
import org.garrison.sample.SampleDistrict;
import org.garrison.sample.SampleSize;
import org.garrison.spreadsheet.TableFiles;
import org.garrison.store.Store;
import org.garrison.store.StoreSession;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openpdf.text.pdf.PdfReader;
import org.openpdf.text.pdf.parser.PdfTextExtractor;

/**
 * The report of a generated district: the Word document opens with POI and has the five sections,
 * no placeholder, and the figures' values in its sentences; the PDF's text has the same sentences;
 * the appendix lists as many records per figure as the figure counted.
 */
class ReportOutputTest {

    private static final int YEAR = 2026;
    private static Store store;
    private static FigureCatalog catalog;
    private static ReportResult result;
    private static Path folder;

    @BeforeAll
    static void written() throws Exception {
        store = TestStores.fresh("report");
        try (StoreSession session = store.openSession()) {
            SampleDistrict.generate(20261129, SampleSize.SMALL, YEAR).roots().forEach(session::add);
            session.commit();
        }
        catalog = FigureCatalog.contributed();
        folder = Files.createTempDirectory("garrison-report");
        try (StoreSession session = store.openSession()) {
            // the sample's whole year, as the document reads once the year is over
            result = new AnnualReportWriter(catalog).write(session, new ReportRequest(YEAR, java.time.LocalDate.of(YEAR, 12, 31), null, folder.resolve("述职报告.docx"),
                    folder.resolve("述职报告.pdf"), folder.resolve("附录.xlsx")), new NullProgressMonitor());
        }
    }

    @AfterAll
    static void close() {
        store.close();
    }

    @Test
    void theWordDocumentHasTheFiveSectionsAndTheFiguresInItsSentences() throws Exception {
        String text = docxText();
        assertThat(text).contains("2026年度述职报告", "一、坚持理论学习，坚定信仰信念", "二、坚持履职尽责，狠抓工作落实", "三、注重廉洁本色，树立良好形象",
                "四、存在的主要问题", "五、下步打算");
        assertThat(text).as("no placeholder left").doesNotContainPattern("(?<![A-Za-z])X{1,2}(?![A-Za-z])").doesNotContain("{");
        assertThat(text).contains(expectedSentences());
        assertThat(result.printedFigures()).contains("training.batches", "training.trainees", "conscription.enlistedMen", "security.hazardsFound");
    }

    @Test
    void thePdfHasTheSameSentencesWithAnEmbeddedChineseFont() throws Exception {
        PdfReader reader = new PdfReader(Files.readAllBytes(folder.resolve("述职报告.pdf")));
        StringBuilder text = new StringBuilder();
        PdfTextExtractor extractor = new PdfTextExtractor(reader);
        for (int page = 1; page <= reader.getNumberOfPages(); page++) {
            text.append(extractor.getTextFromPage(page));
        }
        assertThat(reader.getNumberOfPages()).isGreaterThanOrEqualTo(3);
        // The page numbers' text (— 2 —) comes between the lines of a page-crossing sentence.
        String flat = text.toString().replaceAll("\\s+", "").replaceAll("—\\d+—", "");
        assertThat(flat).contains("二、坚持履职尽责，狠抓工作落实");
        for (String sentence : expectedSentences()) {
            assertThat(flat).contains(sentence.replaceAll("\\s+", ""));
        }
        String raw = new String(Files.readAllBytes(folder.resolve("述职报告.pdf")), java.nio.charset.StandardCharsets.ISO_8859_1);
        assertThat(raw).as("an embedded font subset").containsPattern("/FontFile[23]");
    }

    @Test
    void theAppendixListsAsManyRecordsAsEachFigureCounted() throws Exception {
        Map<String, Long> counted = new HashMap<>();
        List<String> header = new ArrayList<>();
        TableFiles.read(folder.resolve("附录.xlsx"), (row, cells) -> {
            if (row == 1) {
                header.addAll(cells);
            } else {
                counted.merge(cells.get(0), (long) Double.parseDouble(cells.get(6)), Long::sum);
            }
        });
        assertThat(header).containsExactly("指标编号", "指标", "指标数值", "计入的记录", "记录编号", "所属", "计入数量");
        assertThat(counted.keySet()).containsAll(result.values().keySet());
        result.values().forEach((id, value) -> {
            if (catalog.figure(id).unit() == FigureUnit.COUNT && !id.equals("training.provincialBestPlacing")) {
                assertThat(counted.get(id)).as(id).isEqualTo(value.count());
            }
        });
        assertThat(result.values().get("training.trainees").count()).as("the sample district trains").isPositive();
    }

    @Test
    void theYearsProseIsStoredAndTheNextYearStartsFromIt() throws Exception {
        try (StoreSession session = store.openSession()) {
            EObject texts = ReportTexts.find(session, YEAR, null);
            assertThat(texts).as("writing the report stored the year's prose").isNotNull();
            assertThat(ReportTexts.text(texts, Section.INTEGRITY)).startsWith("国无格不兴");
            texts.eSet(Section.INTEGRITY.attribute(), "今年的廉洁情况。");
            session.commit();
        }
        try (StoreSession session = store.openSession()) {
            EObject next = ReportTexts.forYear(session, YEAR + 1, null);
            assertThat(ReportTexts.text(next, Section.INTEGRITY)).isEqualTo("今年的廉洁情况。");
            assertThat(ReportTexts.text(next, Section.TITLE)).isEqualTo("2027年度述职报告");
            assertThat(ReportTexts.find(session, YEAR + 1, null)).as("offered, not stored until written").isNull();
        }
    }

    @Test
    void withoutAnyChineseFontThePdfIsRefusedWithAMessageThatSaysWhatToInstall() throws Exception {
        Path empty = Files.createTempDirectory("no-fonts");
        PdfRenderer renderer = new PdfRenderer(CjkFonts.in(List.of(empty)));
        assertThatThrownBy(() -> renderer.write(List.of(new ReportBlock(ReportBlock.Kind.PARAGRAPH, "正文")), empty.resolve("x.pdf"),
                org.garrison.internal.report.ReportMessages.Report_noChineseFont, "%s %s"))
                .isInstanceOf(PdfRenderer.MissingFontException.class).hasMessageContaining("fonts-noto-cjk");
    }

    /** The sentences of section 二 written from the figures' values, as the template words them. */
    private static List<String> expectedSentences() {
        Map<String, FigureValue> values = result.values();
        List<String> sentences = new ArrayList<>();
        sentences.add("全年完成" + count("training.batches") + "个批次共" + count("training.trainees") + "人次的民兵训练任务");
        sentences.add("全年高质量完成" + count("mobilization.coreMembers") + "名基干民兵的编建任务");
        sentences.add("全年共应征入伍男兵" + count("conscription.enlistedMen") + "人");
        sentences.add("全年排查隐患" + count("security.hazardsFound") + "个");
        sentences.add("全年共组织学习" + count("study.sessions") + "次");
        sentences.add("平均参学率" + values.get("study.attendanceRate").text(FigureUnit.SHARE) + "%");
        sentences.add("通读书目" + count("study.booksInFull") + "本，选读书目" + count("study.booksInPart") + "本。");
        return sentences;
    }

    private static long count(String id) {
        long value = result.values().get(id).count();
        assertThat(value).as(id + " in the sample district").isPositive();
        return value;
    }

    private static String docxText() throws Exception {
        try (InputStream in = Files.newInputStream(folder.resolve("述职报告.docx")); XWPFDocument document = new XWPFDocument(in)) {
            return document.getParagraphs().stream().map(XWPFParagraph::getText).collect(Collectors.joining("\n"));
        }
    }
}
