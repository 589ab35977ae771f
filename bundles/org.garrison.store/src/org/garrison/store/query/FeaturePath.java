package org.garrison.store.query;

import java.util.List;
import java.util.stream.Collectors;

import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.EReference;
import org.eclipse.emf.ecore.EStructuralFeature;
import org.garrison.internal.store.StoreApiMessages;

/**
 * A chain of features from a query's class: {@code unit.orgUnit} of a militia member is the town of
 * its unit. Every step but the last is a reference; the store joins along it. A many-valued step
 * ({@code trainees} of a training batch) stands for each of its elements: a condition on
 * {@code trainees.orgUnit} finds the batches with some trainee of that unit, and in an aggregation
 * every element is a row of its own, so {@code count(trainees)} counts trainee places.
 */
public record FeaturePath(List<EStructuralFeature> steps) {

    public FeaturePath {
        if (steps.isEmpty()) {
            throw new IllegalArgumentException("A feature path needs at least one feature"); //$NON-NLS-1$
        }
        steps = List.copyOf(steps);
        for (int i = 0; i < steps.size() - 1; i++) {
            if (!(steps.get(i) instanceof EReference)) {
                EStructuralFeature step = steps.get(i);
                throw new IllegalArgumentException(StoreApiMessages.format("query.notReference", step.getEContainingClass().getName(), step.getName())); //$NON-NLS-1$
            }
        }
    }

    public static FeaturePath of(EStructuralFeature... steps) {
        return new FeaturePath(List.of(steps));
    }

    /** Whether some step has many values (so that the path stands for each element). */
    public boolean isMany() {
        return steps.stream().anyMatch(EStructuralFeature::isMany);
    }

    /** {@link #checkFrom(EClass)}, and every step single-valued: for orderings. */
    public void checkSingleFrom(EClass eClass) {
        checkFrom(eClass);
        for (EStructuralFeature step : steps) {
            if (step.isMany()) {
                throw new IllegalArgumentException(StoreApiMessages.format("query.notSingle", step.getEContainingClass().getName(), step.getName())); //$NON-NLS-1$
            }
        }
    }

    public EStructuralFeature last() {
        return steps.get(steps.size() - 1);
    }

    /** Checks that the path starts at {@code eClass} and that each step belongs to the class the previous one leads to. */
    public void checkFrom(EClass eClass) {
        EClass current = eClass;
        for (EStructuralFeature step : steps) {
            if (!current.getEAllStructuralFeatures().contains(step)) {
                throw new IllegalArgumentException(StoreApiMessages.format("query.unknownFeature", current.getName(), step.getName())); //$NON-NLS-1$
            }
            if (step instanceof EReference reference) {
                current = reference.getEReferenceType();
            }
        }
    }

    @Override
    public String toString() {
        return steps.stream().map(EStructuralFeature::getName).collect(Collectors.joining(".")); //$NON-NLS-1$
    }
}
