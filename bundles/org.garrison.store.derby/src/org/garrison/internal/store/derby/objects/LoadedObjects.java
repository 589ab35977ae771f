package org.garrison.internal.store.derby.objects;

import java.util.HashMap;
import java.util.Map;

import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.InternalEObject;
import org.eclipse.emf.ecore.util.EcoreUtil;

/**
 * A session's identity map: one object per stored id, however often the record is read, and one
 * proxy per record referred to but not loaded. A proxy's URI is the session resource's URI with
 * the id as fragment, so EMF resolves it through the resource when the reference is followed.
 */
public final class LoadedObjects {

    private final Map<Long, EObject> byId = new HashMap<>();
    private final Map<Long, EObject> proxies = new HashMap<>();
    private final URI resourceUri;
    private final ChangeTracker tracker;

    public LoadedObjects(URI resourceUri) {
        this(resourceUri, null);
    }

    /** @param tracker follows the changes of every object read, or null */
    public LoadedObjects(URI resourceUri, ChangeTracker tracker) {
        this.resourceUri = resourceUri;
        this.tracker = tracker;
    }

    ChangeTracker tracker() {
        return tracker;
    }

    public EObject get(long id) {
        return byId.get(id);
    }

    public boolean contains(long id) {
        return byId.containsKey(id);
    }

    void put(long id, EObject object) {
        byId.put(id, object);
    }

    public void forget(long id) {
        byId.remove(id);
    }

    /** The loaded object, or else a proxy of the class standing for it. */
    EObject objectOrProxy(long id, EClass eClass) {
        EObject loaded = byId.get(id);
        if (loaded != null) {
            return loaded;
        }
        return proxies.computeIfAbsent(id, key -> {
            EObject proxy = EcoreUtil.create(eClass);
            ((InternalEObject) proxy).eSetProxyURI(resourceUri.appendFragment(Long.toString(key)));
            return proxy;
        });
    }

    public int size() {
        return byId.size();
    }

    public void clear() {
        byId.clear();
        proxies.clear();
    }
}
