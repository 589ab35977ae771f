package org.garrison.store;

import java.nio.file.Path;
import java.util.Objects;

/**
 * Where the records live: an embedded database in a data folder (the default, one user), or a
 * shared Derby network server run by the administrators (many users, with authentication).
 */
public sealed interface StoreSettings {

    /** The database's name in the data folder when none is given. */
    String DEFAULT_DATABASE = "garrison"; //$NON-NLS-1$

    /** The Derby network server's default port. */
    int DEFAULT_PORT = 1527;

    /** A location a person can read, without secrets: the folder, or {@code host:port/database}. */
    String describe();

    /**
     * The embedded database {@code database} in {@code dataFolder}.
     *
     * @param bootPassword the boot password of an encrypted database (a new database is created
     *                     encrypted with it), or null for an unencrypted one
     */
    record Embedded(Path dataFolder, String database, char[] bootPassword) implements StoreSettings {

        public Embedded {
            Objects.requireNonNull(dataFolder, "dataFolder"); //$NON-NLS-1$
            Objects.requireNonNull(database, "database"); //$NON-NLS-1$
        }

        public Embedded(Path dataFolder) {
            this(dataFolder, DEFAULT_DATABASE, null);
        }

        @Override
        public String describe() {
            return dataFolder.resolve(database).toAbsolutePath().toString();
        }

        @Override
        public String toString() {
            return describe();
        }
    }

    /** The database {@code database} on a Derby network server, opened as {@code user}. */
    record Server(String host, int port, String database, String user, char[] password) implements StoreSettings {

        public Server {
            Objects.requireNonNull(host, "host"); //$NON-NLS-1$
            Objects.requireNonNull(database, "database"); //$NON-NLS-1$
            Objects.requireNonNull(user, "user"); //$NON-NLS-1$
        }

        @Override
        public String describe() {
            return host + ':' + port + '/' + database;
        }

        @Override
        public String toString() {
            return user + '@' + describe();
        }
    }
}
