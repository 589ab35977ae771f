package org.garrison.internal.store.derby;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;

import org.apache.derby.jdbc.EmbeddedDataSource;
import org.garrison.internal.store.derby.schema.DatabaseGrants;

/**
 * An embedded Derby database in Garrison's data folder. Derby's system home and its log file are
 * kept in that folder (never the current directory); a database can be created encrypted, and is
 * then opened only with its boot password.
 */
public final class DerbyDatabase implements ConnectionSource {

    /**
     * A new database compares and sorts text as Chinese readers do (names by pinyin: 冯 傅 高 韩 何),
     * not by code point; Derby fixes the collation when it creates the database.
     */
    public static final String CHINESE_COLLATION = "territory=zh_CN;collation=TERRITORY_BASED"; //$NON-NLS-1$

    private final Path folder;
    private final String name;
    private final char[] bootPassword;
    private final String user;
    private final char[] password;

    public DerbyDatabase(Path folder, String name, char[] bootPassword) {
        this(folder, name, bootPassword, null, null);
    }

    /**
     * @param folder       the data folder, e.g. {@code ~/.garrison}
     * @param name         the database's folder name inside it
     * @param bootPassword the boot password of an encrypted database, or null for an unencrypted one
     * @param user         the user of a database with authentication, or null
     * @param password     that user's password, or null
     */
    public DerbyDatabase(Path folder, String name, char[] bootPassword, String user, char[] password) {
        this.folder = folder.toAbsolutePath();
        this.name = name;
        this.bootPassword = bootPassword == null ? null : bootPassword.clone();
        this.user = user;
        this.password = password == null ? null : password.clone();
    }

    /** Derby's state for a change refused by a read-only database. */
    private static final String READ_ONLY = "25502"; //$NON-NLS-1$

    /** Whether the folder, or its nearest existing parent when it is still to be made, can be written. */
    private static boolean writable(Path folder) {
        Path existing = folder.toAbsolutePath();
        while (existing != null && !Files.exists(existing)) {
            existing = existing.getParent();
        }
        return existing != null && Files.isWritable(existing);
    }

    /** Points Derby's system home and log at the data folder; Derby reads both once, when it first boots. */
    public static void configureSystem(Path dataFolder) {
        System.setProperty("derby.system.home", dataFolder.toAbsolutePath().toString()); //$NON-NLS-1$
        System.setProperty("derby.stream.error.file", dataFolder.resolve("derby.log").toAbsolutePath().toString()); //$NON-NLS-1$ //$NON-NLS-2$
    }

    public Path location() {
        return folder.resolve(name);
    }

    /** A connection with auto-commit off; the database is created, encrypted when a password is given, if it does not exist. */
    @Override
    public Connection connect() throws SQLException {
        try {
            Files.createDirectories(folder);
        } catch (java.io.IOException e) {
            if (!writable(folder)) {
                throw new SQLException(StoreMessages.format("database.readOnly", location()), READ_ONLY, e); //$NON-NLS-1$
            }
            throw new SQLException(StoreMessages.format("database.cannotOpen", location(), e.getMessage()), e); //$NON-NLS-1$
        }
        if (!writable(folder) || Files.isDirectory(location()) && !Files.isWritable(location())) {
            // Derby would boot it read-only, refuse every change later and print its log to the terminal.
            throw new SQLException(StoreMessages.format("database.readOnly", location()), READ_ONLY); //$NON-NLS-1$
        }
        EmbeddedDataSource source = new EmbeddedDataSource();
        source.setDatabaseName(location().toString());
        boolean exists = Files.isDirectory(location());
        StringBuilder attributes = new StringBuilder();
        if (!exists) {
            source.setCreateDatabase("create"); //$NON-NLS-1$
            attributes.append(CHINESE_COLLATION);
            if (bootPassword != null) {
                attributes.append(";dataEncryption=true"); //$NON-NLS-1$
            }
        }
        if (bootPassword != null) {
            attributes.append(attributes.isEmpty() ? "" : ";").append("bootPassword=").append(bootPassword); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
        }
        if (!attributes.isEmpty()) {
            source.setConnectionAttributes(attributes.toString());
        }
        credentials(source);
        try {
            Connection connection = source.getConnection();
            if (user != null) {
                DatabaseGrants.enter(connection);
            }
            connection.setAutoCommit(false);
            return connection;
        } catch (SQLException e) {
            if (exists && DerbyFailures.hasState(e, "XBM06")) { // "an encrypted database cannot be accessed without the correct boot password"
                throw new SQLException(StoreMessages.format("database.wrongBootPassword", location()), e.getSQLState(), e); //$NON-NLS-1$
            }
            throw e;
        }
    }

    private void credentials(EmbeddedDataSource source) {
        if (user != null) {
            source.setUser(user);
            source.setPassword(password == null ? "" : new String(password)); //$NON-NLS-1$
        }
    }

    /** Shuts this database down, so that its files are closed (Derby reports a clean shutdown as an exception). */
    public void shutdown() {
        EmbeddedDataSource source = new EmbeddedDataSource();
        source.setDatabaseName(location().toString());
        source.setShutdownDatabase("shutdown"); //$NON-NLS-1$
        credentials(source);
        try {
            source.getConnection().close();
        } catch (SQLException expected) {
            // 08006: the database was shut down, as asked
        }
    }
}
