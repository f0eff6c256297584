package nl.akkoordmonitor.platform.bulk;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;

/**
 * A prepared INSERT sent to the database in batches of {@value #SIZE} rows, for a module's own
 * seeder that loads many rows into its own tables. A batch whose rows refer to another batch's
 * rows names it as a parent: the parent's pending rows go first, so that foreign keys always find
 * their row.
 */
public final class BatchInsert implements AutoCloseable {

    private static final int SIZE = 1000;

    private final PreparedStatement statement;
    private final BatchInsert[] parents;
    private int pending;
    private long rows;

    public BatchInsert(Connection connection, String sql, BatchInsert... parents) {
        try {
            this.statement = connection.prepareStatement(sql);
        } catch (SQLException e) {
            throw new IllegalStateException("Could not prepare " + sql + ": " + e.getMessage(), e);
        }
        this.parents = parents;
    }

    /** Adds one row with the given values, in the statement's parameter order. */
    public void add(Object... values) {
        try {
            for (int i = 0; i < values.length; i++) {
                statement.setObject(i + 1, values[i]);
            }
            statement.addBatch();
            rows++;
            if (++pending == SIZE) {
                flush();
            }
        } catch (SQLException e) {
            throw failed(e);
        }
    }

    /** The rows added so far. */
    public long rows() {
        return rows;
    }

    /** Sends the pending rows of the parents, then this batch's own. */
    public void flush() {
        try {
            flushNow();
        } catch (SQLException e) {
            throw failed(e);
        }
    }

    private void flushNow() throws SQLException {
        for (BatchInsert parent : parents) {
            parent.flush();
        }
        if (pending > 0) {
            statement.executeBatch();
            pending = 0;
        }
    }

    @Override
    public void close() {
        try {
            try {
                flushNow();
            } finally {
                statement.close();
            }
        } catch (SQLException e) {
            throw failed(e);
        }
    }

    private static IllegalStateException failed(SQLException e) {
        SQLException cause = e.getNextException() != null ? e.getNextException() : e;
        return new IllegalStateException("Could not load the rows: " + cause.getMessage(), e);
    }
}
