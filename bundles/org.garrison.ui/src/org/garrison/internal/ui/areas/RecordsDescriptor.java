package org.garrison.internal.ui.areas;

import org.eclipse.emf.ecore.EClass;
import org.garrison.store.query.FeaturePath;

/**
 * One kind of record of an area, as contributed: its class, its name, how the navigator groups
 * and orders its records, and which feature names a record (null: the item provider's text).
 */
public record RecordsDescriptor(String name, EClass eClass, FeaturePath groupBy, boolean groupByYear, FeaturePath orderBy, FeaturePath label) {
}
