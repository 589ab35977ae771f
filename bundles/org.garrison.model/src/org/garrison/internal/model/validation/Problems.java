package org.garrison.internal.model.validation;

import java.time.LocalDate;
import java.util.Locale;
import java.util.Map;

import org.eclipse.emf.common.util.BasicDiagnostic;
import org.eclipse.emf.common.util.Diagnostic;
import org.eclipse.emf.common.util.DiagnosticChain;
import org.eclipse.emf.common.util.Enumerator;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EStructuralFeature;
import org.garrison.model.labels.ModelLabels;
import org.garrison.model.validation.RecordValidation;

/**
 * Reports a constraint's failure as a diagnostic that names the record and the field (its data
 * holds both, so an editor can go to the field) and says how to fix it, in the context's language.
 */
final class Problems {

    private Problems() {
    }

    /** Adds the error when there is a chain; always answers false, as an EMF invariant must on failure. */
    static boolean error(EObject record, EStructuralFeature feature, DiagnosticChain diagnostics, Map<Object, Object> context,
            String key, Object... details) {
        if (diagnostics != null) {
            Locale locale = RecordValidation.locale(context);
            Object[] arguments = new Object[details.length + 2];
            arguments[0] = ModelLabels.describe(record, locale);
            arguments[1] = ModelLabels.of(feature, locale);
            for (int i = 0; i < details.length; i++) {
                arguments[i + 2] = details[i] instanceof Enumerator literal ? ModelLabels.of(literal, locale) : details[i];
            }
            diagnostics.add(new BasicDiagnostic(Diagnostic.ERROR, RecordValidation.SOURCE, key.hashCode(),
                    ValidationMessages.format(locale, key, arguments), new Object[] { record, feature, key }));
        }
        return false;
    }

    /** {@code later} must not be before {@code earlier}; fine when either is missing. */
    static boolean datesInOrder(EObject record, EStructuralFeature earlier, EStructuralFeature later, DiagnosticChain diagnostics,
            Map<Object, Object> context) {
        LocalDate first = (LocalDate) record.eGet(earlier);
        LocalDate second = (LocalDate) record.eGet(later);
        if (first != null && second != null && second.isBefore(first)) {
            Locale locale = RecordValidation.locale(context);
            return error(record, later, diagnostics, context, "dates.order", second, ModelLabels.of(earlier, locale), first); //$NON-NLS-1$
        }
        return true;
    }

    static boolean notNegative(EObject record, EStructuralFeature feature, DiagnosticChain diagnostics, Map<Object, Object> context) {
        Number value = (Number) record.eGet(feature);
        if (value != null && value.doubleValue() < 0) {
            return error(record, feature, diagnostics, context, "count.negative", value); //$NON-NLS-1$
        }
        return true;
    }

    static boolean requiredInState(EObject record, EStructuralFeature date, boolean stateRequiresIt, Enumerator state,
            DiagnosticChain diagnostics, Map<Object, Object> context) {
        if (stateRequiresIt && record.eGet(date) == null) {
            return error(record, date, diagnostics, context, "state.requiresDate", state); //$NON-NLS-1$
        }
        return true;
    }
}
