package org.garrison.internal.report.figures;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Function;

import org.garrison.report.CountedRecord;
import org.garrison.report.AbstractFigure;
import org.garrison.report.FigureContext;
import org.garrison.report.FigureTexts;
import org.garrison.report.FigureValue;
import org.garrison.store.StoreException;
import org.garrison.store.query.Aggregation;
import org.garrison.store.query.Aggregation.Grouping;
import org.garrison.store.query.FeaturePath;
import org.garrison.store.query.Query;

/**
 * The quarters of the year in which every kind of an activity was held at least once
 * (落实每季度一次安全教育、形势分析、安全检查和安全训练): one grouped count by quarter and kind.
 */
final class FullQuartersFigure extends AbstractFigure {

    private final Function<FigureContext, Query> activities;
    private final FeaturePath date;
    private final FeaturePath kind;
    private final int kinds;

    FullQuartersFigure(String id, String area, FigureTexts texts, Function<FigureContext, Query> activities, FeaturePath date, FeaturePath kind,
            int kinds) {
        super(id, area, texts);
        this.activities = activities;
        this.date = date;
        this.kind = kind;
        this.kinds = kinds;
    }

    @Override
    public FigureValue compute(FigureContext context) throws StoreException {
        if (!context.isDistrict()) {
            return FigureValue.missing();
        }
        return FigureValue.of(fullQuarters(context).size());
    }

    /** One row per full quarter: the quarter and how many activities it held. */
    @Override
    public List<CountedRecord> records(FigureContext context) throws StoreException {
        if (!context.isDistrict()) {
            return List.of();
        }
        List<CountedRecord> rows = new ArrayList<>();
        for (Map.Entry<Integer, Long> quarter : fullQuarters(context).entrySet()) {
            rows.add(new CountedRecord(text("quarter", Locale.CHINA).formatted(quarter.getKey()), 0, //$NON-NLS-1$
                    text("quarter.activities", Locale.CHINA).formatted(quarter.getValue()), 1)); //$NON-NLS-1$
        }
        return rows;
    }

    /** Quarter → number of activities, for the quarters that held every kind. */
    private Map<Integer, Long> fullQuarters(FigureContext context) throws StoreException {
        Map<Integer, Integer> kindsPerQuarter = new TreeMap<>();
        Map<Integer, Long> activitiesPerQuarter = new TreeMap<>();
        for (Aggregation.Row row : context.session().aggregate(Aggregation.of(activities.apply(context))
                .groupBy(Grouping.quarterOf(date)).groupBy(Grouping.by(kind)).count())) {
            Integer quarter = ((Number) row.keys().get(0)).intValue();
            kindsPerQuarter.merge(quarter, 1, Integer::sum);
            activitiesPerQuarter.merge(quarter, row.count(), Long::sum);
        }
        Map<Integer, Long> full = new TreeMap<>();
        kindsPerQuarter.forEach((quarter, count) -> {
            if (count >= kinds) {
                full.put(quarter, activitiesPerQuarter.get(quarter));
            }
        });
        return full;
    }
}
