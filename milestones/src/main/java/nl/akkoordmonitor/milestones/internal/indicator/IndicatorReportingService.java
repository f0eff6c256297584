package nl.akkoordmonitor.milestones.internal.indicator;

import io.micronaut.data.jdbc.runtime.JdbcOperations;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import nl.akkoordmonitor.agreements.Scope;
import nl.akkoordmonitor.milestones.IndicatorDirection;
import nl.akkoordmonitor.milestones.IndicatorFamily;
import nl.akkoordmonitor.milestones.IndicatorReporting;
import nl.akkoordmonitor.milestones.IndicatorRow;
import nl.akkoordmonitor.milestones.IndicatorSource;
import nl.akkoordmonitor.milestones.Judgement;

import java.math.BigDecimal;
import java.sql.ResultSet;
import java.util.ArrayList;
import java.util.List;

@Singleton
@Transactional(readOnly = true)
class IndicatorReportingService implements IndicatorReporting {

    private final JdbcOperations jdbc;
    private final IndicatorJudgementPolicy policy;

    IndicatorReportingService(JdbcOperations jdbc, IndicatorJudgementPolicy policy) {
        this.jdbc = jdbc;
        this.policy = policy;
    }

    @Override
    public List<IndicatorRow> indicatorRows(Scope scope, int year) {
        String sql = """
                SELECT t.id, t.agreement_id, t.owner_organisation_id, t.ggd_region_id, i.id AS indicator_id, i.code, i.name, i.unit,
                       i.direction, i.source, i.family, t.baseline_value, t.baseline_year, t.target_value, t.target_year,
                       latest.year AS measured_year, latest.value AS measured_value
                FROM milestones.indicator_target t
                JOIN milestones.indicator i ON i.id = t.indicator_id
                LEFT JOIN LATERAL (SELECT m.year, m.value FROM milestones.measurement m
                                   WHERE m.indicator_id = t.indicator_id AND m.organisation_id = t.owner_organisation_id
                                     AND m.year <= ?
                                   ORDER BY m.year DESC LIMIT 1) latest ON TRUE
                WHERE\s""" + scope.sqlCondition("t.ggd_region_id", "t.owner_organisation_id") + " ORDER BY t.agreement_id, i.code";
        return jdbc.prepareStatement(sql, statement -> {
            statement.setInt(1, year);
            if (scope.organisationId() != null) {
                statement.setLong(2, scope.organisationId());
            }
            List<IndicatorRow> rows = new ArrayList<>();
            try (ResultSet rs = statement.executeQuery()) {
                while (rs.next()) {
                    IndicatorDirection direction = IndicatorDirection.valueOf(rs.getString("direction"));
                    IndicatorJudgementPolicy.CoursePath path = new IndicatorJudgementPolicy.CoursePath(rs.getBigDecimal("baseline_value"),
                            rs.getInt("baseline_year"), rs.getBigDecimal("target_value"), rs.getInt("target_year"));
                    Integer measuredYear = (Integer) rs.getObject("measured_year");
                    BigDecimal measured = rs.getBigDecimal("measured_value");
                    rows.add(new IndicatorRow(rs.getLong("id"), rs.getLong("agreement_id"), rs.getLong("owner_organisation_id"),
                            (Long) rs.getObject("ggd_region_id"), rs.getLong("indicator_id"), rs.getString("code"), rs.getString("name"),
                            rs.getString("unit"), direction, IndicatorSource.valueOf(rs.getString("source")),
                            IndicatorFamily.valueOf(rs.getString("family")), path.baselineValue(), path.baselineYear(),
                            path.targetValue(), path.targetYear(), measuredYear, measured,
                            measuredYear == null ? null : policy.expectedValue(path, measuredYear),
                            measuredYear == null ? Judgement.NO_DATA : policy.judge(direction, path, measuredYear, measured)));
                }
            }
            return rows;
        });
    }
}
