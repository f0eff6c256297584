package nl.akkoordmonitor.financing.internal.analysis;

import io.micronaut.core.annotation.Introspected;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import nl.akkoordmonitor.agreements.Scope;
import nl.akkoordmonitor.financing.EarmarkedUnspent;
import nl.akkoordmonitor.financing.FundingCliff;
import nl.akkoordmonitor.financing.Overspending;
import nl.akkoordmonitor.financing.SpendingStatementLine;
import nl.akkoordmonitor.financing.StreamMoney;
import nl.akkoordmonitor.platform.sql.Rows;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * The money analyses, each one SQL query over the financing schema. Every query starts with the
 * same parameter row {@code p (id, year)}; the scope picks one of a few fixed WHERE fragments
 * (never user text), and the values are always bound.
 */
@Singleton
class AnalysisQueries {

    private static final String PARAMS = "WITH p AS (SELECT CAST(? AS BIGINT) AS id, CAST(? AS INTEGER) AS year)";

    /** Money in every answer is to the cent, also a sum of nothing (COALESCE gives a bare 0). */
    private static final String CENTS = "::numeric(18, 2)";

    private final Rows rows;

    AnalysisQueries(Rows rows) {
        this.rows = rows;
    }

    /**
     * Which streams' budgets count: by recipient ({@link Scope#sqlCondition} over the recipient and
     * its GGD region), or for an agreement the streams that fund it in the year.
     */
    private static String streamScope(Analysed analysed) {
        if (analysed.agreementId() != null) {
            return """
                    EXISTS (SELECT 1 FROM financing.allocation x
                            WHERE x.stream_id = s.id AND x.agreement_id = p.id AND x.year = p.year)""";
        }
        return analysed.scope().sqlCondition("s.recipient_ggd_region_id", "s.recipient_id", "p.id");
    }

    /** Which allocations count (a = allocation, s = its stream): by recipient, or by agreement. */
    private static String allocationScope(Analysed analysed) {
        return analysed.agreementId() != null ? "a.agreement_id = p.id" : streamScope(analysed);
    }

    /** Which commitments count for funding cliffs: by the agreement they belong to, its owner and its GGD region. */
    private static String commitmentScope(Analysed analysed) {
        return analysed.agreementId() != null ? "a.agreement_id = p.id"
                : analysed.scope().sqlCondition("a.ggd_region_id", "a.agreement_owner_id", "p.id");
    }

    @Transactional(readOnly = true)
    List<StreamMoney> moneyPerStream(Analysed analysed, int year) {
        String sql = PARAMS + """
                , bud AS (
                    SELECT b.stream_id, b.amount
                    FROM financing.budget b JOIN financing.funding_stream s ON s.id = b.stream_id CROSS JOIN p
                    WHERE b.year = p.year AND %1$s),
                alloc AS (
                    SELECT a.stream_id, SUM(a.amount) AS amount
                    FROM financing.allocation a JOIN financing.funding_stream s ON s.id = a.stream_id CROSS JOIN p
                    WHERE a.year = p.year AND %2$s
                    GROUP BY a.stream_id),
                spent AS (
                    SELECT a.stream_id, SUM(e.amount) AS amount
                    FROM financing.expenditure e JOIN financing.allocation a ON a.id = e.allocation_id
                         JOIN financing.funding_stream s ON s.id = a.stream_id CROSS JOIN p
                    WHERE e.year = p.year AND %2$s
                    GROUP BY a.stream_id)
                SELECT s.id AS stream_id, s.name, s.source, s.legal_basis, s.nature, s.earmarked, s.recipient_id, p.year,
                       COALESCE(bud.amount, 0)%3$s AS budgeted, COALESCE(alloc.amount, 0)%3$s AS allocated,
                       COALESCE(spent.amount, 0)%3$s AS spent
                FROM financing.funding_stream s CROSS JOIN p
                     LEFT JOIN bud ON bud.stream_id = s.id LEFT JOIN alloc ON alloc.stream_id = s.id
                     LEFT JOIN spent ON spent.stream_id = s.id
                WHERE bud.stream_id IS NOT NULL OR alloc.stream_id IS NOT NULL OR spent.stream_id IS NOT NULL
                ORDER BY s.legal_basis, s.nature, s.name, s.id
                """.formatted(streamScope(analysed), allocationScope(analysed), CENTS);
        return query(StreamMoney.class, sql, analysed, year);
    }

    /**
     * A commitment's incidental money ends in its last incidental year; each later year of its
     * period (capped by its agreement's) without a structural allocation is uncovered.
     */
    @Transactional(readOnly = true)
    List<FundingCliff> fundingCliffs(Analysed analysed) {
        String sql = PARAMS + """
                , funded AS (
                    SELECT a.commitment_id, a.year, s.nature, SUM(a.amount) AS amount
                    FROM financing.allocation a JOIN financing.funding_stream s ON s.id = a.stream_id CROSS JOIN p
                    WHERE %1$s
                    GROUP BY a.commitment_id, a.year, s.nature),
                c AS (
                    SELECT a.commitment_id, MIN(a.agreement_id) AS agreement_id, MIN(a.agreement_owner_id) AS owner_id,
                           MIN(a.ggd_region_id) AS region_id,
                           GREATEST(MIN(a.commitment_first_year), MIN(a.agreement_first_year)) AS first_year,
                           LEAST(MAX(a.commitment_last_year), MAX(a.agreement_last_year)) AS last_year
                    FROM financing.allocation a CROSS JOIN p
                    WHERE %1$s
                    GROUP BY a.commitment_id),
                incidental_end AS (
                    SELECT DISTINCT ON (commitment_id) commitment_id, year AS last_incidental_year, amount
                    FROM funded WHERE nature = 'INCIDENTAL'
                    ORDER BY commitment_id, year DESC),
                gaps AS (
                    SELECT c.commitment_id, y.year
                    FROM c JOIN incidental_end i USING (commitment_id)
                         CROSS JOIN LATERAL generate_series(i.last_incidental_year + 1, c.last_year) AS y(year)
                    WHERE NOT EXISTS (SELECT 1 FROM funded f WHERE f.commitment_id = c.commitment_id
                                      AND f.year = y.year AND f.nature = 'STRUCTURAL'))
                SELECT c.commitment_id, c.agreement_id, c.owner_id AS agreement_owner_id, c.region_id AS ggd_region_id, c.first_year,
                       c.last_year, i.last_incidental_year, i.amount%2$s AS last_incidental_amount,
                       array_agg(g.year ORDER BY g.year) AS uncovered_years
                FROM c JOIN incidental_end i USING (commitment_id) JOIN gaps g USING (commitment_id)
                GROUP BY c.commitment_id, c.agreement_id, c.owner_id, c.region_id, c.first_year, c.last_year,
                         i.last_incidental_year, i.amount
                ORDER BY c.agreement_id, c.commitment_id
                """.formatted(commitmentScope(analysed), CENTS);
        return query(Cliff.class, sql, analysed, null).stream().map(Cliff::cliff).toList();
    }

    @Transactional(readOnly = true)
    List<Overspending> overspending(Analysed analysed, int year) {
        String sql = PARAMS + """
                , spent AS (
                    SELECT e.allocation_id, SUM(e.amount) AS amount
                    FROM financing.expenditure e JOIN financing.allocation x ON x.id = e.allocation_id CROSS JOIN p
                    WHERE x.year = p.year
                    GROUP BY e.allocation_id)
                SELECT a.id AS allocation_id, s.id AS stream_id, s.name AS stream_name, s.legal_basis, s.nature, s.recipient_id,
                       a.commitment_id, a.agreement_id, a.year, a.amount%2$s AS allocated, sp.amount%2$s AS spent,
                       (sp.amount - a.amount)%2$s AS overspent_by
                FROM financing.allocation a JOIN financing.funding_stream s ON s.id = a.stream_id
                     JOIN spent sp ON sp.allocation_id = a.id CROSS JOIN p
                WHERE a.year = p.year AND sp.amount > a.amount AND %1$s
                ORDER BY sp.amount - a.amount DESC, a.id
                """.formatted(allocationScope(analysed), CENTS);
        return query(Overspending.class, sql, analysed, year);
    }

    /** Unspent is the year's budget minus what was spent in that year out of that year's allocations. */
    @Transactional(readOnly = true)
    List<EarmarkedUnspent> earmarkedUnspent(Analysed analysed, int year, int currentYear) {
        String sql = PARAMS + """
                , spent AS (
                    SELECT a.stream_id, SUM(e.amount) AS amount
                    FROM financing.expenditure e JOIN financing.allocation a ON a.id = e.allocation_id CROSS JOIN p
                    WHERE a.year = p.year AND e.year = p.year
                    GROUP BY a.stream_id)
                SELECT s.id AS stream_id, s.name AS stream_name, s.legal_basis, s.nature, s.recipient_id, s.conditions, p.year,
                       b.amount%2$s AS budgeted, COALESCE(sp.amount, 0)%2$s AS spent, (b.amount - COALESCE(sp.amount, 0))%2$s AS unspent,
                       p.year < ? AS year_ended
                FROM financing.funding_stream s JOIN financing.budget b ON b.stream_id = s.id CROSS JOIN p
                     LEFT JOIN spent sp ON sp.stream_id = s.id
                WHERE s.earmarked AND b.year = p.year AND b.amount > COALESCE(sp.amount, 0) AND %1$s
                ORDER BY b.amount - COALESCE(sp.amount, 0) DESC, s.id
                """.formatted(streamScope(analysed), CENTS);
        return query(EarmarkedUnspent.class, sql, analysed, year, currentYear);
    }

    /** Every stream whose period covers year T, with its SiSa figures; the statement for year T is due on 15 July of T + 1. */
    @Transactional(readOnly = true)
    List<SpendingStatementLine> spendingStatement(Analysed analysed, int year) {
        String sql = PARAMS + """
                , bud AS (
                    SELECT b.stream_id, SUM(b.amount) FILTER (WHERE b.year = p.year) AS budget_year,
                           SUM(b.amount) FILTER (WHERE b.year <= p.year) AS budget_cumulative
                    FROM financing.budget b CROSS JOIN p GROUP BY b.stream_id),
                spent AS (
                    SELECT a.stream_id, SUM(e.amount) FILTER (WHERE e.year = p.year) AS spent_year,
                           SUM(e.amount) FILTER (WHERE e.year <= p.year) AS spent_cumulative
                    FROM financing.expenditure e JOIN financing.allocation a ON a.id = e.allocation_id CROSS JOIN p
                    GROUP BY a.stream_id)
                SELECT s.id AS stream_id, s.name AS stream_name, s.legal_basis, s.nature, s.earmarked, s.recipient_id, p.year,
                       COALESCE(bud.budget_year, 0)%2$s AS budget_year, COALESCE(spent.spent_year, 0)%2$s AS spending_year,
                       COALESCE(bud.budget_cumulative, 0)%2$s AS cumulative_budget,
                       COALESCE(spent.spent_cumulative, 0)%2$s AS cumulative_spending, s.last_year,
                       COALESCE(s.last_year <= p.year, FALSE) AS final_accounting,
                       make_date(p.year + 1, 7, 15) AS deadline
                FROM financing.funding_stream s CROSS JOIN p
                     LEFT JOIN bud ON bud.stream_id = s.id LEFT JOIN spent ON spent.stream_id = s.id
                WHERE s.first_year <= p.year AND (s.last_year IS NULL OR s.last_year >= p.year) AND %1$s
                ORDER BY s.recipient_id, s.name, s.id
                """.formatted(streamScope(analysed), CENTS);
        return query(SpendingStatementLine.class, sql, analysed, year);
    }

    /** A funding cliff as the query answers it: the uncovered years as the SQL array they are aggregated into. */
    @Introspected
    record Cliff(long commitmentId, long agreementId, long agreementOwnerId, @Nullable Long ggdRegionId, int firstYear, int lastYear,
                 int lastIncidentalYear, BigDecimal lastIncidentalAmount, Integer[] uncoveredYears) {

        FundingCliff cliff() {
            return new FundingCliff(commitmentId, agreementId, agreementOwnerId, ggdRegionId, firstYear, lastYear, lastIncidentalYear,
                    lastIncidentalAmount, List.of(uncoveredYears));
        }
    }

    /** Runs an analysis: the parameter row {@code p} first (the id and the year, either may be null), then any others. */
    private <T> List<T> query(Class<T> type, String sql, Analysed analysed, @Nullable Integer year, Object... more) {
        List<Object> parameters = new ArrayList<>(Arrays.asList(analysed.id(), year));
        parameters.addAll(List.of(more));
        return rows.list(type, sql, parameters.toArray());
    }
}
