package nl.akkoordmonitor.milestones.internal.indicator;

import io.micronaut.core.annotation.Introspected;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import nl.akkoordmonitor.agreements.Scope;
import nl.akkoordmonitor.milestones.IndicatorDirection;
import nl.akkoordmonitor.milestones.IndicatorFamily;
import nl.akkoordmonitor.milestones.IndicatorReporting;
import nl.akkoordmonitor.milestones.IndicatorRow;
import nl.akkoordmonitor.milestones.IndicatorSource;
import nl.akkoordmonitor.milestones.Judgement;
import nl.akkoordmonitor.platform.sql.Rows;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

@Singleton
@Transactional(readOnly = true)
class IndicatorReportingService implements IndicatorReporting {

    private final Rows rows;
    private final IndicatorJudgementPolicy policy;

    IndicatorReportingService(Rows rows, IndicatorJudgementPolicy policy) {
        this.rows = rows;
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
        List<Object> parameters = new ArrayList<>(List.of(year));
        parameters.addAll(scope.sqlParameters());
        return rows.list(Target.class, sql, parameters.toArray()).stream().map(t -> {
            IndicatorJudgementPolicy.CoursePath path = new IndicatorJudgementPolicy.CoursePath(t.baselineValue(), t.baselineYear(),
                    t.targetValue(), t.targetYear());
            Integer measuredYear = t.measuredYear();
            return new IndicatorRow(t.id(), t.agreementId(), t.ownerOrganisationId(), t.ggdRegionId(), t.indicatorId(), t.code(), t.name(),
                    t.unit(), t.direction(), t.source(), t.family(), path.baselineValue(), path.baselineYear(), path.targetValue(),
                    path.targetYear(), measuredYear, t.measuredValue(),
                    measuredYear == null ? null : policy.expectedValue(path, measuredYear),
                    measuredYear == null ? Judgement.NO_DATA : policy.judge(t.direction(), path, measuredYear, t.measuredValue()));
        }).toList();
    }

    /** A target with the owner's latest measurement up to the year (none: the measured columns are NULL). */
    @Introspected
    record Target(long id, long agreementId, long ownerOrganisationId, @Nullable Long ggdRegionId, long indicatorId, String code,
                  String name, String unit, IndicatorDirection direction, IndicatorSource source, IndicatorFamily family,
                  BigDecimal baselineValue, int baselineYear, BigDecimal targetValue, int targetYear, @Nullable Integer measuredYear,
                  @Nullable BigDecimal measuredValue) {
    }
}
