package org.garrison.admin;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.SecureRandom;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.stream.Stream;

import org.apache.derby.jdbc.EmbeddedDataSource;
import org.garrison.internal.admin.AdminMessages;
import org.garrison.internal.admin.DepartmentFilesAccess;
import org.garrison.internal.admin.ServerKeys;
import org.garrison.store.HeadlessStores;
import org.garrison.store.Store;
import org.garrison.store.StoreSettings;

/**
 * The department's database in its data folder on the server machine: the Derby database
 * ({@code garrison}, encrypted at rest), the server's TLS key and the trust store to distribute with
 * the product ({@code tls/}), and the key of the server's own account ({@code service.key}), with which
 * the server boots the database and makes the scheduled backups. Only the administrator's account
 * owns the database; the service account can read nothing.
 */
public final class DepartmentDatabase {

    /** The database's name in the data folder. */
    public static final String NAME = StoreSettings.DEFAULT_DATABASE;

    /** The account the server itself logs in with. */
    public static final String SERVICE_USER = "GARRISON_SERVICE"; //$NON-NLS-1$

    /** The password of the distributed trust store: it holds a public certificate only. */
    public static final String TRUST_STORE_PASSWORD = "garrison"; //$NON-NLS-1$

    private static final String USER_NAME = "[A-Za-z][A-Za-z0-9_]{0,63}"; //$NON-NLS-1$

    private final Path folder;

    public DepartmentDatabase(Path folder) {
        this.folder = folder.toAbsolutePath();
    }

    public Path folder() {
        return folder;
    }

    public Path database() {
        return folder.resolve(NAME);
    }

    public Path keyStore() {
        return folder.resolve("tls").resolve("server.p12"); //$NON-NLS-1$ //$NON-NLS-2$
    }

    /** The trust store the administrator distributes with the product, so that clients trust this server. */
    public Path trustStore() {
        return folder.resolve("tls").resolve("garrison-truststore.p12"); //$NON-NLS-1$ //$NON-NLS-2$
    }

    public Path serviceKey() {
        return folder.resolve("service.key"); //$NON-NLS-1$
    }

    public Path backups() {
        return folder.resolve("backups"); //$NON-NLS-1$
    }

    public boolean exists() {
        return Files.isRegularFile(database().resolve("service.properties")); //$NON-NLS-1$
    }

    /** @throws AdminException naming the folder and the command that makes a database, when there is none */
    public void requireExisting() throws AdminException {
        if (!Files.isDirectory(folder)) {
            throw new AdminException(AdminMessages.format("database.noFolder", folder)); //$NON-NLS-1$
        }
        if (!exists()) {
            throw new AdminException(AdminMessages.format("database.none", folder)); //$NON-NLS-1$
        }
    }

    /** The service account's password, as {@link #create} wrote it. */
    public char[] servicePassword() throws AdminException {
        try {
            return Files.readString(serviceKey()).strip().toCharArray();
        } catch (IOException e) {
            throw new AdminException(AdminMessages.format("database.noServiceKey", serviceKey(), e.getMessage()), e); //$NON-NLS-1$
        }
    }

    /** Refuses a login name Derby would take for something else (an SQL keyword, a quoted name). */
    public static void checkUserName(String name) throws AdminException {
        if (name == null || !name.matches(USER_NAME)) {
            throw new AdminException(AdminMessages.format("user.badName", name)); //$NON-NLS-1$
        }
    }

    /** Refuses a password too short to keep a department's records. */
    public static void checkPassword(String user, char[] password) throws AdminException {
        if (password == null || password.length < 8) {
            throw new AdminException(AdminMessages.format("user.shortPassword", user)); //$NON-NLS-1$
        }
    }

    /**
     * Creates the department's database: encrypted with the boot password, NATIVE authentication with
     * {@code administrator} as its owner, SQL authorization on, only enabled users admitted, the schema
     * of every registered model package with its roles and grants, and the server's TLS key.
     *
     * @param serverName the name (or address) staff computers reach the server by, written into its certificate
     */
    public void create(String administrator, char[] password, char[] bootPassword, String serverName) throws AdminException {
        create(administrator, password, bootPassword, serverName, settings -> {
            try {
                return HeadlessStores.open(settings, DepartmentDatabase.class);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new org.garrison.store.StoreException(e.toString(), e);
            }
        });
    }

    /** {@link #create(String, char[], char[], String)} with the store opened by {@code stores} (a tool without OSGi services). */
    public void create(String administrator, char[] password, char[] bootPassword, String serverName, org.garrison.store.StoreProvider stores)
            throws AdminException {
        checkUserName(administrator);
        checkPassword(administrator, password);
        if (bootPassword == null || bootPassword.length < 8) {
            throw new AdminException(AdminMessages.format("database.shortBootPassword")); //$NON-NLS-1$
        }
        if (exists() || Files.exists(database())) {
            throw new AdminException(AdminMessages.format("database.exists", database())); //$NON-NLS-1$
        }
        try {
            Files.createDirectories(folder);
        } catch (IOException e) {
            throw new AdminException(AdminMessages.format("database.cannotCreate", folder, e.getMessage()), e); //$NON-NLS-1$
        }
        String service = newSecret();
        try {
            try (Connection connection = embedded(administrator, password, "create=true;dataEncryption=true;bootPassword=" //$NON-NLS-1$
                    + new String(bootPassword) + ";territory=zh_CN;collation=TERRITORY_BASED"); //$NON-NLS-1$
                    Statement statement = connection.createStatement()) {
                statement.execute("CALL SYSCS_UTIL.SYSCS_CREATE_USER('" + administrator.toUpperCase(java.util.Locale.ROOT) + "', '" + sql(password) + "')"); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
                statement.execute("CALL SYSCS_UTIL.SYSCS_CREATE_USER('" + SERVICE_USER + "', '" + service + "')"); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
                property(statement, "derby.database.sqlAuthorization", "true"); //$NON-NLS-1$ //$NON-NLS-2$
                property(statement, "derby.database.propertiesOnly", "true"); //$NON-NLS-1$ //$NON-NLS-2$
                property(statement, "derby.database.defaultConnectionMode", "noAccess"); //$NON-NLS-1$ //$NON-NLS-2$
                property(statement, Administration.FULL_ACCESS_USERS, administrator.toUpperCase(java.util.Locale.ROOT) + ',' + SERVICE_USER);
                statement.execute("CREATE SCHEMA GARRISON"); //$NON-NLS-1$
            }
            shutdown(administrator, password);
            // SQL authorization holds from the next boot: the schema, roles and grants are made under it.
            try (Connection connection = embedded(administrator, password, "bootPassword=" + new String(bootPassword)); //$NON-NLS-1$
                    Statement statement = connection.createStatement()) {
                statement.execute("GRANT EXECUTE ON PROCEDURE SYSCS_UTIL.SYSCS_BACKUP_DATABASE TO " + SERVICE_USER); //$NON-NLS-1$
            }
            Files.writeString(serviceKey(), service + System.lineSeparator());
            DepartmentFilesAccess.ownerOnly(serviceKey());
        } catch (SQLException | IOException e) {
            throw new AdminException(AdminMessages.format("database.createFailed", database(), e.getMessage()), e); //$NON-NLS-1$
        }
        try (Store store = stores.open(new StoreSettings.Embedded(folder, NAME, bootPassword, administrator, password))) {
            // opening as the owner creates the schema, the roles and their grants
        } catch (Exception e) {
            throw new AdminException(AdminMessages.format("database.createFailed", database(), e.getMessage()), e); //$NON-NLS-1$
        }
        ServerKeys.generate(keyStore(), bootPassword, trustStore(), TRUST_STORE_PASSWORD.toCharArray(), serverName);
    }

    /**
     * Restores a backup into this (new) folder and checks every table of the restored database.
     *
     * @param backup a folder {@link Administration#backup} or the server's scheduled backup wrote
     * @return the problems {@code SYSCS_CHECK_TABLE} found; empty when the copy is sound
     */
    public List<String> restore(Path backup, String administrator, char[] password, char[] bootPassword) throws AdminException {
        if (!Files.isRegularFile(backup.resolve(NAME).resolve("service.properties"))) { //$NON-NLS-1$
            throw new AdminException(AdminMessages.format("restore.notABackup", backup)); //$NON-NLS-1$
        }
        if (Files.exists(database())) {
            throw new AdminException(AdminMessages.format("restore.targetExists", database())); //$NON-NLS-1$
        }
        List<String> problems;
        try {
            Files.createDirectories(folder);
            copyTree(backup.resolve("tls"), folder.resolve("tls")); //$NON-NLS-1$ //$NON-NLS-2$
            Files.copy(backup.resolve(serviceKey().getFileName()), serviceKey());
            DepartmentFilesAccess.ownerOnly(serviceKey());
            try (Connection connection = embedded(administrator, password,
                    "restoreFrom=" + backup.resolve(NAME).toAbsolutePath() + ";bootPassword=" + new String(bootPassword))) { //$NON-NLS-1$ //$NON-NLS-2$
                problems = Administration.checkTables(connection);
            }
            shutdown(administrator, password);
        } catch (SQLException | IOException e) {
            throw new AdminException(AdminMessages.format("restore.failed", backup, database(), e.getMessage()), e); //$NON-NLS-1$
        }
        return problems;
    }

    /** Copies what besides the database a backup needs to be restored: the TLS keys and the service key. */
    static void copyCompanions(DepartmentDatabase from, Path backup) throws IOException {
        copyTree(from.folder().resolve("tls"), backup.resolve("tls")); //$NON-NLS-1$ //$NON-NLS-2$
        Files.copy(from.serviceKey(), backup.resolve(from.serviceKey().getFileName()), StandardCopyOption.REPLACE_EXISTING);
        DepartmentFilesAccess.ownerOnly(backup.resolve(from.serviceKey().getFileName()));
    }

    private static void copyTree(Path from, Path to) throws IOException {
        if (!Files.isDirectory(from)) {
            return;
        }
        List<Path> all;
        try (Stream<Path> walk = Files.walk(from)) {
            all = new ArrayList<>(walk.toList());
        }
        for (Path source : all) {
            Path target = to.resolve(from.relativize(source).toString());
            if (Files.isDirectory(source)) {
                Files.createDirectories(target);
            } else {
                Files.copy(source, target, StandardCopyOption.REPLACE_EXISTING);
            }
        }
    }

    private Connection embedded(String user, char[] password, String attributes) throws SQLException {
        EmbeddedDataSource source = new EmbeddedDataSource();
        source.setDatabaseName(database().toString());
        source.setUser(user);
        source.setPassword(new String(password));
        source.setConnectionAttributes(attributes);
        return source.getConnection();
    }

    private void shutdown(String user, char[] password) {
        EmbeddedDataSource source = new EmbeddedDataSource();
        source.setDatabaseName(database().toString());
        source.setUser(user);
        source.setPassword(new String(password));
        source.setShutdownDatabase("shutdown"); //$NON-NLS-1$
        try {
            source.getConnection().close();
        } catch (SQLException expected) {
            // 08006: shut down, as asked
        }
    }

    private static void property(Statement statement, String key, String value) throws SQLException {
        statement.execute("CALL SYSCS_UTIL.SYSCS_SET_DATABASE_PROPERTY('" + key + "', '" + value + "')"); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
    }

    static String sql(char[] text) {
        return new String(text).replace("'", "''"); //$NON-NLS-1$ //$NON-NLS-2$
    }

    private static String newSecret() {
        byte[] bytes = new byte[24];
        new SecureRandom().nextBytes(bytes);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }
}
