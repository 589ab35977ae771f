package org.garrison.internal.ui.areas;

import org.eclipse.emf.ecore.EClass;
import org.garrison.store.query.FeaturePath;

/**
 * One kind of record of an area, as contributed: its class, its name, how the navigator groups
 * and orders its records (groups of a record gathered under what {@code groupUnder} says of it, e.g. villages under their
 * town; by a date's year, and within a year by month when groupByMonth), which feature names a record (null: the item provider's text) and which is shown before it (a session's date), the
 * editor of one record and the editor of all of them (null: none).
 */
public record RecordsDescriptor(String name, EClass eClass, FeaturePath groupBy, FeaturePath groupUnder, boolean groupByYear, boolean groupByMonth, FeaturePath orderBy,
        FeaturePath label, FeaturePath labelPrefix, String editor, String listEditor, org.eclipse.core.runtime.IConfigurationElement contribution) {

    /** Whether New creates a record of this kind: the area's own wizard, or Garrison's where the model says where the record goes. */
    public boolean canCreate() {
        return contribution != null && (contribution.getAttribute("newWizard") != null || holding() != null || standsAlone()); //$NON-NLS-1$
    }

    /** A new instance of the kind's new-record wizard: the area's own, else a field per attribute ({@code NewRecordWizard}). */
    public org.eclipse.ui.INewWizard newWizard() throws org.eclipse.core.runtime.CoreException {
        if (contribution.getAttribute("newWizard") != null) { //$NON-NLS-1$
            return (org.eclipse.ui.INewWizard) contribution.createExecutableExtension("newWizard"); //$NON-NLS-1$
        }
        org.eclipse.emf.ecore.EReference holding = holding();
        return holding == null ? org.garrison.ui.editor.NewRecordWizard.forRoot(eClass) : org.garrison.ui.editor.NewRecordWizard.forKind(holding, eClass);
    }

    /** A kind no list holds and no newIn names: New stores its records on their own. */
    private boolean standsAlone() {
        String newIn = contribution.getAttribute("newIn"); //$NON-NLS-1$
        return (newIn == null || newIn.isBlank()) && Containments.isRoot(eClass);
    }

    /** The containment a new record of this kind goes into ({@code newIn}, or the one the model has), or null. */
    private org.eclipse.emf.ecore.EReference holding() {
        try {
            return Containments.holding(eClass, contribution.getAttribute("newIn")); //$NON-NLS-1$
        } catch (IllegalArgumentException e) {
            org.eclipse.core.runtime.ILog.of(RecordsDescriptor.class).warn(e.getMessage());
            return null;
        }
    }

    /** The generic record editor, for kinds that name no editor of their own. */
    public static final String DEFAULT_EDITOR = "org.garrison.ui.recordEditor"; //$NON-NLS-1$
}
