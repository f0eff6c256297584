package nl.akkoordmonitor.agreements.internal.party;

import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import nl.akkoordmonitor.agreements.Organisations;
import nl.akkoordmonitor.agreements.internal.agreement.AgreementAccessService;
import nl.akkoordmonitor.agreements.internal.agreement.AgreementView;
import nl.akkoordmonitor.agreements.internal.agreement.Changes;
import nl.akkoordmonitor.platform.audit.AuditEntry;
import nl.akkoordmonitor.platform.audit.AuditLog;
import nl.akkoordmonitor.platform.message.Message;
import nl.akkoordmonitor.platform.problem.ConflictException;
import nl.akkoordmonitor.platform.problem.NotFoundException;
import nl.akkoordmonitor.platform.problem.RuleViolatedException;
import nl.akkoordmonitor.platform.problem.Violation;
import nl.akkoordmonitor.platform.security.Actor;
import nl.akkoordmonitor.platform.sql.Rows;

import java.util.List;

/** The organisations taking part in an agreement and their roles. */
@Singleton
class PartyService {

    private static final String SELECT = """
            SELECT p.id, p.agreement_id, p.organisation_id, o.name AS organisation_name, o.type AS organisation_type, p.role, p.version
            FROM agreements.party p JOIN agreements.organisation o ON o.id = p.organisation_id
            """;

    private final PartyRepository repository;
    private final AgreementAccessService access;
    private final Organisations organisations;
    private final Rows rows;
    private final AuditLog auditLog;

    PartyService(PartyRepository repository, AgreementAccessService access, Organisations organisations,
                 Rows rows, AuditLog auditLog) {
        this.repository = repository;
        this.access = access;
        this.organisations = organisations;
        this.rows = rows;
        this.auditLog = auditLog;
    }

    @Transactional
    PartyRecords.PartyView add(Actor actor, long agreementId, PartyRecords.AddPartyRequest request) {
        AgreementView agreement = access.editableView(actor, agreementId);
        String reason = Changes.requireChangeable(agreement.toSummary(), request.reason());
        if (organisations.find(request.organisationId()).isEmpty()) {
            throw new RuleViolatedException(Violation.at("/organisationId", Message.of("PARTY_ORGANISATION_EXISTS", request.organisationId())));
        }
        if (repository.existsByAgreementIdAndOrganisationIdAndRole(agreementId, request.organisationId(), request.role())) {
            throw new ConflictException(Message.of("PARTY_ONCE_PER_ROLE", request.organisationId(), request.role(), agreementId));
        }
        PartyEntity saved = repository.save(new PartyEntity(null, agreementId, request.organisationId(), request.role(), null, null));
        PartyRecords.PartyView view = find(saved.id());
        audit(actor, agreement, saved.id(), "CREATE", null, view, reason);
        return view;
    }

    @Transactional
    PartyRecords.PartyView change(Actor actor, long agreementId, long partyId, PartyRecords.ChangePartyRequest request) {
        AgreementView agreement = access.editableView(actor, agreementId);
        PartyEntity entity = repository.findById(partyId).filter(p -> p.agreementId() == agreementId)
                .orElseThrow(() -> new NotFoundException(Message.of("PARTY_NOT_FOUND", partyId)));
        String reason = Changes.requireChangeable(agreement.toSummary(), request.reason());
        PartyRecords.PartyView before = find(partyId);
        repository.update(new PartyEntity(partyId, agreementId, entity.organisationId(), request.role(), request.version(), entity.createdAt()));
        PartyRecords.PartyView after = find(partyId);
        audit(actor, agreement, partyId, "UPDATE", before, after, reason);
        return after;
    }

    @Transactional
    List<PartyRecords.PartyView> parties(Actor actor, long agreementId) {
        access.readableView(actor, agreementId);
        return query(SELECT + " WHERE p.agreement_id = ? ORDER BY p.role, o.name, p.id", agreementId);
    }

    private PartyRecords.PartyView find(long partyId) {
        return query(SELECT + " WHERE p.id = ?", partyId).get(0);
    }

    private List<PartyRecords.PartyView> query(String sql, long id) {
        return rows.list(PartyRecords.PartyView.class, sql, id);
    }

    private void audit(Actor actor, AgreementView agreement, long id, String action, Object before, Object after, String reason) {
        auditLog.record(actor, AuditEntry.of("party", id, action).values(before, after)
                .organisation(agreement.ownerId()).agreement(agreement.id()).reason(reason));
    }
}
