package nl.akkoordmonitor.financing.internal.stream;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.model.Page;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import nl.akkoordmonitor.agreements.Organisations;
import nl.akkoordmonitor.financing.FundingNature;
import nl.akkoordmonitor.financing.LegalBasis;
import nl.akkoordmonitor.financing.internal.shared.MoneyAccess;
import nl.akkoordmonitor.financing.internal.shared.Refusals;
import nl.akkoordmonitor.platform.audit.AuditEntry;
import nl.akkoordmonitor.platform.audit.AuditLog;
import nl.akkoordmonitor.platform.message.Message;
import nl.akkoordmonitor.platform.paging.ListRequest;
import nl.akkoordmonitor.platform.paging.SqlOrder;
import nl.akkoordmonitor.platform.problem.BadRequestException;
import nl.akkoordmonitor.platform.problem.ConflictException;
import nl.akkoordmonitor.platform.problem.ForbiddenException;
import nl.akkoordmonitor.platform.problem.NotFoundException;
import nl.akkoordmonitor.platform.problem.RuleViolatedException;
import nl.akkoordmonitor.platform.problem.Violation;
import nl.akkoordmonitor.platform.security.Actor;
import nl.akkoordmonitor.platform.sql.Rows;
import nl.akkoordmonitor.platform.sql.Where;

import java.math.BigDecimal;
import java.util.List;

import static nl.akkoordmonitor.platform.text.Texts.blankToNull;
import static nl.akkoordmonitor.financing.internal.stream.FundingStreamRecords.BudgetView;
import static nl.akkoordmonitor.financing.internal.stream.FundingStreamRecords.CreateBudgetRequest;
import static nl.akkoordmonitor.financing.internal.stream.FundingStreamRecords.StreamRequest;
import static nl.akkoordmonitor.financing.internal.stream.FundingStreamRecords.StreamView;
import static nl.akkoordmonitor.financing.internal.stream.FundingStreamRecords.UpdateBudgetRequest;

/** Funding streams and their yearly budgets. */
@Singleton
public class FundingStreamService {

    /** What the list of funding streams sorts on. */
    static final SqlOrder ORDER = SqlOrder.by("name", "s.name").and("legalBasis", "s.legal_basis").and("nature", "s.nature")
            .and("firstYear", "s.first_year").and("id", "s.id").otherwise("s.name, s.id");

    private final FundingStreamRepository streams;
    private final Rows rows;
    private final BudgetRepository budgets;
    private final FundingStreamPolicy policy;
    private final MoneyAccess access;
    private final Organisations organisations;
    private final AuditLog auditLog;

    FundingStreamService(FundingStreamRepository streams, Rows rows, BudgetRepository budgets, FundingStreamPolicy policy,
                         MoneyAccess access, Organisations organisations, AuditLog auditLog) {
        this.streams = streams;
        this.rows = rows;
        this.budgets = budgets;
        this.policy = policy;
        this.access = access;
        this.organisations = organisations;
        this.auditLog = auditLog;
    }

    /** The stream when the actor may read its money; otherwise a 404 that does not say it exists. */
    public FundingStreamEntity readable(Actor actor, long streamId) {
        return streams.findById(streamId)
                .filter(s -> access.mayRead(actor, s.recipientId(), s.recipientGgdRegionId()))
                .orElseThrow(() -> new NotFoundException(Message.of("FUNDING_STREAM_NOT_FOUND", streamId)));
    }

    /** The stream when the actor acts for its recipient: 404 when unreadable, else 403. */
    public FundingStreamEntity editable(Actor actor, long streamId) {
        FundingStreamEntity stream = readable(actor, streamId);
        access.requireRecipient(actor, stream.recipientId());
        return stream;
    }

    public static FundingStreamPolicy.Terms termsOf(FundingStreamEntity s) {
        return new FundingStreamPolicy.Terms(s.nature(), s.firstYear(), s.lastYear(), s.earmarked(), s.conditions());
    }

    @Transactional
    StreamView create(Actor actor, StreamRequest request) {
        long recipientId = recipientFor(actor, request.recipientId());
        List<Violation> violations = policy.checkTerms(request.terms(), List.of());
        Refusals.refuseIfAny(violations);
        Long region = access.regionOf(recipientId);
        FundingStreamEntity saved = streams.save(new FundingStreamEntity(null, request.name().strip(), request.source(),
                request.legalBasis(), request.nature(), request.firstYear(), request.lastYear(), request.earmarked(),
                blankToNull(request.conditions()), recipientId, region, null, null, request.carryOverShareOrDefault(),
                request.coFinancingShareOrZero(), coFinanced(actor, request.coFinancesStreamId(), null), blankToNull(request.sisaCode())));
        StreamView view = StreamView.of(saved);
        auditLog.record(actor, AuditEntry.of("funding_stream", saved.id(), "CREATE").values(null, view)
                .organisation(recipientId));
        return view;
    }

    @Transactional
    Page<StreamView> search(Actor actor, @Nullable Long recipientId, @Nullable LegalBasis legalBasis,
                            @Nullable FundingNature nature, @Nullable Integer year, ListRequest list) {
        MoneyAccess.ReadFilter filter = access.readFilter(actor);
        Where where = new Where().andIf(filter.recipientId(), "s.recipient_id = ?")
                .andIf(filter.regionId(), "s.recipient_ggd_region_id = ?")
                .andIf(recipientId, "s.recipient_id = ?")
                .andIf(legalBasis, "s.legal_basis = ?")
                .andIf(nature, "s.nature = ?");
        if (year != null) {
            where.and("s.first_year <= ? AND (s.last_year IS NULL OR s.last_year >= ?)", year, year);
        }
        return rows.page(FundingStreamEntity.class, "SELECT s.*", "FROM financing.funding_stream s", where, list, ORDER)
                .map(StreamView::of);
    }

    @Transactional
    StreamView get(Actor actor, long id) {
        return StreamView.of(readable(actor, id));
    }

    @Transactional
    StreamView update(Actor actor, long id, StreamRequest request) {
        FundingStreamEntity before = editable(actor, id);
        if (request.version() == null) {
            throw new BadRequestException(Violation.at("/version", Message.of("VERSION_REQUIRED.read")));
        }
        if (request.recipientId() != null && request.recipientId() != before.recipientId()) {
            throw new RuleViolatedException(Violation.at("/recipientId", Message.of("RECIPIENT_FIXED")));
        }
        List<Violation> violations = policy.checkTerms(request.terms(), budgets.yearsOf(id));
        Refusals.refuseIfAny(violations);
        FundingStreamEntity after = streams.update(new FundingStreamEntity(id, request.name().strip(), request.source(),
                request.legalBasis(), request.nature(), request.firstYear(), request.lastYear(), request.earmarked(),
                blankToNull(request.conditions()), before.recipientId(), before.recipientGgdRegionId(),
                request.version(), before.createdAt(), request.carryOverShareOrDefault(), request.coFinancingShareOrZero(),
                coFinanced(actor, request.coFinancesStreamId(), id), blankToNull(request.sisaCode())));
        StreamView view = StreamView.of(after);
        auditLog.record(actor, AuditEntry.of("funding_stream", id, "UPDATE").values(StreamView.of(before), view)
                .organisation(before.recipientId()));
        return view;
    }

    @Transactional
    List<BudgetView> budgetsOf(Actor actor, long streamId) {
        readable(actor, streamId);
        return budgets.linesOf(streamId).stream().map(BudgetView::of).toList();
    }

    @Transactional
    BudgetView addBudget(Actor actor, long streamId, CreateBudgetRequest request) {
        FundingStreamEntity stream = editable(actor, streamId);
        refuseWhenParts(stream);
        List<Violation> violations = policy.checkBudget(termsOf(stream), request.year(), request.amount(), BigDecimal.ZERO);
        Refusals.refuseIfAny(violations);
        if (budgets.lockByStreamAndYear(streamId, request.year()).isPresent()) {
            throw new ConflictException(Message.of("BUDGET_EXISTS", stream.name(), request.year(), streamId));
        }
        BudgetEntity saved = budgets.save(new BudgetEntity(null, streamId, request.year(), request.amount(), null, null));
        BudgetView view = new BudgetView(saved.id(), streamId, saved.year(), saved.amount(), BigDecimal.ZERO.setScale(2),
                saved.amount(), saved.version());
        auditLog.record(actor, AuditEntry.of("budget", saved.id(), "CREATE").values(null, view)
                .organisation(stream.recipientId()));
        return view;
    }

    @Transactional
    BudgetView updateBudget(Actor actor, long streamId, int year, UpdateBudgetRequest request) {
        FundingStreamEntity stream = editable(actor, streamId);
        refuseWhenParts(stream);
        BudgetEntity before = budgets.lockByStreamAndYear(streamId, year)
                .orElseThrow(() -> new NotFoundException(Message.of("BUDGET_NOT_FOUND", year, streamId)));
        BigDecimal allocated = budgets.allocatedOn(before.id());
        List<Violation> violations = policy.checkBudget(termsOf(stream), year, request.amount(), allocated);
        Refusals.refuseIfAny(violations);
        BudgetEntity after = budgets.update(new BudgetEntity(before.id(), streamId, year, request.amount(),
                request.version(), before.createdAt()));
        BudgetView view = new BudgetView(after.id(), streamId, year, after.amount(), allocated,
                after.amount().subtract(allocated), after.version());
        auditLog.record(actor, AuditEntry.of("budget", before.id(), "UPDATE")
                .values(new BudgetView(before.id(), streamId, year, before.amount(), allocated,
                        before.amount().subtract(allocated), before.version()), view)
                .organisation(stream.recipientId()));
        return view;
    }

    /** A stream with parts has the sum of its parts as budget; it changes through the parts and letters. */
    private void refuseWhenParts(FundingStreamEntity stream) {
        if (budgets.hasParts(stream.id())) {
            throw new ConflictException(Message.of("BUDGET_FROM_PARTS", stream.name(), stream.id()));
        }
    }

    /** The stream an own stream co-finances: one the same recipient receives, not itself. */
    private @Nullable Long coFinanced(Actor actor, @Nullable Long streamId, @Nullable Long self) {
        if (streamId == null) {
            return null;
        }
        FundingStreamEntity other = streams.findById(streamId).filter(s -> actor.actsFor(s.recipientId()) && !streamId.equals(self))
                .orElseThrow(() -> new RuleViolatedException(Violation.at("/coFinancesStreamId", Message.of("CO_FINANCED_STREAM", streamId))));
        return other.id();
    }

    private long recipientFor(Actor actor, @Nullable Long requested) {
        if (actor.organisationId() == null) {
            throw new ForbiddenException(Message.of("STREAM_NEEDS_ORGANISATION"));
        }
        long recipientId = requested == null ? actor.organisationId() : requested;
        organisations.get(recipientId);
        access.requireRecipient(actor, recipientId);
        return recipientId;
    }
}
