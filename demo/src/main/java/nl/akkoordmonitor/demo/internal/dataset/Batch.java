package nl.akkoordmonitor.demo.internal.dataset;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;

/**
 * A prepared INSERT sent to the database in batches of {@value #SIZE} rows. A batch whose rows
 * refer to another batch's rows names it as a parent: the parent's pending rows go first, so
 * that foreign keys always find their row.
 */
final class Batch implements AutoCloseable {

    private static final int SIZE = 1000;

    private final PreparedStatement statement;
    private final Batch[] parents;
    private int pending;
    private long rows;

    Batch(Connection connection, String sql, Batch... parents) throws SQLException {
        this.statement = connection.prepareStatement(sql);
        this.parents = parents;
    }

    /** Adds one row with the given values, in the statement's parameter order. */
    void add(Object... values) throws SQLException {
        for (int i = 0; i < values.length; i++) {
            statement.setObject(i + 1, values[i]);
        }
        statement.addBatch();
        rows++;
        if (++pending == SIZE) {
            flush();
        }
    }

    long rows() {
        return rows;
    }

    private void flush() throws SQLException {
        for (Batch parent : parents) {
            parent.flush();
        }
        if (pending > 0) {
            statement.executeBatch();
            pending = 0;
        }
    }

    @Override
    public void close() throws SQLException {
        try {
            flush();
        } finally {
            statement.close();
        }
    }
}
