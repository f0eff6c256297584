package nl.akkoordmonitor.agreements.internal.party;

import io.micronaut.http.HttpResponse;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.PathVariable;
import io.micronaut.http.annotation.Post;
import io.micronaut.http.annotation.Put;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.authentication.Authentication;
import io.micronaut.security.rules.SecurityRule;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import nl.akkoordmonitor.platform.security.Actor;

import java.net.URI;
import java.util.List;

/** The organisations that take part in an agreement: signatories, coordinators, executors, advisers, funders. */
@Controller("/agreements/{agreementId}/parties")
@Secured(SecurityRule.IS_AUTHENTICATED)
@ExecuteOn(TaskExecutors.BLOCKING)
@Tag(name = "Parties")
class PartyController {

    private final PartyService service;

    PartyController(PartyService service) {
        this.service = service;
    }

    @Post
    @Operation(summary = "Add a party with a role", description = "A signed agreement needs a reason.")
    HttpResponse<PartyRecords.PartyView> add(@PathVariable long agreementId, @Body @Valid PartyRecords.AddPartyRequest request,
                                             Authentication authentication) {
        PartyRecords.PartyView created = service.add(Actor.of(authentication), agreementId, request);
        return HttpResponse.created(created, URI.create("/agreements/" + agreementId + "/parties/" + created.id()));
    }

    @Put("/{partyId}")
    @Operation(summary = "Change a party's role", description = "Send the version you read. A signed agreement needs a reason.")
    PartyRecords.PartyView change(@PathVariable long agreementId, @PathVariable long partyId,
                                  @Body @Valid PartyRecords.ChangePartyRequest request, Authentication authentication) {
        return service.change(Actor.of(authentication), agreementId, partyId, request);
    }

    @Get
    @Operation(summary = "The parties of an agreement")
    List<PartyRecords.PartyView> parties(@PathVariable long agreementId, Authentication authentication) {
        return service.parties(Actor.of(authentication), agreementId);
    }
}
