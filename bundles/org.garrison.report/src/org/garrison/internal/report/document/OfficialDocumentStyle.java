package org.garrison.internal.report.document;

/**
 * The measures of a Chinese official document (GB/T 9704-2012) that the report follows: A4, text
 * block 156 mm × 225 mm with the top margin 37 mm and the binding margin 28 mm, 22 lines of 28
 * characters, title in 2号 小标宋, first-level headings in 3号 黑体, body in 3号 仿宋, page numbers in
 * 4号 宋体 as "— 1 —", odd pages right, even pages left.
 */
final class OfficialDocumentStyle {

    static final double MM = 72 / 25.4;
    static final double PAGE_WIDTH_MM = 210;
    static final double PAGE_HEIGHT_MM = 297;
    static final double TOP_MM = 37;
    static final double LEFT_MM = 28;
    static final double TEXT_WIDTH_MM = 156;
    static final double TEXT_HEIGHT_MM = 225;
    static final double RIGHT_MM = PAGE_WIDTH_MM - LEFT_MM - TEXT_WIDTH_MM;
    static final double BOTTOM_MM = PAGE_HEIGHT_MM - TOP_MM - TEXT_HEIGHT_MM;
    /** 二号. */
    static final double TITLE_PT = 22;
    /** 三号. */
    static final double BODY_PT = 16;
    /** 四号. */
    static final double PAGE_NUMBER_PT = 14;
    /** 22 lines in the text block's height. */
    static final double LINE_PT = TEXT_HEIGHT_MM * MM / 22;
    /** The page number sits 7 mm below the text block. */
    static final double PAGE_NUMBER_BELOW_TEXT_MM = 7;

    static final String TITLE_FONT = "方正小标宋简体"; //$NON-NLS-1$
    static final String HEADING_FONT = "黑体"; //$NON-NLS-1$
    static final String BODY_FONT = "仿宋_GB2312"; //$NON-NLS-1$
    static final String PAGE_NUMBER_FONT = "宋体"; //$NON-NLS-1$
    static final String LATIN_FONT = "Times New Roman"; //$NON-NLS-1$

    private OfficialDocumentStyle() {
    }

    static long twips(double millimetres) {
        return Math.round(millimetres * MM * 20);
    }
}
