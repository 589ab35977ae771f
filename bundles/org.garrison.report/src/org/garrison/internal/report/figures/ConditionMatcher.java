package org.garrison.internal.report.figures;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.regex.Pattern;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EStructuralFeature;
import org.garrison.store.query.Condition;
import org.garrison.store.query.FeaturePath;

/**
 * A store condition evaluated on loaded records, as the database evaluates it: a many-valued step
 * means "some element", unless the step is bound to one element (the element being listed).
 * The appendix uses it to list exactly the elements a figure's SQL counted.
 */
public final class ConditionMatcher {

    private ConditionMatcher() {
    }

    public static boolean matches(Condition condition, EObject record, Map<List<EStructuralFeature>, EObject> binding) {
        return switch (condition) {
            case Condition.All all -> all.conditions().stream().allMatch(c -> matches(c, record, binding));
            case Condition.Any any -> any.conditions().stream().anyMatch(c -> matches(c, record, binding));
            case Condition.Not not -> !matches(not.condition(), record, binding);
            case Condition.IsNull isNull -> values(record, isNull.path(), binding).stream().allMatch(Objects::isNull);
            case Condition.Comparison comparison -> values(record, comparison.path(), binding).stream()
                    .anyMatch(value -> compare(value, comparison.operator(), comparison.value()));
        };
    }

    /** Every value the path reaches from the record: one per element of a many-valued step (or the bound element). */
    public static List<Object> values(EObject record, FeaturePath path, Map<List<EStructuralFeature>, EObject> binding) {
        List<Object> current = new ArrayList<>(List.of(record));
        List<EStructuralFeature> steps = path.steps();
        for (int i = 0; i < steps.size(); i++) {
            EStructuralFeature step = steps.get(i);
            EObject bound = binding.get(steps.subList(0, i + 1));
            List<Object> next = new ArrayList<>();
            for (Object value : current) {
                if (!(value instanceof EObject object)) {
                    continue;
                }
                if (bound != null) {
                    next.add(bound);
                } else if (step.isMany()) {
                    next.addAll((Collection<?>) object.eGet(step));
                } else {
                    next.add(object.eGet(step));
                }
            }
            current = next;
        }
        return current;
    }

    private static boolean compare(Object actual, Condition.Operator operator, Object expected) {
        if (actual == null) {
            return false;
        }
        return switch (operator) {
            case EQUALS -> same(actual, expected);
            case NOT_EQUALS -> !same(actual, expected);
            case LESS -> order(actual, expected) < 0;
            case LESS_OR_EQUAL -> order(actual, expected) <= 0;
            case GREATER -> order(actual, expected) > 0;
            case GREATER_OR_EQUAL -> order(actual, expected) >= 0;
            case LIKE -> like(String.valueOf(actual), String.valueOf(expected));
            case IN -> ((Collection<?>) expected).stream().anyMatch(candidate -> same(actual, candidate));
        };
    }

    private static boolean same(Object actual, Object expected) {
        if (actual instanceof Number a && expected instanceof Number b) {
            return a.doubleValue() == b.doubleValue();
        }
        return actual == expected || actual.equals(expected);
    }

    @SuppressWarnings({ "unchecked", "rawtypes" })
    private static int order(Object actual, Object expected) {
        if (actual instanceof Number a && expected instanceof Number b) {
            return Double.compare(a.doubleValue(), b.doubleValue());
        }
        if (actual instanceof LocalDate || actual instanceof Comparable) {
            return ((Comparable) actual).compareTo(expected);
        }
        throw new IllegalArgumentException("Cannot order " + actual); //$NON-NLS-1$
    }

    private static boolean like(String text, String pattern) {
        StringBuilder regex = new StringBuilder();
        for (char c : pattern.toCharArray()) {
            regex.append(switch (c) {
                case '%' -> ".*"; //$NON-NLS-1$
                case '_' -> "."; //$NON-NLS-1$
                default -> Pattern.quote(String.valueOf(c));
            });
        }
        return text.matches(regex.toString());
    }
}
