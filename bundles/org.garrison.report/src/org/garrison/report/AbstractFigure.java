package org.garrison.report;

import java.util.Locale;

/** What every figure has: its id, its area, and its name and definition from {@link FigureTexts}; a count unless said otherwise. */
public abstract class AbstractFigure implements Figure {

    private final String id;
    private final String area;
    private final FigureTexts texts;

    protected AbstractFigure(String id, String area, FigureTexts texts) {
        this.id = java.util.Objects.requireNonNull(id);
        this.area = java.util.Objects.requireNonNull(area);
        this.texts = java.util.Objects.requireNonNull(texts);
    }

    @Override
    public final String id() {
        return id;
    }

    @Override
    public final String area() {
        return area;
    }

    @Override
    public String name(Locale locale) {
        return texts.name(id, locale);
    }

    @Override
    public String definition(Locale locale) {
        return texts.definition(id, locale);
    }

    @Override
    public FigureUnit unit() {
        return FigureUnit.COUNT;
    }

    /** A text of the figure's bundle, e.g. the label of a row of its appendix. */
    protected String text(String key, Locale locale) {
        return texts.text(key, locale);
    }
}
