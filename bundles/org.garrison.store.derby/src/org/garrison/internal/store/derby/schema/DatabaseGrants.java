package org.garrison.internal.store.derby.schema;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.StringJoiner;

import org.eclipse.emf.ecore.EClass;
import org.garrison.store.Role;

/**
 * The roles of a shared database and their privileges, derived from the mapped packages: every role
 * reads every table; a package's writer role inserts, deletes and updates its own tables (all but the
 * audit columns, which triggers fill with the database's own user and time); the change log can only
 * be appended to. Derby enables one role per connection, so each user has a personal role that holds
 * the user's roles ({@link Role#personal}). Applied by the database's owner whenever the schema is
 * brought up to date, so a department plug-in's package gets its grants as the built-in ones do.
 */
public final class DatabaseGrants {

    /** The schema every user of a shared database works in (each user's own schema would be empty). */
    public static final String SCHEMA = "GARRISON"; //$NON-NLS-1$

    /** Reads every table; every other role holds it. */
    public static final Role READER = new Role("GARRISON_READER"); //$NON-NLS-1$

    private static final Set<String> AUDIT_COLUMNS = ClassTable.AUDIT_COLUMNS;

    private DatabaseGrants() {
    }

    /** Whether the database enforces SQL authorization (a department's shared database does). */
    public static boolean isSecured(Connection connection) throws SQLException {
        try (Statement statement = connection.createStatement();
                ResultSet rows = statement.executeQuery("VALUES SYSCS_UTIL.SYSCS_GET_DATABASE_PROPERTY('derby.database.sqlAuthorization')")) { //$NON-NLS-1$
            return rows.next() && "true".equalsIgnoreCase(rows.getString(1)); //$NON-NLS-1$
        }
    }

    /** Whether the connection's user owns the database (Derby's DBO owns the SYS schema). */
    public static boolean isOwner(Connection connection) throws SQLException {
        try (Statement statement = connection.createStatement();
                ResultSet rows = statement.executeQuery("SELECT AUTHORIZATIONID FROM SYS.SYSSCHEMAS WHERE CAST(SCHEMANAME AS VARCHAR(128)) = 'SYS'")) { //$NON-NLS-1$
            return rows.next() && rows.getString(1).equals(currentUser(connection));
        }
    }

    public static String currentUser(Connection connection) throws SQLException {
        try (Statement statement = connection.createStatement(); ResultSet rows = statement.executeQuery("VALUES CURRENT_USER")) { //$NON-NLS-1$
            rows.next();
            return rows.getString(1);
        }
    }

    /** Creates the roles and grants their privileges on every table of the mapping; what is granted already stays. */
    public static void apply(Connection connection, SchemaMapping mapping) throws SQLException {
        Set<Role> writers = new LinkedHashSet<>(List.of(Role.STUDY, Role.TRAINING, Role.MOBILIZATION, Role.SECURITY));
        mapping.packages().forEach(p -> writers.add(Role.writerOf(p)));
        ensureRole(connection, READER);
        ensureRole(connection, Role.LEADER);
        ensureRole(connection, Role.ADMINISTRATOR);
        grantRole(connection, READER, Role.LEADER);
        for (Role writer : writers) {
            ensureRole(connection, writer);
            grantRole(connection, READER, writer);
            grantRole(connection, writer, Role.ADMINISTRATOR);
        }
        for (String table : List.of(SchemaWriter.OBJECT_TABLE, SchemaWriter.COUNTER_TABLE, "GARRISON_COMMIT", "GARRISON_CHANGE", //$NON-NLS-1$ //$NON-NLS-2$
                SchemaWriter.FEATURE_TABLE, SchemaWriter.MODEL_TABLE)) {
            execute(connection, "GRANT SELECT ON " + table + " TO " + READER.sqlName()); //$NON-NLS-1$ //$NON-NLS-2$
        }
        for (Role writer : writers) {
            execute(connection, "GRANT INSERT, DELETE ON " + SchemaWriter.OBJECT_TABLE + " TO " + writer.sqlName()); //$NON-NLS-1$ //$NON-NLS-2$
            execute(connection, "GRANT UPDATE ON " + SchemaWriter.COUNTER_TABLE + " TO " + writer.sqlName()); //$NON-NLS-1$ //$NON-NLS-2$
            execute(connection, "GRANT INSERT ON GARRISON_COMMIT TO " + writer.sqlName()); //$NON-NLS-1$
            execute(connection, "GRANT INSERT ON GARRISON_CHANGE TO " + writer.sqlName()); //$NON-NLS-1$
        }
        if (!triggerExists(connection, "TI_GARRISON_COMMIT")) { //$NON-NLS-1$
            // who committed is the database's to say: a client cannot log a change under another name
            execute(connection, "CREATE TRIGGER TI_GARRISON_COMMIT AFTER INSERT ON GARRISON_COMMIT REFERENCING NEW AS ADDED FOR EACH ROW " //$NON-NLS-1$
                    + "UPDATE GARRISON_COMMIT SET AUTHOR = SESSION_USER, COMMITTED_AT = CURRENT_TIMESTAMP WHERE ID = ADDED.ID"); //$NON-NLS-1$
        }
        for (ClassTable table : mapping.tables()) {
            execute(connection, "GRANT SELECT ON " + table.name() + " TO " + READER.sqlName()); //$NON-NLS-1$ //$NON-NLS-2$
            for (Role writer : writersOf(table.eClass(), writers)) {
                execute(connection, "GRANT INSERT, DELETE ON " + table.name() + " TO " + writer.sqlName()); //$NON-NLS-1$ //$NON-NLS-2$
                execute(connection, "GRANT UPDATE (" + updatable(table) + ") ON " + table.name() + " TO " + writer.sqlName()); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
                for (ClassTable.LinkTable link : table.links()) {
                    execute(connection, "GRANT SELECT ON " + link.name() + " TO " + READER.sqlName()); //$NON-NLS-1$ //$NON-NLS-2$
                    execute(connection, "GRANT INSERT, DELETE, UPDATE ON " + link.name() + " TO " + writer.sqlName()); //$NON-NLS-1$ //$NON-NLS-2$
                }
            }
            auditTriggers(connection, table);
        }
    }

    /**
     * A package's classes are its writer's; a core class that is not a record (an attachment) is
     * held by records of every area, so every writer may change it.
     */
    private static List<Role> writersOf(EClass eClass, Set<Role> writers) {
        return Role.isSharedPart(eClass) ? List.copyOf(writers) : List.of(Role.writerOf(eClass.getEPackage()));
    }

    private static String updatable(ClassTable table) {
        StringJoiner columns = new StringJoiner(", "); //$NON-NLS-1$
        columns.add("VERSION"); //$NON-NLS-1$
        for (ClassTable.Column column : table.columns()) {
            if (!AUDIT_COLUMNS.contains(column.name())) {
                columns.add(SqlNames.quote(column.name()));
            }
        }
        return columns.toString();
    }

    /** Who created and who last changed a record are the database's to say: its session user and its clock. */
    private static void auditTriggers(Connection connection, ClassTable table) throws SQLException {
        List<String> names = new ArrayList<>();
        table.columns().forEach(column -> names.add(column.name()));
        if (!names.containsAll(AUDIT_COLUMNS)) {
            return;
        }
        String inserted = trigger("TI", table.name());
        if (!triggerExists(connection, inserted)) {
            execute(connection, "CREATE TRIGGER " + inserted + " AFTER INSERT ON " + table.name() //$NON-NLS-1$ //$NON-NLS-2$
                    + " REFERENCING NEW AS ADDED FOR EACH ROW UPDATE " + table.name() //$NON-NLS-1$
                    + " SET CREATED_BY = SESSION_USER, CREATED_AT = CURRENT_TIMESTAMP, CHANGED_BY = SESSION_USER, CHANGED_AT = CURRENT_TIMESTAMP" //$NON-NLS-1$
                    + " WHERE ID = ADDED.ID"); //$NON-NLS-1$
        }
        String updated = trigger("TU", table.name());
        if (!triggerExists(connection, updated)) {
            execute(connection, "CREATE TRIGGER " + updated + " AFTER UPDATE OF VERSION ON " + table.name() //$NON-NLS-1$ //$NON-NLS-2$
                    + " REFERENCING NEW AS CHANGED FOR EACH ROW UPDATE " + table.name() //$NON-NLS-1$
                    + " SET CHANGED_BY = SESSION_USER, CHANGED_AT = CURRENT_TIMESTAMP WHERE ID = CHANGED.ID"); //$NON-NLS-1$
        }
    }

    private static String trigger(String kind, String table) {
        String name = kind + "_" + table; //$NON-NLS-1$
        return name.length() <= 128 ? name : kind + "_" + Integer.toHexString(table.hashCode()); //$NON-NLS-1$
    }

    private static boolean triggerExists(Connection connection, String name) throws SQLException {
        try (PreparedStatement query = connection.prepareStatement("SELECT 1 FROM SYS.SYSTRIGGERS WHERE CAST(TRIGGERNAME AS VARCHAR(128)) = ?")) { //$NON-NLS-1$
            query.setString(1, name);
            try (ResultSet rows = query.executeQuery()) {
                return rows.next();
            }
        }
    }

    private static void ensureRole(Connection connection, Role role) throws SQLException {
        try (PreparedStatement query = connection.prepareStatement("SELECT 1 FROM SYS.SYSROLES WHERE CAST(ROLEID AS VARCHAR(128)) = ? AND CAST(ISDEF AS CHAR(1)) = 'Y'")) { //$NON-NLS-1$
            query.setString(1, role.sqlName());
            try (ResultSet rows = query.executeQuery()) {
                if (rows.next()) {
                    return;
                }
            }
        }
        execute(connection, "CREATE ROLE " + role.sqlName()); //$NON-NLS-1$
    }

    /** Grants {@code role} to {@code grantee} (a role or a user) unless it holds it already. */
    public static void grantRole(Connection connection, Role role, String grantee) throws SQLException {
        try (PreparedStatement query = connection.prepareStatement("SELECT 1 FROM SYS.SYSROLES WHERE ROLEID = ? AND CAST(GRANTEE AS VARCHAR(128)) = ? AND CAST(ISDEF AS CHAR(1)) = 'N'")) { //$NON-NLS-1$
            query.setString(1, role.sqlName());
            query.setString(2, grantee);
            try (ResultSet rows = query.executeQuery()) {
                if (rows.next()) {
                    return;
                }
            }
        }
        execute(connection, "GRANT " + role.sqlName() + " TO " + SqlNames.quote(grantee)); //$NON-NLS-1$ //$NON-NLS-2$
    }

    private static void grantRole(Connection connection, Role role, Role grantee) throws SQLException {
        grantRole(connection, role, grantee.sqlName());
    }

    /** The roles granted to a role or user, directly and through the roles it holds. */
    public static Set<Role> rolesOf(Connection connection, String grantee) throws SQLException {
        Set<Role> roles = new LinkedHashSet<>();
        List<String> pending = new ArrayList<>(List.of(grantee));
        while (!pending.isEmpty()) {
            String next = pending.remove(pending.size() - 1);
            try (PreparedStatement query = connection.prepareStatement("SELECT ROLEID FROM SYS.SYSROLES WHERE CAST(GRANTEE AS VARCHAR(128)) = ? AND CAST(ISDEF AS CHAR(1)) = 'N'")) { //$NON-NLS-1$
                query.setString(1, next);
                try (ResultSet rows = query.executeQuery()) {
                    while (rows.next()) {
                        Role role = new Role(rows.getString(1));
                        if (roles.add(role)) {
                            pending.add(role.sqlName());
                        }
                    }
                }
            }
        }
        return roles;
    }

    /**
     * Puts a new connection of a department's database ({@code garrison admin create} made its schema)
     * into the department's schema and enables the user's personal role, when the administrator has
     * granted one. Any other database keeps the connection's own schema.
     */
    public static void enter(Connection connection) throws SQLException {
        boolean autoCommit = connection.getAutoCommit();
        connection.setAutoCommit(true);
        try {
            if (!schemaExists(connection)) {
                return;
            }
            execute(connection, "SET SCHEMA " + SCHEMA); //$NON-NLS-1$
            Role personal = Role.personal(currentUser(connection));
            if (rolesOf(connection, currentUser(connection)).contains(personal)) {
                execute(connection, "SET ROLE " + personal.sqlName()); //$NON-NLS-1$
            }
        } finally {
            connection.setAutoCommit(autoCommit);
        }
    }

    /** Whether this is a department's database: {@code garrison admin create} made its shared schema. */
    public static boolean isDepartmentDatabase(Connection connection) throws SQLException {
        return schemaExists(connection);
    }

    private static boolean schemaExists(Connection connection) throws SQLException {
        try (PreparedStatement query = connection.prepareStatement("SELECT 1 FROM SYS.SYSSCHEMAS WHERE CAST(SCHEMANAME AS VARCHAR(128)) = ?")) { //$NON-NLS-1$
            query.setString(1, SCHEMA);
            try (ResultSet rows = query.executeQuery()) {
                return rows.next();
            }
        }
    }

    private static void execute(Connection connection, String sql) throws SQLException {
        try (Statement statement = connection.createStatement()) {
            statement.execute(sql);
        }
    }
}
