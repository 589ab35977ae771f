package org.garrison.internal.model.validation;

import java.text.MessageFormat;
import java.util.Locale;
import java.util.ResourceBundle;

/** The validation messages in Chinese (default) or English. */
public final class ValidationMessages {

    private static final String BUNDLE = "org.garrison.internal.model.validation.messages"; //$NON-NLS-1$

    private ValidationMessages() {
    }

    public static String format(Locale locale, String key, Object... arguments) {
        ResourceBundle bundle = ResourceBundle.getBundle(BUNDLE, locale, ValidationMessages.class.getClassLoader(),
                ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
        return new MessageFormat(bundle.getString(key), locale).format(arguments);
    }
}
