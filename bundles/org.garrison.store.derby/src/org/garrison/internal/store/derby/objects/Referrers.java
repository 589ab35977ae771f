package org.garrison.internal.store.derby.objects;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.eclipse.emf.ecore.EAttribute;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EStructuralFeature;
import org.garrison.internal.store.derby.StoreMessages;
import org.garrison.internal.store.derby.schema.ClassTable;
import org.garrison.internal.store.derby.schema.SchemaMapping;
import org.garrison.internal.store.derby.schema.SqlNames;
import org.garrison.store.ReferencedRecordException;

/**
 * Explains a delete that the database refused because records that stay still refer to a
 * deleted one: which record, referred to by whom and through which feature.
 */
final class Referrers {

    private record Reference(long referrer, String referrerClass, EStructuralFeature feature) {
    }

    private Referrers() {
    }

    /** The explanation for the first deleted record still referred to, or null when none is. */
    static ReferencedRecordException explain(Connection connection, SchemaMapping mapping, Collection<EObject> deleted) throws SQLException {
        Map<Long, EObject> byId = new HashMap<>();
        deleted.forEach(object -> byId.put(ObjectIds.of(object).id(), object));
        Set<Long> leaving = new HashSet<>(byId.keySet());
        Map<Long, List<Reference>> references = new HashMap<>();
        for (ClassTable table : mapping.tables()) {
            for (ClassTable.Column column : table.columns()) {
                if (column.isReference()) {
                    collect(connection, "SELECT ID, " + SqlNames.quote(column.name()) + " FROM " + table.name() + " WHERE " //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
                            + SqlNames.quote(column.name()), leaving, table, column.feature(), references);
                }
            }
            for (ClassTable.LinkTable link : table.links()) {
                if (link.isReference()) {
                    collect(connection, "SELECT OWNER_ID, TARGET_ID FROM " + link.name() + " WHERE TARGET_ID", leaving, table, link.feature(), //$NON-NLS-1$ //$NON-NLS-2$
                            references);
                }
            }
        }
        for (EObject object : deleted) {
            List<Reference> found = references.get(ObjectIds.of(object).id());
            if (found != null && !found.isEmpty()) {
                Reference first = found.get(0);
                String message = StoreMessages.format("delete.referenced", label(object), ObjectIds.of(object).id(), found.size(), //$NON-NLS-1$
                        first.referrerClass(), first.referrer(), first.feature().getName());
                return new ReferencedRecordException(message, object, found.stream().map(Reference::referrer).toList());
            }
        }
        return null;
    }

    private static void collect(Connection connection, String select, Set<Long> leaving, ClassTable table, EStructuralFeature feature,
            Map<Long, List<Reference>> into) throws SQLException {
        for (List<Long> chunk : ObjectReader.chunks(new ArrayList<>(leaving))) {
            try (PreparedStatement statement = connection.prepareStatement(select + " IN (" + ObjectReader.placeholders(chunk.size()) + ")")) { //$NON-NLS-1$ //$NON-NLS-2$
                for (int i = 0; i < chunk.size(); i++) {
                    statement.setLong(i + 1, chunk.get(i));
                }
                try (ResultSet rows = statement.executeQuery()) {
                    while (rows.next()) {
                        long referrer = rows.getLong(1);
                        if (!leaving.contains(referrer)) {
                            into.computeIfAbsent(rows.getLong(2), id -> new ArrayList<>()).add(new Reference(referrer, table.eClass().getName(), feature));
                        }
                    }
                }
            }
        }
    }

    /** The class and, where the record has one, its name: {@code Person “张三”}. */
    private static String label(EObject object) {
        EStructuralFeature name = object.eClass().getEStructuralFeature("name"); //$NON-NLS-1$
        if (name instanceof EAttribute && object.eGet(name) instanceof String text && !text.isBlank()) {
            return object.eClass().getName() + " “" + text + "”"; //$NON-NLS-1$ //$NON-NLS-2$
        }
        return object.eClass().getName();
    }
}
