package org.garrison.store.query;

import java.util.ArrayList;
import java.util.List;

/**
 * Counts and sums over a query's records, grouped by features (or the year, quarter or month of
 * a date), computed by the database: {@code Aggregation.of(query).groupBy(Grouping.yearOf(date)).count()}.
 * Ordering and paging of the query are ignored; rows come ordered by their group keys. A path with
 * a many-valued step makes a row of each element: {@code count(FeaturePath.of(trainees))} of the
 * year's training batches counts trainee places, {@code countDistinct} the different trainees.
 */
public final class Aggregation {

    /** What to compute per group. */
    public enum Function {
        COUNT, COUNT_DISTINCT, SUM, MIN, MAX, AVG
    }

    /** A group key: a feature's value, or a part of a date. */
    public record Grouping(FeaturePath path, DatePart part) {

        public enum DatePart {
            NONE, YEAR, QUARTER, MONTH
        }

        public static Grouping by(FeaturePath path) {
            return new Grouping(path, DatePart.NONE);
        }

        public static Grouping yearOf(FeaturePath path) {
            return new Grouping(path, DatePart.YEAR);
        }

        public static Grouping quarterOf(FeaturePath path) {
            return new Grouping(path, DatePart.QUARTER);
        }

        public static Grouping monthOf(FeaturePath path) {
            return new Grouping(path, DatePart.MONTH);
        }
    }

    /** A computed value; {@code path} is null for a plain COUNT of records. */
    public record Measure(Function function, FeaturePath path) {
    }

    /** One group: its keys in grouping order (records for references), then the measures in order. */
    public record Row(List<Object> keys, List<Number> values) {

        public Number value(int index) {
            return values.get(index);
        }

        /** A MIN or MAX of dates; null when the group had none. */
        public java.time.LocalDate date(int index) {
            Number value = values.get(index);
            return value == null ? null : java.time.LocalDate.ofEpochDay(value.longValue());
        }

        /** The first measure as a long (counts and integer sums); 0 when the database gave none. */
        public long count() {
            Number value = values.get(0);
            return value == null ? 0 : value.longValue();
        }
    }

    private final Query query;
    private final List<Grouping> groupings;
    private final List<Measure> measures;

    private Aggregation(Query query, List<Grouping> groupings, List<Measure> measures) {
        this.query = query;
        this.groupings = List.copyOf(groupings);
        this.measures = List.copyOf(measures);
    }

    public static Aggregation of(Query query) {
        return new Aggregation(query, List.of(), List.of());
    }

    public Aggregation groupBy(Grouping grouping) {
        grouping.path().checkFrom(query.eClass());
        List<Grouping> more = new ArrayList<>(groupings);
        more.add(grouping);
        return new Aggregation(query, more, measures);
    }

    /** COUNT of the records, or of the elements when the query's conditions or other measures pass many-valued steps. */
    public Aggregation count() {
        return measure(new Measure(Function.COUNT, null));
    }

    public Aggregation countDistinct(FeaturePath path) {
        return measure(new Measure(Function.COUNT_DISTINCT, path));
    }

    /** COUNT of the path's non-null values: with a many-valued path, the number of elements. */
    public Aggregation count(FeaturePath path) {
        return measure(new Measure(Function.COUNT, path));
    }

    public Aggregation min(FeaturePath path) {
        return measure(new Measure(Function.MIN, path));
    }

    /** MAX of the path's values; a date's comes as its epoch day, read with {@link Row#date(int)}. */
    public Aggregation max(FeaturePath path) {
        return measure(new Measure(Function.MAX, path));
    }

    public Aggregation sum(FeaturePath path) {
        return measure(new Measure(Function.SUM, path));
    }

    public Aggregation measure(Measure measure) {
        if (measure.path() != null) {
            measure.path().checkFrom(query.eClass());
        } else if (measure.function() != Function.COUNT) {
            throw new IllegalArgumentException(measure.function() + " needs a feature path"); //$NON-NLS-1$
        }
        List<Measure> more = new ArrayList<>(measures);
        more.add(measure);
        return new Aggregation(query, groupings, more);
    }

    public Query query() {
        return query;
    }

    public List<Grouping> groupings() {
        return groupings;
    }

    public List<Measure> measures() {
        return measures;
    }
}
