package nl.akkoordmonitor.platform.internal.audit;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
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
import nl.akkoordmonitor.platform.audit.AuditRecord;
import nl.akkoordmonitor.platform.message.Message;
import nl.akkoordmonitor.platform.paging.ListRequest;
import nl.akkoordmonitor.platform.paging.PageResponse;
import nl.akkoordmonitor.platform.paging.Paging;
import nl.akkoordmonitor.platform.problem.Answers;
import nl.akkoordmonitor.platform.problem.BadRequestException;
import nl.akkoordmonitor.platform.problem.Violation;
import nl.akkoordmonitor.platform.security.Actor;
import nl.akkoordmonitor.platform.security.OrganisationDirectory;

import java.time.LocalDate;

import static nl.akkoordmonitor.platform.text.Texts.blankToNull;

/**
 * Reads the audit log, newest first. There is deliberately no endpoint that changes or deletes
 * audit rows; the database refuses it as well. Who sees which rows: {@link AuditScope}.
 */
@Controller("/audit")
@Secured(SecurityRule.IS_AUTHENTICATED)
@ExecuteOn(TaskExecutors.BLOCKING)
@Tag(name = "Audit")
class AuditController {

    private final AuditSearch search;
    private final OrganisationDirectory organisations;

    AuditController(AuditSearch search, OrganisationDirectory organisations) {
        this.search = search;
        this.organisations = organisations;
    }

    @Get("{?entity,entityId,organisation,user,action,from,to}")
    @Answers.Restricted
    @Operation(operationId = "searchAuditLog", summary = "Search the audit log",
            description = "Newest first. VWS and administrators see every entry; a municipality sees the entries of its own "
                    + "organisation; a GGD those of its region and, except user accounts and logins, of the municipalities in its region.")
    PageResponse<AuditRecord> search(@Parameter(description = "kind of thing that changed, e.g. agreement, user") @Nullable @QueryValue String entity,
                                     @Parameter(description = "its id") @Nullable @QueryValue String entityId,
                                     @Parameter(description = "id of the organisation whose data changed") @Nullable @QueryValue Long organisation,
                                     @Parameter(description = "id of the user who made the change") @Nullable @QueryValue Long user,
                                     @Parameter(description = "e.g. CREATE, UPDATE, LOGIN, LOGIN_FAILED") @Nullable @QueryValue String action,
                                     @Parameter(description = "first day, inclusive (yyyy-mm-dd)") @Nullable @QueryValue LocalDate from,
                                     @Parameter(description = "last day, inclusive (yyyy-mm-dd)") @Nullable @QueryValue LocalDate to,
                                     @RequestBean Paging paging,
            @Parameter(description = "Sort on occurredAt, entity, action, username or id; add ,desc to reverse.",
                    schema = @Schema(allowableValues = {"occurredAt", "occurredAt,desc", "entity", "entity,desc", "action", "action,desc", "username", "username,desc", "id", "id,desc"}))
            @Nullable @QueryValue String sort,
                                     Authentication authentication) {
        ListRequest list = paging.sortedBy(sort);
        if (from != null && to != null && from.isAfter(to)) {
            throw new BadRequestException(new Violation("PERIOD_REVERSED", "from", Message.of("PERIOD_REVERSED", from, to)));
        }
        AuditScope scope = AuditScope.of(Actor.of(authentication), organisations);
        scope.checkMayFilterOn(organisation);
        return search.search(new AuditFilter(blankToNull(entity), blankToNull(entityId), organisation, user,
                blankToNull(action) == null ? null : action.strip().toUpperCase(), from, to), scope, list);
    }
}
