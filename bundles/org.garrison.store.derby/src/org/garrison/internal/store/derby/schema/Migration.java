package org.garrison.internal.store.derby.schema;

import java.sql.Connection;
import java.sql.SQLException;

/**
 * An explicit step that moves the data of a removed or retyped feature before the schema is
 * upgraded. Without one, the store refuses to open a database that holds such a feature.
 */
public interface Migration {

    /** The feature it handles, keyed as {@link SchemaMapping#key}: {@code nsURI#Class.feature}. */
    String featureKey();

    /** Moves or converts the data, inside the upgrade's transaction. */
    void migrate(Connection connection, SchemaMapping.StoredFeature stored) throws SQLException;
}
