package org.garrison.store;

import java.util.List;

import org.eclipse.emf.ecore.EObject;

/** A record the commit deletes is still referred to by records that stay; nothing was written. */
public class ReferencedRecordException extends StoreException {

    private static final long serialVersionUID = 1L;

    private final transient EObject record;
    private final List<Long> referrers;

    public ReferencedRecordException(String message, EObject record, List<Long> referrers) {
        super(message);
        this.record = record;
        this.referrers = List.copyOf(referrers);
    }

    /** The record that could not be deleted. */
    public EObject record() {
        return record;
    }

    /** Ids of the records that refer to it. */
    public List<Long> referrers() {
        return referrers;
    }
}
