package nl.akkoordmonitor.milestones.internal.indicator;

import io.micronaut.core.annotation.Introspected;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import nl.akkoordmonitor.agreements.AgreementAccess;
import nl.akkoordmonitor.agreements.AgreementSummary;
import nl.akkoordmonitor.milestones.IndicatorDirection;
import nl.akkoordmonitor.milestones.IndicatorFamily;
import nl.akkoordmonitor.milestones.IndicatorSource;
import nl.akkoordmonitor.milestones.Judgement;
import nl.akkoordmonitor.milestones.internal.indicator.IndicatorRecords.IndicatorView;
import nl.akkoordmonitor.milestones.internal.indicator.IndicatorRecords.JudgedMeasurement;
import nl.akkoordmonitor.milestones.internal.indicator.IndicatorRecords.TargetRequest;
import nl.akkoordmonitor.milestones.internal.indicator.IndicatorRecords.TargetView;
import nl.akkoordmonitor.platform.audit.AuditEntry;
import nl.akkoordmonitor.platform.audit.AuditLog;
import nl.akkoordmonitor.platform.message.Message;
import nl.akkoordmonitor.platform.problem.BadRequestException;
import nl.akkoordmonitor.platform.problem.ConflictException;
import nl.akkoordmonitor.platform.problem.NotFoundException;
import nl.akkoordmonitor.platform.problem.RuleViolatedException;
import nl.akkoordmonitor.platform.problem.Violation;
import nl.akkoordmonitor.platform.security.Actor;
import nl.akkoordmonitor.platform.sql.Rows;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Targets an agreement sets on indicators, judged against the measurements of the agreement's
 * owner: a municipality's values for a local agreement, a GGD region's for a regional one.
 */
@Singleton
class IndicatorTargetService {

    private static final String SELECT_JUDGED = """
            SELECT t.id, t.agreement_id, t.baseline_value, t.baseline_year, t.target_value, t.target_year, t.version,
                   i.id AS indicator_id, i.code, i.name, i.unit, i.direction, i.source, i.family, i.version AS indicator_version,
                   m.year AS measured_year, m.value AS measured_value
            FROM milestones.indicator_target t
            JOIN milestones.indicator i ON i.id = t.indicator_id
            LEFT JOIN milestones.measurement m ON m.indicator_id = t.indicator_id
                                             AND m.organisation_id = t.owner_organisation_id
                                             AND m.year >= t.baseline_year
            """;

    private final IndicatorTargetRepository targets;
    private final IndicatorRepository indicators;
    private final MeasurementRepository measurements;
    private final AgreementAccess access;
    private final IndicatorJudgementPolicy judgementPolicy;
    private final Rows rows;
    private final AuditLog auditLog;

    IndicatorTargetService(IndicatorTargetRepository targets, IndicatorRepository indicators, MeasurementRepository measurements,
                           AgreementAccess access, IndicatorJudgementPolicy judgementPolicy, Rows rows, AuditLog auditLog) {
        this.targets = targets;
        this.indicators = indicators;
        this.measurements = measurements;
        this.access = access;
        this.judgementPolicy = judgementPolicy;
        this.rows = rows;
        this.auditLog = auditLog;
    }

    @Transactional
    TargetView create(Actor actor, long agreementId, TargetRequest request) {
        AgreementSummary agreement = access.editable(actor, agreementId);
        checkYears(request);
        indicators.findById(request.indicatorId())
                .orElseThrow(() -> new BadRequestException(Violation.at("/indicatorId", Message.of("INDICATOR_EXISTS", request.indicatorId()))));
        if (targets.existsByAgreementIdAndIndicatorId(agreementId, request.indicatorId())) {
            throw new ConflictException(Message.of("DUPLICATE_TARGET", agreementId, request.indicatorId()));
        }
        IndicatorTargetEntity saved = targets.save(new IndicatorTargetEntity(null, agreementId, request.indicatorId(),
                agreement.ownerId(), agreement.ggdRegionId(), request.baselineValue(), request.baselineYear(),
                request.targetValue(), request.targetYear(), null));
        auditLog.record(actor, AuditEntry.of("indicator_target", saved.id(), "CREATE").values(null, request)
                .organisation(agreement.ownerId()).agreement(agreementId));
        return judged(saved.id());
    }

    @Transactional
    TargetView update(Actor actor, long targetId, TargetRequest request) {
        IndicatorTargetEntity before = find(targetId);
        AgreementSummary agreement = access.editable(actor, before.agreementId());
        if (request.version() == null) {
            throw new BadRequestException(Violation.at("/version", Message.of("VERSION_REQUIRED.read")));
        }
        if (request.indicatorId() != before.indicatorId()) {
            throw new RuleViolatedException(Violation.at("/indicatorId", Message.of("INDICATOR_FIXED", request.indicatorId())));
        }
        checkYears(request);
        IndicatorTargetEntity after = targets.update(new IndicatorTargetEntity(targetId, before.agreementId(), before.indicatorId(),
                before.ownerOrganisationId(), before.ggdRegionId(), request.baselineValue(), request.baselineYear(),
                request.targetValue(), request.targetYear(), request.version()));
        auditLog.record(actor, AuditEntry.of("indicator_target", targetId, "UPDATE").values(before, after)
                .organisation(agreement.ownerId()).agreement(agreement.id()));
        return judged(targetId);
    }

    @Transactional(readOnly = true)
    List<TargetView> ofAgreement(Actor actor, long agreementId) {
        access.readable(actor, agreementId);
        return query(" WHERE t.agreement_id = ? ORDER BY i.code, t.id, m.year", agreementId);
    }

    @Transactional(readOnly = true)
    TargetView get(Actor actor, long targetId) {
        IndicatorTargetEntity target = find(targetId);
        access.readable(actor, target.agreementId());
        return judged(targetId);
    }

    /** The judgement for one year: the owner's measurement of that year against the path, or NO_DATA. */
    @Transactional(readOnly = true)
    JudgedMeasurement judgement(Actor actor, long targetId, int year) {
        IndicatorTargetEntity target = find(targetId);
        access.readable(actor, target.agreementId());
        IndicatorEntity indicator = indicators.findById(target.indicatorId()).orElseThrow();
        BigDecimal value = measurements.findByIndicatorIdAndOrganisationIdAndYear(target.indicatorId(), target.ownerOrganisationId(), year)
                .map(MeasurementEntity::value).orElse(null);
        return judge(indicator.direction(), target.path(), year, value);
    }

    private JudgedMeasurement judge(IndicatorDirection direction, IndicatorJudgementPolicy.CoursePath path, int year, BigDecimal value) {
        return new JudgedMeasurement(year, value, judgementPolicy.expectedValue(path, year),
                judgementPolicy.judge(direction, path, year, value));
    }

    private TargetView judged(long targetId) {
        return query(" WHERE t.id = ? ORDER BY m.year", targetId).get(0);
    }

    private IndicatorTargetEntity find(long targetId) {
        return targets.findById(targetId).orElseThrow(() -> new NotFoundException(Message.of("INDICATOR_TARGET_NOT_FOUND", targetId)));
    }

    private static void checkYears(TargetRequest request) {
        if (request.targetYear() <= request.baselineYear()) {
            throw new RuleViolatedException(Violation.at("/targetYear", Message.of("TARGET_BEFORE_BASELINE", request.targetYear(), request.baselineYear())));
        }
    }

    /** A target with one measurement of its owner (none: the measured columns are NULL). */
    @Introspected
    record JudgedRow(long id, long agreementId, BigDecimal baselineValue, int baselineYear, BigDecimal targetValue, int targetYear,
                     long version, long indicatorId, String code, String name, String unit, IndicatorDirection direction,
                     IndicatorSource source, IndicatorFamily family, long indicatorVersion, @Nullable Integer measuredYear,
                     @Nullable BigDecimal measuredValue) {

        IndicatorView indicator() {
            return new IndicatorView(indicatorId, code, name, unit, direction, source, family, indicatorVersion);
        }

        IndicatorJudgementPolicy.CoursePath path() {
            return new IndicatorJudgementPolicy.CoursePath(baselineValue, baselineYear, targetValue, targetYear);
        }
    }

    /** One query for the targets and every measurement of their owners; grouped here per target. */
    private List<TargetView> query(String where, long id) {
        Map<Long, List<JudgedRow>> byTarget = new LinkedHashMap<>();
        for (JudgedRow row : rows.list(JudgedRow.class, SELECT_JUDGED + where, id)) {
            byTarget.computeIfAbsent(row.id(), k -> new ArrayList<>()).add(row);
        }
        return byTarget.values().stream().map(this::view).toList();
    }

    private TargetView view(List<JudgedRow> rowsOfTarget) {
        JudgedRow t = rowsOfTarget.get(0);
        List<JudgedMeasurement> measured = rowsOfTarget.stream().filter(r -> r.measuredValue() != null)
                .map(r -> judge(t.direction(), t.path(), r.measuredYear(), r.measuredValue())).toList();
        JudgedMeasurement latest = measured.isEmpty() ? null : measured.get(measured.size() - 1);
        return new TargetView(t.id(), t.agreementId(), t.indicator(), t.baselineValue(), t.baselineYear(), t.targetValue(), t.targetYear(),
                t.version(), measured, latest, latest == null ? Judgement.NO_DATA : latest.judgement());
    }
}
