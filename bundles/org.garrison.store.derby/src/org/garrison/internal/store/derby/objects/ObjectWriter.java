package org.garrison.internal.store.derby.objects;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.eclipse.emf.ecore.EAttribute;
import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.garrison.internal.store.derby.schema.ClassTable;
import org.garrison.internal.store.derby.schema.SchemaMapping;
import org.garrison.internal.store.derby.schema.SqlNames;

/**
 * Inserts new object trees (the roots and everything they contain) in batches: first every
 * object's row in GARRISON_OBJECT, so that references in any order find their targets, then the
 * class tables, then the link tables. The caller commits or rolls back the transaction.
 */
public final class ObjectWriter {

    private static final int BATCH = 1000;

    private final Map<EClass, ClassTable> tables = new HashMap<>();
    private WriteProgress progress = WriteProgress.NONE;
    private ChangeTracker tracker;
    private IdRange insertedIds = new IdRange(0, 0);

    /** The ids given to inserted objects: one block per insert, reserved in the committing transaction. */
    public record IdRange(long first, int count) {
        public long last() {
            return first + count - 1;
        }
    }

    /** The ids the last {@link #insert} gave out. */
    public IdRange insertedIds() {
        return insertedIds;
    }

    /** The tracker that follows the changes of the objects this writer stores from now on. */
    private boolean auditByDatabase;

    /** On a department's server triggers write the audit columns; a session then never updates them (it may not). */
    public ObjectWriter auditByDatabase(boolean byDatabase) {
        this.auditByDatabase = byDatabase;
        return this;
    }

    public ObjectWriter trackingWith(ChangeTracker tracker) {
        this.tracker = tracker;
        return this;
    }

    public ObjectWriter(SchemaMapping mapping) {
        mapping.tables().forEach(table -> tables.put(table.eClass(), table));
    }

    /** Reports every batch of rows written from now on; the progress stops the writer (OperationCanceledException) when cancelled. */
    public ObjectWriter reportingTo(WriteProgress progress) {
        this.progress = progress;
        return this;
    }

    /** How many rows writing these objects takes: object and class rows, one per list element, and their links. */
    public int rowsToWrite(Collection<? extends EObject> inserted, Collection<? extends EObject> updated, Collection<? extends EObject> deleted) {
        int rows = 0;
        for (EObject object : inserted) {
            rows += 2 + linkRows(object);
        }
        for (EObject object : updated) {
            rows += 1 + linkRows(object);
        }
        return rows + 2 * deleted.size();
    }

    private int linkRows(EObject object) {
        ClassTable table = tables.get(object.eClass());
        int rows = 0;
        if (table != null) {
            for (ClassTable.LinkTable link : table.links()) {
                rows += ((List<?>) object.eGet(link.feature())).size();
            }
        }
        return rows;
    }

    private void run(PreparedStatement batch) throws SQLException {
        progress.written(batch.executeBatch().length);
    }

    /** Inserts the trees; objects referred to from outside them must already be stored. */
    public void insert(Connection connection, Collection<? extends EObject> roots) throws SQLException {
        List<EObject> objects = new ArrayList<>();
        for (EObject root : roots) {
            objects.add(root);
            root.eAllContents().forEachRemaining(objects::add);
        }
        long next = ObjectIds.reserve(connection, objects.size());
        insertedIds = new IdRange(next, objects.size());
        try (PreparedStatement insert = ObjectIds.insertObject(connection)) {
            int pending = 0;
            for (EObject object : objects) {
                long id = next++;
                ObjectIds.attach(object, id, 0, tracker);
                insert.setLong(1, id);
                insert.setString(2, classKey(object.eClass()));
                insert.addBatch();
                if (++pending % BATCH == 0) {
                    run(insert);
                }
            }
            run(insert);
        }
        for (Map.Entry<EClass, List<EObject>> group : byClass(objects).entrySet()) {
            ClassTable table = table(group.getKey());
            insertRows(connection, table, group.getValue());
            insertLinks(connection, table, group.getValue());
        }
    }

    /**
     * Writes the current state of stored objects, each only if its row still has the version that was
     * read (optimistic locking). Answers what to do once the transaction has committed: raise the
     * in-memory versions. Throws {@link CommitConflictException} naming every record someone else changed.
     */
    public List<Runnable> update(Connection connection, Collection<? extends EObject> objects) throws SQLException {
        List<EObject> conflicts = new ArrayList<>();
        List<Runnable> afterCommit = new ArrayList<>();
        for (Map.Entry<EClass, List<EObject>> group : byClass(objects).entrySet()) {
            ClassTable table = table(group.getKey());
            StringBuilder assignments = new StringBuilder("VERSION = VERSION + 1"); //$NON-NLS-1$
            List<ClassTable.Column> written = auditByDatabase ? table.updatedColumns() : table.eagerColumns();
            written.forEach(column -> assignments.append(", ").append(SqlNames.quote(column.name())).append(" = ?")); //$NON-NLS-1$ //$NON-NLS-2$
            try (PreparedStatement update = connection.prepareStatement(
                    "UPDATE " + table.name() + " SET " + assignments + " WHERE ID = ? AND VERSION = ?")) { //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
                for (EObject object : group.getValue()) {
                    int index = bindColumns(update, written, object, 1);
                    ObjectIds.Stored stored = ObjectIds.of(object);
                    update.setLong(index++, stored.id());
                    update.setInt(index, stored.version());
                    int updated = update.executeUpdate();
                    progress.written(1);
                    if (updated == 0) {
                        conflicts.add(object);
                    } else {
                        afterCommit.add(() -> stored.version(stored.version() + 1));
                    }
                }
            }
            updateLargeValues(connection, table, group.getValue());
            deleteLinks(connection, table, group.getValue());
            insertLinks(connection, table, group.getValue());
        }
        if (!conflicts.isEmpty()) {
            EObject first = conflicts.get(0);
            throw new CommitConflictException(org.garrison.internal.store.derby.StoreMessages.format("commit.conflict", //$NON-NLS-1$
                    first.eClass().getName(), ObjectIds.of(first).id()), conflicts);
        }
        return afterCommit;
    }

    /** Writes the large values the session read or set; one never read stays as stored. */
    private static void updateLargeValues(Connection connection, ClassTable table, List<EObject> objects) throws SQLException {
        for (ClassTable.Column column : table.largeColumns()) {
            try (PreparedStatement update = connection.prepareStatement(
                    "UPDATE " + table.name() + " SET " + SqlNames.quote(column.name()) + " = ? WHERE ID = ?")) { //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
                for (EObject object : objects) {
                    ObjectIds.Stored stored = ObjectIds.of(object);
                    if (!stored.isUnread(column.feature())) {
                        EAttribute attribute = (EAttribute) column.feature();
                        SqlValues.bind(update, 1, column.type(), attribute.getEAttributeType(), object.eGet(attribute));
                        update.setLong(2, stored.id());
                        update.executeUpdate();
                    }
                }
            }
        }
    }

    /** Deletes stored objects: their links, their rows and their identities. */
    public void delete(Connection connection, Collection<? extends EObject> objects) throws SQLException {
        for (Map.Entry<EClass, List<EObject>> group : byClass(objects).entrySet()) {
            ClassTable table = table(group.getKey());
            deleteLinks(connection, table, group.getValue());
            try (PreparedStatement delete = connection.prepareStatement("DELETE FROM " + table.name() + " WHERE ID = ?")) { //$NON-NLS-1$ //$NON-NLS-2$
                for (EObject object : group.getValue()) {
                    delete.setLong(1, ObjectIds.of(object).id());
                    delete.addBatch();
                }
                run(delete);
            }
        }
        try (PreparedStatement delete = connection.prepareStatement("DELETE FROM GARRISON_OBJECT WHERE ID = ?")) { //$NON-NLS-1$
            for (EObject object : objects) {
                delete.setLong(1, ObjectIds.of(object).id());
                delete.addBatch();
            }
            run(delete);
        }
    }

    private void deleteLinks(Connection connection, ClassTable table, List<EObject> owners) throws SQLException {
        for (ClassTable.LinkTable link : table.links()) {
            try (PreparedStatement delete = connection.prepareStatement("DELETE FROM " + link.name() + " WHERE OWNER_ID = ?")) { //$NON-NLS-1$ //$NON-NLS-2$
                for (EObject owner : owners) {
                    delete.setLong(1, ObjectIds.of(owner).id());
                    delete.addBatch();
                }
                run(delete);
            }
        }
    }

    private ClassTable table(EClass eClass) throws SQLException {
        ClassTable table = tables.get(eClass);
        if (table == null) {
            throw new SQLException("No table for " + classKey(eClass) + ": its package is not mapped by this store"); //$NON-NLS-1$ //$NON-NLS-2$
        }
        return table;
    }

    private static Map<EClass, List<EObject>> byClass(Collection<? extends EObject> objects) {
        Map<EClass, List<EObject>> byClass = new java.util.LinkedHashMap<>();
        objects.forEach(object -> byClass.computeIfAbsent(object.eClass(), c -> new ArrayList<>()).add(object));
        return byClass;
    }

    /** Binds the object's column values from {@code index} on; answers the next index. */
    private static int bindColumns(PreparedStatement statement, List<ClassTable.Column> columns, EObject object, int index) throws SQLException {
        for (ClassTable.Column column : columns) {
            Object value = object.eGet(column.feature());
            if (column.isReference()) {
                statement.setObject(index++, value == null ? null : idOf((EObject) value), java.sql.Types.BIGINT);
            } else {
                EAttribute attribute = (EAttribute) column.feature();
                SqlValues.bind(statement, index++, column.type(), attribute.getEAttributeType(), value);
            }
        }
        return index;
    }

    private void insertRows(Connection connection, ClassTable table, List<EObject> objects) throws SQLException {
        StringBuilder columns = new StringBuilder("ID, VERSION"); //$NON-NLS-1$
        StringBuilder values = new StringBuilder("?, 0"); //$NON-NLS-1$
        for (ClassTable.Column column : table.columns()) {
            columns.append(", ").append(SqlNames.quote(column.name())); //$NON-NLS-1$
            values.append(", ?"); //$NON-NLS-1$
        }
        try (PreparedStatement insert = connection.prepareStatement(
                "INSERT INTO " + table.name() + " (" + columns + ") VALUES (" + values + ")")) { //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$
            int pending = 0;
            for (EObject object : objects) {
                insert.setLong(1, ObjectIds.of(object).id());
                bindColumns(insert, table.columns(), object, 2);
                insert.addBatch();
                if (++pending % BATCH == 0) {
                    run(insert);
                }
            }
            run(insert);
        }
    }

    private void insertLinks(Connection connection, ClassTable table, List<EObject> objects) throws SQLException {
        for (ClassTable.LinkTable link : table.links()) {
            String valueColumn = link.isReference() ? "TARGET_ID" : "\"VALUE\""; //$NON-NLS-1$ //$NON-NLS-2$
            try (PreparedStatement insert = connection.prepareStatement(
                    "INSERT INTO " + link.name() + " (OWNER_ID, \"POSITION\", " + valueColumn + ") VALUES (?, ?, ?)")) { //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
                int pending = 0;
                for (EObject object : objects) {
                    List<?> values = (List<?>) object.eGet(link.feature());
                    for (int position = 0; position < values.size(); position++) {
                        insert.setLong(1, ObjectIds.of(object).id());
                        insert.setInt(2, position);
                        if (link.isReference()) {
                            insert.setLong(3, idOf((EObject) values.get(position)));
                        } else {
                            SqlValues.bind(insert, 3, link.valueType(), ((EAttribute) link.feature()).getEAttributeType(), values.get(position));
                        }
                        insert.addBatch();
                        if (++pending % BATCH == 0) {
                            run(insert);
                        }
                    }
                }
                run(insert);
            }
        }
    }

    private static long idOf(EObject target) throws SQLException {
        ObjectIds.Stored stored = ObjectIds.of(target);
        if (stored == null) {
            throw new SQLException("A record refers to one that is not stored: " + EcoreUtil.getURI(target)); //$NON-NLS-1$
        }
        return stored.id();
    }

    static String classKey(EClass eClass) {
        return eClass.getEPackage().getNsURI() + "#" + eClass.getName(); //$NON-NLS-1$
    }
}
