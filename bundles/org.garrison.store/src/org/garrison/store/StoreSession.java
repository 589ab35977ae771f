package org.garrison.store;

import java.util.List;
import java.util.OptionalLong;

import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.emf.ecore.EAttribute;
import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.emf.ecore.resource.ResourceSet;
import org.garrison.store.query.Aggregation;
import org.garrison.store.query.Query;

/**
 * One user's working copy of the records. What it loads or queries lives in {@link #resource()}
 * (one object per record, however often it is read); references to records not loaded yet are EMF
 * proxies that load their record when followed. The session follows every change to its objects
 * and writes them all with {@link #commit()} in one transaction, or none of them.
 * <p>
 * A session is not thread-safe: use it from one thread at a time (the UI thread, or a Job that
 * hands its results over).
 */
public interface StoreSession extends AutoCloseable {

    /** The resource set holding the session's resource, for editing domains and proxy resolution. */
    ResourceSet resourceSet();

    /** The records the session loaded (roots and records loaded on their own) and the new roots added. */
    Resource resource();

    /**
     * Loads every stored root of the class with everything it contains, e.g. the mobilization
     * ledger; records of other areas it refers to stay proxies until followed.
     */
    <T extends EObject> List<T> loadRoots(EClass rootClass) throws StoreException;

    /** Loads every stored record; answers the roots. */
    List<EObject> loadAll() throws StoreException;

    /** The records of the query, loaded into this session, in the query's order. */
    <T extends EObject> List<T> list(Query query) throws StoreException;

    /** How many records the query finds, counted by the database. */
    long count(Query query) throws StoreException;

    /** Counts and sums computed by the database, a row per group. */
    List<Aggregation.Row> aggregate(Aggregation aggregation) throws StoreException;

    /** The record with the id, loaded into this session if needed; null when no such record is stored. */
    EObject find(long id) throws StoreException;

    /**
     * The large value (a {@code byte[]} attribute: an attachment's content) of a record, read from
     * the database the first time it is asked for. Loading and querying records never read large
     * values, so a roster with thousands of scanned forms loads as fast as one without; the value is
     * set in the record without counting as a change. A new record's value, or one set since, is
     * answered as it is.
     */
    byte[] loadLargeValue(EObject record, EAttribute attribute) throws StoreException;

    /** Whether the record holds its large value (read, set, or never stored) rather than the database only. */
    boolean isLargeValueLoaded(EObject record, EAttribute attribute);

    /**
     * Reads, in one query, the records that {@code reference} of each of {@code records} refers to
     * and that are not loaded yet (e.g. the persons of a page of militia members), so that following
     * the reference afterwards reads nothing. Many-valued references are read for every element.
     */
    void resolve(java.util.Collection<? extends EObject> records, org.eclipse.emf.ecore.EReference reference) throws StoreException;

    /**
     * Every change the change log holds for the record, oldest first: who inserted it, each feature
     * anyone changed with its old and new value. Empty for a record not yet committed.
     */
    List<RecordChange> history(EObject record) throws StoreException;

    /** The stored id of a record of this session; empty for a record not yet committed. */
    OptionalLong idOf(EObject record);

    /** A new root to insert with the next commit. A new record inside a stored one needs no call. */
    void add(EObject root);

    /** Deletes a stored root and everything it contains with the next commit. */
    void remove(EObject root);

    /** Whether anything changed since the last load or commit. */
    boolean hasChanges();

    /**
     * Writes every change in one transaction and tells the commit listeners.
     *
     * @throws ValidationException        records failed validation; nothing written, changes kept
     * @throws ConflictException          someone else changed the same records; nothing written, changes kept
     * @throws ReferencedRecordException  a deleted record is still referred to; nothing written, changes kept
     * @throws StoreException             the database failed; nothing written, changes kept
     */
    default void commit() throws StoreException {
        commit(null);
    }

    /**
     * {@link #commit()} with progress: rows written so far against all rows to write. Cancelling
     * the monitor stops the commit between batches of rows and rolls it back: nothing written,
     * changes kept, and {@link org.eclipse.core.runtime.OperationCanceledException} thrown.
     *
     * @param monitor the progress monitor, or null
     */
    void commit(IProgressMonitor monitor) throws StoreException;

    /** Forgets every uncommitted change and everything loaded; the next load reads the database afresh. */
    void rollback();

    /** Lets go of the session's objects. */
    @Override
    void close();
}
