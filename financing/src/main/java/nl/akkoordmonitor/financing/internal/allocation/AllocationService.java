package nl.akkoordmonitor.financing.internal.allocation;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.model.Page;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import nl.akkoordmonitor.agreements.AgreementAccess;
import nl.akkoordmonitor.agreements.AgreementStatus;
import nl.akkoordmonitor.agreements.AgreementSummary;
import nl.akkoordmonitor.agreements.Agreements;
import nl.akkoordmonitor.agreements.CommitmentSummary;
import nl.akkoordmonitor.financing.internal.shared.Refusals;
import nl.akkoordmonitor.financing.internal.stream.BudgetEntity;
import nl.akkoordmonitor.financing.internal.stream.BudgetRepository;
import nl.akkoordmonitor.financing.internal.stream.FundingStreamEntity;
import nl.akkoordmonitor.financing.internal.stream.FundingStreamService;
import nl.akkoordmonitor.platform.audit.AuditEntry;
import nl.akkoordmonitor.platform.audit.AuditLog;
import nl.akkoordmonitor.platform.message.Message;
import nl.akkoordmonitor.platform.paging.ListRequest;
import nl.akkoordmonitor.platform.paging.SqlOrder;
import nl.akkoordmonitor.platform.problem.ConflictException;
import nl.akkoordmonitor.platform.problem.ForbiddenException;
import nl.akkoordmonitor.platform.problem.NotFoundException;
import nl.akkoordmonitor.platform.problem.Violation;
import nl.akkoordmonitor.platform.security.Actor;
import nl.akkoordmonitor.platform.security.Role;
import nl.akkoordmonitor.platform.sql.Rows;
import nl.akkoordmonitor.platform.sql.Where;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

import static nl.akkoordmonitor.platform.text.Texts.blankToNull;
import static nl.akkoordmonitor.financing.internal.allocation.AllocationRecords.AllocationView;
import static nl.akkoordmonitor.financing.internal.allocation.AllocationRecords.CreateAllocationRequest;
import static nl.akkoordmonitor.financing.internal.allocation.AllocationRecords.ExpenditureRequest;
import static nl.akkoordmonitor.financing.internal.allocation.AllocationRecords.ExpenditureView;
import static nl.akkoordmonitor.financing.internal.allocation.AllocationRecords.UpdateAllocationRequest;
import static nl.akkoordmonitor.financing.internal.allocation.AllocationRecords.UpdateExpenditureRequest;

/** Allocations of budgets to commitments, and the spending reported on them. */
@Singleton
class AllocationService {

    private final ClosedYearCopies closedYears;
    /** What the list of allocations sorts on. */
    static final SqlOrder ORDER = SqlOrder.by("year", "a.year").and("amount", "a.amount").and("spent", "COALESCE(e.spent, 0)")
            .and("streamName", "s.name").and("id", "a.id").otherwise("a.year, a.id");

    private final AllocationRepository allocations;
    private final Rows rows;
    private final ExpenditureRepository expenditures;
    private final BudgetRepository budgets;
    private final FundingStreamService streams;
    private final Agreements agreements;
    private final AgreementAccess agreementAccess;
    private final AllocationPolicy allocationPolicy;
    private final ExpenditurePolicy expenditurePolicy;
    private final AuditLog auditLog;
    private final Clock clock;

    AllocationService(AllocationRepository allocations, ExpenditureRepository expenditures, BudgetRepository budgets,
                      FundingStreamService streams, Agreements agreements, AgreementAccess agreementAccess,
                      AllocationPolicy allocationPolicy, ExpenditurePolicy expenditurePolicy, AuditLog auditLog,
                      Clock clock, ClosedYearCopies closedYears, Rows rows) {
        this.allocations = allocations;
        this.rows = rows;
        this.expenditures = expenditures;
        this.budgets = budgets;
        this.streams = streams;
        this.agreements = agreements;
        this.agreementAccess = agreementAccess;
        this.allocationPolicy = allocationPolicy;
        this.expenditurePolicy = expenditurePolicy;
        this.auditLog = auditLog;
        this.clock = clock;
        this.closedYears = closedYears;
    }

    @Transactional
    AllocationView create(Actor actor, CreateAllocationRequest request) {
        FundingStreamEntity stream = streams.editable(actor, request.streamId());
        CommitmentSummary commitment = agreements.findCommitment(request.commitmentId())
                .orElseThrow(() -> new NotFoundException(Message.of("COMMITMENT_NOT_FOUND", request.commitmentId())));
        AgreementSummary agreement = agreementAccess.readable(actor, commitment.agreementId());
        if (agreement.ownerId() != stream.recipientId() && !Objects.equals(agreement.ggdRegionId(), stream.recipientId())) {
            throw new ForbiddenException(Message.of("STREAM_FUNDS_OWN_AGREEMENTS", stream.name(), agreement.id(), agreement.ownerId()));
        }
        // The lock makes concurrent allocations of the same stream and year wait for each other,
        // so each one is checked against the total the others committed.
        Optional<BudgetEntity> budget = budgets.lockByStreamAndYear(stream.id(), request.year());
        BigDecimal allocated = budget.map(b -> budgets.allocatedOn(b.id())).orElse(BigDecimal.ZERO);
        refuse(allocationPolicy.check(new AllocationPolicy.Facts(FundingStreamService.termsOf(stream), request.year(),
                request.amount(), budget.map(BudgetEntity::amount).orElse(null), allocated, commitment.firstYear(),
                commitment.lastYear(), agreement.status() == AgreementStatus.CLOSED)));
        if (request.partId() == null && allocations.streamHasParts(stream.id())) {
            throw new nl.akkoordmonitor.platform.problem.RuleViolatedException(Violation.at("/partId", Message.of("PART_REQUIRED", stream.name())));
        }
        if (request.partId() != null && !allocations.partOfStream(request.partId(), stream.id())) {
            throw new nl.akkoordmonitor.platform.problem.RuleViolatedException(Violation.at("/partId", Message.of("PART_OF_STREAM", request.partId(), stream.name())));
        }
        if (allocations.existsFor(stream.id(), request.year(), commitment.id(), request.partId())) {
            throw new ConflictException(Message.of("ALLOCATION_EXISTS", stream.name(), commitment.id(), request.year()));
        }
        AllocationEntity saved = allocations.save(new AllocationEntity(null, budget.orElseThrow().id(), stream.id(),
                request.year(), request.amount(), blankToNull(request.note()), commitment.id(), agreement.id(),
                agreement.ownerId(), agreement.ggdRegionId(), commitment.firstYear(), commitment.lastYear(),
                agreement.firstYear(), agreement.lastYear(), null, null, request.partId()));
        AllocationView view = view(actor, saved.id());
        auditLog.record(actor, AuditEntry.of("allocation", saved.id(), "CREATE").values(null, view)
                .organisation(stream.recipientId()).agreement(agreement.id()));
        return view;
    }

    @Transactional
    Page<AllocationView> search(Actor actor, @Nullable Long streamId, @Nullable Long agreementId,
                                @Nullable Long commitmentId, @Nullable Integer year, ListRequest list) {
        Where where = visible(actor).andIf(streamId, "a.stream_id = ?").andIf(agreementId, "a.agreement_id = ?")
                .andIf(commitmentId, "a.commitment_id = ?").andIf(year, "a.year = ?");
        return rows.page(AllocationRow.class, AllocationRepository.COLUMNS, AllocationRepository.FROM, where, list, ORDER)
                .map(AllocationView::of);
    }

    @Transactional
    AllocationView get(Actor actor, long id) {
        return view(actor, id);
    }

    @Transactional
    AllocationView update(Actor actor, long id, UpdateAllocationRequest request) {
        view(actor, id);
        AllocationEntity unlocked = allocations.findById(id).orElseThrow(() -> new NotFoundException(Message.of("ALLOCATION_NOT_FOUND", id)));
        FundingStreamEntity stream = streams.editable(actor, unlocked.streamId());
        BudgetEntity budget = budgets.lockById(unlocked.budgetId()).orElseThrow();
        // Read again under the budget lock: a concurrent change may have committed meanwhile.
        AllocationEntity before = allocations.findById(id).orElseThrow(() -> new NotFoundException(Message.of("ALLOCATION_NOT_FOUND", id)));
        BigDecimal others = budgets.allocatedOn(budget.id()).subtract(before.amount());
        refuse(allocationPolicy.check(new AllocationPolicy.Facts(FundingStreamService.termsOf(stream), before.year(),
                request.amount(), budget.amount(), others, before.commitmentFirstYear(), before.commitmentLastYear(),
                false)));
        AllocationView beforeView = view(actor, id);
        allocations.update(before.withAmount(request.amount(), blankToNull(request.note()), request.version()));
        AllocationView after = view(actor, id);
        auditLog.record(actor, AuditEntry.of("allocation", id, "UPDATE").values(beforeView, after)
                .organisation(stream.recipientId()).agreement(before.agreementId()));
        return after;
    }

    @Transactional
    void delete(Actor actor, long id) {
        AllocationView before = view(actor, id);
        FundingStreamEntity stream = streams.editable(actor, before.streamId());
        if (allocations.hasExpenditures(id)) {
            throw new ConflictException(Message.of("ALLOCATION_HAS_SPENDING"));
        }
        allocations.deleteById(id);
        auditLog.record(actor, AuditEntry.of("allocation", id, "DELETE").values(before, null)
                .organisation(stream.recipientId()).agreement(before.agreementId()));
    }

    @Transactional
    List<ExpenditureView> expendituresOf(Actor actor, long allocationId) {
        AllocationView allocation = view(actor, allocationId);
        List<ExpenditureEntity> all = expenditures.findByAllocationIdOrderByYear(allocationId);
        BigDecimal running = BigDecimal.ZERO;
        List<ExpenditureView> views = new ArrayList<>();
        for (ExpenditureEntity e : all) {
            running = running.add(e.amount());
            views.add(ExpenditureView.of(e, allocation.amount(), running));
        }
        return views;
    }

    @Transactional
    ExpenditureView report(Actor actor, long allocationId, ExpenditureRequest request) {
        AllocationView allocation = view(actor, allocationId);
        AllocationEntity entity = allocations.findById(allocationId).orElseThrow();
        requireReporter(actor, allocation, entity);
        Refusals.refuseIfAny(expenditurePolicy.check(allocation.year(), request.year(), request.amount(), currentYear()));
        closedYears.refuseIfClosed(allocation.agreementId(), request.year());
        Optional<ExpenditureEntity> existing = expenditures.findByAllocationIdAndYear(allocationId, request.year());
        if (existing.isPresent()) {
            throw new ConflictException(Message.of("SPENDING_EXISTS", request.year(), existing.get().id()));
        }
        ExpenditureEntity saved = expenditures.save(new ExpenditureEntity(null, allocationId, request.year(),
                request.amount(), null, null));
        ExpenditureView view = ExpenditureView.of(saved, allocation.amount(), allocations.spentOn(allocationId));
        auditLog.record(actor, AuditEntry.of("expenditure", saved.id(), "CREATE").values(null, view)
                .organisation(allocation.recipientId()).agreement(allocation.agreementId()));
        return view;
    }

    @Transactional
    ExpenditureView correct(Actor actor, long expenditureId, UpdateExpenditureRequest request) {
        ExpenditureEntity before = expenditures.findById(expenditureId)
                .orElseThrow(() -> new NotFoundException(Message.of("EXPENDITURE_NOT_FOUND", expenditureId)));
        AllocationView allocation;
        try {
            allocation = view(actor, before.allocationId());
        } catch (NotFoundException hidden) {
            throw new NotFoundException(Message.of("EXPENDITURE_NOT_FOUND", expenditureId));
        }
        requireReporter(actor, allocation, allocations.findById(before.allocationId()).orElseThrow());
        Refusals.refuseIfAny(expenditurePolicy.check(allocation.year(), before.year(), request.amount(), currentYear()));
        closedYears.refuseIfClosed(allocation.agreementId(), before.year());
        BigDecimal spentBefore = allocations.spentOn(allocation.id());
        ExpenditureEntity after = expenditures.update(new ExpenditureEntity(expenditureId, before.allocationId(),
                before.year(), request.amount(), request.version(), before.createdAt()));
        ExpenditureView view = ExpenditureView.of(after, allocation.amount(), allocations.spentOn(allocation.id()));
        auditLog.record(actor, AuditEntry.of("expenditure", expenditureId, "UPDATE")
                .values(ExpenditureView.of(before, allocation.amount(), spentBefore), view)
                .organisation(allocation.recipientId()).agreement(allocation.agreementId()));
        return view;
    }

    /**
     * Who sees an allocation: the ministry everything; the stream's recipient and the agreement's
     * owner their own; a GGD user what its region receives and what funds its region's agreements.
     */
    private Where visible(Actor actor) {
        long organisation = organisationOf(actor);
        return new Where().and("(? OR s.recipient_id = ? OR a.agreement_owner_id = ?"
                        + " OR (? AND (s.recipient_ggd_region_id = ? OR a.ggd_region_id = ?)))",
                actor.isNational(), organisation, organisation, actor.role() == Role.GGD, organisation, organisation);
    }

    private AllocationView view(Actor actor, long id) {
        Where where = visible(actor).and("a.id = ?", id);
        return rows.one(AllocationRow.class, AllocationRepository.COLUMNS + " " + AllocationRepository.FROM + where, where.parameters())
                .map(AllocationView::of)
                .orElseThrow(() -> new NotFoundException(Message.of("ALLOCATION_NOT_FOUND", id)));
    }

    /** The recipient accounts for its money; the agreement's owner may report what it spent of it. */
    private static void requireReporter(Actor actor, AllocationView allocation, AllocationEntity entity) {
        if (!actor.actsFor(allocation.recipientId()) && !actor.actsFor(entity.agreementOwnerId())) {
            throw new ForbiddenException(Message.of("SPENDING_BY_RECIPIENT_OR_OWNER"));
        }
    }

    private static void refuse(List<Violation> violations) {
        if (!violations.isEmpty() && violations.stream().allMatch(v -> AllocationPolicy.BUDGET_EXCEEDED.equals(v.rule()))) {
            throw new ConflictException(new Violation(AllocationPolicy.BUDGET_EXCEEDED, null, violations.get(0).message()));
        }
        Refusals.refuseIfAny(violations);
    }

    private int currentYear() {
        return LocalDate.now(clock).getYear();
    }

    private static long organisationOf(Actor actor) {
        return actor.organisationId() == null ? -1 : actor.organisationId();
    }
}
