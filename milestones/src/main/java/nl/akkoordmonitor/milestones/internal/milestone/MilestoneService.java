package nl.akkoordmonitor.milestones.internal.milestone;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import nl.akkoordmonitor.agreements.AgreementAccess;
import nl.akkoordmonitor.agreements.AgreementSummary;
import nl.akkoordmonitor.agreements.Agreements;
import nl.akkoordmonitor.agreements.CommitmentSummary;
import nl.akkoordmonitor.agreements.OrganisationType;
import nl.akkoordmonitor.agreements.Organisations;
import nl.akkoordmonitor.agreements.Scope;
import nl.akkoordmonitor.milestones.MilestoneRow;
import nl.akkoordmonitor.milestones.MilestoneState;
import nl.akkoordmonitor.milestones.MilestoneStateCount;
import nl.akkoordmonitor.milestones.internal.milestone.MilestoneRecords.MilestoneDetail;
import nl.akkoordmonitor.milestones.internal.milestone.MilestoneRecords.MilestoneRequest;
import nl.akkoordmonitor.milestones.internal.milestone.MilestoneRecords.Overview;
import nl.akkoordmonitor.milestones.internal.milestone.MilestoneRecords.ReportAnswer;
import nl.akkoordmonitor.milestones.internal.milestone.MilestoneRecords.ReportRequest;
import nl.akkoordmonitor.milestones.internal.milestone.MilestoneRecords.ReportView;
import nl.akkoordmonitor.milestones.internal.milestone.MilestoneRecords.ThemeCounts;
import nl.akkoordmonitor.milestones.internal.scope.ScopeResolver;
import nl.akkoordmonitor.platform.audit.AuditEntry;
import nl.akkoordmonitor.platform.audit.AuditLog;
import nl.akkoordmonitor.platform.message.Message;
import nl.akkoordmonitor.platform.paging.ListRequest;
import nl.akkoordmonitor.platform.paging.PageResponse;
import nl.akkoordmonitor.platform.problem.BadRequestException;
import nl.akkoordmonitor.platform.problem.NotFoundException;
import nl.akkoordmonitor.platform.problem.RuleViolatedException;
import nl.akkoordmonitor.platform.problem.Violation;
import nl.akkoordmonitor.platform.security.Actor;

import java.time.Clock;
import java.time.LocalDate;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import static nl.akkoordmonitor.platform.text.Texts.blankToNull;

/** Planning milestones under commitments and reporting progress on them. */
@Singleton
class MilestoneService {

    private final nl.akkoordmonitor.milestones.ClosedYears closedYears;
    private final MilestoneRepository milestones;
    private final MilestoneQueries queries;
    private final ProgressRecorder recorder;
    private final Agreements agreements;
    private final AgreementAccess access;
    private final Organisations organisations;
    private final MilestonePolicy policy;
    private final ScopeResolver scopes;
    private final AuditLog auditLog;
    private final Clock clock;

    MilestoneService(MilestoneRepository milestones, MilestoneQueries queries, ProgressRecorder recorder, Agreements agreements,
                     AgreementAccess access, Organisations organisations, MilestonePolicy policy, ScopeResolver scopes,
                     AuditLog auditLog, Clock clock, nl.akkoordmonitor.milestones.ClosedYears closedYears) {
        this.milestones = milestones;
        this.queries = queries;
        this.recorder = recorder;
        this.agreements = agreements;
        this.access = access;
        this.organisations = organisations;
        this.policy = policy;
        this.scopes = scopes;
        this.auditLog = auditLog;
        this.clock = clock;
        this.closedYears = closedYears;
    }

    LocalDate today() {
        return LocalDate.now(clock);
    }

    @Transactional
    MilestoneRow create(Actor actor, long commitmentId, MilestoneRequest request) {
        CommitmentSummary commitment = agreements.findCommitment(commitmentId)
                .orElseThrow(() -> new NotFoundException(Message.of("COMMITMENT_NOT_FOUND", commitmentId)));
        AgreementSummary agreement = access.editable(actor, commitment.agreementId());
        long responsible = checkPlan(agreement, commitment, request);
        MilestoneEntity saved = milestones.save(new MilestoneEntity(null, commitmentId, agreement.id(), agreement.ownerId(),
                agreement.ggdRegionId(), commitment.coreThemeId(), commitment.coreThemeCode(), commitment.coreThemeName(),
                request.title().strip(), request.dueDate(), responsible, null));
        auditLog.record(actor, AuditEntry.of("milestone", saved.id(), "CREATE").values(null, saved)
                .organisation(agreement.ownerId()).agreement(agreement.id()));
        return row(saved.id());
    }

    @Transactional
    MilestoneRow update(Actor actor, long id, MilestoneRequest request) {
        MilestoneEntity before = milestones.findById(id).orElseThrow(() -> new NotFoundException(Message.of("MILESTONE_NOT_FOUND", id)));
        AgreementSummary agreement = access.editable(actor, before.agreementId());
        if (request.version() == null) {
            throw new BadRequestException(Violation.at("/version", Message.of("VERSION_REQUIRED.read")));
        }
        long responsible = checkPlan(agreement, agreements.getCommitment(before.commitmentId()), request);
        MilestoneEntity after = milestones.update(new MilestoneEntity(id, before.commitmentId(), before.agreementId(),
                before.ownerOrganisationId(), before.ggdRegionId(), before.coreThemeId(), before.coreThemeCode(),
                before.coreThemeName(), request.title().strip(), request.dueDate(), responsible, request.version()));
        auditLog.record(actor, AuditEntry.of("milestone", id, "UPDATE").values(before, after)
                .organisation(agreement.ownerId()).agreement(agreement.id()));
        return row(id);
    }

    MilestoneDetail get(Actor actor, long id) {
        MilestoneRow row = queries.find(id, today()).orElseThrow(() -> new NotFoundException(Message.of("MILESTONE_NOT_FOUND", id)));
        access.insideReadable(actor, row.agreementId(), Message.of("MILESTONE_NOT_FOUND", id));
        return new MilestoneDetail(row, queries.reports(id));
    }

    PageResponse<MilestoneRow> list(Actor actor, @Nullable Long agreementId, @Nullable String regionCode, @Nullable String municipalityCode,
                                    @Nullable String themeCode, @Nullable MilestoneState state, @Nullable LocalDate dueBefore,
                                    @Nullable LocalDate dueAfter, ListRequest list) {
        Long regionId = regionCode == null || regionCode.isBlank() ? null : scopes.byCode("region", regionCode, OrganisationType.GGD_REGION).id();
        Long municipalityId = municipalityCode == null || municipalityCode.isBlank() ? null
                : scopes.byCode("municipality", municipalityCode, OrganisationType.MUNICIPALITY).id();
        String theme = themeCode == null || themeCode.isBlank() ? null : themeCode.strip().toUpperCase();
        MilestoneQueries.Page result = queries.list(
                new MilestoneQueries.Filter(agreementId, regionId, municipalityId, theme, state, dueBefore, dueAfter),
                access.scopeOf(actor), today(), list.orderBy(MilestoneQueries.ORDER), list.pageNumber(), list.pageSize());
        return PageResponse.of(result.items(), list.pageNumber(), list.pageSize(), result.total());
    }

    /** The answer to a report, and whether it was stored now (false: its idempotency key was known). */
    record Reported(ReportAnswer answer, boolean created) {
    }

    @Transactional
    Reported report(Actor actor, long milestoneId, ReportRequest request) {
        Map<Long, ProgressRecorder.MilestoneRef> locked = recorder.lock(List.of(milestoneId));
        ProgressRecorder.MilestoneRef ref = locked.get(milestoneId);
        if (ref == null) {
            throw new NotFoundException(Message.of("MILESTONE_NOT_FOUND", milestoneId));
        }
        access.editable(actor, ref.agreementId());
        if (request.reportDate() != null && closedYears.isClosed(ref.agreementId(), request.reportDate().getYear())) {
            throw nl.akkoordmonitor.milestones.internal.closedyear.ClosedYearQuery.closed("YEAR_CLOSED.report", "/reportDate", request.reportDate().getYear());
        }
        List<Violation> violations = policy.report(request.reportDate(), request.status(), request.percentComplete(), today());
        RuleViolatedException.refuseIfAny(violations);
        String key = request.idempotencyKey() == null || request.idempotencyKey().isBlank() ? null : request.idempotencyKey().strip();
        List<ProgressRecorder.Stored> stored = recorder.append(actor, List.of(new ProgressRecorder.NewReport(milestoneId,
                request.reportDate(), request.status(), request.percentComplete(), blankToNull(request.narrative()), key)), locked);
        // Only the report just stored, or the one its idempotency key named before: not the whole history again.
        ReportView report = queries.report(milestoneId, stored.isEmpty() ? null : stored.get(0).id(), key).orElseThrow();
        return new Reported(new ReportAnswer(report, row(milestoneId)), !stored.isEmpty());
    }

    Overview overview(Actor actor, @Nullable String regionCode, @Nullable String municipalityCode, @Nullable Integer year) {
        Scope scope = scopes.resolve(actor, regionCode, municipalityCode);
        LocalDate today = today();
        List<MilestoneStateCount> counts = queries.countByThemeAndState(scope, year, today);
        Map<String, ThemeCountsBuilder> byTheme = new LinkedHashMap<>();
        Map<MilestoneState, Long> totals = zeroCounts();
        for (MilestoneStateCount count : counts) {
            byTheme.computeIfAbsent(count.coreThemeCode(), code -> new ThemeCountsBuilder(code, count.coreThemeName()))
                    .counts.merge(count.state(), count.count(), Long::sum);
            totals.merge(count.state(), count.count(), Long::sum);
        }
        List<ThemeCounts> themes = byTheme.values().stream()
                .map(b -> new ThemeCounts(b.code, b.name, b.counts, b.counts.values().stream().mapToLong(Long::longValue).sum()))
                .toList();
        return new Overview(scope, year, today, themes, totals, totals.values().stream().mapToLong(Long::longValue).sum());
    }

    private long checkPlan(AgreementSummary agreement, CommitmentSummary commitment, MilestoneRequest request) {
        long responsible = request.responsibleOrganisationId() != null ? request.responsibleOrganisationId()
                : commitment.responsibleOrganisationId();
        if (organisations.find(responsible).isEmpty()) {
            throw new BadRequestException(Violation.at("/responsibleOrganisationId", Message.of("RESPONSIBLE_ORGANISATION_EXISTS", responsible)));
        }
        List<Violation> violations = policy.planning(agreement, commitment, request.dueDate());
        RuleViolatedException.refuseIfAny(violations);
        return responsible;
    }

    private MilestoneRow row(long id) {
        return queries.find(id, today()).orElseThrow(() -> new NotFoundException(Message.of("MILESTONE_NOT_FOUND", id)));
    }

    private static Map<MilestoneState, Long> zeroCounts() {
        Map<MilestoneState, Long> counts = new EnumMap<>(MilestoneState.class);
        for (MilestoneState state : MilestoneState.values()) {
            counts.put(state, 0L);
        }
        return counts;
    }


    private static final class ThemeCountsBuilder {
        final String code;
        final String name;
        final Map<MilestoneState, Long> counts = zeroCounts();

        ThemeCountsBuilder(String code, String name) {
            this.code = code;
            this.name = name;
        }
    }
}
