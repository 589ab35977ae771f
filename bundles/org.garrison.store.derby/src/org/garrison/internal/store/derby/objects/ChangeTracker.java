package org.garrison.internal.store.derby.objects;

import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.Set;

import org.eclipse.emf.common.notify.Notification;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EReference;
import org.eclipse.emf.ecore.util.EContentAdapter;

/**
 * Follows every change to the object trees it is attached to: which stored objects changed, and
 * which stored objects left their container (deleted unless they come back before the commit).
 */
public final class ChangeTracker extends EContentAdapter {

    private final Set<EObject> changed = new LinkedHashSet<>();
    private final Set<EObject> detached = new LinkedHashSet<>();

    public void track(Collection<? extends EObject> roots) {
        roots.forEach(root -> root.eAdapters().add(this));
    }

    @Override
    public void notifyChanged(Notification notification) {
        super.notifyChanged(notification);
        if (notification.isTouch() || !(notification.getNotifier() instanceof EObject owner)
                || !(notification.getFeature() instanceof org.eclipse.emf.ecore.EStructuralFeature feature)) {
            return;
        }
        changed.add(owner);
        if (feature instanceof EReference reference && reference.isContainment()) {
            collect(notification.getOldValue(), detached);
            Set<EObject> back = new LinkedHashSet<>();
            collect(notification.getNewValue(), back);
            detached.removeAll(back);
        }
    }

    /** Stored objects whose rows need updating. */
    public Set<EObject> changed() {
        return changed;
    }

    /** Stored objects no longer in any tracked tree, with everything they contained. */
    public Set<EObject> deleted() {
        Set<EObject> deleted = new LinkedHashSet<>();
        for (EObject object : detached) {
            if (object.eContainer() == null && ObjectIds.of(object) != null) {
                deleted.add(object);
                object.eAllContents().forEachRemaining(child -> {
                    if (ObjectIds.of(child) != null) {
                        deleted.add(child);
                    }
                });
            }
        }
        return deleted;
    }

    public void clear() {
        changed.clear();
        detached.clear();
    }

    private static void collect(Object value, Set<EObject> into) {
        if (value instanceof EObject object) {
            into.add(object);
        } else if (value instanceof Collection<?> values) {
            values.forEach(v -> collect(v, into));
        }
    }
}
