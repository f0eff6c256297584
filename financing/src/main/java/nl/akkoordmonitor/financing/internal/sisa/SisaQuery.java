package nl.akkoordmonitor.financing.internal.sisa;

import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import nl.akkoordmonitor.financing.SisaStatement;
import nl.akkoordmonitor.financing.SisaStatements;
import nl.akkoordmonitor.financing.internal.shared.MoneyAccess;
import nl.akkoordmonitor.platform.message.Message;
import nl.akkoordmonitor.platform.problem.NotFoundException;
import nl.akkoordmonitor.platform.security.Actor;
import nl.akkoordmonitor.platform.sql.Rows;

import java.time.LocalDate;
import java.time.Month;
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
            SELECT l.stream_id, l.name AS regulation, l.sisa_code, l.part_id, l.code AS part_code, l.part_name, l.part_sisa_code,
                   COALESCE(sp.in_year, 0)::numeric(18, 2) AS spent_in_year, COALESCE(sp.cumulative, 0)::numeric(18, 2) AS spent_cumulative,
                   COALESCE(l.last_year <= ?, FALSE) AS final_accounting
            FROM lines l LEFT JOIN spent sp ON sp.stream_id = l.stream_id AND sp.part_id IS NOT DISTINCT FROM l.part_id
            ORDER BY l.sisa_code NULLS LAST, l.name, l.stream_id, l.position, l.code
            """;

    private final Rows rows;
    private final MoneyAccess access;

    SisaQuery(Rows rows, MoneyAccess access) {
        this.rows = rows;
        this.access = access;
    }

    @Override
    @Transactional(readOnly = true)
    public SisaStatement statement(Actor actor, long organisationId, int year) {
        if (!access.mayRead(actor, organisationId, access.regionOf(organisationId))) {
            throw new NotFoundException(Message.of("SISA_NOT_FOUND", organisationId));
        }
        // A line is final when the regulation ended in the year or before; sums are money, to the cent even when nothing was spent.
        List<SisaStatement.Line> lines = rows.list(SisaStatement.Line.class, SQL, organisationId, year, year, year, organisationId, year, year);
        // SiSa: the accounting of year T is due at CBS on 15 July of T+1.
        return new SisaStatement(organisationId, year, LocalDate.of(year + 1, Month.JULY, 15), lines);
    }
}
