package org.garrison.store.query;

import java.util.Collection;
import java.util.List;

import org.eclipse.emf.ecore.EStructuralFeature;

/**
 * What a query's records must satisfy, translated to SQL by the store. Values are the model's own:
 * enum literals, {@code LocalDate}s, numbers, strings, and records for references.
 */
public sealed interface Condition {

    enum Operator {
        EQUALS, NOT_EQUALS, LESS, LESS_OR_EQUAL, GREATER, GREATER_OR_EQUAL,
        /** SQL LIKE: {@code %} any text, {@code _} one character. */
        LIKE,
        /** One of a collection of values. */
        IN
    }

    record Comparison(FeaturePath path, Operator operator, Object value) implements Condition {
        public Comparison {
            if (value == null) {
                throw new IllegalArgumentException("Compare with null through Condition.isNull: " + path); //$NON-NLS-1$
            }
            if (operator == Operator.IN && !(value instanceof Collection<?>)) {
                throw new IllegalArgumentException("IN needs a collection of values: " + path); //$NON-NLS-1$
            }
        }
    }

    record IsNull(FeaturePath path) implements Condition {
    }

    record All(List<Condition> conditions) implements Condition {
    }

    record Any(List<Condition> conditions) implements Condition {
    }

    record Not(Condition condition) implements Condition {
    }

    static Condition eq(EStructuralFeature feature, Object value) {
        return eq(FeaturePath.of(feature), value);
    }

    static Condition eq(FeaturePath path, Object value) {
        return new Comparison(path, Operator.EQUALS, value);
    }

    static Condition compare(EStructuralFeature feature, Operator operator, Object value) {
        return new Comparison(FeaturePath.of(feature), operator, value);
    }

    static Condition compare(FeaturePath path, Operator operator, Object value) {
        return new Comparison(path, operator, value);
    }

    static Condition in(EStructuralFeature feature, Collection<?> values) {
        return new Comparison(FeaturePath.of(feature), Operator.IN, List.copyOf(values));
    }

    static Condition in(FeaturePath path, Collection<?> values) {
        return new Comparison(path, Operator.IN, List.copyOf(values));
    }

    static Condition isNull(EStructuralFeature feature) {
        return new IsNull(FeaturePath.of(feature));
    }

    static Condition between(EStructuralFeature feature, Object from, Object to) {
        return all(compare(feature, Operator.GREATER_OR_EQUAL, from), compare(feature, Operator.LESS_OR_EQUAL, to));
    }

    static Condition all(Condition... conditions) {
        return new All(List.of(conditions));
    }

    static Condition any(Condition... conditions) {
        return new Any(List.of(conditions));
    }

    static Condition not(Condition condition) {
        return new Not(condition);
    }
}
