package org.garrison.internal.ui;

import org.eclipse.emf.common.notify.AdapterFactory;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EStructuralFeature;
import org.eclipse.emf.edit.provider.IItemLabelProvider;

/**
 * How the workbench names a record: by its {@code name} when it has one (a town is 东镇, not
 * 单位 东镇), otherwise as its EMF.Edit item provider names it, which knows every registered model.
 */
public final class RecordNames {

    private RecordNames() {
    }

    /** The record's name; empty for none. */
    public static String of(EObject record, AdapterFactory items) {
        if (record == null) {
            return ""; //$NON-NLS-1$
        }
        EStructuralFeature name = record.eClass().getEStructuralFeature("name"); //$NON-NLS-1$
        if (name != null && record.eGet(name) instanceof String text && !text.isBlank()) {
            return text;
        }
        return itemText(record, items);
    }

    /** The item provider's text for the record, or its class name when there is none. */
    public static String itemText(EObject record, AdapterFactory items) {
        if (record.eClass().getInstanceClass() == null) {
            // a department's dynamic class: no item provider of its own (a supertype's would name it as that supertype)
            return org.garrison.model.labels.ModelLabels.describe(record, java.util.Locale.getDefault());
        }
        Object provider = items.adapt(record, IItemLabelProvider.class);
        String text = provider instanceof IItemLabelProvider labels ? labels.getText(record) : null;
        // a department's package without EMF.Edit code: the names its properties file gives
        return text == null || text.isBlank() ? org.garrison.model.labels.ModelLabels.describe(record, java.util.Locale.getDefault()) : text;
    }
}
