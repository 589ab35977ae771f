package org.garrison.internal.report.figures;

import org.garrison.report.FigureTexts;

/** The texts of the figures Garrison itself contributes. */
final class BuiltInFigures {

    static final FigureTexts TEXTS = FigureTexts.of("org.garrison.internal.report.figures.figures", BuiltInFigures.class); //$NON-NLS-1$

    private BuiltInFigures() {
    }
}
