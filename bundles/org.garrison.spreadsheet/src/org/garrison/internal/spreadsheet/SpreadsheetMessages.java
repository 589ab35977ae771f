package org.garrison.internal.spreadsheet;

import java.text.MessageFormat;
import java.util.Locale;
import java.util.ResourceBundle;

/** The messages of table files, Chinese by default, English second. */
public final class SpreadsheetMessages {

    private SpreadsheetMessages() {
    }

    public static String format(String key, Object... arguments) {
        ResourceBundle bundle = ResourceBundle.getBundle("org.garrison.internal.spreadsheet.messages", Locale.getDefault(), //$NON-NLS-1$
                SpreadsheetMessages.class.getClassLoader(), ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
        return new MessageFormat(bundle.getString(key), Locale.getDefault()).format(arguments);
    }
}
