package nl.akkoordmonitor.agreements.internal.organisation;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.model.Page;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import nl.akkoordmonitor.agreements.Organisation;
import nl.akkoordmonitor.agreements.OrganisationType;
import nl.akkoordmonitor.agreements.Organisations;
import nl.akkoordmonitor.platform.audit.AuditEntry;
import nl.akkoordmonitor.platform.audit.AuditLog;
import nl.akkoordmonitor.platform.message.Message;
import nl.akkoordmonitor.platform.paging.ListRequest;
import nl.akkoordmonitor.platform.paging.SqlOrder;
import nl.akkoordmonitor.platform.problem.BadRequestException;
import nl.akkoordmonitor.platform.problem.NotFoundException;
import nl.akkoordmonitor.platform.problem.RuleViolatedException;
import nl.akkoordmonitor.platform.problem.Violation;
import nl.akkoordmonitor.platform.security.Actor;
import nl.akkoordmonitor.platform.sql.Rows;
import nl.akkoordmonitor.platform.sql.Where;

import java.util.Collection;
import java.util.List;
import java.util.Optional;

@Singleton
class OrganisationService implements Organisations {

    /** What the list of organisations sorts on. */
    static final SqlOrder ORDER = SqlOrder.by("name", "o.name").and("code", "o.code").and("type", "o.type").and("id", "o.id")
            .otherwise("o.type, o.name, o.id");

    private final OrganisationRepository repository;
    private final Rows rows;
    private final AuditLog auditLog;

    OrganisationService(OrganisationRepository repository, Rows rows, AuditLog auditLog) {
        this.repository = repository;
        this.rows = rows;
        this.auditLog = auditLog;
    }

    @Override
    public Optional<Organisation> find(long id) {
        return repository.findRow(id).map(OrganisationRow::toOrganisation);
    }

    @Override
    public Optional<Organisation> findByCode(String code) {
        return repository.findRowByCode(code).map(OrganisationRow::toOrganisation);
    }

    @Override
    public Organisation get(long id) {
        return find(id).orElseThrow(() -> new NotFoundException(Message.of("ORGANISATION_NOT_FOUND", id)));
    }

    @Override
    public List<Organisation> findAll(Collection<Long> ids) {
        return ids.isEmpty() ? List.of() : repository.findRows(ids).stream().map(OrganisationRow::toOrganisation).toList();
    }

    @Override
    public List<Organisation> currentRegions() {
        return repository.findCurrentRegionRows().stream().map(OrganisationRow::toOrganisation).toList();
    }

    Page<Organisation> search(@Nullable OrganisationType type, @Nullable String regionCode, @Nullable String code, @Nullable String name,
                              ListRequest list) {
        if (regionCode != null) {
            String normalised = regionCode.strip().toUpperCase();
            Optional<Organisation> region = findByCode(normalised).filter(o -> o.type() == OrganisationType.GGD_REGION);
            if (region.isEmpty()) {
                throw new BadRequestException(new Violation("INVALID_FIELD", "region", Message.of("REGION_CODE_UNKNOWN.filter", regionCode)));
            }
            regionCode = normalised;
        }
        Where where = new Where().andIf(type, "o.type = ?").andIf(regionCode, "r.code = ?")
                .andIf(code == null || code.isBlank() ? null : code.strip().toUpperCase(), "o.code = ?")
                .andIf(name == null || name.isBlank() ? null : name.strip(), "o.name ILIKE '%' || ? || '%'");
        return rows.page(OrganisationRow.class, OrganisationRepository.COLUMNS, OrganisationRepository.FROM, where, list, ORDER)
                .map(OrganisationRow::toOrganisation);
    }

    @Transactional
    Organisation create(Actor actor, OrganisationRecords.CreateOrganisationRequest request) {
        if (request.type().isReference()) {
            throw new RuleViolatedException(Violation.at("/type", Message.of("REFERENCE_ORGANISATION", request.type())));
        }
        OrganisationEntity saved = repository.save(new OrganisationEntity(null, request.type(), null,
                request.name().strip(), null, request.province(), false, null, null, null, null));
        Organisation created = get(saved.id());
        auditLog.record(actor, AuditEntry.of("organisation", created.id(), "CREATE").values(null, created).organisation(created.id()));
        return created;
    }
}
