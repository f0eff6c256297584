package nl.akkoordmonitor.platform.sql;

import io.micronaut.core.beans.BeanIntrospection;
import io.micronaut.core.convert.ConversionService;
import io.micronaut.core.type.Argument;
import io.micronaut.data.exceptions.DataAccessException;
import io.micronaut.data.model.naming.NamingStrategies;

import java.math.BigDecimal;
import java.sql.Array;
import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;

/**
 * Reads the rows of one result set as records of one type, through the record's compile-time
 * introspection ({@code @Introspected}, {@code @Serdeable} or {@code @MappedEntity}).
 *
 * <p>Each component's column is found once per result set, by the framework's naming strategy
 * ({@code letterDate} reads {@code letter_date}); every row is
 * then read by column number, with the JDBC getter that gives the component's type. Micronaut
 * Data's own mapper ({@code JdbcOperations.entityStream}, 4.14) works the column name out again
 * for every component of every row and then looks it up in the result set: on the steering
 * report's lists that was two thirds of the time spent reading them. Micronaut Data caches the
 * column numbers itself from its pull request 4018 ("Cache JDBC column ordinals"), which is in no
 * release we can use yet; once it is, {@link Rows} can go back to {@code entityStream}.
 * What no getter gives directly is converted by Micronaut's {@link ConversionService}.
 */
final class RecordReader<T> {

    private static final NamingStrategies.UnderScoreSeparatedLowerCase NAMES = new NamingStrategies.UnderScoreSeparatedLowerCase();

    /** Reads one column of the current row as a component's type. */
    @FunctionalInterface
    private interface Getter {
        Object get(ResultSet resultSet, int column) throws SQLException;
    }

    private final BeanIntrospection<T> introspection;
    private final int[] columns;
    private final Getter[] getters;

    RecordReader(Class<T> type, ResultSetMetaData metaData, ConversionService conversions) throws SQLException {
        introspection = BeanIntrospection.getIntrospection(type);
        Map<String, Integer> columnByName = new HashMap<>();
        for (int c = metaData.getColumnCount(); c >= 1; c--) {
            // The first of two columns with the same name wins, as with ResultSet.findColumn.
            columnByName.put(metaData.getColumnLabel(c).toLowerCase(Locale.ROOT), c);
        }
        Argument<?>[] arguments = introspection.getConstructorArguments();
        columns = new int[arguments.length];
        getters = new Getter[arguments.length];
        for (int i = 0; i < arguments.length; i++) {
            Argument<?> argument = arguments[i];
            String name = NAMES.mappedName(argument.getName());
            Integer column = columnByName.get(name.toLowerCase(Locale.ROOT));
            if (column == null) {
                throw new DataAccessException("The query for " + type.getSimpleName() + " has no column " + name
                        + " for its component " + argument.getName() + "; its columns are " + columnByName.keySet());
            }
            columns[i] = column;
            getters[i] = getter(argument, conversions);
        }
    }

    /** The record of the result set's current row. */
    T read(ResultSet resultSet) throws SQLException {
        Object[] values = new Object[columns.length];
        for (int i = 0; i < columns.length; i++) {
            values[i] = getters[i].get(resultSet, columns[i]);
        }
        return introspection.instantiate(values);
    }

    @SuppressWarnings({"unchecked", "rawtypes"})
    private static Getter getter(Argument<?> argument, ConversionService conversions) {
        Class<?> type = argument.getType();
        // Primitives read NULL as 0 or false, as JDBC does; their boxes read it as null.
        if (type == long.class) {
            return ResultSet::getLong;
        }
        if (type == int.class) {
            return ResultSet::getInt;
        }
        if (type == boolean.class) {
            return ResultSet::getBoolean;
        }
        if (type == String.class) {
            return ResultSet::getString;
        }
        if (type == BigDecimal.class) {
            return ResultSet::getBigDecimal;
        }
        if (type == Long.class) {
            return (rs, c) -> nullable(rs, rs.getLong(c));
        }
        if (type == Integer.class) {
            return (rs, c) -> nullable(rs, rs.getInt(c));
        }
        if (type == Boolean.class) {
            return (rs, c) -> nullable(rs, rs.getBoolean(c));
        }
        if (type == LocalDate.class || type == OffsetDateTime.class) {
            return (rs, c) -> rs.getObject(c, type);
        }
        if (type == Instant.class) {
            return (rs, c) -> {
                Timestamp moment = rs.getTimestamp(c);
                return moment == null ? null : moment.toInstant();
            };
        }
        if (type.isEnum()) {
            return (rs, c) -> {
                String name = rs.getString(c);
                return name == null ? null : Enum.valueOf((Class) type, name);
            };
        }
        return (rs, c) -> {
            Object value = rs.getObject(c);
            if (value instanceof Array array) {
                value = array.getArray();
            }
            return value == null || type.isInstance(value) ? value : conversions.convertRequired(value, argument);
        };
    }

    private static Object nullable(ResultSet resultSet, Object value) throws SQLException {
        return resultSet.wasNull() ? null : value;
    }
}
