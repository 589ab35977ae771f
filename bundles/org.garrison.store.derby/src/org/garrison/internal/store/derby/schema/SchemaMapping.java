package org.garrison.internal.store.derby.schema;

import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.EPackage;
import org.eclipse.emf.ecore.EStructuralFeature;

/** The tables of every concrete class of the given packages (and their sub-packages). */
public record SchemaMapping(List<EPackage> packages, List<ClassTable> tables) {

    public static SchemaMapping of(Collection<EPackage> packages) {
        List<EPackage> all = new ArrayList<>();
        packages.forEach(p -> collect(p, all));
        List<ClassTable> tables = new ArrayList<>();
        for (EPackage ePackage : all) {
            for (var classifier : ePackage.getEClassifiers()) {
                if (classifier instanceof EClass eClass && !eClass.isAbstract() && !eClass.isInterface()) {
                    tables.add(ClassTable.of(eClass));
                }
            }
        }
        return new SchemaMapping(List.copyOf(all), List.copyOf(tables));
    }

    /** Every stored feature of every table, keyed {@code nsURI#Class.feature}, with its column or link table and SQL type. */
    public Map<String, StoredFeature> storedFeatures() {
        Map<String, StoredFeature> features = new LinkedHashMap<>();
        for (ClassTable table : tables) {
            for (ClassTable.Column column : table.columns()) {
                put(features, table, column.feature(), column.name(), column.ddl());
            }
            for (ClassTable.LinkTable link : table.links()) {
                put(features, table, link.feature(), link.name(), link.isReference() ? "LINK BIGINT" : "LINK " + link.valueType().ddl());
            }
        }
        return features;
    }

    /** Whether a recorded feature key belongs to one of this mapping's packages. */
    public boolean maps(String featureKey) {
        String nsUri = featureKey.substring(0, featureKey.indexOf('#'));
        return packages.stream().anyMatch(p -> p.getNsURI().equals(nsUri));
    }

    public static String key(EClass eClass, EStructuralFeature feature) {
        return eClass.getEPackage().getNsURI() + "#" + eClass.getName() + "." + feature.getName();
    }

    private static void put(Map<String, StoredFeature> features, ClassTable table, EStructuralFeature feature, String column, String type) {
        String key = key(table.eClass(), feature);
        features.put(key, new StoredFeature(key, table.name(), column, type));
    }

    private static void collect(EPackage ePackage, List<EPackage> into) {
        into.add(ePackage);
        ePackage.getESubpackages().forEach(sub -> collect(sub, into));
    }

    /** One stored feature as the database records it. */
    public record StoredFeature(String key, String table, String column, String type) {

        /** The class and feature as a person reads them: {@code Person.nickname}. */
        public String readable() {
            return key.substring(key.indexOf('#') + 1);
        }
    }
}
