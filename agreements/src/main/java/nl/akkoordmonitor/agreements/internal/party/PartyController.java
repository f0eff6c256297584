package nl.akkoordmonitor.agreements.internal.party;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.PathVariable;
import io.micronaut.http.annotation.Post;
import io.micronaut.http.annotation.Put;
import io.micronaut.http.annotation.QueryValue;
import io.micronaut.http.annotation.RequestBean;
import io.micronaut.http.annotation.Status;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.authentication.Authentication;
import io.micronaut.security.rules.SecurityRule;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import nl.akkoordmonitor.platform.paging.ListRequest;
import nl.akkoordmonitor.platform.paging.PageResponse;
import nl.akkoordmonitor.platform.paging.Paging;
import nl.akkoordmonitor.platform.paging.Sorting;
import nl.akkoordmonitor.platform.problem.Answers;
import nl.akkoordmonitor.platform.security.Actor;

import java.net.URI;

/** The organisations that take part in an agreement: signatories, coordinators, executors, advisers, funders. */
@Controller("/agreements/{agreementId}/parties")
@Secured(SecurityRule.IS_AUTHENTICATED)
@ExecuteOn(TaskExecutors.BLOCKING)
@Tag(name = "Parties")
class PartyController {

    /** What {@code parties} sorts on. */
    static final Sorting<PartyRecords.PartyView> PARTIES = Sorting.by("organisationName", PartyRecords.PartyView::organisationName)
            .and("role", PartyRecords.PartyView::role)
            .and("organisationType", PartyRecords.PartyView::organisationType)
            .and("id", PartyRecords.PartyView::id);

    private final PartyService service;

    PartyController(PartyService service) {
        this.service = service;
    }

    @Post
    @Answers.Restricted @Answers.NotFound @Answers.Conflict @Answers.RuleViolated
    @Status(HttpStatus.CREATED)
    @Operation(operationId = "addParty", summary = "Add a party with a role", description = "A signed agreement needs a reason.")
    HttpResponse<PartyRecords.PartyView> add(@PathVariable long agreementId, @Body @Valid PartyRecords.AddPartyRequest request,
                                             Authentication authentication) {
        PartyRecords.PartyView created = service.add(Actor.of(authentication), agreementId, request);
        return HttpResponse.created(created, URI.create("/agreements/" + agreementId + "/parties/" + created.id()));
    }

    @Put("/{partyId}")
    @Answers.Restricted @Answers.NotFound @Answers.Conflict @Answers.RuleViolated
    @Operation(operationId = "changePartyRole", summary = "Change a party's role", description = "Send the version you read. A signed agreement needs a reason.")
    PartyRecords.PartyView change(@PathVariable long agreementId, @PathVariable long partyId,
                                  @Body @Valid PartyRecords.ChangePartyRequest request, Authentication authentication) {
        return service.change(Actor.of(authentication), agreementId, partyId, request);
    }

    @Get
    @Answers.Restricted @Answers.NotFound
    @Operation(operationId = "listParties", summary = "The parties of an agreement")
    PageResponse<PartyRecords.PartyView> parties(@PathVariable long agreementId, @RequestBean Paging paging,
            @Parameter(description = "Sort on organisationName, role, organisationType or id; add ,desc to reverse.",
                    schema = @Schema(allowableValues = {"organisationName", "organisationName,desc", "role", "role,desc", "organisationType", "organisationType,desc", "id", "id,desc"}))
            @Nullable @QueryValue String sort, Authentication authentication) {
        ListRequest list = paging.sortedBy(sort);
        return list.page(service.parties(Actor.of(authentication), agreementId), PARTIES);
    }
}
