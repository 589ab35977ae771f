package org.garrison.store;

import java.time.Instant;
import java.util.List;
import java.util.Set;

import org.eclipse.emf.ecore.EClass;

/**
 * One committed transaction: who, when, and which records were inserted, updated or deleted.
 *
 * @param session the session that committed, so that it can tell its own commits from others'
 */
public record CommitEvent(StoreSession session, String author, Instant committedAt, List<ChangedRecord> changes) {

    public enum Kind {
        INSERTED, UPDATED, DELETED
    }

    /** A record's id and class, and for an update the names of the features that changed. */
    public record ChangedRecord(long id, EClass eClass, Kind kind, Set<String> features) {
    }

    /** Whether the commit touched a record of the class or of one of its subclasses. */
    public boolean touches(EClass eClass) {
        return changes.stream().anyMatch(change -> eClass.isSuperTypeOf(change.eClass()));
    }
}
