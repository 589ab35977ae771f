package org.garrison.store.query;

import java.text.MessageFormat;
import java.util.Locale;
import java.util.ResourceBundle;

/** Messages for malformed queries, from the store API's message file. */
final class QueryMessages {

    private QueryMessages() {
    }

    static String format(String key, Object... arguments) {
        ResourceBundle bundle = ResourceBundle.getBundle("org.garrison.store.messages", Locale.getDefault(), //$NON-NLS-1$
                QueryMessages.class.getClassLoader(), ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
        return new MessageFormat(bundle.getString(key), Locale.getDefault()).format(arguments);
    }
}
