package org.garrison.internal.store.derby.schema;

import java.sql.Connection;
import java.sql.SQLException;

/**
 * An explicit step that moves the data of a removed or retyped feature. A retyped feature's step runs
 * before the schema is upgraded; a removed feature's after the new tables and columns exist, so that
 * it can move the data into them. Without a step, the store refuses to open a database that holds
 * such a feature and changes nothing.
 */
public interface Migration {

    /** The feature it handles, keyed as {@link SchemaMapping#key}: {@code nsURI#Class.feature}. */
    String featureKey();

    /** Moves or converts the data, inside the upgrade's transaction. */
    void migrate(Connection connection, SchemaMapping.StoredFeature stored) throws SQLException;
}
