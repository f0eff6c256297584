package nl.akkoordmonitor.app.foundation;

import io.micronaut.core.annotation.Introspected;
import io.micronaut.core.annotation.Nullable;
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
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * Rows read by the framework: the types our records hold (money, dates, moments, enums, NULLs,
 * computed columns) arrive as they were written, and filters built with {@link Where} select
 * what they say.
 */
@MicronautTest(transactional = false)
class RowsTest extends IntegrationTest {

    enum Kind { SET, LETTER }

    @Introspected
    record Row(long id, BigDecimal amount, LocalDate letterDate, @Nullable Long partId, Kind kind, Instant createdAt,
               OffsetDateTime changedAt, @Nullable String reason, int yearCount, boolean late) {
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
    void aFilterSelectsOnlyWhatItSays() {
        assertEquals(List.of(2L), ids(new Where().andIf(null, "kind = ?").andIf(Kind.LETTER, "kind = ?")));
        assertEquals(List.of(1L), ids(new Where().and("id = ANY (?)", List.of(1L, 3L))));
        assertEquals(List.of(1L), ids(new Where().andIf(LocalDate.of(2026, 6, 1), "letter_date < ?")));
    }

    private List<Long> ids(Where where) {
        return reader.read(where).stream().map(Row::id).toList();
    }
}
