package org.garrison.internal.ui.store;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import org.eclipse.core.runtime.Platform;
import org.eclipse.core.runtime.preferences.IEclipsePreferences;
import org.eclipse.core.runtime.preferences.InstanceScope;
import org.garrison.internal.ui.GarrisonHome;
import org.garrison.store.StoreSettings;
import org.garrison.store.StoreSettingsArguments;

/**
 * Where this workbench's records live: the command line ({@code -server}, {@code -data-folder})
 * over the preferences (the preference page writes them), over the embedded database in the
 * Garrison home folder.
 */
public final class StoreLocation {

    /** The preference node; its keys follow. */
    public static final String NODE = "org.garrison.store"; //$NON-NLS-1$
    /** {@code embedded} (default) or {@code server}. */
    public static final String MODE = "mode"; //$NON-NLS-1$
    public static final String MODE_SERVER = "server"; //$NON-NLS-1$
    public static final String DATA_FOLDER = "dataFolder"; //$NON-NLS-1$
    public static final String HOST = "server.host"; //$NON-NLS-1$
    public static final String PORT = "server.port"; //$NON-NLS-1$
    public static final String DATABASE = "server.database"; //$NON-NLS-1$
    public static final String USER = "server.user"; //$NON-NLS-1$

    private StoreLocation() {
    }

    /** Remembers the user who logged in to the shared server, for the next start's login (never the password). */
    public static void rememberUser(String user) {
        IEclipsePreferences preferences = InstanceScope.INSTANCE.getNode(NODE);
        preferences.put(USER, user);
        try {
            preferences.flush();
        } catch (Exception e) { // BackingStoreException
            // the next start asks for the name again
        }
    }

    /** The settings for this start; throws IllegalArgumentException with a message naming a malformed argument. */
    public static StoreSettings resolve() {
        return resolve(List.of(Platform.getApplicationArgs()), System.getenv(), InstanceScope.INSTANCE.getNode(NODE));
    }

    public static StoreSettings resolve(List<String> arguments, Map<String, String> environment, IEclipsePreferences preferences) {
        return resolve(arguments, environment, preferences, org.eclipse.core.runtime.preferences.DefaultScope.INSTANCE.getNode(NODE));
    }

    /**
     * @param presets the installation's presets for every staff PC (the administrator's garrison.ini, which the start
     *                script hands to the platform as its plug-in customization): the user's own preferences win over them
     */
    public static StoreSettings resolve(List<String> arguments, Map<String, String> environment, IEclipsePreferences preferences,
            IEclipsePreferences presets) {
        java.util.function.BinaryOperator<String> value = (key, fallback) -> preferences.get(key, presets.get(key, fallback));
        return StoreSettingsArguments.parse(arguments, environment, fromPreferences(value, environment));
    }

    private static StoreSettings fromPreferences(java.util.function.BinaryOperator<String> preferences, Map<String, String> environment) {
        if (MODE_SERVER.equals(preferences.apply(MODE, ""))) { //$NON-NLS-1$
            String password = environment.get(StoreSettingsArguments.PASSWORD_VARIABLE);
            int port;
            try {
                port = Integer.parseInt(preferences.apply(PORT, Integer.toString(StoreSettings.DEFAULT_PORT)).strip());
            } catch (NumberFormatException e) {
                port = StoreSettings.DEFAULT_PORT;
            }
            return new StoreSettings.Server(preferences.apply(HOST, "localhost"), port, //$NON-NLS-1$
                    preferences.apply(DATABASE, StoreSettings.DEFAULT_DATABASE), preferences.apply(USER, System.getProperty("user.name")), //$NON-NLS-1$
                    password == null ? null : password.toCharArray());
        }
        String folder = preferences.apply(DATA_FOLDER, ""); //$NON-NLS-1$
        String bootPassword = environment.get(StoreSettingsArguments.BOOT_PASSWORD_VARIABLE);
        return new StoreSettings.Embedded(folder.isBlank() ? GarrisonHome.folder() : Path.of(folder), StoreSettings.DEFAULT_DATABASE,
                bootPassword == null || bootPassword.isEmpty() ? null : bootPassword.toCharArray());
    }
}
