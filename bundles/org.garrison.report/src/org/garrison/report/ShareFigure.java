package org.garrison.report;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.Function;

import org.garrison.store.StoreException;

/**
 * A share of two counts (参学率, 大学生占比, the conscription rates): the numerator figure over the
 * sum of the denominator figures, optionally measured against a target. Missing when the
 * denominator is nothing.
 */
public final class ShareFigure extends AbstractFigure {

    /** A target share and whether a value meets it at least or at most. */
    public record Target(double share, boolean atLeast) {

        public boolean metBy(double value) {
            return atLeast ? value >= share : value <= share;
        }
    }

    private final Figure numerator;
    private final List<Figure> denominators;
    private final Function<FigureContext, Target> target;

    public ShareFigure(String id, String area, FigureTexts texts, Figure numerator, List<Figure> denominators, Function<FigureContext, Target> target) {
        super(id, area, texts);
        this.numerator = numerator;
        this.denominators = List.copyOf(denominators);
        this.target = target;
    }

    @Override
    public FigureUnit unit() {
        return FigureUnit.SHARE;
    }

    public Figure numerator() {
        return numerator;
    }

    public List<Figure> denominators() {
        return denominators;
    }

    @Override
    public FigureValue compute(FigureContext context) throws StoreException {
        FigureValue top = context.valueOf(numerator);
        long bottom = 0;
        for (Figure denominator : denominators) {
            FigureValue value = context.valueOf(denominator);
            if (value.isMissing()) {
                return FigureValue.missing();
            }
            bottom += value.count();
        }
        if (top.isMissing() || bottom == 0) {
            return FigureValue.missing();
        }
        FigureValue share = FigureValue.share((double) top.count() / bottom);
        Target goal = target == null ? null : target.apply(context);
        return goal == null ? share : share.withTarget(goal.share(), goal.metBy(share.share()));
    }

    /** The numerator's records, then the denominators', each marked with the figure it belongs to. */
    @Override
    public List<CountedRecord> records(FigureContext context) throws StoreException {
        List<CountedRecord> rows = new ArrayList<>();
        List<Figure> parts = new ArrayList<>();
        parts.add(numerator);
        parts.addAll(denominators);
        for (Figure part : parts) {
            String name = part.name(Locale.CHINA);
            for (CountedRecord row : part.records(context)) {
                rows.add(new CountedRecord(row.record(), row.id(), row.partOf().isEmpty() ? name : name + " · " + row.partOf(), row.amount())); //$NON-NLS-1$
            }
        }
        return rows;
    }
}
