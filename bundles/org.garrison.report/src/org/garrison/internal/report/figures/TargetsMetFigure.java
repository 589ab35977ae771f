package org.garrison.internal.report.figures;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.garrison.report.CountedRecord;
import org.garrison.report.FigureContext;
import org.garrison.report.FigureTexts;
import org.garrison.report.FigureUnit;
import org.garrison.report.FigureValue;
import org.garrison.report.ShareFigure;
import org.garrison.store.StoreException;

/** How many of some shares meet their targets (征兵“五率”中X项达到考评目标); missing when none can be computed. */
final class TargetsMetFigure implements org.garrison.report.Figure {

    private final String id;
    private final String area;
    private final FigureTexts texts;
    private final List<ShareFigure> shares;

    TargetsMetFigure(String id, String area, FigureTexts texts, List<ShareFigure> shares) {
        this.id = id;
        this.area = area;
        this.texts = texts;
        this.shares = List.copyOf(shares);
    }

    @Override
    public String id() {
        return id;
    }

    @Override
    public String area() {
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

    @Override
    public FigureValue compute(FigureContext context) throws StoreException {
        boolean known = false;
        int met = 0;
        for (ShareFigure share : shares) {
            FigureValue value = share.compute(context);
            known |= !value.isMissing();
            met += Boolean.TRUE.equals(value.met()) ? 1 : 0;
        }
        return known ? FigureValue.of(met) : FigureValue.missing();
    }

    /** A row per share that meets its target: its name, and its value in percent. */
    @Override
    public List<CountedRecord> records(FigureContext context) throws StoreException {
        List<CountedRecord> rows = new ArrayList<>();
        for (ShareFigure share : met(context)) {
            rows.add(new CountedRecord(share.name(Locale.CHINA), 0, FigureValue.percent(share.compute(context).share()) + "%", 1)); //$NON-NLS-1$
        }
        return rows;
    }

    private List<ShareFigure> met(FigureContext context) throws StoreException {
        List<ShareFigure> met = new ArrayList<>();
        for (ShareFigure share : shares) {
            FigureValue value = share.compute(context);
            if (Boolean.TRUE.equals(value.met())) {
                met.add(share);
            }
        }
        return met;
    }
}
