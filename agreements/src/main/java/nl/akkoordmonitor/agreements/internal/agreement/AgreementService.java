package nl.akkoordmonitor.agreements.internal.agreement;

import io.micronaut.context.event.ApplicationEventPublisher;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import nl.akkoordmonitor.agreements.AgreementLevel;
import nl.akkoordmonitor.agreements.AgreementPeriodChanged;
import nl.akkoordmonitor.agreements.AgreementStatus;
import nl.akkoordmonitor.agreements.Organisation;
import nl.akkoordmonitor.agreements.Organisations;
import nl.akkoordmonitor.agreements.internal.signing.SigningFacts;
import nl.akkoordmonitor.agreements.internal.signing.SigningFactsQuery;
import nl.akkoordmonitor.agreements.internal.signing.SigningPolicy;
import nl.akkoordmonitor.platform.audit.AuditEntry;
import nl.akkoordmonitor.platform.audit.AuditLog;
import nl.akkoordmonitor.platform.message.Message;
import nl.akkoordmonitor.platform.problem.ConflictException;
import nl.akkoordmonitor.platform.problem.ForbiddenException;
import nl.akkoordmonitor.platform.problem.NotFoundException;
import nl.akkoordmonitor.platform.problem.RuleViolatedException;
import nl.akkoordmonitor.platform.message.Message;
import nl.akkoordmonitor.platform.problem.Violation;
import nl.akkoordmonitor.platform.security.Actor;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/** Creating, changing, signing and closing agreements. */
@Singleton
class AgreementService {

    private final AgreementRepository repository;
    private final AgreementQueries queries;
    private final AgreementAccessService access;
    private final Organisations organisations;
    private final SigningFactsQuery signingFacts;
    private final AuditLog auditLog;
    private final Clock clock;
    private final AgreementPolicy policy = new AgreementPolicy();
    private final SigningPolicy signingPolicy = new SigningPolicy();

    private final ApplicationEventPublisher<AgreementPeriodChanged> periodChanges;

    AgreementService(AgreementRepository repository, AgreementQueries queries, AgreementAccessService access,
                     Organisations organisations, SigningFactsQuery signingFacts, AuditLog auditLog, Clock clock,
                     ApplicationEventPublisher<AgreementPeriodChanged> periodChanges) {
        this.repository = repository;
        this.queries = queries;
        this.access = access;
        this.organisations = organisations;
        this.signingFacts = signingFacts;
        this.auditLog = auditLog;
        this.clock = clock;
        this.periodChanges = periodChanges;
    }

    @Transactional
    AgreementView create(Actor actor, AgreementRecords.CreateAgreementRequest request) {
        Organisation owner = organisations.find(request.ownerId()).orElseThrow(() -> new RuleViolatedException(
                Violation.at("/ownerId", Message.of("OWNER_EXISTS", request.ownerId()))));
        if (!actor.actsFor(owner.id())) {
            throw new ForbiddenException(Message.of("AGREEMENT_FOR_OWN_ORGANISATION", owner.name()));
        }
        AgreementView parent = request.parentId() == null ? null : queries.find(request.parentId())
                .filter(p -> AgreementAccessService.mayRead(actor, p))
                .orElseThrow(() -> new RuleViolatedException(Violation.at("/parentId", Message.of("PARENT_EXISTS", request.parentId()))));
        AgreementView predecessor = request.predecessorId() == null ? null : queries.find(request.predecessorId())
                .filter(p -> AgreementAccessService.mayRead(actor, p))
                .orElseThrow(() -> new RuleViolatedException(Violation.at("/predecessorId", Message.of("PREDECESSOR_EXISTS", request.predecessorId()))));
        Organisation izaRegion = request.izaRegionId() == null ? null : organisations.find(request.izaRegionId())
                .orElseThrow(() -> new RuleViolatedException(Violation.at("/izaRegionId", Message.of("IZA_REGION_EXISTS", request.izaRegionId()))));
        List<Violation> violations = new ArrayList<>(policy.check(request.level(), owner, parent, request.firstYear(),
                request.lastYear(), List.of()));
        violations.addAll(policy.checkProgramme(request.level(), predecessor, izaRegion));
        RuleViolatedException.refuseIfAny(violations);
        Long nationalId = parent == null ? null : parent.nationalId();
        AgreementEntity saved = repository.save(AgreementEntity.draft(request.level(), request.title().strip(), owner.id(),
                request.parentId(), nationalId, request.firstYear(), request.lastYear(), request.predecessorId(), null,
                request.izaRegionId()));
        AgreementView created = queries.find(saved.id()).orElseThrow();
        audit(actor, created, "CREATE", null, created, null);
        return created;
    }

    @Transactional
    AgreementView update(Actor actor, long id, AgreementRecords.UpdateAgreementRequest request) {
        AgreementView before = access.editableView(actor, id);
        String reason = Changes.requireChangeable(before.toSummary(), request.reason());
        AgreementView parent = before.parentId() == null ? null : queries.find(before.parentId()).orElseThrow();
        Organisation owner = organisations.get(before.ownerId());
        List<Violation> violations = new ArrayList<>(policy.check(before.level(), owner, parent, request.firstYear(), request.lastYear(),
                queries.childrenOf(id)));
        if (before.status() == AgreementStatus.ACTIVE) {
            List<Long> overlapping = queries.overlappingActive(before.ownerId(), before.level(), before.nationalId(), request.firstYear(), request.lastYear(), id)
                    .stream().map(AgreementView::id).toList();
            if (!overlapping.isEmpty()) {
                violations.add(new Violation(SigningPolicy.ONE_ACTIVE_PER_PROGRAMME_AND_LEVEL, "/firstYear", Message.of("ONE_ACTIVE_PER_PROGRAMME_AND_LEVEL.update", before.level(), overlapping)));
            }
        }
        RuleViolatedException.refuseIfAny(violations);
        AgreementEntity entity = repository.findById(id).orElseThrow(() -> new NotFoundException(Message.of("AGREEMENT_NOT_FOUND", id)));
        repository.update(entity.withDetails(request.title().strip(), request.firstYear(), request.lastYear(), request.version()));
        AgreementView after = queries.find(id).orElseThrow();
        if (after.firstYear() != before.firstYear() || after.lastYear() != before.lastYear()) {
            periodChanges.publishEvent(new AgreementPeriodChanged(id, after.firstYear(), after.lastYear()));
        }
        audit(actor, after, "UPDATE", before, after, reason);
        return after;
    }

    @Transactional
    AgreementView sign(Actor actor, long id) {
        AgreementView before = access.editableView(actor, id);
        // The row lock makes a second signing of the same agreement wait and then see ACTIVE.
        AgreementEntity entity = repository.findForUpdate(id).orElseThrow(() -> new NotFoundException(Message.of("AGREEMENT_NOT_FOUND", id)));
        if (entity.status() != AgreementStatus.DRAFT) {
            throw new ConflictException(Message.of("SIGN_ONLY_DRAFT", id, entity.status()));
        }
        RuleViolatedException.refuseIfAny(signingViolations(before));
        repository.update(entity.signed(LocalDate.now(clock)));
        AgreementView after = queries.find(id).orElseThrow();
        audit(actor, after, "SIGN", before, after, null);
        return after;
    }

    /**
     * What is still missing before a draft can be signed: the same check signing makes, without
     * signing. Empty when it can be signed (or is no draft).
     */
    @Transactional
    List<Violation> missingForSigning(Actor actor, long id) {
        AgreementView agreement = access.editableView(actor, id);
        return agreement.status() == AgreementStatus.DRAFT ? signingViolations(agreement) : List.of();
    }

    private List<Violation> signingViolations(AgreementView agreement) {
        long id = agreement.id();
        AgreementStatus parentStatus = agreement.parentId() == null ? null : queries.find(agreement.parentId()).orElseThrow().status();
        List<Long> overlapping = queries.overlappingActive(agreement.ownerId(), agreement.level(), agreement.nationalId(),
                        agreement.firstYear(), agreement.lastYear(), id)
                .stream().map(AgreementView::id).toList();
        SigningFacts facts = signingFacts.of(id, agreement.level(), agreement.parentId(), parentStatus, agreement.nationalId(), overlapping);
        return signingPolicy.check(facts);
    }

    @Transactional
    AgreementView close(Actor actor, long id, @Nullable String reason) {
        AgreementView before = access.editableView(actor, id);
        AgreementEntity entity = repository.findForUpdate(id).orElseThrow(() -> new NotFoundException(Message.of("AGREEMENT_NOT_FOUND", id)));
        if (entity.status() != AgreementStatus.ACTIVE) {
            throw new ConflictException(Message.of("CLOSE_ONLY_ACTIVE", id, entity.status()));
        }
        repository.update(entity.closed(LocalDate.now(clock)));
        AgreementView after = queries.find(id).orElseThrow();
        audit(actor, after, "CLOSE", before, after, reason == null || reason.isBlank() ? null : reason.strip());
        return after;
    }

    private void audit(Actor actor, AgreementView agreement, String action, Object before, Object after, String reason) {
        auditLog.record(actor, AuditEntry.of("agreement", agreement.id(), action).values(before, after)
                .organisation(agreement.ownerId()).agreement(agreement.id()).reason(reason));
    }

}
