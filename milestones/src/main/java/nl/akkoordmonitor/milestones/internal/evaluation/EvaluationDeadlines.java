package nl.akkoordmonitor.milestones.internal.evaluation;

import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import nl.akkoordmonitor.milestones.internal.evaluation.EvaluationRecords.DeadlineRequest;
import nl.akkoordmonitor.milestones.internal.evaluation.EvaluationRecords.DeadlineView;
import nl.akkoordmonitor.platform.audit.AuditEntry;
import nl.akkoordmonitor.platform.audit.AuditLog;
import nl.akkoordmonitor.platform.message.Message;
import nl.akkoordmonitor.platform.problem.BadRequestException;
import nl.akkoordmonitor.platform.problem.RuleViolatedException;
import nl.akkoordmonitor.platform.problem.Violation;
import nl.akkoordmonitor.platform.security.Actor;

import java.time.LocalDate;
import java.util.Optional;

/** The submission deadline per year: configured by VWS, or by default 1 April of the following year. */
@Singleton
class EvaluationDeadlines {

    private final EvaluationRepositories.Deadlines repository;
    private final EvaluationDeadlinePolicy policy;
    private final AuditLog auditLog;

    EvaluationDeadlines(EvaluationRepositories.Deadlines repository, EvaluationDeadlinePolicy policy, AuditLog auditLog) {
        this.repository = repository;
        this.policy = policy;
        this.auditLog = auditLog;
    }

    LocalDate deadline(int year) {
        return policy.deadline(year, repository.findById(year).map(EvaluationDeadlineEntity::deadline).orElse(null));
    }

    boolean onTime(LocalDate firstSubmittedOn, LocalDate deadline) {
        return policy.onTime(firstSubmittedOn, deadline);
    }

    DeadlineView view(int year) {
        Optional<EvaluationDeadlineEntity> configured = repository.findById(year);
        return new DeadlineView(year, deadline(year), configured.isPresent(), configured.map(EvaluationDeadlineEntity::version).orElse(null));
    }

    @Transactional
    DeadlineView set(Actor actor, int year, DeadlineRequest request) {
        if (!request.deadline().isAfter(LocalDate.of(year, 12, 31))) {
            throw new RuleViolatedException(Violation.at("/deadline", Message.of("DEADLINE_BEFORE_YEAR_END", year, policy.deadline(year, null))));
        }
        Optional<EvaluationDeadlineEntity> before = repository.findById(year);
        EvaluationDeadlineEntity after;
        if (before.isEmpty()) {
            after = repository.save(new EvaluationDeadlineEntity(year, request.deadline(), null));
        } else {
            if (request.version() == null) {
                throw new BadRequestException(Violation.at("/version", Message.of("VERSION_REQUIRED.read")));
            }
            after = repository.update(new EvaluationDeadlineEntity(year, request.deadline(), request.version()));
        }
        auditLog.record(actor, AuditEntry.of("evaluation_deadline", year, before.isEmpty() ? "CREATE" : "UPDATE")
                .values(before.orElse(null), after));
        return view(year);
    }
}
