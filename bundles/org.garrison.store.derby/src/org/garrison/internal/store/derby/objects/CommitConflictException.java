package org.garrison.internal.store.derby.objects;

import java.sql.SQLException;
import java.util.List;

import org.eclipse.emf.ecore.EObject;

/** Rows changed by someone else since they were read: the commit wrote nothing. */
public class CommitConflictException extends SQLException {

    private static final long serialVersionUID = 1L;

    private final transient List<EObject> conflicts;

    public CommitConflictException(String message, List<EObject> conflicts) {
        super(message);
        this.conflicts = List.copyOf(conflicts);
    }

    /** The records whose stored version no longer matches the one that was read. */
    public List<EObject> conflicts() {
        return conflicts;
    }
}
