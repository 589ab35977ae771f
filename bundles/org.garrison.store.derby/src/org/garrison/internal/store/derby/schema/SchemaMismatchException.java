package org.garrison.internal.store.derby.schema;

import java.sql.SQLException;

/** The database holds a feature that the model removed or retyped, with no migration for it. */
public class SchemaMismatchException extends SQLException {

    private static final long serialVersionUID = 1L;

    private final String featureKey;

    public SchemaMismatchException(String message, String featureKey) {
        super(message);
        this.featureKey = featureKey;
    }

    public String featureKey() {
        return featureKey;
    }
}
