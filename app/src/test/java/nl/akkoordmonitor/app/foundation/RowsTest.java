package nl.akkoordmonitor.app.foundation;

import io.micronaut.core.annotation.Introspected;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.exceptions.DataAccessException;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Inject;
import jakarta.inject.Singleton;
import nl.akkoordmonitor.app.support.IntegrationTest;
import nl.akkoordmonitor.platform.sql.Rows;
import nl.akkoordmonitor.platform.sql.Where;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.LongStream;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Rows read into records: the types our records hold (money, dates, moments, enums, NULLs,
 * computed columns, arrays) arrive as they were written, a missing column is named, and filters
 * built with {@link Where} select what they say.
 */
@MicronautTest(transactional = false)
class RowsTest extends IntegrationTest {

    enum Kind { SET, LETTER }

    @Introspected
    record Row(long id, BigDecimal amount, LocalDate letterDate, @Nullable Long partId, Kind kind, Instant createdAt,
               OffsetDateTime changedAt, @Nullable String reason, int yearCount, boolean late) {
    }

    @Introspected
    record Counted(long n) {
    }

    @Introspected
    record Listed(long id, String[] targetGroups, @Nullable Integer[] uncoveredYears) {
    }

    @Singleton
    static class Reader {
        private final Rows rows;

        Reader(Rows rows) {
            this.rows = rows;
        }

        @Transactional
        List<Row> read(Where where) {
            return rows.list(Row.class, """
                    SELECT * FROM (VALUES
                      (1::bigint, 12.30::numeric(14,2), DATE '2026-03-01', NULL::bigint, 'SET', TIMESTAMPTZ '2026-03-01 10:00:00+01',
                       TIMESTAMPTZ '2026-03-01 10:00:00+01', NULL::varchar, 2, TRUE),
                      (2::bigint, 0.05::numeric(14,2), DATE '2026-12-31', 7::bigint, 'LETTER', TIMESTAMPTZ '2026-12-31 23:30:00+01',
                       TIMESTAMPTZ '2026-12-31 23:30:00+01', 'brief', 1, FALSE)
                    ) AS t(id, amount, letter_date, part_id, kind, created_at, changed_at, reason, year_count, late)""" + where
                    + " ORDER BY id", where.parameters());
        }

        @Transactional
        List<Listed> arrays() {
            return rows.list(Listed.class, "SELECT 1 AS id, ARRAY['jeugd', 'ouderen'] AS target_groups, ARRAY[2026, 2027] AS uncovered_years"
                    + " UNION ALL SELECT 2, ARRAY[]::varchar[], NULL ORDER BY id");
        }

        /** Every number from 1 to {@code last}, streamed; for each multiple of 1000 also a short list read meanwhile. */
        List<Long> streamed(long last, List<Integer> inner) {
            List<Long> seen = new ArrayList<>();
            rows.forEach(Counted.class, c -> {
                seen.add(c.n());
                if (c.n() % 1000 == 0) {
                    rows.forEach(Counted.class, i -> inner.add((int) i.n()), "SELECT generate_series(1, 3)::bigint AS n");
                }
            }, "SELECT n FROM generate_series(1::bigint, ?) AS g(n) ORDER BY n", last);
            return seen;
        }

        @Transactional
        List<Row> missing() {
            return rows.list(Row.class, "SELECT 1::bigint AS id");
        }

        @Transactional
        BigDecimal sum() {
            return rows.value(BigDecimal.class, "SELECT SUM(x) FROM (VALUES (1.10::numeric(14,2)), (2.20::numeric(14,2))) t(x)").orElseThrow();
        }
    }

    @Inject
    Reader reader;

    @Test
    void everyTypeOfARecordArrivesAsWritten() {
        List<Row> all = reader.read(new Where());

        assertEquals(List.of(
                new Row(1, new BigDecimal("12.30"), LocalDate.of(2026, 3, 1), null, Kind.SET, Instant.parse("2026-03-01T09:00:00Z"),
                        OffsetDateTime.of(2026, 3, 1, 9, 0, 0, 0, ZoneOffset.UTC), null, 2, true),
                new Row(2, new BigDecimal("0.05"), LocalDate.of(2026, 12, 31), 7L, Kind.LETTER, Instant.parse("2026-12-31T22:30:00Z"),
                        OffsetDateTime.of(2026, 12, 31, 22, 30, 0, 0, ZoneOffset.UTC), "brief", 1, false)), all);
        assertEquals(new BigDecimal("3.30"), reader.sum());
    }

    @Test
    void sqlArraysArriveAsJavaArrays() {
        List<Listed> listed = reader.arrays();

        assertArrayEquals(new String[] {"jeugd", "ouderen"}, listed.get(0).targetGroups());
        assertArrayEquals(new Integer[] {2026, 2027}, listed.get(0).uncoveredYears());
        assertArrayEquals(new String[0], listed.get(1).targetGroups());
        assertNull(listed.get(1).uncoveredYears());
    }

    @Test
    void aLongListIsStreamedInOrderThroughACursorAndTheSinkMayReadMeanwhile() {
        List<Integer> inner = new ArrayList<>();

        List<Long> seen = reader.streamed(2_500, inner);

        assertEquals(LongStream.rangeClosed(1, 2_500).boxed().toList(), seen);
        assertEquals(List.of(1, 2, 3, 1, 2, 3), inner);
        assertEquals(List.of(1000L), reader.streamed(1000, new ArrayList<>()).stream().filter(n -> n % 1000 == 0).toList());
        assertEquals(List.of(), reader.streamed(0, new ArrayList<>()));
    }

    @Test
    void aQueryWithoutAComponentsColumnSaysWhichOneIsMissing() {
        DataAccessException failure = assertThrows(DataAccessException.class, reader::missing);

        assertTrue(failure.getMessage().contains("has no column amount for its component amount"), failure.getMessage());
    }

    @Test
    void aFilterSelectsOnlyWhatItSays() {
        assertEquals(List.of(2L), ids(new Where().andIf(null, "kind = ?").andIf(Kind.LETTER, "kind = ?")));
        assertEquals(List.of(1L), ids(new Where().and("id = ANY (?)", List.of(1L, 3L))));
        assertEquals(List.of(1L), ids(new Where().andIf(LocalDate.of(2026, 6, 1), "letter_date < ?")));
    }

    private List<Long> ids(Where where) {
        return reader.read(where).stream().map(Row::id).toList();
    }
}
