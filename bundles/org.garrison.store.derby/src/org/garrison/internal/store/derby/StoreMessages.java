package org.garrison.internal.store.derby;

import java.text.MessageFormat;
import java.util.Locale;
import java.util.ResourceBundle;

/** The store's messages in Chinese (default) or English. */
public final class StoreMessages {

    private static final String BUNDLE = "org.garrison.internal.store.derby.messages"; //$NON-NLS-1$

    private StoreMessages() {
    }

    public static String format(String key, Object... arguments) {
        return format(Locale.getDefault(), key, arguments);
    }

    public static String format(Locale locale, String key, Object... arguments) {
        ResourceBundle bundle = ResourceBundle.getBundle(BUNDLE, locale, StoreMessages.class.getClassLoader(),
                ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
        return new MessageFormat(bundle.getString(key), locale).format(arguments);
    }
}
