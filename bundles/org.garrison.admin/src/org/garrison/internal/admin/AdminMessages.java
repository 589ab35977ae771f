package org.garrison.internal.admin;

import java.text.MessageFormat;
import java.util.Locale;
import java.util.ResourceBundle;

/** The administration's texts, Chinese by default, English second. */
public final class AdminMessages {

    private AdminMessages() {
    }

    public static String format(String key, Object... arguments) {
        ResourceBundle bundle = ResourceBundle.getBundle(AdminMessages.class.getPackageName() + ".messages", Locale.getDefault(), //$NON-NLS-1$
                AdminMessages.class.getClassLoader(), ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
        return new MessageFormat(bundle.getString(key), Locale.getDefault()).format(arguments);
    }
}
