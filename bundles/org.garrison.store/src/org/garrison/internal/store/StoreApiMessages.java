package org.garrison.internal.store;

import java.text.MessageFormat;
import java.util.Locale;
import java.util.ResourceBundle;

/** The store API's own messages, Chinese by default, English second. */
public final class StoreApiMessages {

    private StoreApiMessages() {
    }

    public static String format(String key, Object... arguments) {
        ResourceBundle bundle = ResourceBundle.getBundle("org.garrison.store.messages", Locale.getDefault(), //$NON-NLS-1$
                StoreApiMessages.class.getClassLoader(), ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
        return new MessageFormat(bundle.getString(key), Locale.getDefault()).format(arguments);
    }
}
