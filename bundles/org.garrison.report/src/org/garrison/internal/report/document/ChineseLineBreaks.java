package org.garrison.internal.report.document;

import org.openpdf.text.SplitCharacter;
import org.openpdf.text.pdf.PdfChunk;

/**
 * Where a line of Chinese text may break (避头尾): after any Han character or punctuation, but never
 * before closing punctuation (，。、；：！？）》” …) and never after opening punctuation (（《“ …); Latin
 * words and numbers stay whole.
 */
final class ChineseLineBreaks implements SplitCharacter {

    static final ChineseLineBreaks INSTANCE = new ChineseLineBreaks();

    private static final String NOT_AT_LINE_START = "，。、；：！？）》」』”’〕】…—%％,.;:!?)"; //$NON-NLS-1$
    private static final String NOT_AT_LINE_END = "（《「『“‘〔【("; //$NON-NLS-1$

    @Override
    public boolean isSplitCharacter(int start, int current, int end, char[] text, PdfChunk[] chunks) {
        char here = text[current];
        char next = current + 1 < end ? text[current + 1] : ' ';
        if (NOT_AT_LINE_END.indexOf(here) >= 0 || NOT_AT_LINE_START.indexOf(next) >= 0) {
            return false;
        }
        if (Character.isWhitespace(here) || here == '-') {
            return true;
        }
        return isWide(here) || isWide(next);
    }

    private static boolean isWide(char c) {
        return Character.UnicodeScript.of(c) == Character.UnicodeScript.HAN || (c >= '\u3000' && c <= '\u303F') || (c >= '\uFF00' && c <= '\uFFEF')
                || (c >= '\u2018' && c <= '\u201D');
    }
}
