package org.garrison.internal.store.derby.objects;

import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.StringJoiner;

import org.eclipse.emf.ecore.EAttribute;
import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EReference;
import org.eclipse.emf.ecore.EStructuralFeature;
import org.garrison.internal.store.derby.StoreMessages;
import org.garrison.internal.store.derby.schema.ClassTable;
import org.garrison.internal.store.derby.schema.SchemaMapping;
import org.garrison.internal.store.derby.schema.SqlNames;
import org.garrison.internal.store.derby.schema.SqlType;
import org.garrison.store.query.Aggregation;
import org.garrison.store.query.Condition;
import org.garrison.store.query.FeaturePath;
import org.garrison.store.query.Query;

/**
 * A query or aggregation as one SQL statement over the class tables: feature paths become left
 * joins along reference columns, conditions become a parameterised WHERE clause, so that the
 * database does the filtering, ordering, paging, counting and summing.
 */
public final class QuerySql {

    /** A bound parameter: how to hand the model value to JDBC. */
    private record Parameter(SqlType type, EAttribute attribute, Object value) {
    }

    /** Where a path's value is: the SQL expression, and the column it reads. */
    public record Selected(String expression, ClassTable.Column column) {
    }

    private final SchemaMapping mapping;
    private final Map<List<EStructuralFeature>, String> joins = new LinkedHashMap<>();
    private final java.util.Set<List<EStructuralFeature>> required = new java.util.HashSet<>();
    private final StringBuilder from = new StringBuilder();
    private final List<Parameter> parameters = new ArrayList<>();
    private final ClassTable root;
    private boolean manyJoined;

    public QuerySql(SchemaMapping mapping, EClass eClass) {
        this.mapping = mapping;
        this.root = tableOf(eClass);
        from.append(root.name()).append(" t0"); //$NON-NLS-1$
        joins.put(List.of(), "t0"); //$NON-NLS-1$
    }

    /** {@code SELECT t0.ID ... ORDER BY ... OFFSET/FETCH} for the query's page of records. */
    public String selectIds(Query query) {
        String where = where(query.conditions());
        StringJoiner order = new StringJoiner(", "); //$NON-NLS-1$
        StringBuilder columns = new StringBuilder("t0.ID"); //$NON-NLS-1$
        for (Query.Order key : query.orders()) {
            String expression = select(key.path()).expression();
            order.add(expression + (key.ascending() ? " ASC" : " DESC")); //$NON-NLS-1$ //$NON-NLS-2$
            columns.append(", ").append(expression); //$NON-NLS-1$
        }
        order.add("t0.ID"); //$NON-NLS-1$
        // A many-valued join repeats a record once per matching element: DISTINCT, which in Derby
        // wants the ordering keys among the selected columns.
        String selected = manyJoined ? "DISTINCT " + columns : "t0.ID"; //$NON-NLS-1$ //$NON-NLS-2$
        StringBuilder sql = new StringBuilder("SELECT ").append(selected).append(" FROM ").append(from).append(where).append(" ORDER BY ").append(order); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
        if (query.offset() > 0) {
            sql.append(" OFFSET ").append(query.offset()).append(" ROWS"); //$NON-NLS-1$ //$NON-NLS-2$
        }
        if (query.limit() >= 0) {
            sql.append(" FETCH NEXT ").append(query.limit()).append(" ROWS ONLY"); //$NON-NLS-1$ //$NON-NLS-2$
        }
        return sql.toString();
    }

    public String selectCount(Query query) {
        String where = where(query.conditions());
        return (manyJoined ? "SELECT COUNT(DISTINCT t0.ID) FROM " : "SELECT COUNT(*) FROM ") + from + where; //$NON-NLS-1$ //$NON-NLS-2$
    }

    /** {@code SELECT keys..., measures... GROUP BY keys ORDER BY keys}; {@code keys} receives what each key column reads. */
    public String selectAggregate(Aggregation aggregation, List<Selected> keys) {
        String where = where(aggregation.query().conditions());
        StringJoiner groups = new StringJoiner(", "); //$NON-NLS-1$
        StringJoiner columns = new StringJoiner(", "); //$NON-NLS-1$
        for (Aggregation.Grouping grouping : aggregation.groupings()) {
            Selected selected = select(grouping.path());
            String expression = switch (grouping.part()) {
                case NONE -> selected.expression();
                case YEAR -> "YEAR(" + selected.expression() + ")"; //$NON-NLS-1$ //$NON-NLS-2$
                case MONTH -> "MONTH(" + selected.expression() + ")"; //$NON-NLS-1$ //$NON-NLS-2$
                case QUARTER -> "((MONTH(" + selected.expression() + ") + 2) / 3)"; //$NON-NLS-1$ //$NON-NLS-2$
            };
            keys.add(new Selected(expression, grouping.part() == Aggregation.Grouping.DatePart.NONE ? selected.column() : null));
            groups.add(expression);
            columns.add(expression);
        }
        for (Aggregation.Measure measure : aggregation.measures()) {
            columns.add(measure(measure));
        }
        StringBuilder sql = new StringBuilder("SELECT ").append(columns).append(" FROM ").append(from).append(where); //$NON-NLS-1$ //$NON-NLS-2$
        if (!aggregation.groupings().isEmpty()) {
            sql.append(" GROUP BY ").append(groups).append(" ORDER BY ").append(groups); //$NON-NLS-1$ //$NON-NLS-2$
        }
        return sql.toString();
    }

    public void bind(PreparedStatement statement) throws SQLException {
        for (int i = 0; i < parameters.size(); i++) {
            Parameter parameter = parameters.get(i);
            if (parameter.type() == null) {
                statement.setLong(i + 1, (Long) parameter.value());
            } else {
                SqlValues.bind(statement, i + 1, parameter.type(), parameter.attribute().getEAttributeType(), parameter.value());
            }
        }
    }

    private String measure(Aggregation.Measure measure) {
        if (measure.path() == null) {
            return "COUNT(*)"; //$NON-NLS-1$
        }
        Selected selected = select(measure.path());
        String value = selected.column().type() == SqlType.BOOLEAN
                ? "CASE WHEN " + selected.expression() + " THEN 1 ELSE 0 END" //$NON-NLS-1$ //$NON-NLS-2$
                : selected.expression();
        return switch (measure.function()) {
            case COUNT -> "COUNT(" + selected.expression() + ")"; //$NON-NLS-1$ //$NON-NLS-2$
            case COUNT_DISTINCT -> "COUNT(DISTINCT " + selected.expression() + ")"; //$NON-NLS-1$ //$NON-NLS-2$
            case SUM -> "SUM(CAST(" + value + " AS BIGINT))"; //$NON-NLS-1$ //$NON-NLS-2$
            case MIN -> "MIN(" + value + ")"; //$NON-NLS-1$ //$NON-NLS-2$
            case MAX -> "MAX(" + value + ")"; //$NON-NLS-1$ //$NON-NLS-2$
            case AVG -> "AVG(CAST(" + value + " AS DOUBLE))"; //$NON-NLS-1$ //$NON-NLS-2$
        };
    }

    private String where(List<Condition> conditions) {
        if (conditions.isEmpty()) {
            return ""; //$NON-NLS-1$
        }
        // A path compared in a top-level condition has a value on every row found: its joins can be
        // inner joins, which leave the database free to start from the selective side (the town).
        for (Condition condition : conditions) {
            if (condition instanceof Condition.Comparison comparison) {
                List<EStructuralFeature> steps = comparison.path().steps();
                for (int i = 1; i < steps.size(); i++) {
                    required.add(List.copyOf(steps.subList(0, i)));
                }
            }
        }
        return " WHERE " + condition(new Condition.All(conditions)); //$NON-NLS-1$
    }

    private String condition(Condition condition) {
        return switch (condition) {
            case Condition.All all -> all.conditions().isEmpty() ? "1 = 1" : join(all.conditions(), " AND "); //$NON-NLS-1$ //$NON-NLS-2$
            case Condition.Any any -> any.conditions().isEmpty() ? "1 = 0" : join(any.conditions(), " OR "); //$NON-NLS-1$ //$NON-NLS-2$
            case Condition.Not not -> "NOT (" + condition(not.condition()) + ")"; //$NON-NLS-1$ //$NON-NLS-2$
            case Condition.IsNull isNull -> select(isNull.path()).expression() + " IS NULL"; //$NON-NLS-1$
            case Condition.Comparison comparison -> comparison(comparison);
        };
    }

    private String join(List<Condition> conditions, String operator) {
        StringJoiner joined = new StringJoiner(operator, "(", ")"); //$NON-NLS-1$ //$NON-NLS-2$
        conditions.forEach(c -> joined.add(condition(c)));
        return joined.toString();
    }

    private String comparison(Condition.Comparison comparison) {
        Selected selected = select(comparison.path());
        String operator = switch (comparison.operator()) {
            case EQUALS -> " = "; //$NON-NLS-1$
            case NOT_EQUALS -> " <> "; //$NON-NLS-1$
            case LESS -> " < "; //$NON-NLS-1$
            case LESS_OR_EQUAL -> " <= "; //$NON-NLS-1$
            case GREATER -> " > "; //$NON-NLS-1$
            case GREATER_OR_EQUAL -> " >= "; //$NON-NLS-1$
            case LIKE -> " LIKE "; //$NON-NLS-1$
            case IN -> " IN "; //$NON-NLS-1$
        };
        if (comparison.operator() == Condition.Operator.IN) {
            Collection<?> values = (Collection<?>) comparison.value();
            if (values.isEmpty()) {
                return "1 = 0"; //$NON-NLS-1$
            }
            StringJoiner list = new StringJoiner(", ", "(", ")"); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
            for (Object value : values) {
                parameter(selected.column(), value);
                list.add("?"); //$NON-NLS-1$
            }
            return selected.expression() + operator + list;
        }
        parameter(selected.column(), comparison.value());
        return selected.expression() + operator + "?"; //$NON-NLS-1$
    }

    private void parameter(ClassTable.Column column, Object value) {
        if (column.isReference()) {
            ObjectIds.Stored stored = value instanceof EObject target ? ObjectIds.of(target) : null;
            if (stored == null) {
                throw new IllegalArgumentException(StoreMessages.format("query.unstoredValue", column.feature().getName())); //$NON-NLS-1$
            }
            parameters.add(new Parameter(null, null, stored.id()));
        } else {
            parameters.add(new Parameter(column.type(), (EAttribute) column.feature(), value));
        }
    }

    /** The path's column, joining the tables along its references (each join once per query). */
    public Selected select(FeaturePath path) {
        List<EStructuralFeature> steps = path.steps();
        ClassTable table = root;
        String alias = "t0"; //$NON-NLS-1$
        for (int i = 0; i < steps.size(); i++) {
            EStructuralFeature step = steps.get(i);
            boolean last = i == steps.size() - 1;
            if (step instanceof EReference many && many.isMany()) {
                ClassTable source = table;
                ClassTable.LinkTable link = source.links().stream().filter(l -> l.feature() == many).findFirst()
                        .orElseThrow(() -> new IllegalArgumentException(
                                StoreMessages.format("query.notStored", source.eClass().getName(), many.getName()))); //$NON-NLS-1$
                table = tableOf(many.getEReferenceType());
                alias = joinElements(steps.subList(0, i + 1), alias, link, table);
                if (last) {
                    return new Selected(alias + ".ID", new ClassTable.Column(many, "ID", null)); //$NON-NLS-1$ //$NON-NLS-2$
                }
                continue;
            }
            ClassTable.Column stored = storedColumn(table, step);
            if (last && stored != null) {
                return new Selected(alias + '.' + SqlNames.quote(stored.name()), stored);
            }
            if (!(step instanceof EReference reference) || (stored == null && storedOpposite(reference) == null)) {
                throw new IllegalArgumentException(StoreMessages.format("query.notStored", table.eClass().getName(), step.getName())); //$NON-NLS-1$
            }
            ClassTable target = tableOf(reference.getEReferenceType());
            alias = join(steps.subList(0, i + 1), alias, table, stored, reference, target);
            table = target;
            if (last) {
                return new Selected(alias + ".ID", new ClassTable.Column(reference, "ID", null)); //$NON-NLS-1$ //$NON-NLS-2$
            }
        }
        throw new IllegalStateException(path.toString());
    }

    /**
     * Joins the reference's target table once per path prefix. A stored reference is a column of the
     * source row; an unstored one (a container, or the second side of a pair) is found from the
     * other side: the target's column, or the target's link table (a containment list).
     */
    private String join(List<EStructuralFeature> prefix, String from, ClassTable source, ClassTable.Column stored, EReference reference,
            ClassTable target) {
        String alias = joins.get(prefix);
        if (alias != null) {
            return alias;
        }
        alias = "t" + joins.size(); //$NON-NLS-1$
        joins.put(List.copyOf(prefix), alias);
        String join = required.contains(prefix) ? " JOIN " : " LEFT JOIN "; //$NON-NLS-1$ //$NON-NLS-2$
        if (stored != null) {
            this.from.append(join).append(target.name()).append(' ').append(alias) //$NON-NLS-1$
                    .append(" ON ").append(alias).append(".ID = ").append(from).append('.').append(SqlNames.quote(stored.name())); //$NON-NLS-1$ //$NON-NLS-2$
            return alias;
        }
        EReference opposite = reference.getEOpposite();
        ClassTable.Column oppositeColumn = storedColumn(target, opposite);
        if (oppositeColumn != null) {
            this.from.append(join).append(target.name()).append(' ').append(alias) //$NON-NLS-1$
                    .append(" ON ").append(alias).append('.').append(SqlNames.quote(oppositeColumn.name())).append(" = ").append(from).append(".ID"); //$NON-NLS-1$ //$NON-NLS-2$
            return alias;
        }
        ClassTable.LinkTable link = target.links().stream().filter(l -> l.feature() == opposite).findFirst().orElseThrow();
        String linkAlias = alias + "l"; //$NON-NLS-1$
        this.from.append(join).append(link.name()).append(' ').append(linkAlias)
                .append(" ON ").append(linkAlias).append(".TARGET_ID = ").append(from).append(".ID") //$NON-NLS-1$ //$NON-NLS-2$
                .append(join).append(target.name()).append(' ').append(alias) //$NON-NLS-1$
                .append(" ON ").append(alias).append(".ID = ").append(linkAlias).append(".OWNER_ID"); //$NON-NLS-1$ //$NON-NLS-2$
        return alias;
    }

    /** Joins the elements of a many-valued reference through its link table: a row per element. */
    private String joinElements(List<EStructuralFeature> prefix, String from, ClassTable.LinkTable link, ClassTable target) {
        String alias = joins.get(prefix);
        if (alias != null) {
            return alias;
        }
        manyJoined = true;
        alias = "t" + joins.size(); //$NON-NLS-1$
        joins.put(List.copyOf(prefix), alias);
        String join = required.contains(prefix) ? " JOIN " : " LEFT JOIN "; //$NON-NLS-1$ //$NON-NLS-2$
        String linkAlias = alias + "l"; //$NON-NLS-1$
        this.from.append(join).append(link.name()).append(' ').append(linkAlias)
                .append(" ON ").append(linkAlias).append(".OWNER_ID = ").append(from).append(".ID") //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
                .append(join).append(target.name()).append(' ').append(alias)
                .append(" ON ").append(alias).append(".ID = ").append(linkAlias).append(".TARGET_ID"); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
        return alias;
    }

    private static ClassTable.Column storedColumn(ClassTable table, EStructuralFeature feature) {
        for (ClassTable.Column column : table.columns()) {
            if (column.feature() == feature) {
                return column;
            }
        }
        return null;
    }

    /** The stored other side of an unstored reference, or null. */
    private EReference storedOpposite(EReference reference) {
        EReference opposite = reference.getEOpposite();
        return opposite != null && ClassTable.isStored(opposite) ? opposite : null;
    }

    /** The one table whose records a class (or a reference to it) can be; several subclasses cannot be joined. */
    private ClassTable tableOf(EClass eClass) {
        ClassTable found = null;
        for (ClassTable table : mapping.tables()) {
            if (eClass.isSuperTypeOf(table.eClass())) {
                if (found != null) {
                    throw new IllegalArgumentException(StoreMessages.format("query.severalTables", eClass.getName(), found.eClass().getName(), //$NON-NLS-1$
                            table.eClass().getName()));
                }
                found = table;
            }
        }
        if (found == null) {
            throw new IllegalArgumentException(StoreMessages.format("query.unmappedClass", eClass.getName())); //$NON-NLS-1$
        }
        return found;
    }
}
