package org.garrison.internal.report.document;

import static org.garrison.internal.report.document.OfficialDocumentStyle.*;

import java.io.IOException;
import java.io.OutputStream;
import java.math.BigInteger;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.apache.poi.wp.usermodel.HeaderFooterType;
import org.apache.poi.xwpf.usermodel.LineSpacingRule;
import org.apache.poi.xwpf.usermodel.ParagraphAlignment;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFFooter;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFRun;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTPageMar;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTPageSz;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTSectPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STFldCharType;

/** The report as a Word document (Apache POI), laid out as GB/T 9704 asks; fonts are named, Word supplies them. */
public final class DocxRenderer {

    static {
        // POI logs through the Log4j API, which without a provider prints an error on first use:
        // the API's own simple logger instead (errors only), unless the product configures one.
        if (System.getProperty("log4j2.loggerContextFactory") == null) { //$NON-NLS-1$
            System.setProperty("log4j2.loggerContextFactory", "org.apache.logging.log4j.simple.SimpleLoggerContextFactory"); //$NON-NLS-1$ //$NON-NLS-2$
        }
    }

    public void write(List<ReportBlock> blocks, Path file) throws IOException {
        try (XWPFDocument document = new XWPFDocument(); OutputStream out = Files.newOutputStream(file)) {
            page(document);
            for (ReportBlock block : blocks) {
                switch (block.kind()) {
                    case TITLE -> title(document, block.text());
                    case HEADING -> text(document, block.text(), HEADING_FONT, false);
                    case PARAGRAPH -> text(document, block.text(), BODY_FONT, true);
                }
            }
            pageNumbers(document);
            document.write(out);
        }
    }

    static void page(XWPFDocument document) {
        CTSectPr section = document.getDocument().getBody().isSetSectPr() ? document.getDocument().getBody().getSectPr()
                : document.getDocument().getBody().addNewSectPr();
        CTPageSz size = section.isSetPgSz() ? section.getPgSz() : section.addNewPgSz();
        size.setW(BigInteger.valueOf(twips(PAGE_WIDTH_MM)));
        size.setH(BigInteger.valueOf(twips(PAGE_HEIGHT_MM)));
        CTPageMar margins = section.isSetPgMar() ? section.getPgMar() : section.addNewPgMar();
        margins.setTop(BigInteger.valueOf(twips(TOP_MM)));
        margins.setBottom(BigInteger.valueOf(twips(BOTTOM_MM)));
        margins.setLeft(BigInteger.valueOf(twips(LEFT_MM)));
        margins.setRight(BigInteger.valueOf(twips(RIGHT_MM)));
        margins.setHeader(BigInteger.valueOf(twips(15)));
        margins.setFooter(BigInteger.valueOf(twips(BOTTOM_MM - PAGE_NUMBER_BELOW_TEXT_MM - PAGE_NUMBER_PT / MM)));
    }

    static void title(XWPFDocument document, String text) {
        XWPFParagraph paragraph = document.createParagraph();
        paragraph.setAlignment(ParagraphAlignment.CENTER);
        paragraph.setSpacingBetween(LINE_PT * 1.3, LineSpacingRule.EXACT);
        paragraph.setSpacingAfter((int) Math.round(LINE_PT * 20));
        run(paragraph, text, TITLE_FONT, TITLE_PT);
    }

    static void text(XWPFDocument document, String text, String font, boolean body) {
        XWPFParagraph paragraph = document.createParagraph();
        paragraph.setAlignment(ParagraphAlignment.BOTH);
        paragraph.setSpacingBetween(LINE_PT, LineSpacingRule.EXACT);
        paragraph.setIndentationFirstLine((int) Math.round(2 * BODY_PT * 20));
        if (!body) {
            paragraph.setKeepNext(true);
        }
        run(paragraph, text, font, BODY_PT);
    }

    static XWPFRun run(XWPFParagraph paragraph, String text, String eastAsianFont, double size) {
        XWPFRun run = paragraph.createRun();
        run.setFontFamily(LATIN_FONT, XWPFRun.FontCharRange.ascii);
        run.setFontFamily(LATIN_FONT, XWPFRun.FontCharRange.hAnsi);
        run.setFontFamily(eastAsianFont, XWPFRun.FontCharRange.eastAsia);
        run.setFontSize(size);
        run.setText(text);
        return run;
    }

    /** "— 1 —" in 4号 宋体: odd pages at the right, even pages at the left, each one character in from the edge. */
    static void pageNumbers(XWPFDocument document) {
        document.setEvenAndOddHeadings(true);
        pageNumber(document.createFooter(HeaderFooterType.DEFAULT), ParagraphAlignment.RIGHT);
        pageNumber(document.createFooter(HeaderFooterType.EVEN), ParagraphAlignment.LEFT);
    }

    private static void pageNumber(XWPFFooter footer, ParagraphAlignment alignment) {
        XWPFParagraph paragraph = footer.getParagraphs().isEmpty() ? footer.createParagraph() : footer.getParagraphs().get(0);
        paragraph.setAlignment(alignment);
        int indent = (int) Math.round(PAGE_NUMBER_PT * 20);
        if (alignment == ParagraphAlignment.RIGHT) {
            paragraph.setIndentationRight(indent);
        } else {
            paragraph.setIndentationLeft(indent);
        }
        run(paragraph, "— ", PAGE_NUMBER_FONT, PAGE_NUMBER_PT); //$NON-NLS-1$
        run(paragraph, "", PAGE_NUMBER_FONT, PAGE_NUMBER_PT).getCTR().addNewFldChar().setFldCharType(STFldCharType.BEGIN); //$NON-NLS-1$
        run(paragraph, "", PAGE_NUMBER_FONT, PAGE_NUMBER_PT).getCTR().addNewInstrText().setStringValue(" PAGE "); //$NON-NLS-1$ //$NON-NLS-2$
        run(paragraph, "", PAGE_NUMBER_FONT, PAGE_NUMBER_PT).getCTR().addNewFldChar().setFldCharType(STFldCharType.SEPARATE); //$NON-NLS-1$
        run(paragraph, "1", PAGE_NUMBER_FONT, PAGE_NUMBER_PT); //$NON-NLS-1$
        run(paragraph, "", PAGE_NUMBER_FONT, PAGE_NUMBER_PT).getCTR().addNewFldChar().setFldCharType(STFldCharType.END); //$NON-NLS-1$
        run(paragraph, " —", PAGE_NUMBER_FONT, PAGE_NUMBER_PT); //$NON-NLS-1$
    }
}
