package nl.akkoordmonitor.agreements.internal.commitment;

import io.micronaut.context.event.ApplicationEventPublisher;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import nl.akkoordmonitor.agreements.CommitmentPeriodChanged;
import nl.akkoordmonitor.agreements.Organisations;
import nl.akkoordmonitor.agreements.internal.agreement.AgreementAccessService;
import nl.akkoordmonitor.agreements.internal.agreement.AgreementView;
import nl.akkoordmonitor.agreements.internal.agreement.Changes;
import nl.akkoordmonitor.platform.audit.AuditEntry;
import nl.akkoordmonitor.platform.audit.AuditLog;
import nl.akkoordmonitor.platform.message.Message;
import nl.akkoordmonitor.platform.problem.BadRequestException;
import nl.akkoordmonitor.platform.problem.NotFoundException;
import nl.akkoordmonitor.platform.problem.RuleViolatedException;
import nl.akkoordmonitor.platform.problem.Violation;
import nl.akkoordmonitor.platform.security.Actor;
import nl.akkoordmonitor.platform.sql.Rows;

import java.util.ArrayList;
import java.util.List;

/** The concrete actions under an adopted theme. */
@Singleton
class CommitmentService {

    private final CommitmentRepository repository;
    private final CommitmentQueries queries;
    private final AgreementAccessService access;
    private final Organisations organisations;
    private final Rows rows;
    private final AuditLog auditLog;
    private final ApplicationEventPublisher<CommitmentPeriodChanged> periodChanges;

    CommitmentService(CommitmentRepository repository, CommitmentQueries queries, AgreementAccessService access,
                      Organisations organisations, Rows rows, AuditLog auditLog,
                      ApplicationEventPublisher<CommitmentPeriodChanged> periodChanges) {
        this.repository = repository;
        this.queries = queries;
        this.access = access;
        this.organisations = organisations;
        this.rows = rows;
        this.auditLog = auditLog;
        this.periodChanges = periodChanges;
    }

    @Transactional
    CommitmentView create(Actor actor, long agreementId, long adoptionId, CommitmentRecords.CommitmentRequest request) {
        AgreementView agreement = access.editableView(actor, agreementId);
        String reason = Changes.requireChangeable(agreement.toSummary(), request.reason());
        Boolean deviation = deviationOf(agreementId, adoptionId);
        if (deviation == null) {
            throw new NotFoundException(Message.of("THEME_ADOPTION_NOT_FOUND", adoptionId));
        }
        check(agreement, deviation, request);
        CommitmentEntity saved = repository.save(entity(null, agreementId, adoptionId, request, null, null));
        CommitmentView created = queries.find(saved.id()).orElseThrow();
        audit(actor, agreement, created.id(), "CREATE", null, created, reason);
        return created;
    }

    @Transactional
    CommitmentView update(Actor actor, long commitmentId, CommitmentRecords.CommitmentRequest request) {
        CommitmentView before = queries.find(commitmentId).orElseThrow(() -> new NotFoundException(Message.of("COMMITMENT_NOT_FOUND", commitmentId)));
        AgreementView agreement = access.editableView(actor, before.agreementId());
        String reason = Changes.requireChangeable(agreement.toSummary(), request.reason());
        if (request.version() == null) {
            throw new BadRequestException(Violation.at("/version", Message.of("VERSION_REQUIRED")));
        }
        check(agreement, false, request);
        CommitmentEntity current = repository.findById(commitmentId).orElseThrow();
        repository.update(entity(commitmentId, before.agreementId(), before.adoptionId(), request, request.version(), current.createdAt()));
        CommitmentView after = queries.find(commitmentId).orElseThrow();
        if (after.firstYear() != before.firstYear() || after.lastYear() != before.lastYear()) {
            periodChanges.publishEvent(new CommitmentPeriodChanged(commitmentId, after.agreementId(), after.firstYear(), after.lastYear()));
        }
        audit(actor, agreement, commitmentId, "UPDATE", before, after, reason);
        return after;
    }

    @Transactional
    List<CommitmentView> ofAgreement(Actor actor, long agreementId) {
        access.readableView(actor, agreementId);
        return queries.ofAgreement(agreementId);
    }

    @Transactional
    CommitmentView get(Actor actor, long commitmentId) {
        CommitmentView commitment = queries.find(commitmentId).orElseThrow(() -> new NotFoundException(Message.of("COMMITMENT_NOT_FOUND", commitmentId)));
        try {
            access.readableView(actor, commitment.agreementId());
        } catch (NotFoundException hidden) {
            throw new NotFoundException(Message.of("COMMITMENT_NOT_FOUND", commitmentId));
        }
        return commitment;
    }

    private void check(AgreementView agreement, boolean deviation, CommitmentRecords.CommitmentRequest request) {
        List<Violation> violations = new ArrayList<>();
        if (deviation) {
            violations.add(Violation.at("/adoptionId", Message.of("COMMITMENT_UNDER_ADOPTION")));
        }
        if (request.firstYear() > request.lastYear()) {
            violations.add(new Violation("PERIOD_ORDER", "/lastYear", Message.of("PERIOD_ORDER.commitment")));
        }
        if (request.firstYear() < agreement.firstYear() || request.lastYear() > agreement.lastYear()) {
            violations.add(Violation.at("/firstYear", Message.of("PERIOD_INSIDE_AGREEMENT", request.firstYear(), request.lastYear(), agreement.firstYear(), agreement.lastYear())));
        }
        if (organisations.find(request.responsibleOrganisationId()).isEmpty()) {
            violations.add(Violation.at("/responsibleOrganisationId", Message.of("RESPONSIBLE_ORGANISATION_EXISTS", request.responsibleOrganisationId())));
        }
        RuleViolatedException.refuseIfAny(violations);
    }

    /** Whether the adoption of this agreement is a deviation; null when the agreement has no such adoption. */
    private Boolean deviationOf(long agreementId, long adoptionId) {
        return rows.value(Boolean.class, "SELECT deviation FROM agreements.theme_adoption WHERE id = ? AND agreement_id = ?", adoptionId,
                agreementId).orElse(null);
    }

    private static CommitmentEntity entity(Long id, long agreementId, long adoptionId, CommitmentRecords.CommitmentRequest request,
                                           Long version, java.time.Instant createdAt) {
        return new CommitmentEntity(id, agreementId, adoptionId, request.title().strip(),
                request.description() == null || request.description().isBlank() ? null : request.description().strip(),
                request.targetGroups().stream().sorted().map(Enum::name).toArray(String[]::new),
                request.livingEnvironment(), request.preventionLevel(), request.responsibleOrganisationId(),
                request.firstYear(), request.lastYear(), version, createdAt);
    }

    private void audit(Actor actor, AgreementView agreement, long id, String action, Object before, Object after, String reason) {
        auditLog.record(actor, AuditEntry.of("commitment", id, action).values(before, after)
                .organisation(agreement.ownerId()).agreement(agreement.id()).reason(reason));
    }
}
