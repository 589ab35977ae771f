package org.garrison.internal.store.derby.schema;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Date;

import org.eclipse.emf.ecore.EDataType;
import org.eclipse.emf.ecore.EEnum;

/**
 * The Derby column type of an EMF data type. Enum literals are stored by name, so reordering
 * literals never changes stored data; unknown data types are stored as their EMF string form.
 */
public enum SqlType {
    VARCHAR("VARCHAR(32672)"), ENUM_NAME("VARCHAR(128)"), INTEGER("INTEGER"), BIGINT("BIGINT"), DOUBLE("DOUBLE"),
    BOOLEAN("BOOLEAN"), DATE("DATE"), TIMESTAMP("TIMESTAMP"), DECIMAL("DECIMAL(19,4)"), BLOB("BLOB"), CONVERTED("VARCHAR(32672)");

    private final String ddl;

    SqlType(String ddl) {
        this.ddl = ddl;
    }

    public String ddl() {
        return ddl;
    }

    public static SqlType of(EDataType type) {
        if (type instanceof EEnum) {
            return ENUM_NAME;
        }
        Class<?> c = type.getInstanceClass();
        if (c == String.class) {
            return VARCHAR;
        } else if (c == int.class || c == Integer.class || c == short.class || c == Short.class || c == byte.class || c == Byte.class) {
            return INTEGER;
        } else if (c == long.class || c == Long.class) {
            return BIGINT;
        } else if (c == double.class || c == Double.class || c == float.class || c == Float.class) {
            return DOUBLE;
        } else if (c == boolean.class || c == Boolean.class) {
            return BOOLEAN;
        } else if (c == LocalDate.class) {
            return DATE;
        } else if (c == Date.class) {
            return TIMESTAMP;
        } else if (c == BigDecimal.class) {
            return DECIMAL;
        } else if (c == byte[].class) {
            return BLOB;
        }
        return CONVERTED;
    }
}
