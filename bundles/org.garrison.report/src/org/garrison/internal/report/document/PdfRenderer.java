package org.garrison.internal.report.document;

import static org.garrison.internal.report.document.OfficialDocumentStyle.*;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.openpdf.text.Chunk;
import org.openpdf.text.Document;
import org.openpdf.text.DocumentException;
import org.openpdf.text.Element;
import org.openpdf.text.Font;
import org.openpdf.text.PageSize;
import org.openpdf.text.Paragraph;
import org.openpdf.text.Phrase;
import org.openpdf.text.pdf.BaseFont;
import org.openpdf.text.pdf.ColumnText;
import org.openpdf.text.pdf.PdfPageEventHelper;
import org.openpdf.text.pdf.PdfWriter;

/**
 * The report as PDF (OpenPDF) with the machine's Chinese fonts embedded (subsets), laid out as the
 * Word document: GB/T 9704 margins, 22 lines a page, "— 1 —" page numbers outside.
 */
public final class PdfRenderer {

    /** No Chinese font at all: the PDF cannot be written. */
    public static final class MissingFontException extends IOException {
        private static final long serialVersionUID = 1L;

        public MissingFontException(String message) {
            super(message);
        }
    }

    private final CjkFonts fonts;
    private final List<String> substitutions = new ArrayList<>();

    public PdfRenderer(CjkFonts fonts) {
        this.fonts = fonts;
    }

    /** For each wanted face that was not installed, which face stood in (wanted → used). */
    public List<String> substitutions() {
        return substitutions;
    }

    public void write(List<ReportBlock> blocks, Path file, String missingFontMessage, String substitutionFormat) throws IOException {
        Map<CjkFonts.Role, BaseFont> faces = new EnumMap<>(CjkFonts.Role.class);
        for (CjkFonts.Role role : CjkFonts.Role.values()) {
            CjkFonts.Face face = fonts.face(role, PdfRenderer::chineseFace).orElse(null);
            if (face == null) {
                throw new MissingFontException(missingFontMessage);
            }
            if (!CjkFonts.isExact(role, face)) {
                substitutions.add(String.format(substitutionFormat, role.wanted, face.name()));
            }
            faces.put(role, load(face));
        }
        Document document = new Document(PageSize.A4, (float) (LEFT_MM * MM), (float) (RIGHT_MM * MM), (float) (TOP_MM * MM), (float) (BOTTOM_MM * MM));
        try (OutputStream out = Files.newOutputStream(file)) {
            PdfWriter writer = PdfWriter.getInstance(document, out);
            writer.setPageEvent(new PageNumbers(faces.get(CjkFonts.Role.BODY)));
            document.addTitle(blocks.isEmpty() ? "" : blocks.get(0).text()); //$NON-NLS-1$
            document.open();
            for (ReportBlock block : blocks) {
                document.add(switch (block.kind()) {
                    case TITLE -> title(block.text(), faces.get(CjkFonts.Role.TITLE));
                    case HEADING -> text(block.text(), faces.get(CjkFonts.Role.HEADING));
                    case PARAGRAPH -> text(block.text(), faces.get(CjkFonts.Role.BODY));
                });
            }
            document.close();
        } catch (DocumentException e) {
            throw new IOException(e.getMessage(), e);
        }
    }

    private static Paragraph title(String text, BaseFont face) {
        Paragraph title = new Paragraph((float) (TITLE_PT * 1.5), chunk(text, new Font(face, (float) TITLE_PT)));
        title.setAlignment(Element.ALIGN_CENTER);
        title.setSpacingAfter((float) LINE_PT);
        return title;
    }

    private static Paragraph text(String text, BaseFont face) {
        Paragraph paragraph = new Paragraph((float) LINE_PT, chunk(text, new Font(face, (float) BODY_PT)));
        paragraph.setAlignment(Element.ALIGN_JUSTIFIED);
        paragraph.setFirstLineIndent((float) (2 * BODY_PT));
        return paragraph;
    }

    private static Chunk chunk(String text, Font font) {
        return new Chunk(text, font).setSplitCharacter(ChineseLineBreaks.INSTANCE);
    }

    private static BaseFont load(CjkFonts.Face face) throws IOException {
        try {
            return BaseFont.createFont(face.location(), BaseFont.IDENTITY_H, BaseFont.EMBEDDED);
        } catch (DocumentException e) {
            throw new IOException(face.file() + ": " + e.getMessage(), e); //$NON-NLS-1$
        }
    }

    /** The Simplified Chinese face of a font file: in a collection the face named SC/CN/GB, else the first. */
    private static CjkFonts.Face chineseFace(Path file) {
        String path = file.toString();
        try {
            if (path.toLowerCase(Locale.ROOT).endsWith(".ttc")) { //$NON-NLS-1$
                String[] names = BaseFont.enumerateTTCNames(path);
                int chosen = 0;
                for (int i = 0; i < names.length; i++) {
                    if (names[i].matches(".*(SC|CN|GB|Simplified|sc)\\b.*|.*CJKsc.*|.*CJK SC.*")) { //$NON-NLS-1$
                        chosen = i;
                        break;
                    }
                }
                return new CjkFonts.Face(file, chosen, names[chosen]);
            }
            BaseFont font = BaseFont.createFont(path, BaseFont.IDENTITY_H, BaseFont.NOT_EMBEDDED);
            return font.charExists('中') ? new CjkFonts.Face(file, 0, font.getPostscriptFontName()) : null;
        } catch (IOException | RuntimeException e) {
            return null;
        }
    }

    /** "— n —" 7 mm below the text block: odd pages right, even pages left, one character in. */
    private static final class PageNumbers extends PdfPageEventHelper {
        private final Font font;

        PageNumbers(BaseFont face) {
            this.font = new Font(face, (float) PAGE_NUMBER_PT);
        }

        @Override
        public void onEndPage(PdfWriter writer, Document document) {
            int page = writer.getPageNumber();
            float y = (float) ((BOTTOM_MM - PAGE_NUMBER_BELOW_TEXT_MM) * MM - PAGE_NUMBER_PT);
            boolean odd = page % 2 == 1;
            float x = odd ? (float) ((PAGE_WIDTH_MM - RIGHT_MM) * MM - PAGE_NUMBER_PT) : (float) (LEFT_MM * MM + PAGE_NUMBER_PT);
            ColumnText.showTextAligned(writer.getDirectContent(), odd ? Element.ALIGN_RIGHT : Element.ALIGN_LEFT,
                    new Phrase("— " + page + " —", font), x, y, 0); //$NON-NLS-1$ //$NON-NLS-2$
        }
    }
}
