package nl.akkoordmonitor.agreements.internal.history;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.PathVariable;
import io.micronaut.http.annotation.QueryValue;
import io.micronaut.http.annotation.RequestBean;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.authentication.Authentication;
import io.micronaut.security.rules.SecurityRule;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.tags.Tag;
import nl.akkoordmonitor.agreements.AgreementAccess;
import nl.akkoordmonitor.agreements.AgreementSummary;
import nl.akkoordmonitor.platform.audit.AuditRecord;
import nl.akkoordmonitor.platform.audit.AuditTrail;
import nl.akkoordmonitor.platform.paging.ListRequest;
import nl.akkoordmonitor.platform.paging.PageResponse;
import nl.akkoordmonitor.platform.paging.Paging;
import nl.akkoordmonitor.platform.paging.Sorting;
import nl.akkoordmonitor.platform.problem.Answers;
import nl.akkoordmonitor.platform.security.Actor;

import java.util.List;
import java.util.Set;

/** Who changed what in an agreement, when and why. */
@Controller("/agreements/{agreementId}/history")
@Secured(SecurityRule.IS_AUTHENTICATED)
@ExecuteOn(TaskExecutors.BLOCKING)
@Tag(name = "Agreements")
class HistoryController {

    /** What {@code history} sorts on. */
    static final Sorting<AuditRecord> HISTORY = Sorting.by("occurredAt", AuditRecord::occurredAt)
            .and("entity", AuditRecord::entity)
            .and("action", AuditRecord::action)
            .and("username", AuditRecord::username)
            .and("id", AuditRecord::id);

    /**
     * What the agreement promises: everyone who may read the agreement reads these entries.
     * Entries about its inside (milestones, progress, evaluations, money) only its insiders read,
     * as for the things themselves ({@link AgreementAccess#mayReadInside}).
     */
    static final Set<String> AGREEMENT_ITSELF = Set.of("agreement", "core_theme", "theme_adoption", "commitment", "party",
            "indicator_target");

    private final AgreementAccess access;
    private final AuditTrail trail;

    HistoryController(AgreementAccess access, AuditTrail trail) {
        this.access = access;
        this.trail = trail;
    }

    @Get
    @Answers.Restricted @Answers.NotFound
    @Operation(operationId = "listAgreementHistory", summary = "The history of an agreement",
            description = "Every change to the agreement and what hangs under it, oldest first: who, when, what (before and after) "
                    + "and why. Changes to milestones, progress, evaluations and money only for the agreement's owner, reviewer, "
                    + "GGD region and VWS; others see the changes to the agreement, its themes, commitments, parties and targets.")
    PageResponse<AuditRecord> history(@PathVariable long agreementId, @RequestBean Paging paging,
            @Parameter(description = "Sort on occurredAt, entity, action, username or id; add ,desc to reverse.",
                    schema = @Schema(allowableValues = {"occurredAt", "occurredAt,desc", "entity", "entity,desc", "action", "action,desc", "username", "username,desc", "id", "id,desc"}))
            @Nullable @QueryValue String sort, Authentication authentication) {
        ListRequest list = paging.sortedBy(sort);
        Actor actor = Actor.of(authentication);
        AgreementSummary agreement = access.readable(actor, agreementId);
        List<AuditRecord> entries = trail.ofAgreement(agreementId);
        if (!access.mayReadInside(actor, agreement)) {
            entries = entries.stream().filter(entry -> AGREEMENT_ITSELF.contains(entry.entity())).toList();
        }
        return list.page(entries, HISTORY);
    }
}
