package org.garrison.internal.store.derby.objects;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Timestamp;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.StringJoiner;

import org.eclipse.emf.ecore.EAttribute;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EStructuralFeature;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.garrison.internal.store.derby.schema.ClassTable;

/**
 * Appends a commit to the change log, in the commit's own transaction: who and when, then per
 * record INSERT or DELETE, and per changed stored feature UPDATE with its old and new value.
 * A deleted record's class is logged with it; a living record's class is in GARRISON_OBJECT, and
 * leaving it out of the insert rows keeps logging a large commit cheap.
 * References are logged as {@code #id}, lists as {@code [a, b]}.
 */
final class ChangeLog {

    private ChangeLog() {
    }

    /** Appends the commit; answers its number. */
    static long append(Connection connection, String author, ObjectWriter.IdRange inserted, Map<EObject, Map<EStructuralFeature, Object>> updated,
            Collection<EObject> deleted) throws SQLException {
        long commit;
        try (PreparedStatement insert = connection.prepareStatement("INSERT INTO GARRISON_COMMIT (AUTHOR, COMMITTED_AT) VALUES (?, ?)", //$NON-NLS-1$
                Statement.RETURN_GENERATED_KEYS)) {
            insert.setString(1, author);
            insert.setTimestamp(2, new Timestamp(System.currentTimeMillis()));
            insert.executeUpdate();
            try (ResultSet keys = insert.getGeneratedKeys()) {
                keys.next();
                commit = keys.getLong(1);
            }
        }
        try (PreparedStatement change = connection.prepareStatement("INSERT INTO GARRISON_CHANGE " //$NON-NLS-1$
                + "(COMMIT_ID, OBJECT_ID, ECLASS, KIND, FEATURE, OLD_VALUE, NEW_VALUE) VALUES (?, ?, ?, ?, ?, ?, ?)")) { //$NON-NLS-1$
            for (Map.Entry<EObject, Map<EStructuralFeature, Object>> entry : updated.entrySet()) {
                for (Map.Entry<EStructuralFeature, Object> feature : entry.getValue().entrySet()) {
                    if (ClassTable.isStored(feature.getKey())) {
                        add(change, commit, entry.getKey(), "UPDATE", feature.getKey(), //$NON-NLS-1$
                                text(feature.getKey(), feature.getValue()), text(feature.getKey(), entry.getKey().eGet(feature.getKey())));
                    }
                }
            }
            for (EObject object : deleted) {
                add(change, commit, object, "DELETE", null, null, null); //$NON-NLS-1$
            }
            change.executeBatch();
        }
        if (inserted.count() > 0) {
            // The inserted records' ids are one block: the database logs them all in one statement.
            try (PreparedStatement insert = connection.prepareStatement("INSERT INTO GARRISON_CHANGE (COMMIT_ID, OBJECT_ID, KIND) " //$NON-NLS-1$
                    + "SELECT ?, ID, 'INSERT' FROM GARRISON_OBJECT WHERE ID BETWEEN ? AND ?")) { //$NON-NLS-1$
                insert.setLong(1, commit);
                insert.setLong(2, inserted.first());
                insert.setLong(3, inserted.last());
                insert.executeUpdate();
            }
        }
        return commit;
    }

    /** The record's changes, oldest first. */
    static List<org.garrison.store.RecordChange> history(Connection connection, long id) throws SQLException {
        List<org.garrison.store.RecordChange> changes = new java.util.ArrayList<>();
        try (PreparedStatement query = connection.prepareStatement("SELECT C.ID, C.AUTHOR, C.COMMITTED_AT, H.KIND, H.FEATURE, H.OLD_VALUE, H.NEW_VALUE " //$NON-NLS-1$
                + "FROM GARRISON_CHANGE H JOIN GARRISON_COMMIT C ON H.COMMIT_ID = C.ID WHERE H.OBJECT_ID = ? ORDER BY C.ID")) { //$NON-NLS-1$
            query.setLong(1, id);
            try (ResultSet rows = query.executeQuery()) {
                while (rows.next()) {
                    changes.add(new org.garrison.store.RecordChange(rows.getLong(1), rows.getString(2), rows.getTimestamp(3).toInstant(), kind(rows.getString(4)),
                            rows.getString(5), rows.getString(6), rows.getString(7)));
                }
            }
        }
        return changes;
    }

    static org.garrison.store.CommitEvent.Kind kind(String logged) {
        return switch (logged) {
            case "INSERT" -> org.garrison.store.CommitEvent.Kind.INSERTED; //$NON-NLS-1$
            case "DELETE" -> org.garrison.store.CommitEvent.Kind.DELETED; //$NON-NLS-1$
            default -> org.garrison.store.CommitEvent.Kind.UPDATED;
        };
    }

    private static void add(PreparedStatement change, long commit, EObject object, String kind, EStructuralFeature feature, String oldValue,
            String newValue) throws SQLException {
        change.setLong(1, commit);
        change.setLong(2, ObjectIds.of(object).id());
        // The class of a living record is in GARRISON_OBJECT; only a deleted record's class must be kept here.
        change.setString(3, "DELETE".equals(kind) ? ObjectWriter.classKey(object.eClass()) : null); //$NON-NLS-1$
        change.setString(4, kind);
        change.setString(5, feature == null ? null : feature.getName());
        change.setString(6, fitted(oldValue));
        change.setString(7, fitted(newValue));
        change.addBatch();
    }

    /** The change log's value columns hold 32,672 characters; a district's list of 100,000 persons does not fit. */
    static final int MAX_VALUE_LENGTH = 32_672;

    /** The value cut to what the column holds, saying how long it was, so the log never refuses a commit. */
    static String fitted(String value) {
        if (value == null || value.length() <= MAX_VALUE_LENGTH) {
            return value;
        }
        String tail = "…[" + value.length() + "]"; //$NON-NLS-1$ //$NON-NLS-2$
        return value.substring(0, MAX_VALUE_LENGTH - tail.length()) + tail;
    }

    private static String text(EStructuralFeature feature, Object value) {
        if (value == null) {
            return null;
        }
        if (value instanceof List<?> values) {
            StringJoiner list = new StringJoiner(", ", "[", "]"); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
            values.forEach(element -> list.add(String.valueOf(text(feature, element))));
            return list.toString();
        }
        if (value instanceof EObject target) {
            ObjectIds.Stored stored = ObjectIds.of(target);
            return stored == null ? "#?" : "#" + stored.id(); //$NON-NLS-1$ //$NON-NLS-2$
        }
        return feature instanceof EAttribute attribute ? EcoreUtil.convertToString(attribute.getEAttributeType(), value) : value.toString();
    }
}
