package org.garrison.internal.store.derby;

import java.sql.Connection;
import java.sql.SQLException;

/** Where a store's connections come from: the embedded database, or a shared Derby network server. */
public interface ConnectionSource {

    /** A connection with auto-commit off. */
    Connection connect() throws SQLException;
}
