package org.garrison.internal.store.derby.objects;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import org.eclipse.emf.ecore.EAttribute;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EReference;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.garrison.internal.store.derby.schema.ClassTable;
import org.garrison.internal.store.derby.schema.SchemaMapping;
import org.garrison.internal.store.derby.schema.SqlNames;

/**
 * Loads every stored object of the mapped classes: rows become objects with their attributes,
 * then single references are resolved by id, then link tables fill the lists in order (which also
 * puts contained objects into their containers). Answers the roots, in the order they were stored.
 */
public final class ObjectReader {

    private final SchemaMapping mapping;

    public ObjectReader(SchemaMapping mapping) {
        this.mapping = mapping;
    }

    public List<EObject> loadAll(Connection connection) throws SQLException {
        Map<Long, EObject> byId = new HashMap<>();
        List<Runnable> references = new ArrayList<>();
        for (ClassTable table : mapping.tables()) {
            readRows(connection, table, byId, references);
        }
        references.forEach(Runnable::run);
        for (ClassTable table : mapping.tables()) {
            readLinks(connection, table, byId);
        }
        TreeMap<Long, EObject> roots = new TreeMap<>();
        byId.forEach((id, object) -> {
            if (object.eContainer() == null) {
                roots.put(id, object);
            }
        });
        return new ArrayList<>(roots.values());
    }

    private static void readRows(Connection connection, ClassTable table, Map<Long, EObject> byId, List<Runnable> references)
            throws SQLException {
        StringBuilder columns = new StringBuilder("ID, VERSION"); //$NON-NLS-1$
        table.columns().forEach(column -> columns.append(", ").append(SqlNames.quote(column.name()))); //$NON-NLS-1$
        try (PreparedStatement select = connection.prepareStatement("SELECT " + columns + " FROM " + table.name()); //$NON-NLS-1$ //$NON-NLS-2$
                ResultSet rows = select.executeQuery()) {
            while (rows.next()) {
                EObject object = EcoreUtil.create(table.eClass());
                long id = rows.getLong(1);
                ObjectIds.attach(object, id, rows.getInt(2));
                byId.put(id, object);
                int index = 3;
                for (ClassTable.Column column : table.columns()) {
                    if (column.isReference()) {
                        long target = rows.getLong(index++);
                        if (!rows.wasNull()) {
                            EReference reference = (EReference) column.feature();
                            references.add(() -> object.eSet(reference, byId.get(target)));
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
        }
    }

    @SuppressWarnings("unchecked")
    private static void readLinks(Connection connection, ClassTable table, Map<Long, EObject> byId) throws SQLException {
        for (ClassTable.LinkTable link : table.links()) {
            String valueColumn = link.isReference() ? "TARGET_ID" : "\"VALUE\""; //$NON-NLS-1$ //$NON-NLS-2$
            try (PreparedStatement select = connection.prepareStatement(
                    "SELECT OWNER_ID, " + valueColumn + " FROM " + link.name() + " ORDER BY OWNER_ID, \"POSITION\""); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
                    ResultSet rows = select.executeQuery()) {
                while (rows.next()) {
                    EObject owner = byId.get(rows.getLong(1));
                    if (owner == null || owner.eClass() != table.eClass()) {
                        continue;
                    }
                    List<Object> values = (List<Object>) owner.eGet(link.feature());
                    if (link.isReference()) {
                        values.add(byId.get(rows.getLong(2)));
                    } else {
                        values.add(SqlValues.read(rows, 2, link.valueType(), ((EAttribute) link.feature()).getEAttributeType()));
                    }
                }
            }
        }
    }
}
