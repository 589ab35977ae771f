package org.garrison.internal.store.derby.objects;

import java.util.Collection;
import java.util.Date;

import org.eclipse.emf.ecore.EAttribute;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EStructuralFeature;

/**
 * Who created a record and who last changed it, and when: set by the store at commit on every record
 * that has these features (a core {@code Record}, a department's class extending it), never by a user.
 * On a department's server the database writes them again with its own user and clock.
 */
final class AuditStamps {

    private AuditStamps() {
    }

    static void stamp(Collection<EObject> inserted, Collection<EObject> updated, String author, Date now, ChangeTracker tracker) {
        tracker.whilePaused(() -> {
            for (EObject record : inserted) {
                set(record, "createdBy", author); //$NON-NLS-1$
                set(record, "createdAt", now); //$NON-NLS-1$
                set(record, "changedBy", author); //$NON-NLS-1$
                set(record, "changedAt", now); //$NON-NLS-1$
            }
            for (EObject record : updated) {
                set(record, "changedBy", author); //$NON-NLS-1$
                set(record, "changedAt", now); //$NON-NLS-1$
            }
        });
    }

    private static void set(EObject record, String name, Object value) {
        EStructuralFeature feature = record.eClass().getEStructuralFeature(name);
        if (feature instanceof EAttribute attribute && !attribute.isMany() && attribute.getEAttributeType().getInstanceClass() != null
                && attribute.getEAttributeType().getInstanceClass().isInstance(value)) {
            record.eSet(attribute, value);
        }
    }
}
