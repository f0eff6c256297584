package nl.akkoordmonitor.financing.internal.sisa;

import io.micronaut.data.jdbc.runtime.JdbcOperations;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import nl.akkoordmonitor.financing.SisaStatement;
import nl.akkoordmonitor.financing.SisaStatements;
import nl.akkoordmonitor.financing.internal.shared.MoneyAccess;
import nl.akkoordmonitor.platform.message.Message;
import nl.akkoordmonitor.platform.problem.NotFoundException;
import nl.akkoordmonitor.platform.security.Actor;

import java.math.RoundingMode;
import java.sql.ResultSet;
import java.time.LocalDate;
import java.time.Month;
import java.util.ArrayList;
import java.util.List;

/** The SiSa statement in one query: the regulations and parts of a recipient with their spending. */
@Singleton
class SisaQuery implements SisaStatements {

    private static final String SQL = """
            WITH lines AS (
                SELECT s.id AS stream_id, s.name, s.sisa_code, s.last_year, p.id AS part_id, p.code, p.name AS part_name,
                       p.sisa_code AS part_sisa_code, p.position
                FROM financing.funding_stream s
                LEFT JOIN financing.funding_part p ON p.stream_id = s.id
                WHERE s.recipient_id = ? AND s.earmarked AND s.source = 'NATIONAL_GOVERNMENT'
                  AND s.first_year <= ? AND (s.last_year IS NULL OR ? <= s.last_year)
            ), spent AS (
                SELECT a.stream_id, a.part_id, SUM(e.amount) FILTER (WHERE e.year = ?) AS in_year, SUM(e.amount) AS cumulative
                FROM financing.allocation a
                JOIN financing.expenditure e ON e.allocation_id = a.id
                JOIN financing.funding_stream s ON s.id = a.stream_id
                WHERE s.recipient_id = ? AND e.year <= ?
                GROUP BY a.stream_id, a.part_id
            )
            SELECT l.*, COALESCE(sp.in_year, 0) AS in_year, COALESCE(sp.cumulative, 0) AS cumulative
            FROM lines l LEFT JOIN spent sp ON sp.stream_id = l.stream_id AND sp.part_id IS NOT DISTINCT FROM l.part_id
            ORDER BY l.sisa_code NULLS LAST, l.name, l.stream_id, l.position, l.code
            """;

    private final JdbcOperations jdbc;
    private final MoneyAccess access;

    SisaQuery(JdbcOperations jdbc, MoneyAccess access) {
        this.jdbc = jdbc;
        this.access = access;
    }

    @Override
    @Transactional(readOnly = true)
    public SisaStatement statement(Actor actor, long organisationId, int year) {
        if (!access.mayRead(actor, organisationId, access.regionOf(organisationId))) {
            throw new NotFoundException(Message.of("SISA_NOT_FOUND", organisationId));
        }
        List<SisaStatement.Line> lines = jdbc.prepareStatement(SQL, statement -> {
            statement.setLong(1, organisationId);
            statement.setInt(2, year);
            statement.setInt(3, year);
            statement.setInt(4, year);
            statement.setLong(5, organisationId);
            statement.setInt(6, year);
            List<SisaStatement.Line> rows = new ArrayList<>();
            try (ResultSet rs = statement.executeQuery()) {
                while (rs.next()) {
                    Integer lastYear = (Integer) rs.getObject("last_year");
                    rows.add(new SisaStatement.Line(rs.getLong("stream_id"), rs.getString("name"), rs.getString("sisa_code"),
                            (Long) rs.getObject("part_id"), rs.getString("code"), rs.getString("part_name"), rs.getString("part_sisa_code"),
                            rs.getBigDecimal("in_year").setScale(2, RoundingMode.UNNECESSARY),
                            rs.getBigDecimal("cumulative").setScale(2, RoundingMode.UNNECESSARY),
                            lastYear != null && lastYear <= year));
                }
            }
            return rows;
        });
        // SiSa: the accounting of year T is due at CBS on 15 July of T+1.
        return new SisaStatement(organisationId, year, LocalDate.of(year + 1, Month.JULY, 15), lines);
    }
}
