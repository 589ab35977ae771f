package org.garrison.report;

import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EStructuralFeature;
import org.garrison.internal.report.figures.ConditionMatcher;
import org.garrison.internal.report.figures.RecordLabels;
import org.garrison.store.StoreException;
import org.garrison.store.StoreSession;
import org.garrison.store.query.Aggregation;
import org.garrison.store.query.Condition;
import org.garrison.store.query.FeaturePath;
import org.garrison.store.query.Query;

/**
 * A figure that is one store query: the records it finds, the elements of a many-valued path of
 * them (trainee places of the year's batches), the distinct elements, or the sum of a number. The
 * value is counted by the database; the appendix reads the same query's records and follows the
 * same path in memory, so a figure and its listed records can be checked against each other.
 */
public final class QueryFigure extends AbstractFigure {

    /** What the figure counts. */
    public enum Counting {
        RECORDS, ELEMENTS, DISTINCT_ELEMENTS, SUM
    }

    private final Function<FigureContext, Query> query;
    private final Counting counting;
    private final FeaturePath counted;
    private final FeaturePath scope;

    private QueryFigure(Builder builder) {
        super(builder.id, builder.area, builder.texts);
        this.query = Objects.requireNonNull(builder.query, "query"); //$NON-NLS-1$
        this.counting = builder.counting;
        this.counted = builder.counted;
        this.scope = builder.scope;
    }

    public static Builder builder(String id, String area, FigureTexts texts) {
        return new Builder(id, area, texts);
    }

    /** Whether the figure can be computed for one town (it knows the organizational unit of what it counts). */
    public boolean isScoped() {
        return scope != null;
    }

    @Override
    public FigureValue compute(FigureContext context) throws StoreException {
        Query scoped = scopedQuery(context);
        if (scoped == null) {
            return FigureValue.missing();
        }
        StoreSession session = context.session();
        return switch (counting) {
            case RECORDS -> FigureValue.of(session.count(scoped));
            case ELEMENTS -> FigureValue.of(session.aggregate(Aggregation.of(scoped).count(counted)).get(0).count());
            case DISTINCT_ELEMENTS -> FigureValue.of(session.aggregate(Aggregation.of(scoped).countDistinct(counted)).get(0).count());
            case SUM -> FigureValue.of(session.aggregate(Aggregation.of(scoped).sum(counted)).get(0).count());
        };
    }

    @Override
    public List<CountedRecord> records(FigureContext context) throws StoreException {
        Query scoped = scopedQuery(context);
        if (scoped == null) {
            return List.of();
        }
        StoreSession session = context.session();
        List<EObject> found = session.list(scoped);
        List<CountedRecord> rows = new ArrayList<>();
        switch (counting) {
            case RECORDS -> found.forEach(record -> rows.add(row(session, record, null, 1)));
            case SUM -> {
                for (EObject record : found) {
                    long amount = 0;
                    for (Object value : ConditionMatcher.values(record, counted, Map.of())) {
                        amount += value instanceof Boolean flag ? (flag ? 1 : 0) : value instanceof Number number ? number.longValue() : 0;
                    }
                    rows.add(row(session, record, null, amount));
                }
            }
            case ELEMENTS, DISTINCT_ELEMENTS -> elementRows(session, scoped, found, rows);
        }
        return rows;
    }

    /** Each element of the counted path's many-valued step that meets the query's conditions on it. */
    private void elementRows(StoreSession session, Query scoped, List<EObject> found, List<CountedRecord> rows) {
        List<EStructuralFeature> steps = counted.steps();
        int many = 0;
        while (many < steps.size() && !steps.get(many).isMany()) {
            many++;
        }
        List<EStructuralFeature> prefix = List.copyOf(steps.subList(0, Math.min(many + 1, steps.size())));
        FeaturePath toElements = new FeaturePath(prefix);
        List<EStructuralFeature> rest = steps.subList(prefix.size(), steps.size());
        Map<Object, Boolean> seen = new IdentityHashMap<>();
        for (EObject record : found) {
            for (Object element : ConditionMatcher.values(record, toElements, Map.of())) {
                if (!(element instanceof EObject bound)) {
                    continue;
                }
                Map<List<EStructuralFeature>, EObject> binding = Map.of(prefix, bound);
                if (!scoped.conditions().stream().allMatch(condition -> ConditionMatcher.matches(condition, record, binding))) {
                    continue;
                }
                Object target = rest.isEmpty() ? bound : single(bound, rest);
                if (target == null || (counting == Counting.DISTINCT_ELEMENTS && seen.put(target, Boolean.TRUE) != null)) {
                    continue;
                }
                rows.add(target instanceof EObject object ? row(session, object, record, 1)
                        : new CountedRecord(String.valueOf(target), session.idOf(bound).orElse(0), RecordLabels.of(record), 1));
            }
        }
    }

    private static Object single(EObject from, List<EStructuralFeature> steps) {
        Object current = from;
        for (EStructuralFeature step : steps) {
            if (!(current instanceof EObject object)) {
                return null;
            }
            current = object.eGet(step);
        }
        return current;
    }

    private static CountedRecord row(StoreSession session, EObject record, EObject partOf, Number amount) {
        return new CountedRecord(RecordLabels.of(record), session.idOf(record).orElse(0), partOf == null ? "" : RecordLabels.of(partOf), amount); //$NON-NLS-1$
    }

    private Query scopedQuery(FigureContext context) {
        Query base = query.apply(context);
        if (context.isDistrict()) {
            return base;
        }
        if (scope == null) {
            return null;
        }
        Condition inScope = context.scopeCondition(scope);
        return base.where(inScope);
    }

    /** Builds a figure: {@code QueryFigure.builder(id, area, texts).query(…).elements(path).scope(path).build()}. */
    public static final class Builder {
        private final String id;
        private final String area;
        private final FigureTexts texts;
        private Function<FigureContext, Query> query;
        private Counting counting = Counting.RECORDS;
        private FeaturePath counted;
        private FeaturePath scope;

        private Builder(String id, String area, FigureTexts texts) {
            this.id = id;
            this.area = area;
            this.texts = texts;
        }

        /** The records, for the context's year (and any other condition). */
        public Builder query(Function<FigureContext, Query> records) {
            this.query = records;
            return this;
        }

        public Builder records() {
            return counting(Counting.RECORDS, null);
        }

        /** Counts the elements the path reaches through its many-valued step (each place, not each person). */
        public Builder elements(FeaturePath path) {
            return counting(Counting.ELEMENTS, path);
        }

        public Builder distinctElements(FeaturePath path) {
            return counting(Counting.DISTINCT_ELEMENTS, path);
        }

        public Builder sum(FeaturePath path) {
            return counting(Counting.SUM, path);
        }

        /** The path from the query's records to an organizational unit, which lets a town's report count its own; none: district only. */
        public Builder scope(FeaturePath toOrgUnit) {
            this.scope = toOrgUnit;
            return this;
        }

        public QueryFigure build() {
            return new QueryFigure(this);
        }

        private Builder counting(Counting how, FeaturePath path) {
            if (how != Counting.RECORDS && path == null) {
                throw new IllegalArgumentException(how + " needs a path: " + id); //$NON-NLS-1$
            }
            this.counting = how;
            this.counted = path;
            return this;
        }
    }
}
