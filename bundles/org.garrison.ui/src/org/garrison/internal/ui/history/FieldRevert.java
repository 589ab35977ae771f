package org.garrison.internal.ui.history;

import org.eclipse.emf.ecore.EAttribute;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EReference;
import org.eclipse.emf.ecore.EStructuralFeature;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.garrison.store.RecordChange;
import org.garrison.store.StoreException;
import org.garrison.store.StoreSession;

/**
 * 还原到此版本 for one field: the value the field had before a change, set again as a new change of
 * its own (the log keeps both), never by rewriting the log. No display needed.
 */
public final class FieldRevert {

    private FieldRevert() {
    }

    /** Whether the change is one a field can go back from: an update of a single value. */
    public static boolean canRevert(EObject record, RecordChange change) {
        if (change.feature() == null || record == null) {
            return false;
        }
        EStructuralFeature feature = record.eClass().getEStructuralFeature(change.feature());
        return feature != null && !feature.isMany() && feature.isChangeable();
    }

    /**
     * Sets the field of the session's record back to the change's old value; the caller commits.
     *
     * @throws StoreException when the value referred to a record that no longer exists
     */
    public static void revert(StoreSession session, EObject record, RecordChange change) throws StoreException {
        EStructuralFeature feature = record.eClass().getEStructuralFeature(change.feature());
        String text = change.oldValue();
        if (text == null) {
            record.eUnset(feature);
        } else if (feature instanceof EAttribute attribute) {
            record.eSet(attribute, EcoreUtil.createFromString(attribute.getEAttributeType(), text));
        } else if (feature instanceof EReference && text.startsWith("#")) { //$NON-NLS-1$
            EObject target = session.find(Long.parseLong(text.substring(1)));
            if (target == null) {
                throw new StoreException(org.eclipse.osgi.util.NLS.bind(org.garrison.internal.ui.Messages.History_targetGone, text));
            }
            record.eSet(feature, target);
        }
    }
}
