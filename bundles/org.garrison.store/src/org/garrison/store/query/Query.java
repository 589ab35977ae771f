package org.garrison.store.query;

import java.util.ArrayList;
import java.util.List;

import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.EStructuralFeature;

/**
 * The records of one stored class that satisfy every condition, in the given order, one page at a
 * time. Immutable: each method answers a new query. Run it with a session's {@code list} or {@code count}.
 */
public final class Query {

    /** One ordering key. */
    public record Order(FeaturePath path, boolean ascending) {
    }

    private final EClass eClass;
    private final List<Condition> conditions;
    private final List<Order> orders;
    private final int offset;
    private final int limit;

    private Query(EClass eClass, List<Condition> conditions, List<Order> orders, int offset, int limit) {
        this.eClass = eClass;
        this.conditions = List.copyOf(conditions);
        this.orders = List.copyOf(orders);
        this.offset = offset;
        this.limit = limit;
    }

    /** Every stored record of the (concrete) class. */
    public static Query of(EClass eClass) {
        return new Query(eClass, List.of(), List.of(), 0, -1);
    }

    public Query where(Condition condition) {
        condition(condition);
        List<Condition> more = new ArrayList<>(conditions);
        more.add(condition);
        return new Query(eClass, more, orders, offset, limit);
    }

    public Query orderBy(EStructuralFeature feature, boolean ascending) {
        return orderBy(FeaturePath.of(feature), ascending);
    }

    public Query orderBy(FeaturePath path, boolean ascending) {
        path.checkSingleFrom(eClass);
        List<Order> more = new ArrayList<>(orders);
        more.add(new Order(path, ascending));
        return new Query(eClass, conditions, more, offset, limit);
    }

    /** Skips {@code offset} records and answers at most {@code limit} (negative: no limit). */
    public Query page(int offset, int limit) {
        if (offset < 0) {
            throw new IllegalArgumentException("offset " + offset); //$NON-NLS-1$
        }
        return new Query(eClass, conditions, orders, offset, limit);
    }

    public EClass eClass() {
        return eClass;
    }

    public List<Condition> conditions() {
        return conditions;
    }

    public List<Order> orders() {
        return orders;
    }

    public int offset() {
        return offset;
    }

    public int limit() {
        return limit;
    }

    private void condition(Condition condition) {
        switch (condition) {
            case Condition.Comparison comparison -> comparison.path().checkFrom(eClass);
            case Condition.IsNull isNull -> isNull.path().checkFrom(eClass);
            case Condition.All all -> all.conditions().forEach(this::condition);
            case Condition.Any any -> any.conditions().forEach(this::condition);
            case Condition.Not not -> condition(not.condition());
        }
    }
}
