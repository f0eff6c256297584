package nl.akkoordmonitor.milestones.internal.milestone;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import nl.akkoordmonitor.agreements.AgreementAccess;
import nl.akkoordmonitor.agreements.Scope;
import nl.akkoordmonitor.milestones.MilestoneOwnerCount;
import nl.akkoordmonitor.milestones.MilestoneRegionCount;
import nl.akkoordmonitor.milestones.MilestoneYearCount;
import nl.akkoordmonitor.milestones.MilestoneReporting;
import nl.akkoordmonitor.milestones.MilestoneRow;
import nl.akkoordmonitor.milestones.MilestoneStateCount;
import nl.akkoordmonitor.milestones.ProgressEntry;
import nl.akkoordmonitor.milestones.ProgressProblem;
import nl.akkoordmonitor.milestones.ProgressResult;
import nl.akkoordmonitor.platform.message.Message;
import nl.akkoordmonitor.platform.problem.ProblemException;
import nl.akkoordmonitor.platform.problem.Violation;
import nl.akkoordmonitor.platform.security.Actor;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

@Singleton
class MilestoneReportingService implements MilestoneReporting {

    private static final int MAX_KEY = 200;
    private static final int MAX_NARRATIVE = 4000;

    private final nl.akkoordmonitor.milestones.ClosedYears closedYears;
    private final MilestoneQueries queries;
    private final ProgressRecorder recorder;
    private final AgreementAccess access;
    private final MilestonePolicy policy;
    private final Clock clock;

    MilestoneReportingService(MilestoneQueries queries, ProgressRecorder recorder, AgreementAccess access, MilestonePolicy policy,
                              Clock clock, nl.akkoordmonitor.milestones.ClosedYears closedYears) {
        this.queries = queries;
        this.recorder = recorder;
        this.access = access;
        this.policy = policy;
        this.clock = clock;
        this.closedYears = closedYears;
    }

    @Override
    @Transactional(readOnly = true)
    public void forEachMilestone(Scope scope, @Nullable Integer year, Consumer<MilestoneRow> sink) {
        queries.stream(scope, year, LocalDate.now(clock), sink);
    }

    @Override
    public List<MilestoneStateCount> countsByThemeAndState(Scope scope, @Nullable Integer year) {
        return queries.countByThemeAndState(scope, year, LocalDate.now(clock));
    }

    @Override
    public List<MilestoneOwnerCount> countsByOwnerThemeAndState(Scope scope, @Nullable Integer year) {
        return queries.countByOwnerThemeAndState(scope, year, LocalDate.now(clock));
    }

    @Override
    public List<MilestoneRegionCount> countsByRegionThemeAndState(Scope scope, @Nullable Integer year) {
        return queries.countByRegionThemeAndState(scope, year, LocalDate.now(clock));
    }

    @Override
    public List<MilestoneYearCount> countsByYearAndState(Scope scope, int fromYear, int toYear) {
        return queries.countByYearAndState(scope, fromYear, toYear, LocalDate.now(clock));
    }

    @Override
    @Transactional
    public ProgressResult recordProgress(Actor actor, List<ProgressEntry> entries) {
        LocalDate today = LocalDate.now(clock);
        List<ProgressProblem> problems = new ArrayList<>();
        Map<Long, ProgressRecorder.MilestoneRef> locked = recorder.lock(entries.stream().map(ProgressEntry::milestoneId).distinct().toList());
        Map<Long, Boolean> mayEdit = new HashMap<>();
        List<ProgressRecorder.NewReport> reports = new ArrayList<>();
        for (int i = 0; i < entries.size(); i++) {
            ProgressEntry entry = entries.get(i);
            ProgressRecorder.MilestoneRef ref = locked.get(entry.milestoneId());
            // Unknown and someone else's milestones get the same answer, so that ids leak nothing.
            if (ref == null || !mayEdit.computeIfAbsent(ref.agreementId(), agreement -> editable(actor, agreement))) {
                problems.add(new ProgressProblem(i, "NOT_YOUR_MILESTONE", "/milestoneId", Message.of("NOT_YOUR_MILESTONE", entry.milestoneId())));
                continue;
            }
            if (entry.reportDate() == null || entry.status() == null) {
                problems.add(new ProgressProblem(i, "INVALID_FIELD", entry.reportDate() == null ? "/reportDate" : "/status",
                        Message.of("PROGRESS_DATE_AND_STATUS")));
                continue;
            }
            if (entry.idempotencyKey() == null || entry.idempotencyKey().isBlank() || entry.idempotencyKey().length() > MAX_KEY) {
                problems.add(new ProgressProblem(i, "INVALID_FIELD", "/idempotencyKey", Message.of("PROGRESS_KEY_LENGTH", MAX_KEY)));
            }
            if (entry.narrative() != null && entry.narrative().length() > MAX_NARRATIVE) {
                problems.add(new ProgressProblem(i, "INVALID_FIELD", "/narrative", Message.of("PROGRESS_NARRATIVE_LENGTH", MAX_NARRATIVE)));
            }
            if (closedYears.isClosed(ref.agreementId(), entry.reportDate().getYear())) {
                problems.add(new ProgressProblem(i, nl.akkoordmonitor.milestones.internal.closedyear.ClosedYearQuery.YEAR_CLOSED, "/reportDate",
                        Message.of("YEAR_CLOSED.progress", entry.reportDate().getYear())));
                continue;
            }
            for (Violation v : policy.report(entry.reportDate(), entry.status(), entry.percentComplete(), today)) {
                problems.add(new ProgressProblem(i, v.rule(), v.field(), v.message()));
            }
            reports.add(new ProgressRecorder.NewReport(entry.milestoneId(), entry.reportDate(), entry.status(), entry.percentComplete(),
                    entry.narrative() == null || entry.narrative().isBlank() ? null : entry.narrative().strip(),
                    entry.idempotencyKey() == null ? null : entry.idempotencyKey().strip()));
        }
        if (!problems.isEmpty()) {
            return new ProgressResult(0, 0, problems);
        }
        int created = recorder.append(actor, reports, locked).size();
        return new ProgressResult(created, entries.size() - created, List.of());
    }

    private boolean editable(Actor actor, long agreementId) {
        try {
            access.editable(actor, agreementId);
            return true;
        } catch (ProblemException refused) {
            return false;
        }
    }
}
