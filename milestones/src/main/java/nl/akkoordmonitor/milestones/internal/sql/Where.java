package nl.akkoordmonitor.milestones.internal.sql;

import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * A WHERE clause built from the filters a request actually sets, with its parameters in order,
 * so that list queries stay one plain statement with a plan that fits the filters.
 */
public final class Where {

    private final List<String> clauses = new ArrayList<>();
    private final List<Object> parameters = new ArrayList<>();

    /** Adds a condition with as many {@code ?} as values given. */
    public Where and(String clause, Object... values) {
        clauses.add(clause);
        parameters.addAll(List.of(values));
        return this;
    }

    /** Adds the condition only when the value is set. */
    public Where andIf(Object value, String clause) {
        return value == null ? this : and(clause, value);
    }

    public String sql() {
        return clauses.isEmpty() ? "" : " WHERE " + String.join(" AND ", clauses);
    }

    /** Binds the parameters from position {@code first} on; returns the next free position. */
    public int bind(PreparedStatement statement, int first) throws SQLException {
        int index = first;
        for (Object value : parameters) {
            set(statement, index++, value);
        }
        return index;
    }

    public static void set(PreparedStatement statement, int index, Object value) throws SQLException {
        if (value instanceof LocalDate date) {
            statement.setDate(index, Date.valueOf(date));
        } else if (value instanceof Enum<?> e) {
            statement.setString(index, e.name());
        } else {
            statement.setObject(index, value);
        }
    }
}
