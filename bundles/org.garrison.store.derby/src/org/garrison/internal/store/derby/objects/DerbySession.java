package org.garrison.internal.store.derby.objects;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.List;
import java.util.Set;

import org.eclipse.emf.common.util.Diagnostic;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EStructuralFeature;
import org.garrison.internal.store.derby.ConnectionSource;
import org.garrison.internal.store.derby.schema.SchemaMapping;

/**
 * One user's working copy of the stored records: loads them, follows every change, and commits
 * all changes in one JDBC transaction — new objects inserted, changed ones updated under optimistic
 * locking, removed ones deleted — or nothing at all. After a failed commit the working copy keeps
 * every change, so nothing the user did is lost.
 */
public final class DerbySession {

    private final ConnectionSource database;
    private final ObjectWriter writer;
    private final ObjectReader reader;
    private final ChangeTracker tracker = new ChangeTracker();
    private final List<EObject> roots = new ArrayList<>();
    private final Set<EObject> removedRoots = new LinkedHashSet<>();
    private final CommitValidator validator;
    private final String author;

    public DerbySession(ConnectionSource database, SchemaMapping mapping) {
        this(database, mapping, CommitValidator.EMF, System.getProperty("user.name")); //$NON-NLS-1$
    }

    public DerbySession(ConnectionSource database, SchemaMapping mapping, CommitValidator validator) {
        this(database, mapping, validator, System.getProperty("user.name")); //$NON-NLS-1$
    }

    /** @param author who commits: recorded in the change log with every commit */
    public DerbySession(ConnectionSource database, SchemaMapping mapping, CommitValidator validator, String author) {
        this.database = database;
        this.writer = new ObjectWriter(mapping);
        this.reader = new ObjectReader(mapping);
        this.validator = validator;
        this.author = author;
    }

    /** Loads every stored record; answers the roots. */
    public List<EObject> load() throws SQLException {
        try (Connection connection = database.connect()) {
            List<EObject> loaded = reader.loadAll(connection);
            connection.rollback();
            roots.addAll(loaded);
            tracker.track(loaded);
            return loaded;
        }
    }

    /** A new root to store with the next commit. */
    public void add(EObject root) {
        roots.add(root);
        tracker.track(List.of(root));
    }

    /** Deletes a root and everything it contains with the next commit. */
    public void remove(EObject root) {
        roots.remove(root);
        root.eAdapters().remove(tracker);
        if (ObjectIds.of(root) != null) {
            removedRoots.add(root);
        }
    }

    public List<EObject> roots() {
        return List.copyOf(roots);
    }

    /** Writes every change in one transaction; on any failure writes nothing and keeps the changes. */
    public void commit() throws SQLException {
        List<EObject> fresh = new ArrayList<>();
        for (EObject root : roots) {
            collectNewSubtrees(root, fresh);
        }
        List<EObject> inserted = withContents(fresh);
        Set<EObject> deleted = new LinkedHashSet<>(tracker.deleted());
        for (EObject root : removedRoots) {
            withContents(List.of(root)).stream().filter(object -> ObjectIds.of(object) != null).forEach(deleted::add);
        }
        Map<EObject, Map<EStructuralFeature, Object>> updated = new LinkedHashMap<>();
        for (EObject object : tracker.changed()) {
            if (ObjectIds.of(object) != null && !deleted.contains(object)) {
                updated.put(object, tracker.originals().getOrDefault(object, Map.of()));
            }
        }
        validate(inserted, updated.keySet());
        try (Connection connection = database.connect()) {
            try {
                writer.insert(connection, fresh);
                List<Runnable> afterCommit = writer.update(connection, updated.keySet());
                writer.delete(connection, deleted);
                ChangeLog.append(connection, author, inserted, updated, deleted);
                connection.commit();
                afterCommit.forEach(Runnable::run);
                tracker.clear();
                removedRoots.clear();
            } catch (SQLException | RuntimeException e) {
                connection.rollback();
                fresh.forEach(DerbySession::forgetIds);
                throw e;
            }
        }
    }

    /** Every new record and every changed one must pass validation, or nothing is written. */
    private void validate(List<EObject> inserted, Set<EObject> changed) throws CommitValidationException {
        List<EObject> records = new ArrayList<>(changed);
        records.addAll(inserted);
        List<Diagnostic> errors = new ArrayList<>();
        for (Diagnostic diagnostic : validator.validate(records).getChildren()) {
            if (diagnostic.getSeverity() >= Diagnostic.ERROR) {
                errors.add(diagnostic);
            }
        }
        if (!errors.isEmpty()) {
            throw new CommitValidationException(errors);
        }
    }

    private static List<EObject> withContents(List<EObject> roots) {
        List<EObject> all = new ArrayList<>();
        for (EObject root : roots) {
            all.add(root);
            root.eAllContents().forEachRemaining(all::add);
        }
        return all;
    }

    /** New objects whose container is stored (or which are new roots): each is inserted with its contents. */
    private static void collectNewSubtrees(EObject object, List<EObject> fresh) {
        if (ObjectIds.of(object) == null) {
            fresh.add(object);
            return;
        }
        for (EObject child : object.eContents()) {
            collectNewSubtrees(child, fresh);
        }
    }

    /** Ids handed out in a transaction that rolled back do not exist: the objects are new again. */
    private static void forgetIds(EObject root) {
        root.eAdapters().removeIf(ObjectIds.Stored.class::isInstance);
        root.eAllContents().forEachRemaining(child -> child.eAdapters().removeIf(ObjectIds.Stored.class::isInstance));
    }
}
