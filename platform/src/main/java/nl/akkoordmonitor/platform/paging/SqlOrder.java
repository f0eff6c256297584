package nl.akkoordmonitor.platform.paging;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;

/**
 * The fields a list read from the database sorts on, each with its column (or SQL expression), and
 * the list's natural order. Only these columns ever reach the SQL, never the caller's text:
 * {@code SqlOrder.by("name", "o.name").and("code", "o.code").otherwise("o.type, o.name, o.id")}.
 */
public final class SqlOrder {

    private final Map<String, String> columns;
    private final String natural;

    private SqlOrder(Map<String, String> columns, String natural) {
        this.columns = columns;
        this.natural = natural;
    }

    /** A list that sorts on this field, stored in this column. */
    public static SqlOrder by(String field, String column) {
        return new SqlOrder(new LinkedHashMap<>(), "").and(field, column);
    }

    /** Also on this field. */
    public SqlOrder and(String field, String column) {
        Map<String, String> more = new LinkedHashMap<>(columns);
        more.put(field, column);
        return new SqlOrder(more, natural);
    }

    /** The order when none is asked for, and to break ties. */
    public SqlOrder otherwise(String naturalOrder) {
        return new SqlOrder(columns, naturalOrder);
    }

    /** The fields, in the order they were declared. */
    public Set<String> fields() {
        return Collections.unmodifiableSet(columns.keySet());
    }

    /** The ORDER BY clause (with a leading space) for a checked order, or for the natural order when it is null. */
    String clause(ListRequest.Order order) {
        if (order == null) {
            return natural.isEmpty() ? "" : " ORDER BY " + natural;
        }
        String first = columns.get(order.field()) + (order.descending() ? " DESC NULLS LAST" : " ASC NULLS LAST");
        return " ORDER BY " + first + (natural.isEmpty() ? "" : ", " + natural);
    }
}
