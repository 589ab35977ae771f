package org.garrison.internal.store.derby.objects;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.LinkedHashSet;
import java.util.Set;

import org.eclipse.emf.common.notify.Notification;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EReference;
import org.eclipse.emf.ecore.EStructuralFeature;

/**
 * Follows every change to a session's stored objects (their {@link ObjectIds.Stored} adapters
 * report here): which changed, with each feature's value before its first change, and which left
 * their container (deleted unless they come back before the commit). New objects need no
 * following: they are inserted whole.
 */
public final class ChangeTracker {

    private final Set<EObject> changed = new LinkedHashSet<>();
    private final Set<EObject> detached = new LinkedHashSet<>();
    private final Map<EObject, Map<EStructuralFeature, Object>> originals = new HashMap<>();
    private boolean paused;

    /** Runs the work (reading records into the session) without taking what it does for user changes. */
    public <E extends Exception> void whilePaused(Work<E> work) throws E {
        boolean was = paused;
        paused = true;
        try {
            work.run();
        } finally {
            paused = was;
        }
    }

    /** Work that may throw. */
    @FunctionalInterface
    public interface Work<E extends Exception> {
        void run() throws E;
    }

    /** Whether any stored record changed or left its container since the last commit. */
    public boolean hasChanges() {
        return !changed.isEmpty() || !detached.isEmpty();
    }

    void record(Notification notification) {
        if (paused || notification.isTouch() || !(notification.getNotifier() instanceof EObject owner)
                || !(notification.getFeature() instanceof EStructuralFeature feature)) {
            return;
        }
        changed.add(owner);
        rememberOriginal(owner, feature, notification);
        if (feature instanceof EReference reference && reference.isContainment()) {
            collect(notification.getOldValue(), detached);
            Set<EObject> back = new LinkedHashSet<>();
            collect(notification.getNewValue(), back);
            detached.removeAll(back);
        }
    }

    /** The value each changed feature had before its first change since the last commit. */
    public Map<EObject, Map<EStructuralFeature, Object>> originals() {
        return originals;
    }

    private void rememberOriginal(EObject owner, EStructuralFeature feature, Notification notification) {
        Map<EStructuralFeature, Object> features = originals.computeIfAbsent(owner, o -> new LinkedHashMap<>());
        if (features.containsKey(feature)) {
            return;
        }
        features.put(feature, feature.isMany() ? listBefore(owner, feature, notification) : notification.getOldValue());
    }

    /** The list as it was before the notified change, rebuilt by undoing the change on a copy. */
    private static List<Object> listBefore(EObject owner, EStructuralFeature feature, Notification n) {
        List<Object> before = new ArrayList<>((List<?>) owner.eGet(feature));
        switch (n.getEventType()) {
            case Notification.ADD -> before.remove(n.getPosition());
            case Notification.ADD_MANY -> {
                for (int i = 0; i < ((Collection<?>) n.getNewValue()).size(); i++) {
                    before.remove(n.getPosition());
                }
            }
            case Notification.REMOVE -> before.add(n.getPosition(), n.getOldValue());
            case Notification.REMOVE_MANY -> {
                List<?> removed = (List<?>) n.getOldValue();
                int[] positions = (int[]) n.getNewValue();
                for (int i = 0; i < removed.size(); i++) {
                    before.add(positions == null ? n.getPosition() + i : positions[i], removed.get(i));
                }
            }
            case Notification.MOVE -> before.add((Integer) n.getOldValue(), before.remove(n.getPosition()));
            case Notification.SET -> before.set(n.getPosition(), n.getOldValue());
            default -> {
                return null;
            }
        }
        return before;
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
        originals.clear();
    }

    private static void collect(Object value, Set<EObject> into) {
        if (value instanceof EObject object) {
            into.add(object);
        } else if (value instanceof Collection<?> values) {
            values.forEach(v -> collect(v, into));
        }
    }
}
