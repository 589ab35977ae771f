package org.garrison.model.validation;

import java.time.LocalDate;
import java.util.Collection;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;

import org.eclipse.emf.common.util.BasicDiagnostic;
import org.eclipse.emf.common.util.Diagnostic;
import org.eclipse.emf.common.util.DiagnosticChain;
import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EStructuralFeature;
import org.eclipse.emf.ecore.EValidator;
import org.eclipse.emf.ecore.util.Diagnostician;
import org.eclipse.emf.ecore.util.EObjectValidator;
import org.garrison.internal.model.validation.ValidationMessages;
import org.garrison.model.labels.ModelLabels;

/**
 * The one way to validate records, used by editors, importers and the store: EMF's Diagnostician
 * running the model's EValidators, with every message saying which record, which field, what is
 * wrong and how to fix it, in Chinese or English. Each error's data is {@code [record, feature, key]}.
 */
public final class RecordValidation {

    /** The source of Garrison's diagnostics. */
    public static final String SOURCE = "org.garrison.model"; //$NON-NLS-1$

    private RecordValidation() {
    }

    /** Validates the record and everything it contains, in the default locale, as of today. */
    public static Diagnostic validate(EObject record) {
        return validate(record, Locale.getDefault(), LocalDate.now());
    }

    /** Validates the record and everything it contains; messages in the locale, ages as of the date. */
    public static Diagnostic validate(EObject record, Locale locale, LocalDate referenceDate) {
        Map<Object, Object> context = new HashMap<>();
        context.put(Locale.class, locale);
        context.put(LocalDate.class, referenceDate);
        LocalizedDiagnostician diagnostician = new LocalizedDiagnostician(locale);
        context.put(EValidator.SubstitutionLabelProvider.class, diagnostician);
        BasicDiagnostic result = new BasicDiagnostic(SOURCE, 0, ModelLabels.describe(record, locale), new Object[] { record });
        diagnostician.validate(record, result, context);
        return result;
    }

    /**
     * Validates each record on its own, not the records it contains (a store validates every new and
     * changed record of a commit, contained ones included, exactly once).
     */
    public static Diagnostic validateEach(Collection<? extends EObject> records, Locale locale, LocalDate referenceDate) {
        Map<Object, Object> context = new HashMap<>();
        context.put(Locale.class, locale);
        context.put(LocalDate.class, referenceDate);
        LocalizedDiagnostician diagnostician = new LocalizedDiagnostician(locale) {
            @Override
            protected boolean doValidateContents(EObject eObject, DiagnosticChain diagnostics, Map<Object, Object> context) {
                return true;
            }
        };
        context.put(EValidator.SubstitutionLabelProvider.class, diagnostician);
        BasicDiagnostic result = new BasicDiagnostic(SOURCE, 0, "", new Object[0]); //$NON-NLS-1$
        for (EObject record : records) {
            diagnostician.validate(record, result, context);
        }
        return result;
    }

    /** The language of the messages: the context's, else the default locale. */
    public static Locale locale(Map<Object, Object> context) {
        Object locale = context == null ? null : context.get(Locale.class);
        return locale instanceof Locale l ? l : Locale.getDefault();
    }

    /** The date that ages and deadlines are measured on: the context's, else today. */
    public static LocalDate referenceDate(Map<Object, Object> context) {
        Object date = context == null ? null : context.get(LocalDate.class);
        return date instanceof LocalDate d ? d : LocalDate.now();
    }

    /** Rewrites EMF's own multiplicity errors ("The required feature ... must be set") into Garrison's. */
    private static class LocalizedDiagnostician extends Diagnostician {

        private final Locale locale;

        LocalizedDiagnostician(Locale locale) {
            this.locale = locale;
        }

        @Override
        public String getObjectLabel(EObject eObject) {
            return ModelLabels.describe(eObject, locale);
        }

        @Override
        public String getFeatureLabel(EStructuralFeature feature) {
            return ModelLabels.of(feature, locale);
        }

        @Override
        public boolean validate(EClass eClass, EObject eObject, DiagnosticChain diagnostics, Map<Object, Object> context) {
            if (diagnostics == null) {
                return super.validate(eClass, eObject, null, context);
            }
            BasicDiagnostic collected = new BasicDiagnostic();
            boolean valid = super.validate(eClass, eObject, collected, context);
            for (Diagnostic child : collected.getChildren()) {
                diagnostics.add(translate(child));
            }
            return valid;
        }

        private Diagnostic translate(Diagnostic diagnostic) {
            if (EObjectValidator.DIAGNOSTIC_SOURCE.equals(diagnostic.getSource())
                    && diagnostic.getCode() == EObjectValidator.EOBJECT__EVERY_MULTIPCITY_CONFORMS
                    && diagnostic.getData().size() >= 2
                    && diagnostic.getData().get(0) instanceof EObject record
                    && diagnostic.getData().get(1) instanceof EStructuralFeature feature) {
                String message = ValidationMessages.format(locale, "required", ModelLabels.describe(record, locale), //$NON-NLS-1$
                        ModelLabels.of(feature, locale));
                return new BasicDiagnostic(Diagnostic.ERROR, SOURCE, "required".hashCode(), message, //$NON-NLS-1$
                        new Object[] { record, feature, "required" }); //$NON-NLS-1$
            }
            return diagnostic;
        }
    }
}
