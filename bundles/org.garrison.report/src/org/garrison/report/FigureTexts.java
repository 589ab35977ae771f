package org.garrison.report;

import java.util.Locale;
import java.util.MissingResourceException;
import java.util.ResourceBundle;

/**
 * Figures' names and definitions from a properties bundle ({@code <id>.name}, {@code <id>.definition}):
 * the root file in Chinese, {@code _en} in English. Looked up per locale, not only the product's
 * current one, since the catalogue shows both.
 */
public final class FigureTexts {

    private final String baseName;
    private final ClassLoader loader;

    private FigureTexts(String baseName, ClassLoader loader) {
        this.baseName = baseName;
        this.loader = loader;
    }

    /** The bundle {@code baseName} (e.g. {@code org.example.figures}) seen from {@code anchor}'s class loader. */
    public static FigureTexts of(String baseName, Class<?> anchor) {
        return new FigureTexts(baseName, anchor.getClassLoader());
    }

    public String name(String id, Locale locale) {
        return text(id + ".name", locale); //$NON-NLS-1$
    }

    public String definition(String id, Locale locale) {
        return text(id + ".definition", locale); //$NON-NLS-1$
    }

    public String text(String key, Locale locale) {
        try {
            return ResourceBundle.getBundle(baseName, locale, loader, ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES))
                    .getString(key);
        } catch (MissingResourceException e) {
            return '!' + key + '!';
        }
    }
}
