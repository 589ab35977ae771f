package org.garrison.admin;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;

import org.apache.derby.client.BasicClientDataSource;
import org.garrison.internal.admin.AdminMessages;
import org.garrison.store.Role;
import org.garrison.store.StoreSettings;

/**
 * The department's database as its administrator (the database's owner) manages it, through the
 * running server: users and their roles, backups while staff keep working, checks of every table,
 * who is connected. What the commands {@code garrison admin …} do, and what a UI would call.
 */
public final class Administration implements AutoCloseable {

    static final String FULL_ACCESS_USERS = "derby.database.fullAccessUsers"; //$NON-NLS-1$

    private final Connection connection;
    private final String owner;

    private Administration(Connection connection, String owner) {
        this.connection = connection;
        this.owner = owner;
    }

    /** Logs in to the server as its administrator (encrypted, unless the settings say the server is a plain one). */
    public static Administration connect(StoreSettings.Server settings) throws AdminException {
        try {
            Connection connection = connection(settings);
            String owner;
            try (Statement statement = connection.createStatement();
                    ResultSet rows = statement.executeQuery("SELECT AUTHORIZATIONID FROM SYS.SYSSCHEMAS WHERE CAST(SCHEMANAME AS VARCHAR(128)) = 'SYS'")) { //$NON-NLS-1$
                rows.next();
                owner = rows.getString(1);
            }
            if (!owner.equalsIgnoreCase(settings.user())) {
                connection.close();
                throw new AdminException(AdminMessages.format("admin.notOwner", settings.user(), owner)); //$NON-NLS-1$
            }
            return new Administration(connection, owner);
        } catch (SQLException e) {
            throw new AdminException(loginFailure(settings, e), e);
        }
    }

    /** A client connection with auto-commit on, in the department's schema. */
    static Connection connection(StoreSettings.Server settings) throws SQLException {
        BasicClientDataSource source = new BasicClientDataSource();
        source.setServerName(settings.host());
        source.setPortNumber(settings.port());
        source.setDatabaseName(settings.database());
        source.setUser(settings.user());
        source.setPassword(settings.password() == null ? "" : new String(settings.password())); //$NON-NLS-1$
        if (settings.tls()) {
            try {
                source.setSsl("peerAuthentication"); //$NON-NLS-1$
            } catch (org.apache.derby.client.am.SqlException e) {
                throw e.getSQLException();
            }
        }
        return source.getConnection();
    }

    /** What went wrong at login, as the person at the keyboard can act on it. */
    public static String loginFailure(StoreSettings.Server settings, SQLException e) {
        String message = String.valueOf(e.getMessage());
        if (message.contains("connection refused.") || message.contains("Database connection refused")) { //$NON-NLS-1$ //$NON-NLS-2$
            return AdminMessages.format("login.disabled", settings.user(), settings.describe()); //$NON-NLS-1$
        }
        if ("08004".equals(e.getSQLState())) { //$NON-NLS-1$
            return AdminMessages.format("login.refused", settings.user(), settings.describe()); //$NON-NLS-1$
        }
        for (Throwable cause = e; cause != null; cause = cause.getCause()) {
            if (cause instanceof javax.net.ssl.SSLHandshakeException || cause instanceof java.security.cert.CertificateException) {
                return AdminMessages.format("login.untrusted", settings.describe()); //$NON-NLS-1$
            }
        }
        return AdminMessages.format("login.unreachable", settings.describe(), message); //$NON-NLS-1$
    }

    /** Every user with their roles, the owner first. */
    public List<UserAccount> users() throws AdminException {
        try {
            Set<String> enabled = fullAccessUsers();
            List<UserAccount> users = new ArrayList<>();
            try (Statement statement = connection.createStatement(); ResultSet rows = statement.executeQuery("SELECT USERNAME FROM SYS.SYSUSERS ORDER BY USERNAME")) { //$NON-NLS-1$
                while (rows.next()) {
                    String name = rows.getString(1);
                    if (name.equals(DepartmentDatabase.SERVICE_USER)) {
                        continue;
                    }
                    UserAccount account = new UserAccount(name, grantedRoles(name), enabled.contains(name), name.equals(owner));
                    users.add(account.owner() ? 0 : users.size(), account);
                }
            }
            return users;
        } catch (SQLException e) {
            throw failed(e);
        }
    }

    /** Adds a user with a first password and roles, enabled. */
    public void addUser(String name, char[] password, Set<Role> roles) throws AdminException {
        DepartmentDatabase.checkUserName(name);
        DepartmentDatabase.checkPassword(name, password);
        String user = name.toUpperCase(Locale.ROOT);
        if (exists(user)) {
            throw new AdminException(AdminMessages.format("user.exists", user)); //$NON-NLS-1$
        }
        inTransaction(() -> {
            try (Statement statement = connection.createStatement()) {
                statement.execute("CALL SYSCS_UTIL.SYSCS_CREATE_USER('" + user + "', '" + DepartmentDatabase.sql(password) + "')"); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
                statement.execute("CREATE ROLE " + Role.personal(user).sqlName()); //$NON-NLS-1$
                statement.execute("GRANT " + Role.personal(user).sqlName() + " TO " + user); //$NON-NLS-1$ //$NON-NLS-2$
            }
            grant(user, roles);
            Set<String> enabled = fullAccessUsers();
            enabled.add(user);
            setFullAccessUsers(enabled);
        });
    }

    /** Gives the user exactly these roles. */
    public void setRoles(String name, Set<Role> roles) throws AdminException {
        String user = existing(name);
        inTransaction(() -> {
            for (Role held : grantedRoles(user)) {
                if (!roles.contains(held)) {
                    try (Statement statement = connection.createStatement()) {
                        statement.execute("REVOKE " + held.sqlName() + " FROM " + Role.personal(user).sqlName()); //$NON-NLS-1$ //$NON-NLS-2$
                    }
                }
            }
            grant(user, roles);
        });
    }

    /** A disabled user keeps the account and roles but cannot log in; the database says so at login. */
    public void setEnabled(String name, boolean enable) throws AdminException {
        String user = existing(name);
        if (user.equals(owner) && !enable) {
            throw new AdminException(AdminMessages.format("user.ownerStays", user)); //$NON-NLS-1$
        }
        inTransaction(() -> {
            Set<String> enabled = fullAccessUsers();
            if (enable) {
                enabled.add(user);
            } else {
                enabled.remove(user);
            }
            setFullAccessUsers(enabled);
        });
    }

    /** Removes the user; their changes stay in the change log under their name. */
    public void remove(String name) throws AdminException {
        String user = existing(name);
        if (user.equals(owner)) {
            throw new AdminException(AdminMessages.format("user.ownerStays", user)); //$NON-NLS-1$
        }
        inTransaction(() -> {
            Set<String> enabled = fullAccessUsers();
            enabled.remove(user);
            setFullAccessUsers(enabled);
            try (Statement statement = connection.createStatement()) {
                if (hasPersonalRole(user)) {
                    statement.execute("DROP ROLE " + Role.personal(user).sqlName()); //$NON-NLS-1$
                }
                statement.execute("CALL SYSCS_UTIL.SYSCS_DROP_USER('" + user + "')"); //$NON-NLS-1$ //$NON-NLS-2$
            }
        });
    }

    /** Sets a new password for a user who forgot theirs. */
    public void resetPassword(String name, char[] password) throws AdminException {
        String user = existing(name);
        DepartmentDatabase.checkPassword(user, password);
        inTransaction(() -> {
            try (Statement statement = connection.createStatement()) {
                statement.execute("CALL SYSCS_UTIL.SYSCS_RESET_PASSWORD('" + user + "', '" + DepartmentDatabase.sql(password) + "')"); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
            }
        });
    }

    /** Any user changes their own password (更改密码): logs in with the old one, sets the new one. */
    public static void changeOwnPassword(StoreSettings.Server settings, char[] newPassword) throws AdminException {
        DepartmentDatabase.checkPassword(settings.user(), newPassword);
        try (Connection own = connection(settings); Statement statement = own.createStatement()) {
            statement.execute("CALL SYSCS_UTIL.SYSCS_MODIFY_PASSWORD('" + DepartmentDatabase.sql(newPassword) + "')"); //$NON-NLS-1$ //$NON-NLS-2$
        } catch (SQLException e) {
            if ("08004".equals(e.getSQLState()) || e.getSQLState() != null && e.getSQLState().startsWith("08")) { //$NON-NLS-1$ //$NON-NLS-2$
                throw new AdminException(loginFailure(settings, e), e);
            }
            throw new AdminException(AdminMessages.format("admin.failed", e.getMessage()), e); //$NON-NLS-1$
        }
    }

    /**
     * An online backup (staff keep working: Derby copies a consistent state) into a new folder under
     * {@code backups} of the data folder, with the keys a restore needs; answers the folder.
     */
    public Path backup(DepartmentDatabase department) throws AdminException {
        return backup(connection, department);
    }

    /** The backup of {@link #backup(DepartmentDatabase)} on any connection allowed to make one (the server's own account). */
    public static Path backup(Connection connection, DepartmentDatabase department) throws AdminException {
        Path target = department.backups().resolve(DepartmentDatabase.NAME + "-" + LocalDateTime.now().format(DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss-SSS"))); //$NON-NLS-1$ //$NON-NLS-2$
        try {
            Files.createDirectories(target);
            try (PreparedStatement backup = connection.prepareStatement("CALL SYSCS_UTIL.SYSCS_BACKUP_DATABASE(?)")) { //$NON-NLS-1$
                backup.setString(1, target.toString());
                backup.execute();
            }
            if (!connection.getAutoCommit()) {
                connection.commit();
            }
            DepartmentDatabase.copyCompanions(department, target);
            return target;
        } catch (SQLException | IOException e) {
            throw new AdminException(AdminMessages.format("backup.failed", target, e.getMessage()), e); //$NON-NLS-1$
        }
    }

    /** Keeps the newest {@code keep} backups, removing older ones; answers the removed folders. */
    public static List<Path> prune(DepartmentDatabase department, int keep) throws IOException {
        List<Path> backups = new ArrayList<>();
        if (Files.isDirectory(department.backups())) {
            try (var list = Files.list(department.backups())) {
                list.filter(Files::isDirectory).filter(p -> p.getFileName().toString().startsWith(DepartmentDatabase.NAME + "-")).sorted() //$NON-NLS-1$
                        .forEach(backups::add);
            }
        }
        List<Path> removed = new ArrayList<>();
        for (int i = 0; i < backups.size() - keep; i++) {
            try (var walk = Files.walk(backups.get(i))) {
                for (Path path : walk.sorted(java.util.Comparator.reverseOrder()).toList()) {
                    Files.delete(path);
                }
            }
            removed.add(backups.get(i));
        }
        return removed;
    }

    /** {@code SYSCS_CHECK_TABLE} over every table of the department's schema; answers the problems found. */
    public List<String> verify() throws AdminException {
        try {
            return checkTables(connection);
        } catch (SQLException e) {
            throw failed(e);
        }
    }

    static List<String> checkTables(Connection connection) throws SQLException {
        List<String> tables = new ArrayList<>();
        try (Statement statement = connection.createStatement(); ResultSet rows = statement.executeQuery(
                "SELECT T.TABLENAME FROM SYS.SYSTABLES T JOIN SYS.SYSSCHEMAS S ON T.SCHEMAID = S.SCHEMAID WHERE CAST(S.SCHEMANAME AS VARCHAR(128)) = 'GARRISON' AND CAST(T.TABLETYPE AS CHAR(1)) = 'T'")) { //$NON-NLS-1$
            while (rows.next()) {
                tables.add(rows.getString(1));
            }
        }
        List<String> problems = new ArrayList<>();
        if (tables.isEmpty()) {
            problems.add(AdminMessages.format("verify.noTables")); //$NON-NLS-1$
        }
        try (PreparedStatement check = connection.prepareStatement("VALUES SYSCS_UTIL.SYSCS_CHECK_TABLE('GARRISON', ?)")) { //$NON-NLS-1$
            for (String table : tables) {
                check.setString(1, table);
                try (ResultSet result = check.executeQuery()) {
                    if (!result.next() || result.getInt(1) != 1) {
                        problems.add(AdminMessages.format("verify.tableProblem", table)); //$NON-NLS-1$
                    }
                } catch (SQLException e) {
                    problems.add(AdminMessages.format("verify.tableFailed", table, e.getMessage())); //$NON-NLS-1$
                }
            }
        }
        return problems;
    }

    /** How many tables {@link #verify} checks. */
    public int tableCount() throws AdminException {
        try (Statement statement = connection.createStatement(); ResultSet rows = statement.executeQuery(
                "SELECT COUNT(*) FROM SYS.SYSTABLES T JOIN SYS.SYSSCHEMAS S ON T.SCHEMAID = S.SCHEMAID WHERE CAST(S.SCHEMANAME AS VARCHAR(128)) = 'GARRISON' AND CAST(T.TABLETYPE AS CHAR(1)) = 'T'")) { //$NON-NLS-1$
            rows.next();
            return rows.getInt(1);
        } catch (SQLException e) {
            throw failed(e);
        }
    }

    /** The users with a connection open now (the server's own account aside). */
    public Set<String> connectedUsers() throws AdminException {
        Set<String> users = new TreeSet<>();
        try (Statement statement = connection.createStatement();
                ResultSet rows = statement.executeQuery("SELECT DISTINCT USERNAME FROM SYSCS_DIAG.TRANSACTION_TABLE WHERE USERNAME IS NOT NULL")) { //$NON-NLS-1$
            while (rows.next()) {
                String user = rows.getString(1).strip();
                if (!user.equals(DepartmentDatabase.SERVICE_USER)) {
                    users.add(user);
                }
            }
            return users;
        } catch (SQLException e) {
            throw failed(e);
        }
    }

    @Override
    public void close() {
        try {
            connection.close();
        } catch (SQLException e) {
            // the server went away: nothing left to release
        }
    }

    private void grant(String user, Set<Role> roles) throws SQLException {
        for (Role role : roles) {
            if (!roleExists(role)) {
                throw new SQLException(AdminMessages.format("role.unknown", role.label()), "42Z00"); //$NON-NLS-1$ //$NON-NLS-2$
            }
            try (PreparedStatement held = connection.prepareStatement("SELECT 1 FROM SYS.SYSROLES WHERE ROLEID = ? AND CAST(GRANTEE AS VARCHAR(128)) = ? AND CAST(ISDEF AS CHAR(1)) = 'N'")) { //$NON-NLS-1$
                held.setString(1, role.sqlName());
                held.setString(2, Role.personal(user).sqlName());
                try (ResultSet rows = held.executeQuery()) {
                    if (rows.next()) {
                        continue;
                    }
                }
            }
            try (Statement statement = connection.createStatement()) {
                statement.execute("GRANT " + role.sqlName() + " TO " + Role.personal(user).sqlName()); //$NON-NLS-1$ //$NON-NLS-2$
            }
        }
    }

    private Set<Role> grantedRoles(String user) throws SQLException {
        Set<Role> roles = new LinkedHashSet<>();
        try (PreparedStatement query = connection.prepareStatement("SELECT ROLEID FROM SYS.SYSROLES WHERE CAST(GRANTEE AS VARCHAR(128)) = ? AND CAST(ISDEF AS CHAR(1)) = 'N' ORDER BY ROLEID")) { //$NON-NLS-1$
            query.setString(1, Role.personal(user).sqlName());
            try (ResultSet rows = query.executeQuery()) {
                while (rows.next()) {
                    roles.add(new Role(rows.getString(1)));
                }
            }
        }
        return roles;
    }

    private boolean hasPersonalRole(String user) throws SQLException {
        return roleExists(Role.personal(user));
    }

    private boolean roleExists(Role role) throws SQLException {
        try (PreparedStatement query = connection.prepareStatement("SELECT 1 FROM SYS.SYSROLES WHERE CAST(ROLEID AS VARCHAR(128)) = ? AND CAST(ISDEF AS CHAR(1)) = 'Y'")) { //$NON-NLS-1$
            query.setString(1, role.sqlName());
            try (ResultSet rows = query.executeQuery()) {
                return rows.next();
            }
        }
    }

    private boolean exists(String user) throws AdminException {
        try (PreparedStatement query = connection.prepareStatement("SELECT 1 FROM SYS.SYSUSERS WHERE CAST(USERNAME AS VARCHAR(128)) = ?")) { //$NON-NLS-1$
            query.setString(1, user);
            try (ResultSet rows = query.executeQuery()) {
                return rows.next();
            }
        } catch (SQLException e) {
            throw failed(e);
        }
    }

    private String existing(String name) throws AdminException {
        String user = name == null ? "" : name.strip().toUpperCase(Locale.ROOT); //$NON-NLS-1$
        if (!exists(user)) {
            throw new AdminException(AdminMessages.format("user.none", name)); //$NON-NLS-1$
        }
        return user;
    }

    private Set<String> fullAccessUsers() throws SQLException {
        try (PreparedStatement query = connection.prepareStatement("VALUES SYSCS_UTIL.SYSCS_GET_DATABASE_PROPERTY(?)")) { //$NON-NLS-1$
            query.setString(1, FULL_ACCESS_USERS);
            try (ResultSet rows = query.executeQuery()) {
                rows.next();
                String value = rows.getString(1);
                Set<String> users = new TreeSet<>();
                if (value != null) {
                    Arrays.stream(value.split(",")).map(String::strip).filter(u -> !u.isEmpty()).forEach(users::add); //$NON-NLS-1$
                }
                return users;
            }
        }
    }

    private void setFullAccessUsers(Set<String> users) throws SQLException {
        Set<String> all = new TreeSet<>(users);
        all.add(owner);
        all.add(DepartmentDatabase.SERVICE_USER);
        try (PreparedStatement set = connection.prepareStatement("CALL SYSCS_UTIL.SYSCS_SET_DATABASE_PROPERTY(?, ?)")) { //$NON-NLS-1$
            set.setString(1, FULL_ACCESS_USERS);
            set.setString(2, String.join(",", all)); //$NON-NLS-1$
            set.execute();
        }
    }

    @FunctionalInterface
    private interface SqlWork {
        void run() throws SQLException;
    }

    /** One change of the administration is one transaction: all of it or nothing. */
    private void inTransaction(SqlWork work) throws AdminException {
        try {
            connection.setAutoCommit(false);
            try {
                work.run();
                connection.commit();
            } catch (SQLException | RuntimeException e) {
                connection.rollback();
                throw e;
            } finally {
                connection.setAutoCommit(true);
            }
        } catch (SQLException e) {
            throw failed(e);
        }
    }

    private static AdminException failed(SQLException e) {
        return new AdminException(AdminMessages.format("admin.failed", e.getMessage()), e); //$NON-NLS-1$
    }
}
