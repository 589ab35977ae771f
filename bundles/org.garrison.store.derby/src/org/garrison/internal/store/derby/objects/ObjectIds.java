package org.garrison.internal.store.derby.objects;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;

import org.eclipse.emf.common.notify.Adapter;
import org.eclipse.emf.common.notify.impl.AdapterImpl;
import org.eclipse.emf.ecore.EObject;

/**
 * Stable object ids. Each stored object carries its id and row version in an adapter (the model
 * stays unaware of storage); ids are handed out in blocks from one counter row, inside the
 * committing transaction, so concurrent commits never get the same id.
 */
public final class ObjectIds {

    public static final String COUNTER_TABLE = "GARRISON_ID_COUNTER"; //$NON-NLS-1$

    private ObjectIds() {
    }

    /**
     * The id and version of a stored object. It also hands the object's changes to the tracker of
     * the session holding it: one adapter per record does both, which keeps large loads light.
     */
    public static final class Stored extends AdapterImpl {
        private final long id;
        private int version;
        private ChangeTracker tracker;
        private java.util.Set<org.eclipse.emf.ecore.EStructuralFeature> unread;

        Stored(long id, int version) {
            this.id = id;
            this.version = version;
        }

        public long id() {
            return id;
        }

        public int version() {
            return version;
        }

        void version(int version) {
            this.version = version;
        }

        void tracker(ChangeTracker tracker) {
            this.tracker = tracker;
        }

        /** Whether the large value of the feature is still in the database only (neither read nor set since). */
        public boolean isUnread(org.eclipse.emf.ecore.EStructuralFeature feature) {
            return unread != null && unread.contains(feature);
        }

        /** The large value is in the object now (a null value read sets nothing, so it is said here). */
        void read(org.eclipse.emf.ecore.EStructuralFeature feature) {
            if (unread != null) {
                unread.remove(feature);
            }
        }

        void unread(org.eclipse.emf.ecore.EStructuralFeature feature) {
            if (unread == null) {
                unread = new java.util.HashSet<>(2);
            }
            unread.add(feature);
        }

        @Override
        public void notifyChanged(org.eclipse.emf.common.notify.Notification notification) {
            if (unread != null && !notification.isTouch()) {
                // A value read or set is the object's own from now on: the next update writes it.
                unread.remove(notification.getFeature());
            }
            if (tracker != null) {
                tracker.record(notification);
            }
        }

        @Override
        public boolean isAdapterForType(Object type) {
            return type == Stored.class;
        }
    }

    /** The stored identity of the object, or null when it was never stored. */
    public static Stored of(EObject object) {
        for (Adapter adapter : object.eAdapters()) {
            if (adapter instanceof Stored stored) {
                return stored;
            }
        }
        return null;
    }

    static Stored attach(EObject object, long id, int version, ChangeTracker tracker) {
        Stored stored = new Stored(id, version);
        stored.tracker(tracker);
        object.eAdapters().add(stored);
        return stored;
    }

    /** Reserves {@code count} new ids and answers the first; the counter row is locked until the transaction ends. */
    static long reserve(Connection connection, int count) throws SQLException {
        try (Statement statement = connection.createStatement()) {
            statement.executeUpdate("UPDATE " + COUNTER_TABLE + " SET NEXT_ID = NEXT_ID + " + count); //$NON-NLS-1$ //$NON-NLS-2$
            try (ResultSet next = statement.executeQuery("SELECT NEXT_ID FROM " + COUNTER_TABLE)) { //$NON-NLS-1$
                next.next();
                return next.getLong(1) - count;
            }
        }
    }

    static PreparedStatement insertObject(Connection connection) throws SQLException {
        return connection.prepareStatement("INSERT INTO GARRISON_OBJECT (ID, ECLASS) VALUES (?, ?)"); //$NON-NLS-1$
    }
}
