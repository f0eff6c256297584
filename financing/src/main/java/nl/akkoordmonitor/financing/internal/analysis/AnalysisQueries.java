package nl.akkoordmonitor.financing.internal.analysis;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.jdbc.runtime.JdbcOperations;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import nl.akkoordmonitor.agreements.Scope;
import nl.akkoordmonitor.financing.EarmarkedUnspent;
import nl.akkoordmonitor.financing.FundingCliff;
import nl.akkoordmonitor.financing.FundingNature;
import nl.akkoordmonitor.financing.FundingSource;
import nl.akkoordmonitor.financing.LegalBasis;
import nl.akkoordmonitor.financing.MoneyLine;
import nl.akkoordmonitor.financing.Overspending;
import nl.akkoordmonitor.financing.SpendingStatementLine;
import nl.akkoordmonitor.financing.StreamMoney;

import java.math.BigDecimal;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.time.LocalDate;
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

    private final JdbcOperations jdbc;

    AnalysisQueries(JdbcOperations jdbc) {
        this.jdbc = jdbc;
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
    List<MoneyLine> moneyByLawAndNature(Analysed analysed, int year) {
        String sql = PARAMS + """
                , budgeted AS (
                    SELECT s.legal_basis, s.nature, SUM(b.amount) AS amount
                    FROM financing.funding_stream s JOIN financing.budget b ON b.stream_id = s.id CROSS JOIN p
                    WHERE b.year = p.year AND %1$s
                    GROUP BY s.legal_basis, s.nature),
                allocated AS (
                    SELECT s.legal_basis, s.nature, SUM(a.amount) AS amount
                    FROM financing.allocation a JOIN financing.funding_stream s ON s.id = a.stream_id CROSS JOIN p
                    WHERE a.year = p.year AND %2$s
                    GROUP BY s.legal_basis, s.nature),
                spent AS (
                    SELECT s.legal_basis, s.nature, SUM(e.amount) AS amount
                    FROM financing.expenditure e JOIN financing.allocation a ON a.id = e.allocation_id
                         JOIN financing.funding_stream s ON s.id = a.stream_id CROSS JOIN p
                    WHERE e.year = p.year AND %2$s
                    GROUP BY s.legal_basis, s.nature),
                keys AS (SELECT legal_basis, nature FROM budgeted UNION SELECT legal_basis, nature FROM allocated
                         UNION SELECT legal_basis, nature FROM spent)
                SELECT k.legal_basis, k.nature, COALESCE(b.amount, 0) AS budgeted, COALESCE(al.amount, 0) AS allocated,
                       COALESCE(sp.amount, 0) AS spent
                FROM keys k LEFT JOIN budgeted b USING (legal_basis, nature) LEFT JOIN allocated al USING (legal_basis, nature)
                     LEFT JOIN spent sp USING (legal_basis, nature)
                """.formatted(streamScope(analysed), allocationScope(analysed));
        return query(sql, analysed, year, rs -> new MoneyLine(LegalBasis.valueOf(rs.getString("legal_basis")),
                FundingNature.valueOf(rs.getString("nature")), money(rs, "budgeted"), money(rs, "allocated"),
                money(rs, "spent")));
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
                SELECT s.id, s.name, s.source, s.legal_basis, s.nature, s.earmarked, s.recipient_id,
                       COALESCE(bud.amount, 0) AS budgeted, COALESCE(alloc.amount, 0) AS allocated,
                       COALESCE(spent.amount, 0) AS spent
                FROM financing.funding_stream s
                     LEFT JOIN bud ON bud.stream_id = s.id LEFT JOIN alloc ON alloc.stream_id = s.id
                     LEFT JOIN spent ON spent.stream_id = s.id
                WHERE bud.stream_id IS NOT NULL OR alloc.stream_id IS NOT NULL OR spent.stream_id IS NOT NULL
                ORDER BY s.legal_basis, s.nature, s.name, s.id
                """.formatted(streamScope(analysed), allocationScope(analysed));
        return query(sql, analysed, year, rs -> new StreamMoney(rs.getLong("id"), rs.getString("name"),
                FundingSource.valueOf(rs.getString("source")), LegalBasis.valueOf(rs.getString("legal_basis")),
                FundingNature.valueOf(rs.getString("nature")), rs.getBoolean("earmarked"), rs.getLong("recipient_id"),
                year, money(rs, "budgeted"), money(rs, "allocated"), money(rs, "spent")));
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
                SELECT c.commitment_id, c.agreement_id, c.owner_id, c.region_id, c.first_year, c.last_year,
                       i.last_incidental_year, i.amount AS last_incidental_amount,
                       array_agg(g.year ORDER BY g.year) AS uncovered_years
                FROM c JOIN incidental_end i USING (commitment_id) JOIN gaps g USING (commitment_id)
                GROUP BY c.commitment_id, c.agreement_id, c.owner_id, c.region_id, c.first_year, c.last_year,
                         i.last_incidental_year, i.amount
                ORDER BY c.agreement_id, c.commitment_id
                """.formatted(commitmentScope(analysed));
        return query(sql, analysed, null, rs -> new FundingCliff(rs.getLong("commitment_id"), rs.getLong("agreement_id"),
                rs.getLong("owner_id"), (Long) rs.getObject("region_id"), rs.getInt("first_year"), rs.getInt("last_year"),
                rs.getInt("last_incidental_year"), money(rs, "last_incidental_amount"),
                Arrays.stream((Integer[]) rs.getArray("uncovered_years").getArray()).toList()));
    }

    @Transactional(readOnly = true)
    List<Overspending> overspending(Analysed analysed, int year) {
        String sql = PARAMS + """
                , spent AS (SELECT allocation_id, SUM(amount) AS amount FROM financing.expenditure GROUP BY allocation_id)
                SELECT a.id, s.id AS stream_id, s.name, s.legal_basis, s.nature, s.recipient_id, a.commitment_id,
                       a.agreement_id, a.year, a.amount AS allocated, sp.amount AS spent, sp.amount - a.amount AS over
                FROM financing.allocation a JOIN financing.funding_stream s ON s.id = a.stream_id
                     JOIN spent sp ON sp.allocation_id = a.id CROSS JOIN p
                WHERE a.year = p.year AND sp.amount > a.amount AND %s
                ORDER BY sp.amount - a.amount DESC, a.id
                """.formatted(allocationScope(analysed));
        return query(sql, analysed, year, rs -> new Overspending(rs.getLong("id"), rs.getLong("stream_id"),
                rs.getString("name"), LegalBasis.valueOf(rs.getString("legal_basis")),
                FundingNature.valueOf(rs.getString("nature")), rs.getLong("recipient_id"), rs.getLong("commitment_id"),
                rs.getLong("agreement_id"), rs.getInt("year"), money(rs, "allocated"), money(rs, "spent"),
                money(rs, "over")));
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
                SELECT s.id, s.name, s.legal_basis, s.nature, s.recipient_id, s.conditions, b.amount AS budgeted,
                       COALESCE(sp.amount, 0) AS spent, b.amount - COALESCE(sp.amount, 0) AS unspent
                FROM financing.funding_stream s JOIN financing.budget b ON b.stream_id = s.id CROSS JOIN p
                     LEFT JOIN spent sp ON sp.stream_id = s.id
                WHERE s.earmarked AND b.year = p.year AND b.amount > COALESCE(sp.amount, 0) AND %s
                ORDER BY b.amount - COALESCE(sp.amount, 0) DESC, s.id
                """.formatted(streamScope(analysed));
        return query(sql, analysed, year, rs -> new EarmarkedUnspent(rs.getLong("id"), rs.getString("name"),
                LegalBasis.valueOf(rs.getString("legal_basis")), FundingNature.valueOf(rs.getString("nature")),
                rs.getLong("recipient_id"), rs.getString("conditions"), year, money(rs, "budgeted"), money(rs, "spent"),
                money(rs, "unspent"), year < currentYear));
    }

    /** Every stream whose period covers year T, with its SiSa figures. */
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
                SELECT s.id, s.name, s.legal_basis, s.nature, s.earmarked, s.recipient_id, s.last_year,
                       COALESCE(bud.budget_year, 0) AS budget_year, COALESCE(bud.budget_cumulative, 0) AS budget_cumulative,
                       COALESCE(spent.spent_year, 0) AS spent_year, COALESCE(spent.spent_cumulative, 0) AS spent_cumulative
                FROM financing.funding_stream s CROSS JOIN p
                     LEFT JOIN bud ON bud.stream_id = s.id LEFT JOIN spent ON spent.stream_id = s.id
                WHERE s.first_year <= p.year AND (s.last_year IS NULL OR s.last_year >= p.year) AND %s
                ORDER BY s.recipient_id, s.name, s.id
                """.formatted(streamScope(analysed));
        // SiSa: the statement for year T is due on 15 July of T + 1.
        LocalDate deadline = LocalDate.of(year + 1, 7, 15);
        return query(sql, analysed, year, rs -> {
            Integer lastYear = (Integer) rs.getObject("last_year");
            return new SpendingStatementLine(rs.getLong("id"), rs.getString("name"),
                    LegalBasis.valueOf(rs.getString("legal_basis")), FundingNature.valueOf(rs.getString("nature")),
                    rs.getBoolean("earmarked"), rs.getLong("recipient_id"), year, money(rs, "budget_year"),
                    money(rs, "spent_year"), money(rs, "budget_cumulative"), money(rs, "spent_cumulative"), lastYear,
                    lastYear != null && lastYear <= year, deadline);
        });
    }

    private interface RowMapper<T> {
        T map(ResultSet rs) throws SQLException;
    }

    private <T> List<T> query(String sql, Analysed analysed, @Nullable Integer year, RowMapper<T> mapper) {
        return jdbc.prepareStatement(sql, (PreparedStatement statement) -> {
            if (analysed.id() == null) {
                statement.setNull(1, Types.BIGINT);
            } else {
                statement.setLong(1, analysed.id());
            }
            if (year == null) {
                statement.setNull(2, Types.INTEGER);
            } else {
                statement.setInt(2, year);
            }
            try (ResultSet rs = statement.executeQuery()) {
                List<T> rows = new ArrayList<>();
                while (rs.next()) {
                    rows.add(mapper.map(rs));
                }
                return rows;
            }
        });
    }

    private static BigDecimal money(ResultSet rs, String column) throws SQLException {
        return rs.getBigDecimal(column).setScale(2);
    }
}
