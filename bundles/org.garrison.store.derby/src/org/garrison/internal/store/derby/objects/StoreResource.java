package org.garrison.internal.store.derby.objects;

import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.resource.impl.ResourceImpl;
import org.garrison.store.StoreException;

/**
 * The resource of a session: its records, each addressed by its stored id, so that a proxy
 * {@code garrison:/store#42} loads record 42 when a reference to it is followed.
 */
final class StoreResource extends ResourceImpl {

    static final URI URI = org.eclipse.emf.common.util.URI.createURI("garrison:/store"); //$NON-NLS-1$

    private final DerbySession session;

    StoreResource(DerbySession session) {
        super(URI);
        this.session = session;
        // Never loaded from a stream: the session fills it, so EMF must not try to read garrison:/store.
        isLoaded = true;
    }

    @Override
    public EObject getEObject(String uriFragment) {
        if (isId(uriFragment)) {
            try {
                return session.find(Long.parseLong(uriFragment));
            } catch (StoreException e) {
                // A proxy that cannot be resolved stays a proxy, as EMF does for a missing file; the cause is logged.
                getErrors().add(new StoreDiagnostic(e));
                return null;
            }
        }
        return super.getEObject(uriFragment);
    }

    @Override
    public String getURIFragment(EObject eObject) {
        ObjectIds.Stored stored = ObjectIds.of(eObject);
        return stored == null ? super.getURIFragment(eObject) : Long.toString(stored.id());
    }

    private static boolean isId(String fragment) {
        if (fragment.isEmpty() || fragment.length() > 18) {
            return false;
        }
        for (int i = 0; i < fragment.length(); i++) {
            if (!Character.isDigit(fragment.charAt(i))) {
                return false;
            }
        }
        return true;
    }

    /** A failed proxy resolution, kept in the resource's errors like a load error. */
    private record StoreDiagnostic(StoreException exception) implements org.eclipse.emf.ecore.resource.Resource.Diagnostic {
        @Override
        public String getMessage() {
            return exception.getMessage();
        }

        @Override
        public String getLocation() {
            return URI.toString();
        }

        @Override
        public int getLine() {
            return 0;
        }

        @Override
        public int getColumn() {
            return 0;
        }
    }

}
