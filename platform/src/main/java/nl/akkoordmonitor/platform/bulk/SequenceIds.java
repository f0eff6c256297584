package nl.akkoordmonitor.platform.bulk;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayDeque;
import java.util.HashMap;
import java.util.Map;

/**
 * Ids taken from the tables' own sequences, a thousand per round trip, so that a seeder can batch
 * rows with their ids known (children refer to them) and later inserts by the services continue
 * after them. The owning module names its own sequences.
 */
public final class SequenceIds {

    private static final int BLOCK = 1000;

    private final Connection connection;
    private final Map<String, ArrayDeque<Long>> free = new HashMap<>();

    public SequenceIds(Connection connection) {
        this.connection = connection;
    }

    /** The next id of the sequence (for example {@code agreements.agreement_id_seq}). */
    public long next(String sequence) {
        ArrayDeque<Long> queue = free.computeIfAbsent(sequence, k -> new ArrayDeque<>());
        if (queue.isEmpty()) {
            try (PreparedStatement s = connection.prepareStatement("SELECT nextval(?::regclass) FROM generate_series(1, ?)")) {
                s.setString(1, sequence);
                s.setInt(2, BLOCK);
                try (ResultSet r = s.executeQuery()) {
                    while (r.next()) {
                        queue.add(r.getLong(1));
                    }
                }
            } catch (SQLException e) {
                throw new IllegalStateException("Could not take ids from " + sequence + ": " + e.getMessage(), e);
            }
        }
        return queue.poll();
    }
}
