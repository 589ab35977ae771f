package org.garrison.store;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import org.garrison.internal.store.StoreApiMessages;

/**
 * Store settings from the command line, which take precedence over the preferences:
 * <pre>
 *   -data-folder DIR               the embedded database's folder (default: the preferences' or ~/.garrison)
 *   -server HOST[:PORT]/DATABASE   a shared Derby network server instead of the embedded database
 *   --user NAME                    the server user (default: the system user); Eclipse's launcher takes
 *                                  {@code -user} for itself, so only {@code --user} reaches a started product
 * </pre>
 * Passwords never appear on a command line (other users could read them from the process list):
 * the server password comes from {@code GARRISON_DB_PASSWORD}, an embedded database's boot password
 * from {@code GARRISON_BOOT_PASSWORD}.
 */
public final class StoreSettingsArguments {

    public static final String DATA_FOLDER = "-data-folder"; //$NON-NLS-1$
    public static final String SERVER = "-server"; //$NON-NLS-1$
    public static final String USER = "-user"; //$NON-NLS-1$
    /** The user option as the product's start script passes it on (the launcher keeps {@code -user}). */
    public static final String USER_LONG = "--user"; //$NON-NLS-1$
    public static final String PASSWORD_VARIABLE = "GARRISON_DB_PASSWORD"; //$NON-NLS-1$
    public static final String BOOT_PASSWORD_VARIABLE = "GARRISON_BOOT_PASSWORD"; //$NON-NLS-1$

    private StoreSettingsArguments() {
    }

    /**
     * The settings the arguments ask for, or {@code fallback} when they name no store.
     *
     * @throws IllegalArgumentException with a message naming the argument when one is malformed
     */
    public static StoreSettings parse(List<String> arguments, Map<String, String> environment, StoreSettings fallback) {
        String server = valueOf(arguments, SERVER);
        String folder = valueOf(arguments, DATA_FOLDER);
        if (server != null) {
            String user = valueOf(arguments, USER_LONG);
            if (user == null) {
                user = valueOf(arguments, USER);
            }
            return server(server, user == null ? System.getProperty("user.name") : user, chars(environment.get(PASSWORD_VARIABLE))); //$NON-NLS-1$
        }
        if (folder != null) {
            return new StoreSettings.Embedded(Path.of(folder), StoreSettings.DEFAULT_DATABASE, chars(environment.get(BOOT_PASSWORD_VARIABLE)));
        }
        return fallback;
    }

    /** {@code HOST[:PORT]/DATABASE} as server settings. */
    public static StoreSettings.Server server(String address, String user, char[] password) {
        int slash = address.indexOf('/');
        if (slash <= 0 || slash == address.length() - 1) {
            throw new IllegalArgumentException(StoreApiMessages.format("arguments.serverAddress", address)); //$NON-NLS-1$
        }
        String hostAndPort = address.substring(0, slash);
        int colon = hostAndPort.lastIndexOf(':');
        int port = StoreSettings.DEFAULT_PORT;
        String host = hostAndPort;
        if (colon > 0) {
            host = hostAndPort.substring(0, colon);
            try {
                port = Integer.parseInt(hostAndPort.substring(colon + 1));
            } catch (NumberFormatException e) {
                throw new IllegalArgumentException(StoreApiMessages.format("arguments.serverPort", address, hostAndPort.substring(colon + 1)), e); //$NON-NLS-1$
            }
            if (port < 1 || port > 65535) {
                throw new IllegalArgumentException(StoreApiMessages.format("arguments.serverPort", address, port)); //$NON-NLS-1$
            }
        }
        return new StoreSettings.Server(host, port, address.substring(slash + 1), user, password);
    }

    private static String valueOf(List<String> arguments, String name) {
        int at = arguments.indexOf(name);
        if (at < 0) {
            return null;
        }
        if (at == arguments.size() - 1 || arguments.get(at + 1).startsWith("-")) { //$NON-NLS-1$
            throw new IllegalArgumentException(StoreApiMessages.format("arguments.missingValue", name)); //$NON-NLS-1$
        }
        return arguments.get(at + 1);
    }

    private static char[] chars(String value) {
        return value == null || value.isEmpty() ? null : value.toCharArray();
    }
}
