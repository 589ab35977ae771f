package org.garrison.internal.store.derby.schema;

import java.sql.Connection;
import java.sql.DatabaseMetaData;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.eclipse.emf.ecore.EPackage;
import org.garrison.internal.store.derby.StoreMessages;

/**
 * Creates the schema on first start and upgrades it when the model changes, in one transaction:
 * new classes and features are added; a feature the database holds but the model removed or
 * retyped needs a {@link Migration}, and without one nothing is changed and the store refuses to
 * open. The database records which model (package namespace URIs) and which features it holds.
 */
public final class SchemaWriter {

    static final String OBJECT_TABLE = "GARRISON_OBJECT"; //$NON-NLS-1$
    static final String FEATURE_TABLE = "GARRISON_FEATURE"; //$NON-NLS-1$
    static final String MODEL_TABLE = "GARRISON_MODEL"; //$NON-NLS-1$
    static final String COUNTER_TABLE = "GARRISON_ID_COUNTER"; //$NON-NLS-1$

    private final Map<String, Migration> migrations = new HashMap<>();

    public SchemaWriter register(Migration migration) {
        migrations.put(migration.featureKey(), migration);
        return this;
    }

    /** Brings the database's schema to the mapping and commits; rolls back and throws when it cannot. */
    public void apply(Connection connection, SchemaMapping mapping) throws SQLException {
        try {
            refuseNewerModels(connection, mapping);
            createBaseTables(connection);
            Map<String, SchemaMapping.StoredFeature> recorded = recordedFeatures(connection);
            Map<String, SchemaMapping.StoredFeature> wanted = mapping.storedFeatures();
            List<SchemaMapping.StoredFeature> removed = new java.util.ArrayList<>();
            for (SchemaMapping.StoredFeature old : recorded.values()) {
                if (!mapping.maps(old.key())) {
                    // A package this opening does not map (an integrator's plugin not installed here): its tables stay as they are.
                    continue;
                }
                SchemaMapping.StoredFeature now = wanted.get(old.key());
                if (now == null) {
                    removed.add(old);
                } else if (!now.type().equals(old.type()) || !now.column().equals(old.column())) {
                    migrate(connection, old, now);
                }
            }
            for (SchemaMapping.StoredFeature old : removed) {
                checkMigrated(old);
            }
            // read once, kept up to date as tables and columns are added: on a server every metadata call is a round trip
            Map<String, SchemaMapping.StoredFeature> current = recordedFeatures(connection);
            java.util.Set<String> existing = tableNames(connection);
            for (ClassTable table : mapping.tables()) {
                createOrExtend(connection, table, current, existing);
            }
            // A removed feature's data moves into features that exist by now (a renamed column, a reference that replaced a containment).
            for (SchemaMapping.StoredFeature old : removed) {
                migrate(connection, old, null);
            }
            recordModel(connection, mapping);
            if (DatabaseGrants.isOwner(connection) && DatabaseGrants.isDepartmentDatabase(connection) && DatabaseGrants.isSecured(connection)) {
                DatabaseGrants.apply(connection, mapping);
            }
            connection.commit();
        } catch (SQLException | RuntimeException e) {
            try {
                connection.rollback();
            } catch (SQLException rollbackFailed) {
                // a database that shut itself down (damaged files) has no connection left to roll back: the first failure says why
                e.addSuppressed(rollbackFailed);
            }
            throw e;
        }
    }

    private void checkMigrated(SchemaMapping.StoredFeature old) throws SQLException {
        if (!migrations.containsKey(old.key())) {
            throw new SchemaMismatchException(StoreMessages.format("schema.featureRemoved", old.readable(), old.table() + "." + old.column()), old.key()); //$NON-NLS-1$ //$NON-NLS-2$
        }
    }

    private void migrate(Connection connection, SchemaMapping.StoredFeature old, SchemaMapping.StoredFeature now) throws SQLException {
        Migration migration = migrations.get(old.key());
        if (migration == null) {
            String where = old.table() + "." + old.column(); //$NON-NLS-1$
            String message = now == null
                    ? StoreMessages.format("schema.featureRemoved", old.readable(), where) //$NON-NLS-1$
                    : StoreMessages.format("schema.featureRetyped", old.readable(), where, old.type(), now.type()); //$NON-NLS-1$
            throw new SchemaMismatchException(message, old.key());
        }
        migration.migrate(connection, old);
        try (PreparedStatement forget = connection.prepareStatement("DELETE FROM " + FEATURE_TABLE + " WHERE FEATURE_KEY = ?")) { //$NON-NLS-1$ //$NON-NLS-2$
            forget.setString(1, old.key());
            forget.executeUpdate();
        }
    }

    /**
     * A database written by a newer Garrison (a package's namespace recorded with a higher version than
     * this program's, {@code .../core/1.1} against {@code .../core/1.0}) is refused before anything is
     * changed, naming both versions: this program would not know what the newer one stored.
     */
    private static void refuseNewerModels(Connection connection, SchemaMapping mapping) throws SQLException {
        if (!tableExists(connection, MODEL_TABLE)) {
            return;
        }
        List<String> recorded = new java.util.ArrayList<>();
        try (Statement statement = connection.createStatement(); ResultSet rows = statement.executeQuery("SELECT NS_URI FROM " + MODEL_TABLE)) { //$NON-NLS-1$
            while (rows.next()) {
                recorded.add(rows.getString(1));
            }
        }
        for (EPackage ePackage : mapping.packages()) {
            String ours = ePackage.getNsURI();
            int slash = ours.lastIndexOf('/');
            if (slash < 0) {
                continue;
            }
            String base = ours.substring(0, slash + 1);
            for (String theirs : recorded) {
                String their = theirs.substring(Math.min(theirs.length(), base.length()));
                String our = ours.substring(slash + 1);
                // only namespaces that end in a version (…/core/1.0) are compared; others are names, not versions
                if (theirs.startsWith(base) && isVersion(their) && isVersion(our) && compareVersions(their, our) > 0) {
                    throw new SchemaMismatchException(StoreMessages.format("schema.newerModel", ePackage.getName(), their, our), theirs); //$NON-NLS-1$
                }
            }
        }
    }

    private static boolean isVersion(String text) {
        return text.matches("\\d+(\\.\\d+)*"); //$NON-NLS-1$
    }

    /** 1.10 is after 1.9. */
    static int compareVersions(String a, String b) {
        String[] left = a.split("\\."); //$NON-NLS-1$
        String[] right = b.split("\\."); //$NON-NLS-1$
        for (int i = 0; i < Math.max(left.length, right.length); i++) {
            String l = i < left.length ? left[i] : "0"; //$NON-NLS-1$
            String r = i < right.length ? right[i] : "0"; //$NON-NLS-1$
            int compared = Integer.compare(Integer.parseInt(l), Integer.parseInt(r));
            if (compared != 0) {
                return compared;
            }
        }
        return 0;
    }

    private static void createBaseTables(Connection connection) throws SQLException {
        if (!tableExists(connection, OBJECT_TABLE)) {
            execute(connection, "CREATE TABLE " + OBJECT_TABLE + " (ID BIGINT NOT NULL PRIMARY KEY, ECLASS VARCHAR(1024) NOT NULL)"); //$NON-NLS-1$ //$NON-NLS-2$
        }
        if (!tableExists(connection, COUNTER_TABLE)) {
            execute(connection, "CREATE TABLE " + COUNTER_TABLE + " (NEXT_ID BIGINT NOT NULL)"); //$NON-NLS-1$ //$NON-NLS-2$
            execute(connection, "INSERT INTO " + COUNTER_TABLE + " VALUES (1)"); //$NON-NLS-1$ //$NON-NLS-2$
        }
        if (!tableExists(connection, "GARRISON_COMMIT")) { //$NON-NLS-1$
            execute(connection, "CREATE TABLE GARRISON_COMMIT (ID BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY, " //$NON-NLS-1$
                    + "AUTHOR VARCHAR(256) NOT NULL, COMMITTED_AT TIMESTAMP NOT NULL)"); //$NON-NLS-1$
            execute(connection, "CREATE TABLE GARRISON_CHANGE (COMMIT_ID BIGINT NOT NULL, OBJECT_ID BIGINT NOT NULL, " //$NON-NLS-1$
                    + "ECLASS VARCHAR(1024), KIND VARCHAR(16) NOT NULL, FEATURE VARCHAR(256), OLD_VALUE VARCHAR(32672), " //$NON-NLS-1$
                    + "NEW_VALUE VARCHAR(32672), CONSTRAINT FK_GARRISON_CHANGE_COMMIT FOREIGN KEY (COMMIT_ID) REFERENCES GARRISON_COMMIT (ID))"); //$NON-NLS-1$
            execute(connection, "CREATE INDEX IX_GARRISON_CHANGE_OBJECT ON GARRISON_CHANGE (OBJECT_ID)"); //$NON-NLS-1$
        } else if (!isNullable(connection, "GARRISON_CHANGE", "ECLASS")) { //$NON-NLS-1$ //$NON-NLS-2$
            // Databases made before the change log left the class out of insert and update rows.
            execute(connection, "ALTER TABLE GARRISON_CHANGE ALTER COLUMN ECLASS NULL"); //$NON-NLS-1$
        }
        if (!tableExists(connection, FEATURE_TABLE)) {
            execute(connection, "CREATE TABLE " + FEATURE_TABLE + " (FEATURE_KEY VARCHAR(1024) NOT NULL PRIMARY KEY, " //$NON-NLS-1$ //$NON-NLS-2$
                    + "TABLE_NAME VARCHAR(256) NOT NULL, COLUMN_NAME VARCHAR(256) NOT NULL, SQL_TYPE VARCHAR(128) NOT NULL)"); //$NON-NLS-1$
        }
        if (!tableExists(connection, MODEL_TABLE)) {
            execute(connection, "CREATE TABLE " + MODEL_TABLE + " (NS_URI VARCHAR(1024) NOT NULL PRIMARY KEY, " //$NON-NLS-1$ //$NON-NLS-2$
                    + "RECORDED_AT TIMESTAMP NOT NULL DEFAULT CURRENT_TIMESTAMP)"); //$NON-NLS-1$
        }
    }

    private static void createOrExtend(Connection connection, ClassTable table, Map<String, SchemaMapping.StoredFeature> recorded,
            java.util.Set<String> existing) throws SQLException {
        if (existing.add(table.name())) {
            execute(connection, "CREATE TABLE " + table.name() + " (ID BIGINT NOT NULL PRIMARY KEY, VERSION INTEGER NOT NULL DEFAULT 0, " //$NON-NLS-1$ //$NON-NLS-2$
                    + "CONSTRAINT " + constraint("FK", table.name(), "ID") + " FOREIGN KEY (ID) REFERENCES " + OBJECT_TABLE + " (ID))"); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$ //$NON-NLS-5$
        }
        for (ClassTable.Column column : table.columns()) {
            String key = SchemaMapping.key(table.eClass(), column.feature());
            if (recorded.containsKey(key)) {
                continue;
            }
            execute(connection, "ALTER TABLE " + table.name() + " ADD COLUMN " + SqlNames.quote(column.name()) + " " + column.ddl()); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
            if (column.isReference()) {
                execute(connection, "ALTER TABLE " + table.name() + " ADD CONSTRAINT " + constraint("FK", table.name(), column.name()) //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
                        + " FOREIGN KEY (" + SqlNames.quote(column.name()) + ") REFERENCES " + OBJECT_TABLE + " (ID)"); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
                index(connection, table.name(), column.name());
            } else if (column.type() == SqlType.ENUM_NAME || column.type() == SqlType.DATE || isYear(column)) {
                index(connection, table.name(), column.name());
            }
            record(connection, key, table.name(), column.name(), column.ddl());
        }
        for (ClassTable.LinkTable link : table.links()) {
            String key = SchemaMapping.key(table.eClass(), link.feature());
            if (recorded.containsKey(key)) {
                continue;
            }
            String value = link.isReference()
                    ? "TARGET_ID BIGINT NOT NULL, CONSTRAINT " + constraint("FK", link.name(), "TARGET_ID") //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
                            + " FOREIGN KEY (TARGET_ID) REFERENCES " + OBJECT_TABLE + " (ID)" //$NON-NLS-1$ //$NON-NLS-2$
                    : "\"VALUE\" " + link.valueType().ddl(); //$NON-NLS-1$
            execute(connection, "CREATE TABLE " + link.name() + " (OWNER_ID BIGINT NOT NULL, \"POSITION\" INTEGER NOT NULL, " + value //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
                    + ", PRIMARY KEY (OWNER_ID, \"POSITION\"), CONSTRAINT " + constraint("FK", link.name(), "OWNER_ID") //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
                    + " FOREIGN KEY (OWNER_ID) REFERENCES " + OBJECT_TABLE + " (ID))"); //$NON-NLS-1$ //$NON-NLS-2$
            if (link.isReference()) {
                index(connection, link.name(), "TARGET_ID"); //$NON-NLS-1$
            }
            record(connection, key, link.name(), link.name(), link.isReference() ? "LINK BIGINT" : "LINK " + link.valueType().ddl()); //$NON-NLS-1$ //$NON-NLS-2$
        }
    }

    /** Queries filter and group by kinds, dates and years (the report counts per year and kind). */
    private static boolean isYear(ClassTable.Column column) {
        return column.type() == SqlType.INTEGER && column.feature().getName().toLowerCase(java.util.Locale.ROOT).endsWith("year"); //$NON-NLS-1$
    }

    private static void recordModel(Connection connection, SchemaMapping mapping) throws SQLException {
        for (EPackage ePackage : mapping.packages()) {
            try (PreparedStatement exists = connection.prepareStatement("SELECT 1 FROM " + MODEL_TABLE + " WHERE NS_URI = ?")) { //$NON-NLS-1$ //$NON-NLS-2$
                exists.setString(1, ePackage.getNsURI());
                try (ResultSet rows = exists.executeQuery()) {
                    if (rows.next()) {
                        continue;
                    }
                }
            }
            try (PreparedStatement insert = connection.prepareStatement("INSERT INTO " + MODEL_TABLE + " (NS_URI) VALUES (?)")) { //$NON-NLS-1$ //$NON-NLS-2$
                insert.setString(1, ePackage.getNsURI());
                insert.executeUpdate();
            }
        }
    }

    /** The features this database holds, as recorded when they were created. */
    public static Map<String, SchemaMapping.StoredFeature> recordedFeatures(Connection connection) throws SQLException {
        Map<String, SchemaMapping.StoredFeature> features = new LinkedHashMap<>();
        if (!tableExists(connection, FEATURE_TABLE)) {
            return features;
        }
        try (Statement statement = connection.createStatement();
                ResultSet rows = statement.executeQuery("SELECT FEATURE_KEY, TABLE_NAME, COLUMN_NAME, SQL_TYPE FROM " + FEATURE_TABLE)) { //$NON-NLS-1$
            while (rows.next()) {
                features.put(rows.getString(1), new SchemaMapping.StoredFeature(rows.getString(1), rows.getString(2), rows.getString(3), rows.getString(4)));
            }
        }
        return features;
    }

    private static void record(Connection connection, String key, String table, String column, String type) throws SQLException {
        try (PreparedStatement insert = connection.prepareStatement(
                "INSERT INTO " + FEATURE_TABLE + " (FEATURE_KEY, TABLE_NAME, COLUMN_NAME, SQL_TYPE) VALUES (?, ?, ?, ?)")) { //$NON-NLS-1$ //$NON-NLS-2$
            insert.setString(1, key);
            insert.setString(2, table);
            insert.setString(3, column);
            insert.setString(4, type);
            insert.executeUpdate();
        }
    }

    /** References are followed both ways (what refers to this record?), so each is indexed. */
    private static void index(Connection connection, String table, String column) throws SQLException {
        execute(connection, "CREATE INDEX " + constraint("IX", table, column) + " ON " + table + " (" + SqlNames.quote(column) + ")"); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$ //$NON-NLS-5$
    }

    private static boolean isNullable(Connection connection, String table, String column) throws SQLException {
        try (ResultSet columns = connection.getMetaData().getColumns(null, connection.getSchema(), table, column)) {
            return !columns.next() || !"NO".equals(columns.getString("IS_NULLABLE")); //$NON-NLS-1$ //$NON-NLS-2$
        }
    }

    /** The tables of the connection's schema, in one metadata call. */
    private static java.util.Set<String> tableNames(Connection connection) throws SQLException {
        java.util.Set<String> names = new java.util.HashSet<>();
        try (ResultSet tables = connection.getMetaData().getTables(null, connection.getSchema(), "%", new String[] { "TABLE" })) { //$NON-NLS-1$ //$NON-NLS-2$
            while (tables.next()) {
                names.add(tables.getString("TABLE_NAME")); //$NON-NLS-1$
            }
        }
        return names;
    }

    static boolean tableExists(Connection connection, String table) throws SQLException {
        DatabaseMetaData metaData = connection.getMetaData();
        try (ResultSet tables = metaData.getTables(null, connection.getSchema(), table, new String[] { "TABLE" })) { //$NON-NLS-1$
            return tables.next();
        }
    }

    /** A constraint or index name within Derby's 128 characters, unique for the table and column. */
    private static String constraint(String kind, String table, String column) {
        String name = kind + "_" + table + "_" + column; //$NON-NLS-1$ //$NON-NLS-2$
        return name.length() <= 128 ? name : kind + "_" + Integer.toHexString(name.hashCode()) + "_" + name.substring(name.length() - 100); //$NON-NLS-1$ //$NON-NLS-2$
    }

    private static void execute(Connection connection, String sql) throws SQLException {
        try (Statement statement = connection.createStatement()) {
            statement.execute(sql);
        }
    }
}
