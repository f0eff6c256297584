package nl.akkoordmonitor.platform.sql;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * The one way a query's filters are built: a WHERE clause made of the conditions a request
 * actually sets, with their {@code ?} parameters in order, so that a list query stays one plain
 * statement with a plan that fits its filters. Run it with {@link Rows}:
 * <pre>{@code
 * Where where = new Where().andIf(filter.entity(), "entity = ?").andIf(filter.user(), "user_id = ?");
 * rows.list(Row.class, "SELECT ... FROM t" + where + " ORDER BY id", where.parameters());
 * }</pre>
 */
public final class Where {

    private final List<String> conditions = new ArrayList<>();
    private final List<Object> parameters = new ArrayList<>();

    /** Adds a condition with as many {@code ?} as values given. */
    public Where and(String condition, Object... values) {
        conditions.add(condition);
        Collections.addAll(parameters, values);
        return this;
    }

    /** Adds the condition, with the value as its one parameter, only when the value is set. */
    public Where andIf(Object value, String condition) {
        return value == null ? this : and(condition, value);
    }

    /** The conditions joined with AND, without the keyword WHERE; {@code TRUE} when there are none. */
    public String conditions() {
        return conditions.isEmpty() ? "TRUE" : String.join(" AND ", conditions);
    }

    /** The parameters, in the order of the conditions' {@code ?}. */
    public Object[] parameters() {
        return parameters.toArray();
    }

    /** More parameters followed by the conditions' ones, for a statement with parameters before the WHERE clause (SET a = ?). */
    public Object[] parametersBefore(Object... before) {
        return parametersAround(before);
    }

    /** The parameters followed by more, for a statement with parameters after the WHERE clause (LIMIT, OFFSET). */
    public Object[] parametersAnd(Object... after) {
        return parametersAround(new Object[0], after);
    }

    /** The parameters with others before and after them, in the order of the statement's {@code ?}. */
    public Object[] parametersAround(Object[] before, Object... after) {
        List<Object> all = new ArrayList<>();
        Collections.addAll(all, before);
        all.addAll(parameters);
        Collections.addAll(all, after);
        return all.toArray();
    }

    /** {@code " WHERE a AND b"} (with a leading space), or an empty string when nothing is filtered. */
    @Override
    public String toString() {
        return conditions.isEmpty() ? "" : " WHERE " + String.join(" AND ", conditions);
    }
}
