package org.garrison.internal.report.figures;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.garrison.report.AbstractFigure;
import org.garrison.report.CountedRecord;
import org.garrison.report.FigureContext;
import org.garrison.report.FigureTexts;
import org.garrison.report.FigureValue;
import org.garrison.report.ShareFigure;
import org.garrison.store.StoreException;

/** How many of some shares meet their targets (征兵“五率”中X项达到考评目标); missing when none can be computed. */
final class TargetsMetFigure extends AbstractFigure {

    private final List<ShareFigure> shares;

    TargetsMetFigure(String id, String area, FigureTexts texts, List<ShareFigure> shares) {
        super(id, area, texts);
        this.shares = List.copyOf(shares);
    }

    @Override
    public FigureValue compute(FigureContext context) throws StoreException {
        boolean known = false;
        int met = 0;
        for (ShareFigure share : shares) {
            FigureValue value = context.valueOf(share);
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
            rows.add(new CountedRecord(share.name(Locale.CHINA), 0, FigureValue.percent(context.valueOf(share).share()) + "%", 1)); //$NON-NLS-1$
        }
        return rows;
    }

    private List<ShareFigure> met(FigureContext context) throws StoreException {
        List<ShareFigure> met = new ArrayList<>();
        for (ShareFigure share : shares) {
            FigureValue value = context.valueOf(share);
            if (Boolean.TRUE.equals(value.met())) {
                met.add(share);
            }
        }
        return met;
    }
}
