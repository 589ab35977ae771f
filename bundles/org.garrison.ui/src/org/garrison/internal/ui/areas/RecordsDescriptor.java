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

    /** Whether the area offers a wizard that creates a record of this kind. */
    public boolean canCreate() {
        return contribution != null && contribution.getAttribute("newWizard") != null; //$NON-NLS-1$
    }

    /** A new instance of the kind's new-record wizard. */
    public org.eclipse.ui.INewWizard newWizard() throws org.eclipse.core.runtime.CoreException {
        return (org.eclipse.ui.INewWizard) contribution.createExecutableExtension("newWizard"); //$NON-NLS-1$
    }


    /** The generic record editor, for kinds that name no editor of their own. */
    public static final String DEFAULT_EDITOR = "org.garrison.ui.recordEditor"; //$NON-NLS-1$
}
