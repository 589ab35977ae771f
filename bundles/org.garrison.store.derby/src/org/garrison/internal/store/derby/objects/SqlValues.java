package org.garrison.internal.store.derby.objects;

import java.math.BigDecimal;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.sql.Types;
import java.time.LocalDate;
import java.util.Date;

import org.eclipse.emf.common.util.Enumerator;
import org.eclipse.emf.ecore.EDataType;
import org.eclipse.emf.ecore.EEnum;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.garrison.internal.store.derby.schema.SqlType;

/** Moves attribute values between EMF objects and JDBC, by the column's {@link SqlType}. */
final class SqlValues {

    private SqlValues() {
    }

    static void bind(PreparedStatement statement, int index, SqlType type, EDataType dataType, Object value) throws SQLException {
        if (value == null) {
            statement.setNull(index, jdbcType(type));
            return;
        }
        switch (type) {
            case VARCHAR -> statement.setString(index, (String) value);
            case ENUM_NAME -> statement.setString(index, ((Enumerator) value).getName());
            case INTEGER -> statement.setInt(index, ((Number) value).intValue());
            case BIGINT -> statement.setLong(index, ((Number) value).longValue());
            case DOUBLE -> statement.setDouble(index, ((Number) value).doubleValue());
            case BOOLEAN -> statement.setBoolean(index, (Boolean) value);
            case DATE -> statement.setDate(index, java.sql.Date.valueOf((LocalDate) value));
            case TIMESTAMP -> statement.setTimestamp(index, new Timestamp(((Date) value).getTime()));
            case DECIMAL -> statement.setBigDecimal(index, (BigDecimal) value);
            case BLOB -> statement.setBytes(index, (byte[]) value);
            case CONVERTED -> statement.setString(index, EcoreUtil.convertToString(dataType, value));
        }
    }

    static Object read(ResultSet row, int index, SqlType type, EDataType dataType) throws SQLException {
        Object value = switch (type) {
            case VARCHAR -> row.getString(index);
            case ENUM_NAME -> {
                String name = row.getString(index);
                yield name == null ? null : ((EEnum) dataType).getEEnumLiteral(name).getInstance();
            }
            case INTEGER -> row.getInt(index);
            case BIGINT -> row.getLong(index);
            case DOUBLE -> row.getDouble(index);
            case BOOLEAN -> row.getBoolean(index);
            case DATE -> {
                java.sql.Date date = row.getDate(index);
                yield date == null ? null : date.toLocalDate();
            }
            case TIMESTAMP -> {
                Timestamp timestamp = row.getTimestamp(index);
                yield timestamp == null ? null : new Date(timestamp.getTime());
            }
            case DECIMAL -> {
                // DECIMAL(19,4) pads to four places; hand back the number without the padding.
                BigDecimal decimal = row.getBigDecimal(index);
                yield decimal == null ? null : decimal.stripTrailingZeros().scale() < 0 ? decimal.setScale(0) : decimal.stripTrailingZeros();
            }
            case BLOB -> row.getBytes(index);
            case CONVERTED -> {
                String text = row.getString(index);
                yield text == null ? null : EcoreUtil.createFromString(dataType, text);
            }
        };
        return row.wasNull() ? null : value;
    }

    /** A group key: an attribute's value, a reference's id, or (no column) a number such as a year. */
    static Object readKey(ResultSet row, int index, org.garrison.internal.store.derby.schema.ClassTable.Column column) throws SQLException {
        if (column == null) {
            Object value = row.getObject(index);
            return value instanceof Number number ? Integer.valueOf(number.intValue()) : value;
        }
        if (column.isReference()) {
            long id = row.getLong(index);
            return row.wasNull() ? null : Long.valueOf(id);
        }
        return read(row, index, column.type(), ((org.eclipse.emf.ecore.EAttribute) column.feature()).getEAttributeType());
    }

    private static int jdbcType(SqlType type) {
        return switch (type) {
            case VARCHAR, ENUM_NAME, CONVERTED -> Types.VARCHAR;
            case INTEGER -> Types.INTEGER;
            case BIGINT -> Types.BIGINT;
            case DOUBLE -> Types.DOUBLE;
            case BOOLEAN -> Types.BOOLEAN;
            case DATE -> Types.DATE;
            case TIMESTAMP -> Types.TIMESTAMP;
            case DECIMAL -> Types.DECIMAL;
            case BLOB -> Types.BLOB;
        };
    }
}
