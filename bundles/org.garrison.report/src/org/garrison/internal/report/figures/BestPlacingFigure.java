package org.garrison.internal.report.figures;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EStructuralFeature;
import org.garrison.report.CountedRecord;
import org.garrison.report.AbstractFigure;
import org.garrison.report.FigureContext;
import org.garrison.report.FigureTexts;
import org.garrison.report.FigureValue;
import org.garrison.store.StoreException;
import org.garrison.store.query.Aggregation;
import org.garrison.store.query.FeaturePath;
import org.garrison.store.query.Query;

/** The best (lowest) placing among the entries of some competitions: 取得单项第X. */
final class BestPlacingFigure extends AbstractFigure {

    private final Function<FigureContext, Query> competitions;
    private final FeaturePath entries;
    private final EStructuralFeature placing;

    BestPlacingFigure(String id, String area, FigureTexts texts, Function<FigureContext, Query> competitions, FeaturePath entries,
            EStructuralFeature placing) {
        super(id, area, texts);
        this.competitions = competitions;
        this.entries = entries;
        this.placing = placing;
    }

    @Override
    public FigureValue compute(FigureContext context) throws StoreException {
        if (!context.isDistrict()) {
            return FigureValue.missing();
        }
        List<EStructuralFeature> steps = new ArrayList<>(entries.steps());
        steps.add(placing);
        // A placing of 0 means none was given; the database's MIN skips those through the condition.
        Query query = competitions.apply(context).where(org.garrison.store.query.Condition.compare(new FeaturePath(steps),
                org.garrison.store.query.Condition.Operator.GREATER, 0));
        Number best = context.session().aggregate(Aggregation.of(query).min(new FeaturePath(steps))).get(0).value(0);
        return best == null ? FigureValue.missing() : FigureValue.of(best.longValue());
    }

    @Override
    public List<CountedRecord> records(FigureContext context) throws StoreException {
        if (!context.isDistrict()) {
            return List.of();
        }
        List<CountedRecord> rows = new ArrayList<>();
        for (EObject competition : context.session().<EObject>list(competitions.apply(context))) {
            for (Object entry : ConditionMatcher.values(competition, entries, Map.of())) {
                if (entry instanceof EObject placed && placed.eGet(placing) instanceof Integer place && place > 0) {
                    rows.add(new CountedRecord(RecordLabels.of(placed), context.session().idOf(competition).orElse(0), RecordLabels.of(competition), place));
                }
            }
        }
        return rows;
    }
}
