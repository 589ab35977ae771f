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

    /** {@code off} for a server without TLS (a test server, an old installation); encrypted otherwise. */
    String TLS_PROPERTY = "garrison.server.tls"; //$NON-NLS-1$

    /** The Derby network server's default port. */
    int DEFAULT_PORT = 1527;

    /** A location a person can read, without secrets: the folder, or {@code host:port/database}. */
    String describe();

    /**
     * The embedded database {@code database} in {@code dataFolder}.
     *
     * @param bootPassword the boot password of an encrypted database (a new database is created
     *                     encrypted with it), or null for an unencrypted one
     * @param user         the user of a database with authentication (a department's database opened
     *                     by its administrator on the server machine), or null
     * @param password     that user's password, or null
     */
    record Embedded(Path dataFolder, String database, char[] bootPassword, String user, char[] password) implements StoreSettings {

        public Embedded {
            Objects.requireNonNull(dataFolder, "dataFolder"); //$NON-NLS-1$
            Objects.requireNonNull(database, "database"); //$NON-NLS-1$
        }

        public Embedded(Path dataFolder, String database, char[] bootPassword) {
            this(dataFolder, database, bootPassword, null, null);
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

    /**
     * The database {@code database} on a Derby network server, opened as {@code user}.
     *
     * @param tls whether the connection is encrypted and the server's certificate checked against the
     *            trust store the administrator distributes ({@code javax.net.ssl.trustStore}); a
     *            department's server refuses connections without it
     */
    record Server(String host, int port, String database, String user, char[] password, boolean tls) implements StoreSettings {

        public Server {
            Objects.requireNonNull(host, "host"); //$NON-NLS-1$
            Objects.requireNonNull(database, "database"); //$NON-NLS-1$
            Objects.requireNonNull(user, "user"); //$NON-NLS-1$
        }

        /** An encrypted connection, unless {@code garrison.server.tls=off} says the server is a plain one. */
        public Server(String host, int port, String database, String user, char[] password) {
            this(host, port, database, user, password, !"off".equalsIgnoreCase(System.getProperty(TLS_PROPERTY))); //$NON-NLS-1$
        }

        /** The same server and user with another password (asked at login). */
        public Server withPassword(char[] newPassword) {
            return new Server(host, port, database, user, newPassword, tls);
        }

        /** The same server with another user and password. */
        public Server as(String newUser, char[] newPassword) {
            return new Server(host, port, database, newUser, newPassword, tls);
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
