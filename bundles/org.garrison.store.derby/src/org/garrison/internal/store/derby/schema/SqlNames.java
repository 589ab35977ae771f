package org.garrison.internal.store.derby.schema;

import java.util.Locale;

import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.EStructuralFeature;

/** SQL names derived from Ecore names: {@code core.Person} → CORE_PERSON, {@code identityNumber} → IDENTITY_NUMBER. */
public final class SqlNames {

    private SqlNames() {
    }

    public static String table(EClass eClass) {
        return upper(eClass.getEPackage().getNsPrefix()) + "_" + upper(eClass.getName());
    }

    public static String column(EStructuralFeature feature) {
        return upper(feature.getName());
    }

    public static String linkTable(EClass owner, EStructuralFeature feature) {
        return table(owner) + "__" + upper(feature.getName());
    }

    /** A delimited identifier, so that names such as YEAR or DATE are not taken for SQL keywords. */
    public static String quote(String name) {
        return '"' + name + '"';
    }

    /** camelCase to UPPER_SNAKE, keeping only letters, digits and underscores. */
    static String upper(String name) {
        StringBuilder sql = new StringBuilder();
        for (int i = 0; i < name.length(); i++) {
            char c = name.charAt(i);
            if (Character.isUpperCase(c) && i > 0 && !Character.isUpperCase(name.charAt(i - 1))) {
                sql.append('_');
            }
            sql.append(Character.isLetterOrDigit(c) ? c : '_');
        }
        return sql.toString().toUpperCase(Locale.ROOT);
    }
}
