package org.garrison.internal.store.derby.objects;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

import org.eclipse.emf.ecore.EAttribute;
import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EReference;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.garrison.internal.store.derby.schema.ClassTable;
import org.garrison.internal.store.derby.schema.SchemaMapping;
import org.garrison.internal.store.derby.schema.SqlNames;

/**
 * Reads stored objects into a session's {@link LoadedObjects}: rows become objects with their
 * attributes, references are set to loaded objects or to proxies, link tables fill the lists in
 * order (which puts contained objects into their containers). A record already loaded is never
 * read over: the session's object, with its unsaved changes, stays what it is.
 */
public final class ObjectReader {

    private static final int CHUNK = 500;

    private final SchemaMapping mapping;
    private final Map<EClass, ClassTable> tables = new HashMap<>();
    private final Map<String, ClassTable> tablesByKey = new HashMap<>();

    public ObjectReader(SchemaMapping mapping) {
        this.mapping = mapping;
        for (ClassTable table : mapping.tables()) {
            tables.put(table.eClass(), table);
            tablesByKey.put(ObjectWriter.classKey(table.eClass()), table);
        }
    }

    /** Reads every stored object; answers the roots, in the order they were stored. */
    public List<EObject> loadAll(Connection connection, LoadedObjects loaded) throws SQLException {
        List<EObject> fresh = new Batch(connection, loaded).readTables(mapping.tables());
        return roots(fresh);
    }

    /** Reads every stored object of the class with everything it contains; answers those objects in stored order. */
    public List<EObject> loadRoots(Connection connection, EClass rootClass, LoadedObjects loaded) throws SQLException {
        Batch batch = new Batch(connection, loaded);
        // A table with large values (attachments) is read by the ids its owners' links name, through
        // its index: scanning it would walk the pages of every stored file as well.
        List<ClassTable> scanned = containmentClosure(rootClass).stream()
                .filter(table -> table.largeColumns().isEmpty() || rootClass.isSuperTypeOf(table.eClass())).toList();
        List<EObject> fresh = batch.readTables(scanned);
        for (EObject object : List.copyOf(fresh)) {
            if (object.eContainer() == null && !rootClass.isInstance(object)) {
                // Contained by a record of another area that was not read: read when that record is.
                batch.forget(object);
            }
        }
        List<EObject> roots = new ArrayList<>();
        for (EObject object : roots(fresh)) {
            if (rootClass.isInstance(object)) {
                roots.add(object);
            }
        }
        return roots;
    }

    /** Reads the objects with the ids (and what they contain), those not loaded yet; answers the objects in the ids' order. */
    public List<EObject> loadIds(Connection connection, List<Long> ids, LoadedObjects loaded) throws SQLException {
        new Batch(connection, loaded).readIds(ids);
        List<EObject> objects = new ArrayList<>(ids.size());
        for (long id : ids) {
            EObject object = loaded.get(id);
            if (object != null) {
                objects.add(object);
            }
        }
        return objects;
    }

    /** The tables of the class and of every class its records can contain, directly or deeper. */
    private List<ClassTable> containmentClosure(EClass rootClass) {
        Set<ClassTable> closure = new LinkedHashSet<>();
        List<EClass> pending = new ArrayList<>(List.of(rootClass));
        while (!pending.isEmpty()) {
            EClass type = pending.remove(pending.size() - 1);
            for (ClassTable table : mapping.tables()) {
                if (type.isSuperTypeOf(table.eClass()) && closure.add(table)) {
                    table.eClass().getEAllContainments().forEach(containment -> pending.add(containment.getEReferenceType()));
                }
            }
        }
        return new ArrayList<>(closure);
    }

    private static List<EObject> roots(List<EObject> fresh) {
        TreeMap<Long, EObject> roots = new TreeMap<>();
        for (EObject object : fresh) {
            if (object.eContainer() == null) {
                roots.put(ObjectIds.of(object).id(), object);
            }
        }
        return new ArrayList<>(roots.values());
    }

    /** One read: the objects it creates, and the references it sets once every row is read. */
    private final class Batch {

        private record PendingReference(EObject owner, EReference reference, long target) {
        }

        private final Connection connection;
        private final LoadedObjects loaded;
        private final List<EObject> fresh = new ArrayList<>();
        private final List<PendingReference> references = new ArrayList<>();

        Batch(Connection connection, LoadedObjects loaded) {
            this.connection = connection;
            this.loaded = loaded;
        }

        List<EObject> readTables(List<ClassTable> scanned) throws SQLException {
            Map<ClassTable, List<EObject>> created = new LinkedHashMap<>();
            for (ClassTable table : scanned) {
                created.put(table, readRows(table, "", List.of())); //$NON-NLS-1$
            }
            for (Map.Entry<ClassTable, List<EObject>> entry : created.entrySet()) {
                if (!entry.getValue().isEmpty()) {
                    readLinks(entry.getKey(), entry.getValue(), null);
                }
            }
            finish();
            return fresh;
        }

        void readIds(Collection<Long> ids) throws SQLException {
            Map<ClassTable, List<Long>> byTable = classesOf(ids.stream().filter(id -> !loaded.contains(id)).toList());
            Map<ClassTable, List<EObject>> created = new LinkedHashMap<>();
            for (Map.Entry<ClassTable, List<Long>> entry : byTable.entrySet()) {
                List<EObject> objects = new ArrayList<>();
                for (List<Long> chunk : chunks(entry.getValue())) {
                    objects.addAll(readRows(entry.getKey(), " WHERE ID IN (" + placeholders(chunk.size()) + ")", chunk)); //$NON-NLS-1$ //$NON-NLS-2$
                }
                created.put(entry.getKey(), objects);
            }
            for (Map.Entry<ClassTable, List<EObject>> entry : created.entrySet()) {
                if (!entry.getValue().isEmpty()) {
                    readLinks(entry.getKey(), entry.getValue(), entry.getValue());
                }
            }
            finish();
        }

        void forget(EObject object) {
            loaded.forget(ObjectIds.of(object).id());
            fresh.remove(object);
        }

        private List<EObject> readRows(ClassTable table, String where, List<Long> parameters) throws SQLException {
            StringBuilder columns = new StringBuilder("ID, VERSION"); //$NON-NLS-1$
            table.eagerColumns().forEach(column -> columns.append(", ").append(SqlNames.quote(column.name()))); //$NON-NLS-1$
            List<EObject> created = new ArrayList<>();
            try (PreparedStatement select = connection.prepareStatement("SELECT " + columns + " FROM " + table.name() + where)) { //$NON-NLS-1$ //$NON-NLS-2$
                for (int i = 0; i < parameters.size(); i++) {
                    select.setLong(i + 1, parameters.get(i));
                }
                try (ResultSet rows = select.executeQuery()) {
                    while (rows.next()) {
                        long id = rows.getLong(1);
                        if (loaded.contains(id)) {
                            continue;
                        }
                        EObject object = EcoreUtil.create(table.eClass());
                        ObjectIds.Stored stored = ObjectIds.attach(object, id, rows.getInt(2), loaded.tracker());
                        table.largeColumns().forEach(column -> stored.unread(column.feature()));
                        loaded.put(id, object);
                        created.add(object);
                        fresh.add(object);
                        readColumns(rows, table, object);
                    }
                }
            }
            return created;
        }

        private void readColumns(ResultSet rows, ClassTable table, EObject object) throws SQLException {
            int index = 3;
            for (ClassTable.Column column : table.eagerColumns()) {
                if (column.isReference()) {
                    long target = rows.getLong(index++);
                    if (!rows.wasNull()) {
                        references.add(new PendingReference(object, (EReference) column.feature(), target));
                    }
                } else {
                    EAttribute attribute = (EAttribute) column.feature();
                    Object value = SqlValues.read(rows, index++, column.type(), attribute.getEAttributeType());
                    if (value != null) {
                        object.eSet(attribute, value);
                    }
                }
            }
        }

        /** Fills the lists of the owners; {@code owners} null means every row of the link table belongs to a fresh owner or is skipped. */
        @SuppressWarnings("unchecked")
        private void readLinks(ClassTable table, List<EObject> created, List<EObject> owners) throws SQLException {
            Set<EObject> createdSet = owners == null ? new java.util.HashSet<>(created) : null;
            for (ClassTable.LinkTable link : table.links()) {
                String valueColumn = link.isReference() ? "TARGET_ID" : "\"VALUE\""; //$NON-NLS-1$ //$NON-NLS-2$
                List<List<Long>> ownerChunks = owners == null ? java.util.Collections.singletonList(List.of())
                        : chunks(owners.stream().map(owner -> ObjectIds.of(owner).id()).toList());
                for (List<Long> chunk : ownerChunks) {
                    String where = owners == null ? "" : " WHERE OWNER_ID IN (" + placeholders(chunk.size()) + ")"; //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
                    try (PreparedStatement select = connection.prepareStatement(
                            "SELECT OWNER_ID, " + valueColumn + " FROM " + link.name() + where + " ORDER BY OWNER_ID, \"POSITION\"")) { //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
                        for (int i = 0; i < chunk.size(); i++) {
                            select.setLong(i + 1, chunk.get(i));
                        }
                        try (ResultSet rows = select.executeQuery()) {
                            while (rows.next()) {
                                EObject owner = loaded.get(rows.getLong(1));
                                if (owner == null || owner.eClass() != table.eClass() || (createdSet != null && !createdSet.contains(owner))) {
                                    continue;
                                }
                                if (link.isReference()) {
                                    references.add(new PendingReference(owner, (EReference) link.feature(), rows.getLong(2)));
                                } else {
                                    ((List<Object>) owner.eGet(link.feature()))
                                            .add(SqlValues.read(rows, 2, link.valueType(), ((EAttribute) link.feature()).getEAttributeType()));
                                }
                            }
                        }
                    }
                }
            }
        }

        /** Contained records not read yet are read now (a containment is never a proxy); then every reference is set, in order. */
        @SuppressWarnings("unchecked")
        private void finish() throws SQLException {
            List<Long> missingContents = new ArrayList<>();
            Set<Long> missingTargets = new LinkedHashSet<>();
            for (PendingReference pending : references) {
                if (loaded.contains(pending.target())) {
                    continue;
                }
                if (pending.reference().isContainment()) {
                    missingContents.add(pending.target());
                } else if (needsClassLookup(pending.reference())) {
                    missingTargets.add(pending.target());
                }
            }
            if (!missingContents.isEmpty()) {
                List<PendingReference> mine = new ArrayList<>(references);
                references.clear();
                readIds(missingContents);
                references.addAll(mine);
            }
            Map<Long, EClass> classes = new HashMap<>();
            classesOf(new ArrayList<>(missingTargets)).forEach((table, ids) -> ids.forEach(id -> classes.put(id, table.eClass())));
            for (PendingReference pending : references) {
                EClass type = classes.getOrDefault(pending.target(), pending.reference().getEReferenceType());
                EObject target = loaded.objectOrProxy(pending.target(), type);
                if (pending.reference().isMany()) {
                    ((List<Object>) pending.owner().eGet(pending.reference(), false)).add(target);
                } else {
                    pending.owner().eSet(pending.reference(), target);
                }
            }
            references.clear();
        }

        /** A proxy needs its record's class; it is the reference's type unless other stored classes could be meant. */
        private boolean needsClassLookup(EReference reference) {
            return classLookups.computeIfAbsent(reference, ObjectReader.this::isPolymorphic);
        }

        private Map<ClassTable, List<Long>> classesOf(List<Long> ids) throws SQLException {
            Map<ClassTable, List<Long>> byTable = new LinkedHashMap<>();
            for (List<Long> chunk : chunks(ids)) {
                try (PreparedStatement select = connection.prepareStatement(
                        "SELECT ID, ECLASS FROM GARRISON_OBJECT WHERE ID IN (" + placeholders(chunk.size()) + ")")) { //$NON-NLS-1$ //$NON-NLS-2$
                    for (int i = 0; i < chunk.size(); i++) {
                        select.setLong(i + 1, chunk.get(i));
                    }
                    try (ResultSet rows = select.executeQuery()) {
                        while (rows.next()) {
                            ClassTable table = tablesByKey.get(rows.getString(2));
                            if (table != null) {
                                byTable.computeIfAbsent(table, t -> new ArrayList<>()).add(rows.getLong(1));
                            }
                        }
                    }
                }
            }
            return byTable;
        }
    }

    private final Map<EReference, Boolean> classLookups = new HashMap<>();

    private boolean isPolymorphic(EReference reference) {
        EClass type = reference.getEReferenceType();
        if (type.isAbstract() || type.isInterface()) {
            return true;
        }
        return mapping.tables().stream().anyMatch(table -> table.eClass() != type && type.isSuperTypeOf(table.eClass()));
    }

    static List<List<Long>> chunks(List<Long> ids) {
        List<List<Long>> chunks = new ArrayList<>();
        for (int from = 0; from < ids.size(); from += CHUNK) {
            chunks.add(ids.subList(from, Math.min(ids.size(), from + CHUNK)));
        }
        return chunks;
    }

    static String placeholders(int count) {
        return String.join(", ", java.util.Collections.nCopies(count, "?")); //$NON-NLS-1$ //$NON-NLS-2$
    }

    /** Reads the large value of a stored object's column, or null when none is stored. */
    public Object readLarge(Connection connection, EObject object, EAttribute attribute) throws SQLException {
        ClassTable table = tables.get(object.eClass());
        ClassTable.Column column = table.largeColumns().stream().filter(c -> c.feature() == attribute).findFirst()
                .orElseThrow(() -> new IllegalArgumentException(attribute.getName() + " is not a large value")); //$NON-NLS-1$
        try (PreparedStatement select = connection.prepareStatement(
                "SELECT " + SqlNames.quote(column.name()) + " FROM " + table.name() + " WHERE ID = ?")) { //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
            select.setLong(1, ObjectIds.of(object).id());
            try (ResultSet rows = select.executeQuery()) {
                return rows.next() ? SqlValues.read(rows, 1, column.type(), attribute.getEAttributeType()) : null;
            }
        }
    }

    ClassTable table(EClass eClass) {
        return tables.get(eClass);
    }
}
