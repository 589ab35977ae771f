package org.garrison.model.labels;

import java.util.Locale;
import java.util.MissingResourceException;
import java.util.ResourceBundle;

import org.eclipse.emf.common.util.Enumerator;
import org.eclipse.emf.ecore.EAttribute;
import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EStructuralFeature;

/**
 * Display names of the model's classes, features and enum literals, in Chinese (the default) or
 * English; and a short description of a record ("人员“张三”") for messages that must say which
 * record they are about. Editors, importers, validation and reports all use these names.
 * <p>
 * A department's package brings its own names in a properties file beside it, with the same keys
 * ({@code Class}, {@code Class.feature}, {@code Enum.LITERAL}), Chinese in the base file and English in
 * {@code _en}: a dynamic package beside its {@code .ecore} ({@code model/education.ecore} →
 * {@code model/education.properties}), a generated one as {@code labels.properties} in its interfaces'
 * Java package. Its names win for its own classes; what it leaves out falls back to Garrison's names,
 * then to the model's own.
 */
public final class ModelLabels {

    private static final String BUNDLE = "org.garrison.model.labels.labels"; //$NON-NLS-1$

    /** Attributes that identify a record to a person, in order of preference. */
    private static final String[] IDENTIFYING = { "name", "title", "topic", "description", "identityNumber", "code", "event", "date", "year" }; //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$ //$NON-NLS-5$ //$NON-NLS-6$ //$NON-NLS-7$ //$NON-NLS-8$ //$NON-NLS-9$

    private ModelLabels() {
    }

    public static String of(EClass eClass, Locale locale) {
        return lookup(eClass.getEPackage(), eClass.getName(), locale);
    }

    public static String of(EStructuralFeature feature, Locale locale) {
        EClass owner = feature.getEContainingClass();
        return lookup(owner.getEPackage(), owner.getName() + "." + feature.getName(), locale); //$NON-NLS-1$
    }

    public static String of(Enumerator literal, Locale locale) {
        if (literal instanceof org.eclipse.emf.ecore.EEnumLiteral dynamic) {
            // a dynamic package's literal: its enumeration is the EEnum, not a Java enum
            return lookup(dynamic.getEEnum().getEPackage(), dynamic.getEEnum().getName() + "." + literal.getName(), locale); //$NON-NLS-1$
        }
        return lookup(null, literal.getClass().getSimpleName() + "." + literal.getName(), locale); //$NON-NLS-1$
    }

    /** The record's kind and what identifies it, e.g. {@code 人员“张三”} or {@code Person 'Zhang San'}. */
    public static String describe(EObject record, Locale locale) {
        String kind = of(record.eClass(), locale);
        String identity = identity(record);
        if (identity == null) {
            return kind;
        }
        return isChinese(locale) ? kind + "“" + identity + "”" : kind + " '" + identity + "'"; //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$
    }

    private static boolean isChinese(Locale locale) {
        return !"en".equals(locale.getLanguage()); //$NON-NLS-1$
    }

    private static String identity(EObject record) {
        for (String name : IDENTIFYING) {
            EStructuralFeature feature = record.eClass().getEStructuralFeature(name);
            if (feature instanceof EAttribute && !feature.isMany()) {
                Object value = record.eGet(feature);
                if (value != null && !value.toString().isBlank()) {
                    return value.toString();
                }
            }
        }
        return null;
    }

    private static String lookup(org.eclipse.emf.ecore.EPackage ePackage, String key, Locale locale) {
        if (ePackage != null) {
            String own = PackageLabels.of(ePackage, locale).get(key);
            if (own != null) {
                return own;
            }
        }
        try {
            return bundle(locale).getString(key);
        } catch (MissingResourceException e) {
            return key;
        }
    }

    private static ResourceBundle bundle(Locale locale) {
        // No fallback to the JVM's default locale: a locale without its own file gets the Chinese base.
        return ResourceBundle.getBundle(BUNDLE, locale, ModelLabels.class.getClassLoader(),
                ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
    }
}
