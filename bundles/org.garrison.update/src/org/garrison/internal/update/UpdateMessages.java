package org.garrison.internal.update;

import java.text.MessageFormat;
import java.util.Locale;
import java.util.ResourceBundle;

/** The texts of installing and updating, Chinese by default, English second. */
public final class UpdateMessages {

    private UpdateMessages() {
    }

    public static String format(String key, Object... arguments) {
        ResourceBundle bundle = ResourceBundle.getBundle(UpdateMessages.class.getPackageName() + ".messages", Locale.getDefault(), //$NON-NLS-1$
                UpdateMessages.class.getClassLoader(), ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
        return new MessageFormat(bundle.getString(key), Locale.getDefault()).format(arguments);
    }
}
