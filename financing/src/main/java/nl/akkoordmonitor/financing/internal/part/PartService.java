package nl.akkoordmonitor.financing.internal.part;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.core.annotation.Introspected;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import nl.akkoordmonitor.financing.internal.part.PartRecords.BudgetChange;
import nl.akkoordmonitor.financing.internal.part.PartRecords.BudgetHistory;
import nl.akkoordmonitor.financing.internal.part.PartRecords.CarryOverRequest;
import nl.akkoordmonitor.financing.internal.part.PartRecords.CarryOverView;
import nl.akkoordmonitor.financing.internal.part.PartRecords.CoFinancingView;
import nl.akkoordmonitor.financing.internal.part.PartRecords.LetterChange;
import nl.akkoordmonitor.financing.internal.part.PartRecords.LetterRequest;
import nl.akkoordmonitor.financing.internal.part.PartRecords.LetterView;
import nl.akkoordmonitor.financing.internal.part.PartRecords.PartBudgetRequest;
import nl.akkoordmonitor.financing.internal.part.PartRecords.PartRequest;
import nl.akkoordmonitor.financing.internal.part.PartRecords.PartView;
import nl.akkoordmonitor.financing.internal.part.PartRecords.PartYear;
import nl.akkoordmonitor.financing.internal.part.PartRecords.ShiftRequest;
import nl.akkoordmonitor.financing.internal.part.PartRecords.ShiftView;
import nl.akkoordmonitor.financing.internal.shared.Refusals;
import nl.akkoordmonitor.financing.internal.stream.FundingStreamEntity;
import nl.akkoordmonitor.financing.internal.stream.FundingStreamPolicy;
import nl.akkoordmonitor.financing.internal.stream.FundingStreamService;
import nl.akkoordmonitor.platform.audit.AuditEntry;
import nl.akkoordmonitor.platform.audit.AuditLog;
import nl.akkoordmonitor.platform.message.Message;
import nl.akkoordmonitor.platform.problem.ConflictException;
import nl.akkoordmonitor.platform.problem.NotFoundException;
import nl.akkoordmonitor.platform.problem.RuleViolatedException;
import nl.akkoordmonitor.platform.problem.Violation;
import nl.akkoordmonitor.platform.security.Actor;
import nl.akkoordmonitor.platform.sql.Rows;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * The parts of a funding stream and the rules of its money: budgets per part and year, shifts
 * between parts, carry-over to the next year, budget letters and co-financing. Every change locks
 * the stream first, so two changes to one stream are checked one after the other. A part's budget
 * is a ledger; the stream's budget for a year is kept equal to the sum of its parts, so that the
 * allocation rules keep working on it.
 */
@Singleton
class PartService {

    private final Rows rows;
    private final FundingStreamService streams;
    private final FundingStreamPolicy streamPolicy;
    private final AuditLog auditLog;
    private final PartShiftPolicy shiftPolicy = new PartShiftPolicy();
    private final CarryOverPolicy carryOverPolicy = new CarryOverPolicy();
    private final BudgetLetterPolicy letterPolicy = new BudgetLetterPolicy();

    PartService(Rows rows, FundingStreamService streams, FundingStreamPolicy streamPolicy, AuditLog auditLog) {
        this.rows = rows;
        this.streams = streams;
        this.streamPolicy = streamPolicy;
        this.auditLog = auditLog;
    }

    @Introspected
    record Part(long id, long streamId, String code, String name, String mainTheme, @Nullable String sisaCode, int position) {
    }

    @Introspected
    record PartYearRow(long partId, int year, BigDecimal amount) {
    }

    @Introspected
    record LetterRow(long id, LocalDate letterDate, String reference, BudgetLetterKind kind, String reason) {
    }

    @Introspected
    record LetterChangeRow(long letterId, long partId, int year, BigDecimal amount) {
    }

    /** A change of a part's budget with what its letter, shift or carry-over says about it. */
    @Introspected
    record ChangeRow(String kind, BigDecimal amount, Instant createdAt, @Nullable LocalDate letterDate, @Nullable String reference,
                     @Nullable String letterReason, @Nullable String letterKind, @Nullable String shiftReason, @Nullable String fromCode,
                     @Nullable String toCode, @Nullable String carryReason, @Nullable Integer fromYear) {
    }

    @Transactional
    PartView addPart(Actor actor, long streamId, PartRequest request) {
        FundingStreamEntity stream = lockEditable(actor, streamId);
        String code = request.code().strip().toUpperCase();
        if (one("SELECT 1 FROM financing.funding_part WHERE stream_id = ? AND code = ?", streamId, code) != null) {
            throw new ConflictException(Message.of("PART_EXISTS", stream.name(), code));
        }
        Long id = one("INSERT INTO financing.funding_part (stream_id, code, name, main_theme, sisa_code, position) VALUES (?, ?, ?, ?, ?, ?)"
                        + " RETURNING id", streamId, code, request.name().strip(), request.mainTheme().strip(),
                blank(request.sisaCode()), request.position() == null ? 0 : request.position());
        PartView view = partViews(streamId).stream().filter(p -> p.id() == id).findFirst().orElseThrow();
        auditLog.record(actor, AuditEntry.of("funding_part", id, "CREATE").values(null, view).organisation(stream.recipientId()));
        return view;
    }

    @Transactional
    List<PartView> parts(Actor actor, long streamId) {
        streams.readable(actor, streamId);
        return partViews(streamId);
    }

    @Transactional
    BudgetHistory setBudget(Actor actor, long streamId, long partId, PartBudgetRequest request) {
        FundingStreamEntity stream = lockEditable(actor, streamId);
        Part part = part(streamId, partId);
        if (one("SELECT 1 FROM financing.part_budget_change WHERE part_id = ? AND year = ? AND kind = 'SET'", partId, request.year()) != null) {
            throw new ConflictException(Message.of("PART_BUDGET_SET", part.code(), request.year(), streamId));
        }
        update("INSERT INTO financing.part_budget_change (part_id, year, kind, amount) VALUES (?, ?, 'SET', ?)", partId, request.year(),
                request.amount());
        syncStreamBudget(stream, request.year());
        BudgetHistory history = history(part, request.year());
        auditLog.record(actor, AuditEntry.of("funding_part", partId, "SET_BUDGET").values(null, history).organisation(stream.recipientId()));
        return history;
    }

    @Transactional
    BudgetHistory budgetHistory(Actor actor, long streamId, long partId, int year) {
        streams.readable(actor, streamId);
        return history(part(streamId, partId), year);
    }

    @Transactional
    ShiftView shift(Actor actor, long streamId, ShiftRequest request) {
        FundingStreamEntity stream = lockEditable(actor, streamId);
        Part from = part(streamId, request.fromPartId());
        Part to = part(streamId, request.toPartId());
        int year = request.year();
        Refusals.refuseIfAny(shiftPolicy.check(new PartShiftPolicy.Part(from.id(), from.code(), from.mainTheme()),
                new PartShiftPolicy.Part(to.id(), to.code(), to.mainTheme()), request.amount(), setAmount(from.id(), year),
                sum("SELECT -COALESCE(SUM(amount), 0) FROM financing.part_budget_change WHERE part_id = ? AND year = ? AND kind = 'SHIFT_OUT'",
                        from.id(), year), budget(from.id(), year)));
        Long id = one("INSERT INTO financing.part_shift (stream_id, from_part_id, to_part_id, year, amount, reason) VALUES (?, ?, ?, ?, ?, ?)"
                + " RETURNING id", streamId, from.id(), to.id(), year, request.amount(), request.reason().strip());
        update("INSERT INTO financing.part_budget_change (part_id, year, kind, amount, shift_id) VALUES (?, ?, 'SHIFT_OUT', ?, ?), (?, ?, 'SHIFT_IN', ?, ?)",
                from.id(), year, request.amount().negate(), id, to.id(), year, request.amount(), id);
        syncStreamBudget(stream, year);
        ShiftView view = shifts(streamId).stream().filter(s -> s.id() == id).findFirst().orElseThrow();
        auditLog.record(actor, AuditEntry.of("part_shift", id, "CREATE").values(null, view).reason(view.reason())
                .organisation(stream.recipientId()));
        return view;
    }

    @Transactional
    List<ShiftView> shifts(Actor actor, long streamId) {
        streams.readable(actor, streamId);
        return shifts(streamId);
    }

    @Transactional
    CarryOverView carryOver(Actor actor, long streamId, CarryOverRequest request) {
        FundingStreamEntity stream = lockEditable(actor, streamId);
        int fromYear = request.fromYear();
        Part part = request.partId() == null ? null : part(streamId, request.partId());
        boolean hasParts = one("SELECT 1 FROM financing.funding_part WHERE stream_id = ? LIMIT 1", streamId) != null;
        if (hasParts && part == null) {
            throw new RuleViolatedException(Violation.at("/partId", Message.of("CARRY_OVER_NAMES_PART", stream.name())));
        }
        BigDecimal alreadyCarried = sum("SELECT COALESCE(SUM(amount), 0) FROM financing.carry_over WHERE stream_id = ? AND from_year = ?",
                streamId, fromYear);
        BigDecimal streamBudget = sum("SELECT COALESCE(SUM(amount), 0) FROM financing.budget WHERE stream_id = ? AND year = ?", streamId, fromYear);
        BigDecimal available = part != null ? budget(part.id(), fromYear) : streamBudget.subtract(
                sum("SELECT COALESCE(SUM(amount), 0) FROM financing.allocation WHERE stream_id = ? AND year = ?", streamId, fromYear));
        Refusals.refuseIfAny(carryOverPolicy.check(fromYear, request.amount(), stream.carryOverShare(),
                streamBudget.add(alreadyCarried), alreadyCarried, available, FundingStreamService.termsOf(stream).covers(fromYear + 1),
                part == null ? null : part.code()));
        Long id = one("INSERT INTO financing.carry_over (stream_id, part_id, from_year, amount, reason) VALUES (?, ?, ?, ?, ?) RETURNING id",
                streamId, part == null ? null : part.id(), fromYear, request.amount(), request.reason().strip());
        if (part != null) {
            update("INSERT INTO financing.part_budget_change (part_id, year, kind, amount, carry_over_id) VALUES (?, ?, 'CARRY_OUT', ?, ?), (?, ?, 'CARRY_IN', ?, ?)",
                    part.id(), fromYear, request.amount().negate(), id, part.id(), fromYear + 1, request.amount(), id);
            syncStreamBudget(stream, fromYear);
            syncStreamBudget(stream, fromYear + 1);
        } else {
            setStreamBudget(stream, fromYear, streamBudget.subtract(request.amount()));
            setStreamBudget(stream, fromYear + 1, sum("SELECT COALESCE(SUM(amount), 0) FROM financing.budget WHERE stream_id = ? AND year = ?",
                    streamId, fromYear + 1).add(request.amount()));
        }
        CarryOverView view = new CarryOverView(id, streamId, part == null ? null : part.id(), fromYear, fromYear + 1, request.amount(),
                request.reason().strip(), java.time.Instant.now());
        auditLog.record(actor, AuditEntry.of("carry_over", id, "CREATE").values(null, view).reason(view.reason())
                .organisation(stream.recipientId()));
        return view;
    }

    @Transactional
    LetterView letter(Actor actor, long streamId, LetterRequest request) {
        FundingStreamEntity stream = lockEditable(actor, streamId);
        if (one("SELECT 1 FROM financing.budget_letter WHERE stream_id = ? AND reference = ?", streamId, request.reference().strip()) != null) {
            throw new ConflictException(Message.of("LETTER_EXISTS", request.reference().strip(), stream.name()));
        }
        List<BudgetLetterPolicy.Change> changes = new ArrayList<>();
        for (LetterChange change : request.changes()) {
            Part part = part(streamId, change.partId());
            changes.add(new BudgetLetterPolicy.Change(part.code(), change.year(), change.amount(), budget(part.id(), change.year())));
        }
        Refusals.refuseIfAny(letterPolicy.check(request.kind(), changes));
        Long id = one("INSERT INTO financing.budget_letter (stream_id, letter_date, reference, kind, reason) VALUES (?, ?, ?, ?, ?) RETURNING id",
                streamId, request.letterDate(), request.reference().strip(), request.kind().name(), request.reason().strip());
        for (LetterChange change : request.changes()) {
            update("INSERT INTO financing.part_budget_change (part_id, year, kind, amount, letter_id) VALUES (?, ?, 'LETTER', ?, ?)",
                    change.partId(), change.year(), change.amount(), id);
        }
        request.changes().stream().map(LetterChange::year).distinct().sorted().forEach(year -> syncStreamBudget(stream, year));
        LetterView view = new LetterView(id, streamId, request.letterDate(), request.reference().strip(), request.kind(),
                request.reason().strip(), request.changes());
        auditLog.record(actor, AuditEntry.of("budget_letter", id, "CREATE").values(null, view).reason(view.reason())
                .organisation(stream.recipientId()));
        return view;
    }

    @Transactional
    List<LetterView> letters(Actor actor, long streamId) {
        streams.readable(actor, streamId);
        Map<Long, List<LetterChange>> changes = rows.list(LetterChangeRow.class, """
                SELECT c.letter_id, c.part_id, c.year, c.amount FROM financing.part_budget_change c
                JOIN financing.budget_letter l ON l.id = c.letter_id WHERE l.stream_id = ? ORDER BY c.id""", streamId).stream()
                .collect(Collectors.groupingBy(LetterChangeRow::letterId,
                        Collectors.mapping(c -> new LetterChange(c.partId(), c.year(), c.amount()), Collectors.toList())));
        return rows.list(LetterRow.class,
                        "SELECT id, letter_date, reference, kind, reason FROM financing.budget_letter WHERE stream_id = ? ORDER BY letter_date, id",
                        streamId).stream()
                .map(l -> new LetterView(l.id(), streamId, l.letterDate(), l.reference(), l.kind(), l.reason(),
                        changes.getOrDefault(l.id(), List.of())))
                .toList();
    }

    @Transactional
    CoFinancingView coFinancing(Actor actor, long streamId, int year) {
        FundingStreamEntity stream = streams.readable(actor, streamId);
        BigDecimal share = stream.coFinancingShare();
        BigDecimal stateSpent = sum("""
                SELECT COALESCE(SUM(e.amount), 0) FROM financing.expenditure e JOIN financing.allocation a ON a.id = e.allocation_id
                WHERE a.stream_id = ? AND e.year = ?""", streamId, year);
        List<Long> own = rows.values(Long.class, "SELECT id FROM financing.funding_stream WHERE co_finances_stream_id = ? ORDER BY id",
                streamId);
        BigDecimal ownSpent = sum("""
                SELECT COALESCE(SUM(e.amount), 0) FROM financing.expenditure e JOIN financing.allocation a ON a.id = e.allocation_id
                JOIN financing.funding_stream s ON s.id = a.stream_id WHERE s.co_finances_stream_id = ? AND e.year = ?""", streamId, year);
        // The state pays (1 - share) of the whole, the recipient share: own = state × share / (1 − share), to the cent.
        BigDecimal required = share.signum() == 0 ? BigDecimal.ZERO.setScale(2)
                : stateSpent.multiply(share).divide(BigDecimal.ONE.subtract(share), 2, RoundingMode.HALF_UP);
        BigDecimal shortfall = required.subtract(ownSpent).max(BigDecimal.ZERO).setScale(2);
        return new CoFinancingView(streamId, year, share, stateSpent.setScale(2), required, ownSpent.setScale(2),
                shortfall.signum() == 0, shortfall, own);
    }

    // ---------------------------------------------------------------- ledger

    private BudgetHistory history(Part part, int year) {
        List<BudgetChange> changes = new ArrayList<>();
        Map<String, BigDecimal> byKind = new LinkedHashMap<>();
        BigDecimal[] balance = {BigDecimal.ZERO.setScale(2)};
        for (ChangeRow change : rows.list(ChangeRow.class, """
                SELECT c.kind, c.amount, c.created_at, l.letter_date, l.reference, l.reason AS letter_reason, l.kind AS letter_kind,
                       s.reason AS shift_reason, fp.code AS from_code, tp.code AS to_code, co.reason AS carry_reason, co.from_year
                FROM financing.part_budget_change c
                LEFT JOIN financing.budget_letter l ON l.id = c.letter_id
                LEFT JOIN financing.part_shift s ON s.id = c.shift_id
                LEFT JOIN financing.funding_part fp ON fp.id = s.from_part_id
                LEFT JOIN financing.funding_part tp ON tp.id = s.to_part_id
                LEFT JOIN financing.carry_over co ON co.id = c.carry_over_id
                WHERE c.part_id = ? AND c.year = ? ORDER BY c.id""", part.id(), year)) {
            String kind = change.kind();
            BigDecimal amount = change.amount();
            balance[0] = balance[0].add(amount);
            byKind.merge(kind, amount, BigDecimal::add);
            String reference = switch (kind) {
                case "LETTER" -> change.reference() + " (" + change.letterKind() + ")";
                case "SHIFT_OUT" -> "naar " + change.toCode();
                case "SHIFT_IN" -> "van " + change.fromCode();
                case "CARRY_OUT" -> "naar " + (change.fromYear() + 1);
                case "CARRY_IN" -> "uit " + change.fromYear();
                default -> null;
            };
            String reason = switch (kind) {
                case "LETTER" -> change.letterReason();
                case "SHIFT_OUT", "SHIFT_IN" -> change.shiftReason();
                case "CARRY_OUT", "CARRY_IN" -> change.carryReason();
                default -> null;
            };
            changes.add(new BudgetChange(kind, amount, balance[0], change.letterDate(), reference, reason, change.createdAt()));
        }
        BigDecimal zero = BigDecimal.ZERO.setScale(2);
        return new BudgetHistory(part.id(), part.code(), year, byKind.getOrDefault("SET", zero), byKind.getOrDefault("LETTER", zero),
                byKind.getOrDefault("SHIFT_IN", zero), byKind.getOrDefault("SHIFT_OUT", zero).negate(), byKind.getOrDefault("CARRY_IN", zero),
                byKind.getOrDefault("CARRY_OUT", zero).negate(), balance[0], changes);
    }

    private BigDecimal budget(long partId, int year) {
        return sum("SELECT COALESCE(SUM(amount), 0) FROM financing.part_budget_change WHERE part_id = ? AND year = ?", partId, year);
    }

    /** What VWS set for the part in the year: the amount set and the letters, before shifts and carry-over. */
    private BigDecimal setAmount(long partId, int year) {
        return sum("SELECT COALESCE(SUM(amount), 0) FROM financing.part_budget_change WHERE part_id = ? AND year = ? AND kind IN ('SET', 'LETTER')",
                partId, year);
    }

    /** Makes the stream's budget for the year the sum of its parts' budgets. */
    private void syncStreamBudget(FundingStreamEntity stream, int year) {
        setStreamBudget(stream, year, sum("""
                SELECT COALESCE(SUM(c.amount), 0) FROM financing.part_budget_change c JOIN financing.funding_part p ON p.id = c.part_id
                WHERE p.stream_id = ? AND c.year = ?""", stream.id(), year));
    }

    /** Sets the stream's budget for a year (made when missing), never below what is allocated of it. */
    private void setStreamBudget(FundingStreamEntity stream, int year, BigDecimal amount) {
        BigDecimal allocated = sum("SELECT COALESCE(SUM(amount), 0) FROM financing.allocation WHERE stream_id = ? AND year = ?", stream.id(), year);
        Refusals.refuseIfAny(streamPolicy.checkBudget(FundingStreamService.termsOf(stream), year, amount, allocated));
        int updated = update("UPDATE financing.budget SET amount = ?, version = version + 1 WHERE stream_id = ? AND year = ?",
                amount, stream.id(), year);
        if (updated == 0) {
            update("INSERT INTO financing.budget (stream_id, year, amount) VALUES (?, ?, ?)", stream.id(), year, amount);
        }
    }

    private FundingStreamEntity lockEditable(Actor actor, long streamId) {
        streams.editable(actor, streamId);
        one("SELECT id FROM financing.funding_stream WHERE id = ? FOR UPDATE", streamId);
        return streams.readable(actor, streamId);
    }

    private Part part(long streamId, long partId) {
        return rows.one(Part.class, "SELECT id, stream_id, code, name, main_theme, sisa_code, position FROM financing.funding_part"
                        + " WHERE id = ? AND stream_id = ?", partId, streamId)
                .orElseThrow(() -> new NotFoundException(Message.of("PART_NOT_FOUND", partId, streamId)));
    }

    private List<PartView> partViews(long streamId) {
        Map<Long, List<PartYear>> years = rows.list(PartYearRow.class, """
                SELECT c.part_id, c.year, SUM(c.amount) AS amount FROM financing.part_budget_change c
                JOIN financing.funding_part p ON p.id = c.part_id
                WHERE p.stream_id = ? GROUP BY c.part_id, c.year ORDER BY c.part_id, c.year""", streamId).stream()
                .collect(Collectors.groupingBy(PartYearRow::partId,
                        Collectors.mapping(y -> new PartYear(y.year(), y.amount()), Collectors.toList())));
        return rows.list(Part.class, "SELECT id, stream_id, code, name, main_theme, sisa_code, position FROM financing.funding_part"
                        + " WHERE stream_id = ? ORDER BY position, code", streamId).stream()
                .map(p -> new PartView(p.id(), streamId, p.code(), p.name(), p.mainTheme(), p.sisaCode(), p.position(),
                        years.getOrDefault(p.id(), List.of())))
                .toList();
    }

    private List<ShiftView> shifts(long streamId) {
        return rows.list(ShiftView.class, """
                SELECT s.id, s.stream_id, s.from_part_id, f.code AS from_part_code, s.to_part_id, t.code AS to_part_code, s.year, s.amount,
                       s.reason, s.created_at
                FROM financing.part_shift s JOIN financing.funding_part f ON f.id = s.from_part_id JOIN financing.funding_part t ON t.id = s.to_part_id
                WHERE s.stream_id = ? ORDER BY s.year, s.id""", streamId);
    }

    // ---------------------------------------------------------------- JDBC

    /** The first column of the first row (an id, or 1 for "there is one"), or null when there is no row. */
    private Long one(String sql, Object... params) {
        return rows.value(Long.class, sql, params).orElse(null);
    }

    private BigDecimal sum(String sql, Object... params) {
        return rows.value(BigDecimal.class, sql, params).orElseThrow().setScale(2, RoundingMode.UNNECESSARY);
    }

    private int update(String sql, Object... params) {
        return rows.update(sql, params);
    }

    private static @Nullable String blank(@Nullable String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }
}
