package org.garrison.internal.store.derby.objects;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.Collection;

import org.eclipse.emf.ecore.EPackage;
import org.garrison.internal.store.derby.ConnectionSource;
import org.garrison.internal.store.derby.schema.SchemaMapping;
import org.garrison.store.CommitEvent;

/** What a session needs from its store: connections, the current mapping, and whom to tell of commits. */
public interface SessionHost extends ConnectionSource {

    SchemaMapping mapping();

    /** Adds tables for packages the store has not mapped yet (an integrator's own model), in the given transaction. */
    SchemaMapping map(Connection connection, Collection<EPackage> packages) throws SQLException;

    void committed(CommitEvent event);

    /** A commit of one of this store's sessions, so that the store does not announce it a second time when it reads the log. */
    default void ownCommit(long commit) {
        // a store that does not read the log needs not know
    }

    /** Whether the database writes the audit columns itself (a department's server), so sessions leave them out of updates. */
    default boolean auditByDatabase() {
        return false;
    }

    /** What the store's user may change; the database refuses the rest in any case. */
    org.garrison.store.Access access();
}
