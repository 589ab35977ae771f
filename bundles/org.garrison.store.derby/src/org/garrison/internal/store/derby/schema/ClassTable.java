package org.garrison.internal.store.derby.schema;

import java.util.ArrayList;
import java.util.List;

import org.eclipse.emf.ecore.EAttribute;
import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.EReference;
import org.eclipse.emf.ecore.EStructuralFeature;

/**
 * The table of one concrete EClass: ID and VERSION, a typed column per single-valued attribute,
 * an {@code _ID} column per single-valued reference, and a link table per many-valued feature.
 */
public record ClassTable(EClass eClass, String name, List<Column> columns, List<LinkTable> links) {

    /** A column of the class table. {@code type} is null for reference columns (BIGINT ids). */
    public record Column(EStructuralFeature feature, String name, SqlType type) {

        public boolean isReference() {
            return feature instanceof EReference;
        }

        public String ddl() {
            return isReference() ? "BIGINT" : type.ddl();
        }

        /** A large value (a BLOB: an attachment's content) is not read with its row, only when asked for. */
        public boolean isLarge() {
            return type == SqlType.BLOB;
        }
    }

    /** The columns read with every row: all but the large values. */
    public List<Column> eagerColumns() {
        return columns.stream().filter(column -> !column.isLarge()).toList();
    }

    /**
     * Who created and last changed a record: the database fills them (on a department's server, with
     * its own user and clock, see {@code DatabaseGrants}); a session never updates them.
     */
    public static final java.util.Set<String> AUDIT_COLUMNS = java.util.Set.of("CREATED_BY", "CREATED_AT", "CHANGED_BY", "CHANGED_AT"); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$

    /** The columns an update writes: the eager ones but the audit columns. */
    public List<Column> updatedColumns() {
        return eagerColumns().stream().filter(column -> !AUDIT_COLUMNS.contains(column.name())).toList();
    }

    /** The columns of large values, read on demand. */
    public List<Column> largeColumns() {
        return columns.stream().filter(Column::isLarge).toList();
    }

    /** An ordered link table: OWNER_ID, POSITION and TARGET_ID (references) or VALUE (attributes). */
    public record LinkTable(EStructuralFeature feature, String name, SqlType valueType) {

        public boolean isReference() {
            return feature instanceof EReference;
        }
    }

    public static ClassTable of(EClass eClass) {
        List<Column> columns = new ArrayList<>();
        List<LinkTable> links = new ArrayList<>();
        for (EStructuralFeature feature : eClass.getEAllStructuralFeatures()) {
            if (!isStored(feature)) {
                continue;
            }
            SqlType type = feature instanceof EAttribute attribute ? SqlType.of(attribute.getEAttributeType()) : null;
            if (feature.isMany()) {
                links.add(new LinkTable(feature, SqlNames.linkTable(eClass, feature), type));
            } else {
                columns.add(new Column(feature, SqlNames.column(feature) + (feature instanceof EReference ? "_ID" : ""), type));
            }
        }
        return new ClassTable(eClass, SqlNames.table(eClass), List.copyOf(columns), List.copyOf(links));
    }

    /**
     * Derived, transient and volatile features are computed, not stored; a container reference is
     * the other side of a stored containment, and of a bidirectional pair only one side is stored.
     */
    public static boolean isStored(EStructuralFeature feature) {
        if (feature.isDerived() || feature.isTransient() || feature.isVolatile()) {
            return false;
        }
        if (feature instanceof EReference reference) {
            if (reference.isContainer()) {
                return false;
            }
            EReference opposite = reference.getEOpposite();
            if (opposite != null && !reference.isContainment() && (opposite.isContainment() || isSecondOfPair(reference, opposite))) {
                return false;
            }
        }
        return true;
    }

    private static boolean isSecondOfPair(EReference reference, EReference opposite) {
        String self = reference.getEContainingClass().getName() + "." + reference.getName();
        String other = opposite.getEContainingClass().getName() + "." + opposite.getName();
        return self.compareTo(other) > 0;
    }
}
