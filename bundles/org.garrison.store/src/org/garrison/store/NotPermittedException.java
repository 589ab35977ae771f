package org.garrison.store;

import org.eclipse.emf.ecore.EClass;
import org.garrison.internal.store.StoreApiMessages;

/**
 * A commit that changes records the user's roles do not allow: nothing was written, the changes are
 * kept. The message names the user, the area and the role that would be needed.
 */
public class NotPermittedException extends StoreException {

    private static final long serialVersionUID = 1L;

    private final transient EClass eClass;
    private final Role needed;

    public NotPermittedException(String user, EClass eClass, Role needed, Throwable cause) {
        super(StoreApiMessages.format("commit.notPermitted", user, needed.label()), cause); //$NON-NLS-1$
        this.eClass = eClass;
        this.needed = needed;
    }

    /** The class of a record the user may not change. */
    public EClass eClass() {
        return eClass;
    }

    public Role needed() {
        return needed;
    }
}
