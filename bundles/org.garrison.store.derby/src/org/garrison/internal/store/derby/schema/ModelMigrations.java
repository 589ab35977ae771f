package org.garrison.internal.store.derby.schema;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;

/**
 * The steps that carry the data of Garrison's own model from its earlier shapes into the current
 * one, so that a database made by an earlier version opens with nothing lost. Keys name features as
 * the store records them ({@code nsURI#Class.feature}); the store needs no model class for them.
 */
public final class ModelMigrations {

    private static final String SECURITY = "http://garrison.org/model/security/1.0#"; //$NON-NLS-1$

    private ModelMigrations() {
    }

    public static List<Migration> all() {
        return List.of(
                // a plan's interval has a unit since; the days it held are its interval in days (the unit's first value)
                columnMovedTo(SECURITY + "MaintenancePlan.intervalDays", SECURITY + "MaintenancePlan.interval"), //$NON-NLS-1$ //$NON-NLS-2$
                // maintenance records are records of their own, naming their asset, so that an asset is read without its history
                containmentReplacedBy(SECURITY + "Asset.records", SECURITY + "MaintenanceRecord.asset")); //$NON-NLS-1$ //$NON-NLS-2$
    }

    /** The values of a removed column copied into the column of another feature of the same table; the old column dropped. */
    static Migration columnMovedTo(String removedKey, String currentKey) {
        return new Migration() {
            @Override
            public String featureKey() {
                return removedKey;
            }

            @Override
            public void migrate(Connection connection, SchemaMapping.StoredFeature stored) throws SQLException {
                SchemaMapping.StoredFeature current = current(connection, currentKey);
                execute(connection, "UPDATE " + stored.table() + " SET " + SqlNames.quote(current.column()) + " = " + SqlNames.quote(stored.column())); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
                execute(connection, "ALTER TABLE " + stored.table() + " DROP COLUMN " + SqlNames.quote(stored.column())); //$NON-NLS-1$ //$NON-NLS-2$
            }
        };
    }

    /**
     * A containment list's elements made records of their own that reference their former container
     * through the current (single, stored) reference; the link table dropped.
     */
    static Migration containmentReplacedBy(String removedKey, String referenceKey) {
        return new Migration() {
            @Override
            public String featureKey() {
                return removedKey;
            }

            @Override
            public void migrate(Connection connection, SchemaMapping.StoredFeature stored) throws SQLException {
                SchemaMapping.StoredFeature reference = current(connection, referenceKey);
                String link = stored.table();
                execute(connection, "UPDATE " + reference.table() + " SET " + SqlNames.quote(reference.column()) //$NON-NLS-1$ //$NON-NLS-2$
                        + " = (SELECT l.OWNER_ID FROM " + link + " l WHERE l.TARGET_ID = " + reference.table() + ".ID)" //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
                        + " WHERE ID IN (SELECT TARGET_ID FROM " + link + ")"); //$NON-NLS-1$ //$NON-NLS-2$
                execute(connection, "DROP TABLE " + link); //$NON-NLS-1$
            }
        };
    }

    private static SchemaMapping.StoredFeature current(Connection connection, String key) throws SQLException {
        SchemaMapping.StoredFeature current = SchemaWriter.recordedFeatures(connection).get(key);
        if (current == null) {
            throw new SQLException("The feature " + key + " the data moves into is not in the database"); //$NON-NLS-1$ //$NON-NLS-2$
        }
        return current;
    }

    private static void execute(Connection connection, String sql) throws SQLException {
        try (Statement statement = connection.createStatement()) {
            statement.execute(sql);
        }
    }
}
