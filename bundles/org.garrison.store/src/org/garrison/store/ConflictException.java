package org.garrison.store;

import java.util.List;

import org.eclipse.emf.ecore.EObject;

/**
 * Another session committed a change to records this session also changed, after this session
 * read them (optimistic locking). Nothing was written; this session keeps its changes.
 */
public class ConflictException extends StoreException {

    private static final long serialVersionUID = 1L;

    private final transient List<EObject> records;

    public ConflictException(String message, List<EObject> records) {
        super(message);
        this.records = List.copyOf(records);
    }

    /** The records someone else changed. */
    public List<EObject> records() {
        return records;
    }
}
