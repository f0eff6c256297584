package nl.akkoordmonitor.milestones.internal.indicator;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.model.Page;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import nl.akkoordmonitor.agreements.Organisation;
import nl.akkoordmonitor.agreements.Organisations;
import nl.akkoordmonitor.milestones.IndicatorFamily;
import nl.akkoordmonitor.milestones.IndicatorSource;
import nl.akkoordmonitor.milestones.internal.indicator.IndicatorRecords.IndicatorRequest;
import nl.akkoordmonitor.milestones.internal.indicator.IndicatorRecords.IndicatorView;
import nl.akkoordmonitor.milestones.internal.indicator.IndicatorRecords.MeasurementRequest;
import nl.akkoordmonitor.milestones.internal.indicator.IndicatorRecords.MeasurementUpdate;
import nl.akkoordmonitor.milestones.internal.indicator.IndicatorRecords.MeasurementView;
import nl.akkoordmonitor.platform.audit.AuditEntry;
import nl.akkoordmonitor.platform.audit.AuditLog;
import nl.akkoordmonitor.platform.message.Message;
import nl.akkoordmonitor.platform.paging.ListRequest;
import nl.akkoordmonitor.platform.paging.SqlOrder;
import nl.akkoordmonitor.platform.problem.BadRequestException;
import nl.akkoordmonitor.platform.problem.ConflictException;
import nl.akkoordmonitor.platform.problem.ForbiddenException;
import nl.akkoordmonitor.platform.problem.NotFoundException;
import nl.akkoordmonitor.platform.problem.Violation;
import nl.akkoordmonitor.platform.security.Actor;
import nl.akkoordmonitor.platform.security.Role;
import nl.akkoordmonitor.platform.sql.Rows;
import nl.akkoordmonitor.platform.sql.Where;

import java.util.Objects;

/** The indicator catalogue and the values measured per organisation and year. */
@Singleton
class IndicatorService {

    private final nl.akkoordmonitor.milestones.ClosedYears closedYears;
    private final IndicatorRepository indicators;
    private final MeasurementRepository measurements;
    private final Organisations organisations;
    private final AuditLog auditLog;

    /** What the indicator catalogue sorts on. */
    static final SqlOrder INDICATOR_ORDER = SqlOrder.by("code", "i.code").and("name", "i.name").and("family", "i.family")
            .and("source", "i.source").otherwise("i.code");

    /** What the measurements of an indicator sort on. */
    static final SqlOrder MEASUREMENT_ORDER = SqlOrder.by("year", "m.year").and("value", "m.value")
            .and("organisationId", "m.organisation_id").otherwise("m.organisation_id, m.year");

    private final Rows rows;

    IndicatorService(IndicatorRepository indicators, MeasurementRepository measurements, Organisations organisations,
                     AuditLog auditLog, nl.akkoordmonitor.milestones.ClosedYears closedYears, Rows rows) {
        this.rows = rows;
        this.indicators = indicators;
        this.measurements = measurements;
        this.organisations = organisations;
        this.auditLog = auditLog;
        this.closedYears = closedYears;
    }

    Page<IndicatorView> search(@Nullable IndicatorFamily family, @Nullable IndicatorSource source, ListRequest list) {
        Where where = new Where().andIf(family, "i.family = ?").andIf(source, "i.source = ?");
        return rows.page(IndicatorEntity.class, "SELECT i.*", "FROM milestones.indicator i", where, list, INDICATOR_ORDER)
                .map(IndicatorView::of);
    }

    IndicatorEntity get(long id) {
        return indicators.findById(id).orElseThrow(() -> new NotFoundException(Message.of("INDICATOR_NOT_FOUND", id)));
    }

    @Transactional
    IndicatorView create(Actor actor, IndicatorRequest request) {
        if (indicators.findByCode(request.code()).isPresent()) {
            throw new ConflictException(Message.of("DUPLICATE_CODE", request.code()));
        }
        IndicatorEntity saved = indicators.save(new IndicatorEntity(null, request.code(), request.name().strip(), request.unit().strip(),
                request.direction(), request.source(), request.family(), null));
        auditLog.record(actor, AuditEntry.of("indicator", saved.id(), "CREATE").values(null, IndicatorView.of(saved)));
        return IndicatorView.of(saved);
    }

    @Transactional
    IndicatorView update(Actor actor, long id, IndicatorRequest request) {
        if (request.version() == null) {
            throw new BadRequestException(Violation.at("/version", Message.of("VERSION_REQUIRED.read")));
        }
        IndicatorEntity before = get(id);
        if (!before.code().equals(request.code()) && indicators.findByCode(request.code()).isPresent()) {
            throw new ConflictException(new Violation("DUPLICATE_CODE", null, Message.of("DUPLICATE_CODE", request.code())));
        }
        IndicatorEntity after = indicators.update(new IndicatorEntity(id, request.code(), request.name().strip(), request.unit().strip(),
                request.direction(), request.source(), request.family(), request.version()));
        auditLog.record(actor, AuditEntry.of("indicator", id, "UPDATE").values(IndicatorView.of(before), IndicatorView.of(after)));
        return IndicatorView.of(after);
    }

    Page<MeasurementView> measurements(long indicatorId, @Nullable String organisationCode, @Nullable Integer fromYear,
                                       @Nullable Integer toYear, ListRequest list) {
        get(indicatorId);
        Long organisationId = null;
        if (organisationCode != null && !organisationCode.isBlank()) {
            organisationId = organisations.findByCode(organisationCode.strip().toUpperCase())
                    .orElseThrow(() -> new BadRequestException(Violation.at("organisation", Message.of("ORGANISATION_CODE_UNKNOWN", organisationCode))))
                    .id();
        }
        Where where = new Where().and("m.indicator_id = ?", indicatorId).andIf(organisationId, "m.organisation_id = ?")
                .andIf(fromYear, "m.year >= ?").andIf(toYear, "m.year <= ?");
        return rows.page(MeasurementEntity.class, "SELECT m.*", "FROM milestones.measurement m", where, list, MEASUREMENT_ORDER)
                .map(MeasurementView::of);
    }

    @Transactional
    MeasurementView record(Actor actor, long indicatorId, MeasurementRequest request) {
        get(indicatorId);
        Organisation organisation = organisations.find(request.organisationId())
                .orElseThrow(() -> new BadRequestException(Violation.at("/organisationId", Message.of("ORGANISATION_EXISTS", request.organisationId()))));
        checkMayMeasureFor(actor, organisation);
        if (closedYears.isClosedFor(organisation.id(), request.year())) {
            throw nl.akkoordmonitor.milestones.internal.closedyear.ClosedYearQuery.closed("YEAR_CLOSED.measurement", "/year", request.year());
        }
        if (measurements.findByIndicatorIdAndOrganisationIdAndYear(indicatorId, organisation.id(), request.year()).isPresent()) {
            throw new ConflictException(Message.of("DUPLICATE_MEASUREMENT", request.year()));
        }
        MeasurementEntity saved = measurements.save(new MeasurementEntity(null, indicatorId, organisation.id(), request.year(), request.value(), null));
        auditLog.record(actor, AuditEntry.of("measurement", saved.id(), "CREATE").values(null, MeasurementView.of(saved))
                .organisation(organisation.id()));
        return MeasurementView.of(saved);
    }

    @Transactional
    MeasurementView correct(Actor actor, long measurementId, MeasurementUpdate request) {
        MeasurementEntity before = measurements.findById(measurementId).orElseThrow(() -> new NotFoundException(Message.of("MEASUREMENT_NOT_FOUND", measurementId)));
        checkMayMeasureFor(actor, organisations.get(before.organisationId()));
        if (closedYears.isClosedFor(before.organisationId(), before.year())) {
            throw nl.akkoordmonitor.milestones.internal.closedyear.ClosedYearQuery.closed("YEAR_CLOSED.measurement", "/value", before.year());
        }
        MeasurementEntity after = measurements.update(new MeasurementEntity(before.id(), before.indicatorId(), before.organisationId(),
                before.year(), request.value(), request.version()));
        auditLog.record(actor, AuditEntry.of("measurement", measurementId, "UPDATE")
                .values(MeasurementView.of(before), MeasurementView.of(after)).organisation(before.organisationId()));
        return MeasurementView.of(after);
    }

    /**
     * An organisation records its own values; a GGD also those of the municipalities in its
     * region (it runs the Gezondheidsmonitor for them); VWS and ADMIN load national sources for anyone.
     */
    private static void checkMayMeasureFor(Actor actor, Organisation organisation) {
        boolean allowed = actor.isNational() || actor.actsFor(organisation.id())
                || (actor.role() == Role.GGD && Objects.equals(actor.organisationId(), organisation.ggdRegionId()));
        if (!allowed) {
            throw new ForbiddenException(Message.of(actor.role() == Role.GGD ? "MEASURE_OWN_ORGANISATION.region" : "MEASURE_OWN_ORGANISATION"));
        }
    }
}
