package nl.akkoordmonitor.platform.sql;

import io.micronaut.core.convert.ConversionService;
import io.micronaut.data.exceptions.DataAccessException;
import io.micronaut.data.jdbc.runtime.JdbcOperations;
import io.micronaut.data.model.Page;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import nl.akkoordmonitor.platform.paging.ListRequest;
import nl.akkoordmonitor.platform.paging.SqlOrder;

import java.math.BigDecimal;
import java.sql.Array;
import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Consumer;

/**
 * Runs hand-written SQL (aggregates, joins across a module's own tables, filters from {@link Where})
 * and maps each row to a record through the record's introspection ({@link RecordReader}): columns
 * are matched to the record's components by name, snake_case in SQL to camelCase in Java
 * ({@code letter_date} to {@code letterDate}), once per query. A record read this way is
 * annotated {@code @Introspected} (or {@code @Serdeable}); components that may be NULL are
 * {@code @Nullable}. Parameters are positional ({@code ?}); dates, instants, enums and
 * collections (as SQL arrays) are bound as PostgreSQL expects them. Pass a SQL array as a
 * {@code List}: a lone {@code Object[]} is taken for the parameters themselves. Each call joins
 * the caller's transaction, or runs in one of its own when there is none.
 */
@Singleton
@Transactional
public class Rows {

    private final JdbcOperations jdbc;
    private final ConversionService conversions;

    public Rows(JdbcOperations jdbc, ConversionService conversions) {
        this.jdbc = jdbc;
        this.conversions = conversions;
    }

    /** Every row of the query, each mapped to the record type. */
    public <T> List<T> list(Class<T> type, String sql, Object... parameters) {
        return jdbc.prepareStatement(sql, statement -> {
            bind(statement, parameters);
            try (ResultSet resultSet = statement.executeQuery()) {
                return read(resultSet, type);
            }
        });
    }

    /** Every row of a result set, each mapped to the record type, for a statement that binds its own parameters. */
    public <T> List<T> read(ResultSet resultSet, Class<T> type) {
        List<T> rows = new ArrayList<>();
        read(resultSet, type, rows::add);
        return rows;
    }

    /**
     * Hands every row of the query, mapped to the record type, to the sink as it is read: through a
     * PostgreSQL cursor, {@value #FETCH} rows at a time, so that a long list (a report's lines)
     * never sits in memory whole. A cursor also lets PostgreSQL plan for the first rows (its
     * {@code cursor_tuple_fraction}): a sorted list comes from an index with an incremental sort
     * rather than after sorting every row, so the first rows arrive at once instead of after the
     * whole query. A failing sink leaves the cursor to the end of the transaction, which closes it.
     */
    public <T> void forEach(Class<T> type, Consumer<T> sink, String sql, Object... parameters) {
        String cursor = "rows_" + CURSORS.incrementAndGet();
        jdbc.prepareStatement("DECLARE " + cursor + " NO SCROLL CURSOR FOR " + sql, statement -> {
            bind(statement, parameters);
            return statement.execute();
        });
        List<RecordReader<T>> reader = new ArrayList<>(1);
        int fetched;
        do {
            fetched = jdbc.prepareStatement("FETCH " + FETCH + " FROM " + cursor, statement -> {
                try (ResultSet resultSet = statement.executeQuery()) {
                    if (reader.isEmpty()) {
                        reader.add(new RecordReader<>(type, resultSet.getMetaData(), conversions));
                    }
                    int count = 0;
                    while (resultSet.next()) {
                        sink.accept(reader.get(0).read(resultSet));
                        count++;
                    }
                    return count;
                }
            });
        } while (fetched == FETCH);
        jdbc.prepareStatement("CLOSE " + cursor, PreparedStatement::execute);
    }

    /** Rows fetched from a cursor at a time. */
    static final int FETCH = 1000;
    /** Numbers the cursors, so that a sink may read another list while one is open. */
    private static final AtomicLong CURSORS = new AtomicLong();

    private <T> void read(ResultSet resultSet, Class<T> type, Consumer<T> sink) {
        try {
            RecordReader<T> reader = new RecordReader<>(type, resultSet.getMetaData(), conversions);
            while (resultSet.next()) {
                sink.accept(reader.read(resultSet));
            }
        } catch (SQLException e) {
            throw new DataAccessException("Could not read the rows as " + type.getSimpleName() + ": " + e.getMessage(), e);
        }
    }

    /**
     * One page of a filtered list, in two statements: the count, and the page in the order asked for
     * ({@link ListRequest#orderBy}: only the order's own columns reach the SQL, never the caller's text).
     *
     * @param select the SELECT list, {@code SELECT a.id, ...}
     * @param from   the FROM clause with its joins, {@code FROM x.table a JOIN ...}
     */
    public <T> Page<T> page(Class<T> type, String select, String from, Where where, ListRequest list, SqlOrder order) {
        String orderBy = list.orderBy(order);
        long total = value(Long.class, "SELECT count(*) " + from + where, where.parameters()).orElseThrow();
        List<T> items = list(type, select + " " + from + where + orderBy + " LIMIT ? OFFSET ?",
                where.parametersAnd(list.pageSize(), list.offset()));
        return Page.of(items, list.pageable(), total);
    }

    /** The first row of the query, mapped to the record type, or empty when there is none. */
    public <T> Optional<T> one(Class<T> type, String sql, Object... parameters) {
        return list(type, sql, parameters).stream().findFirst();
    }

    /** The single column of the query's first row (a count, a sum, an id), or empty when there is no row or it is NULL. */
    public <T> Optional<T> value(Class<T> type, String sql, Object... parameters) {
        return jdbc.prepareStatement(sql, statement -> {
            bind(statement, parameters);
            try (ResultSet resultSet = statement.executeQuery()) {
                return resultSet.next() ? Optional.ofNullable(column(resultSet, type)) : Optional.empty();
            }
        });
    }

    /** The single column of every row of the query. */
    public <T> List<T> values(Class<T> type, String sql, Object... parameters) {
        return jdbc.prepareStatement(sql, statement -> {
            bind(statement, parameters);
            try (ResultSet resultSet = statement.executeQuery()) {
                List<T> values = new ArrayList<>();
                while (resultSet.next()) {
                    values.add(column(resultSet, type));
                }
                return values;
            }
        });
    }

    /** Whether the query answers at least one row. */
    public boolean exists(String sql, Object... parameters) {
        return jdbc.prepareStatement(sql, statement -> {
            bind(statement, parameters);
            try (ResultSet resultSet = statement.executeQuery()) {
                return resultSet.next();
            }
        });
    }

    /** Runs an INSERT, UPDATE or DELETE; answers the number of rows it changed. */
    public int update(String sql, Object... parameters) {
        return jdbc.prepareStatement(sql, statement -> {
            bind(statement, parameters);
            return statement.executeUpdate();
        });
    }

    /** The first column, converted by the framework (a count is a BIGINT: read as an Integer it is converted). */
    private <T> T column(ResultSet resultSet, Class<T> type) throws SQLException {
        Object value = resultSet.getObject(1);
        return value == null ? null : conversions.convertRequired(value, type);
    }

    /** Binds the parameters from position 1 on. */
    public static void bind(PreparedStatement statement, Object... parameters) throws SQLException {
        for (int i = 0; i < parameters.length; i++) {
            statement.setObject(i + 1, sqlValue(statement, parameters[i]));
        }
    }

    private static Object sqlValue(PreparedStatement statement, Object value) throws SQLException {
        if (value instanceof LocalDate date) {
            return Date.valueOf(date);
        }
        if (value instanceof Instant instant) {
            return Timestamp.from(instant);
        }
        if (value instanceof OffsetDateTime time) {
            return Timestamp.from(time.toInstant());
        }
        if (value instanceof Enum<?> constant) {
            return constant.name();
        }
        if (value instanceof Collection<?> collection) {
            return array(statement, collection.toArray());
        }
        if (value instanceof Object[] array) {
            return array(statement, array);
        }
        return value;
    }

    private static Array array(PreparedStatement statement, Object[] values) throws SQLException {
        Object first = Arrays.stream(values).filter(Objects::nonNull).findFirst().orElse(null);
        String type = first instanceof String ? "varchar" : first instanceof Integer ? "integer" : first instanceof BigDecimal ? "numeric" : "bigint";
        return statement.getConnection().createArrayOf(type, values);
    }
}
