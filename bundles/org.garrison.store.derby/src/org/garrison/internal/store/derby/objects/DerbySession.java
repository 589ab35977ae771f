package org.garrison.internal.store.derby.objects;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.OptionalLong;
import java.util.Set;

import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.OperationCanceledException;
import org.eclipse.emf.common.util.Diagnostic;
import org.eclipse.emf.ecore.EAttribute;
import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EPackage;
import org.eclipse.emf.ecore.EStructuralFeature;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.emf.ecore.resource.ResourceSet;
import org.eclipse.emf.ecore.resource.impl.ResourceSetImpl;
import org.garrison.internal.store.derby.StoreMessages;
import org.garrison.internal.store.derby.schema.SchemaMapping;
import org.garrison.store.CommitEvent;
import org.garrison.store.ConflictException;
import org.garrison.store.NotPermittedException;
import org.garrison.store.StoreException;
import org.garrison.store.StoreSession;
import org.garrison.store.ValidationException;
import org.garrison.store.query.Aggregation;
import org.garrison.store.query.Query;

/**
 * One user's working copy of the stored records: reads them into its resource, follows every
 * change, and commits all changes in one JDBC transaction — new objects inserted, changed ones
 * updated under optimistic locking, removed ones deleted — or nothing at all. After a failed commit
 * the working copy keeps every change, so nothing the user did is lost.
 */
public final class DerbySession implements StoreSession {

    private final SessionHost host;
    private final CommitValidator validator;
    private final String author;
    private final ResourceSet resourceSet = new ResourceSetImpl();
    private final StoreResource resource = new StoreResource(this);
    private final ChangeTracker tracker = new ChangeTracker();
    private final LoadedObjects loaded = new LoadedObjects(StoreResource.URI, tracker);
    private final Set<EObject> removedRoots = new LinkedHashSet<>();
    private Connection connection;

    /** @param author who commits: recorded in the change log with every commit */
    public DerbySession(SessionHost host, CommitValidator validator, String author) {
        this.host = host;
        this.validator = validator;
        this.author = author;
        resourceSet.getResources().add(resource);
    }

    @Override
    public ResourceSet resourceSet() {
        return resourceSet;
    }

    @Override
    public Resource resource() {
        return resource;
    }

    @Override
    public List<EObject> loadAll() throws StoreException {
        return read(c -> new ObjectReader(host.mapping()).loadAll(c, loaded));
    }

    @Override
    @SuppressWarnings("unchecked")
    public <T extends EObject> List<T> loadRoots(EClass rootClass) throws StoreException {
        read(c -> new ObjectReader(host.mapping()).loadRoots(c, rootClass, loaded));
        // Roots read by an earlier call are the session's already: every stored root of the class is the answer.
        return (List<T>) resource.getContents().stream().filter(root -> rootClass.isInstance(root) && ObjectIds.of(root) != null).toList();
    }

    @Override
    @SuppressWarnings("unchecked")
    public <T extends EObject> List<T> list(Query query) throws StoreException {
        return (List<T>) read(c -> {
            QuerySql sql = new QuerySql(host.mapping(), query.eClass());
            List<Long> ids = new ArrayList<>();
            try (PreparedStatement select = c.prepareStatement(sql.selectIds(query))) {
                sql.bind(select);
                try (ResultSet rows = select.executeQuery()) {
                    while (rows.next()) {
                        ids.add(rows.getLong(1));
                    }
                }
            }
            return new ObjectReader(host.mapping()).loadIds(c, ids, loaded);
        });
    }

    @Override
    public long count(Query query) throws StoreException {
        return readValue(c -> {
            QuerySql sql = new QuerySql(host.mapping(), query.eClass());
            try (PreparedStatement select = c.prepareStatement(sql.selectCount(query))) {
                sql.bind(select);
                try (ResultSet rows = select.executeQuery()) {
                    rows.next();
                    return rows.getLong(1);
                }
            }
        });
    }

    @Override
    public List<Aggregation.Row> aggregate(Aggregation aggregation) throws StoreException {
        List<QuerySql.Selected> keys = new ArrayList<>();
        List<List<Object>> rawKeys = new ArrayList<>();
        List<List<Number>> values = new ArrayList<>();
        readValue(c -> {
            QuerySql sql = new QuerySql(host.mapping(), aggregation.query().eClass());
            try (PreparedStatement select = c.prepareStatement(sql.selectAggregate(aggregation, keys))) {
                sql.bind(select);
                try (ResultSet rows = select.executeQuery()) {
                    while (rows.next()) {
                        List<Object> key = new ArrayList<>();
                        for (int i = 0; i < keys.size(); i++) {
                            key.add(SqlValues.readKey(rows, i + 1, keys.get(i).column()));
                        }
                        List<Number> measured = new ArrayList<>();
                        for (int i = 0; i < aggregation.measures().size(); i++) {
                            Object value = rows.getObject(keys.size() + i + 1);
                            // MIN and MAX of a date answer its epoch day: measures are numbers (Row.date reads it back)
                            measured.add(value instanceof java.sql.Date date ? (Number) date.toLocalDate().toEpochDay() : (Number) value);
                        }
                        rawKeys.add(key);
                        values.add(measured);
                    }
                }
            }
            return null;
        });
        List<Aggregation.Row> result = new ArrayList<>();
        for (int row = 0; row < rawKeys.size(); row++) {
            List<Object> key = new ArrayList<>();
            for (int i = 0; i < keys.size(); i++) {
                Object value = rawKeys.get(row).get(i);
                boolean reference = keys.get(i).column() != null && keys.get(i).column().isReference();
                key.add(reference && value != null ? find((Long) value) : value);
            }
            // SUM and MIN of no rows are NULL: kept as null (Row.count() reads them as 0).
            result.add(new Aggregation.Row(java.util.Collections.unmodifiableList(key), java.util.Collections.unmodifiableList(values.get(row))));
        }
        return result;
    }

    @Override
    public EObject find(long id) throws StoreException {
        EObject object = loaded.get(id);
        if (object != null) {
            return object;
        }
        List<EObject> found = read(c -> new ObjectReader(host.mapping()).loadIds(c, List.of(id), loaded));
        return found.isEmpty() ? null : found.get(0);
    }

    @Override
    public void resolve(java.util.Collection<? extends EObject> records, org.eclipse.emf.ecore.EReference reference) throws StoreException {
        List<Long> ids = new ArrayList<>();
        for (EObject record : records) {
            Object value = record.eGet(reference, false);
            for (Object target : value instanceof java.util.Collection<?> many ? many : java.util.Collections.singletonList(value)) {
                if (target instanceof org.eclipse.emf.ecore.InternalEObject proxy && proxy.eIsProxy()
                        && StoreResource.URI.equals(proxy.eProxyURI().trimFragment())) {
                    ids.add(Long.parseLong(proxy.eProxyURI().fragment()));
                }
            }
        }
        if (!ids.isEmpty()) {
            read(c -> new ObjectReader(host.mapping()).loadIds(c, ids, loaded));
        }
    }

    @Override
    public byte[] loadLargeValue(EObject record, EAttribute attribute) throws StoreException {
        if (isLargeValueLoaded(record, attribute)) {
            return (byte[]) record.eGet(attribute);
        }
        Object value = readValue(c -> new ObjectReader(host.mapping()).readLarge(c, record, attribute));
        tracker.whilePaused(() -> record.eSet(attribute, value));
        ObjectIds.of(record).read(attribute);
        return (byte[]) value;
    }

    @Override
    public boolean isLargeValueLoaded(EObject record, EAttribute attribute) {
        ObjectIds.Stored stored = ObjectIds.of(record);
        return stored == null || !stored.isUnread(attribute);
    }

    @Override
    public List<org.garrison.store.RecordChange> history(EObject record) throws StoreException {
        ObjectIds.Stored stored = ObjectIds.of(record);
        if (stored == null) {
            return List.of();
        }
        return readValue(c -> ChangeLog.history(c, stored.id()));
    }

    @Override
    public OptionalLong idOf(EObject record) {
        ObjectIds.Stored stored = ObjectIds.of(record);
        return stored == null ? OptionalLong.empty() : OptionalLong.of(stored.id());
    }

    @Override
    public void add(EObject root) {
        resource.getContents().add(root);
    }

    @Override
    public void remove(EObject root) {
        if (root.eContainer() != null) {
            throw new IllegalArgumentException("Only a root can be removed from the session; remove a contained record from its container"); //$NON-NLS-1$
        }
        tracker.whilePaused(() -> resource.getContents().remove(root));
        if (ObjectIds.of(root) != null) {
            removedRoots.add(root);
        }
    }

    @Override
    public boolean hasChanges() {
        if (tracker.hasChanges() || !removedRoots.isEmpty()) {
            return true;
        }
        return resource.getContents().stream().anyMatch(root -> ObjectIds.of(root) == null);
    }

    @Override
    public void commit(IProgressMonitor monitor) throws StoreException {
        List<EObject> fresh = new ArrayList<>();
        for (EObject root : resource.getContents()) {
            collectNewSubtrees(root, fresh);
        }
        List<EObject> inserted = withContents(fresh);
        Set<EObject> deleted = new LinkedHashSet<>(tracker.deleted());
        for (EObject root : removedRoots) {
            withContents(List.of(root)).stream().filter(object -> ObjectIds.of(object) != null).forEach(deleted::add);
        }
        Map<EObject, Map<EStructuralFeature, Object>> updated = new LinkedHashMap<>();
        for (EObject object : tracker.changed()) {
            if (ObjectIds.of(object) != null && !deleted.contains(object) && object.eResource() == resource) {
                updated.put(object, tracker.originals().getOrDefault(object, Map.of()));
            }
        }
        if (inserted.isEmpty() && deleted.isEmpty() && updated.isEmpty()) {
            return;
        }
        refuseWhatTheRolesDoNotAllow(inserted, updated.keySet(), deleted);
        AuditStamps.stamp(inserted, updated.keySet(), author, new java.util.Date(), tracker);
        org.eclipse.core.runtime.SubMonitor progress = org.eclipse.core.runtime.SubMonitor.convert(monitor, 100);
        validate(inserted, updated.keySet(), progress.split(20));
        try {
            Connection c = connection();
            SchemaMapping mapping = mapNewPackages(c, inserted);
            ObjectWriter writer = new ObjectWriter(mapping).trackingWith(tracker).auditByDatabase(host.auditByDatabase());
            int rows = writer.rowsToWrite(inserted, updated.keySet(), deleted);
            writer.reportingTo(WriteProgress.of(progress.split(80), StoreMessages.format("commit.task", rows), rows)); //$NON-NLS-1$
            writer.insert(c, fresh);
            List<Runnable> afterCommit = writer.update(c, updated.keySet());
            writer.delete(c, deleted);
            long commit = ChangeLog.append(c, author, writer.insertedIds(), updated, deleted);
            host.ownCommit(commit);
            c.commit();
            afterCommit.forEach(Runnable::run);
        } catch (OperationCanceledException e) {
            rollbackQuietly();
            fresh.forEach(DerbySession::forgetIds);
            throw e;
        } catch (SQLException | RuntimeException e) {
            StoreException failure = translate(e, deleted);
            rollbackQuietly();
            fresh.forEach(DerbySession::forgetIds);
            throw failure;
        }
        inserted.forEach(object -> loaded.put(ObjectIds.of(object).id(), object));
        deleted.forEach(object -> loaded.forget(ObjectIds.of(object).id()));
        CommitEvent event = CommitEvents.of(this, author, Instant.now(), inserted, updated, deleted);
        tracker.clear();
        removedRoots.clear();
        host.committed(event);
    }

    @Override
    public void rollback() {
        tracker.whilePaused(() -> resource.getContents().clear());
        loaded.clear();
        tracker.clear();
        removedRoots.clear();
    }

    @Override
    public void close() {
        rollback();
        if (connection != null) {
            try {
                connection.rollback();
                connection.close();
            } catch (SQLException e) {
                // Closing a connection whose database is gone: nothing is left to release.
            }
            connection = null;
        }
    }

    /** Packages of new records that the store has not mapped yet get their tables first, in this transaction. */
    private SchemaMapping mapNewPackages(Connection c, List<EObject> inserted) throws SQLException {
        SchemaMapping mapping = host.mapping();
        Set<EPackage> unmapped = new LinkedHashSet<>();
        for (EObject object : inserted) {
            EPackage ePackage = object.eClass().getEPackage();
            if (!mapping.packages().contains(ePackage)) {
                unmapped.add(ePackage);
            }
        }
        return unmapped.isEmpty() ? mapping : host.map(c, unmapped);
    }

    /** Asked before writing, so the message names the area; the database refuses such a write anyway. */
    private void refuseWhatTheRolesDoNotAllow(List<EObject> inserted, Set<EObject> updated, Set<EObject> deleted) throws NotPermittedException {
        org.garrison.store.Access access = host.access();
        if (access.all()) {
            return;
        }
        for (Set<EObject> records : List.of(new LinkedHashSet<>(inserted), updated, deleted)) {
            for (EObject record : records) {
                if (!access.mayChange(record.eClass())) {
                    throw new NotPermittedException(access.user(), record.eClass(), access.roleToChange(record.eClass()), null);
                }
            }
        }
    }

    /** Derby's states for a statement the user's privileges do not allow (table, column, routine). */
    private static final Set<String> NOT_PERMITTED = Set.of("42500", "42502", "42504"); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$

    private StoreException translate(Exception e, Set<EObject> deleted) {
        if (e instanceof CommitConflictException conflict) {
            return new ConflictException(conflict.getMessage(), conflict.conflicts());
        }
        if (e instanceof SQLException sql && NOT_PERMITTED.contains(sql.getSQLState())) {
            EClass eClass = host.mapping().tables().stream().filter(table -> sql.getMessage().contains("'" + table.name() + "'")) //$NON-NLS-1$ //$NON-NLS-2$
                    .map(org.garrison.internal.store.derby.schema.ClassTable::eClass).findFirst().orElse(null);
            if (eClass != null) {
                return new NotPermittedException(host.access().user(), eClass, org.garrison.store.Role.writerOf(eClass.getEPackage()), e);
            }
        }
        if (e instanceof SQLException sql && "23503".equals(sql.getSQLState()) && !deleted.isEmpty()) { //$NON-NLS-1$
            try {
                // Asked inside the failed transaction, which still holds this commit's other writes (lists that no longer refer).
                StoreException referenced = Referrers.explain(connection(), host.mapping(), deleted);
                if (referenced != null) {
                    return referenced;
                }
            } catch (SQLException lookupFailed) {
                e.addSuppressed(lookupFailed);
            }
        }
        return writeFailure(e);
    }

    /** A write that failed for a reason of the disk's says so; any other gives Derby's own sentence. */
    private static StoreException writeFailure(Exception e) {
        if (org.garrison.internal.store.derby.DerbyFailures.readOnly(e)) {
            return new StoreException(StoreMessages.format("database.readOnlyWrite"), e); //$NON-NLS-1$
        }
        if (org.garrison.internal.store.derby.DerbyFailures.diskFull(e)) {
            return new StoreException(StoreMessages.format("database.diskFullWrite"), e); //$NON-NLS-1$
        }
        return new StoreException(StoreMessages.format("database.failed", e.getMessage()), e); //$NON-NLS-1$
    }

    /** Every new record and every changed one must pass validation, or nothing is written. */
    private static final int VALIDATION_SLICE = 2000;

    /** Validates in slices, so that a cancel is heard within a slice (a large sample validates for seconds). */
    private void validate(List<EObject> inserted, Set<EObject> changed, IProgressMonitor monitor) throws ValidationException {
        List<EObject> records = new ArrayList<>(changed);
        records.addAll(inserted);
        List<Diagnostic> errors = new ArrayList<>();
        org.eclipse.core.runtime.SubMonitor progress = org.eclipse.core.runtime.SubMonitor.convert(monitor, StoreMessages.format("commit.validating", records.size()), //$NON-NLS-1$
                records.size());
        for (int from = 0; from < records.size(); from += VALIDATION_SLICE) {
            if (progress.isCanceled()) {
                throw new OperationCanceledException();
            }
            List<EObject> slice = records.subList(from, Math.min(records.size(), from + VALIDATION_SLICE));
            for (Diagnostic diagnostic : validator.validate(slice).getChildren()) {
                if (diagnostic.getSeverity() >= Diagnostic.ERROR) {
                    errors.add(diagnostic);
                }
            }
            progress.worked(slice.size());
        }
        if (!errors.isEmpty()) {
            String list = String.join("\n", errors.stream().limit(20).map(Diagnostic::getMessage).toList()); //$NON-NLS-1$
            throw new ValidationException(StoreMessages.format("commit.invalid", errors.size(), list), errors); //$NON-NLS-1$
        }
    }

    /** Reads into the session without taking the reading for changes; answers what was read, attached to the resource. */
    private List<EObject> read(SqlWork<List<EObject>> work) throws StoreException {
        List<List<EObject>> result = new ArrayList<>(1);
        tracker.whilePaused(() -> {
            List<EObject> objects = readValue(work);
            for (EObject object : objects) {
                attachLoose(object);
            }
            result.add(objects);
        });
        return result.get(0);
    }

    /** A record read on its own, without its container, lives at the top of the resource until its container is read. */
    private void attachLoose(EObject object) {
        if (object.eContainer() == null && object.eResource() == null) {
            resource.getContents().add(object);
        }
    }

    private <T> T readValue(SqlWork<T> work) throws StoreException {
        try {
            Connection c = connection();
            try {
                return work.run(c);
            } finally {
                c.rollback();
            }
        } catch (SQLException e) {
            dropBrokenConnection(e);
            if (!org.garrison.internal.store.derby.DerbyFailures.diskFull(e) && org.garrison.internal.store.derby.DerbyFailures.damaged(e)) {
                throw new StoreException(StoreMessages.format("database.damagedRead"), e); //$NON-NLS-1$
            }
            throw writeFailure(e);
        }
    }

    private Connection connection() throws SQLException {
        if (connection == null || connection.isClosed()) {
            connection = host.connect();
        }
        return connection;
    }

    private void rollbackQuietly() {
        try {
            if (connection != null) {
                connection.rollback();
            }
        } catch (SQLException e) {
            dropBrokenConnection(e);
        }
    }

    private void dropBrokenConnection(SQLException e) {
        if (e.getSQLState() != null && e.getSQLState().startsWith("08")) { //$NON-NLS-1$
            connection = null;
        }
    }

    @FunctionalInterface
    private interface SqlWork<T> {
        T run(Connection connection) throws SQLException;
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
