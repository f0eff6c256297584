package nl.akkoordmonitor.agreements.internal.commitment;

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

/** Commitments: the concrete actions under an adopted theme. */
@Controller
@Secured(SecurityRule.IS_AUTHENTICATED)
@ExecuteOn(TaskExecutors.BLOCKING)
@Tag(name = "Commitments")
class CommitmentController {

    private final CommitmentService service;

    CommitmentController(CommitmentService service) {
        this.service = service;
    }

    @Post("/agreements/{agreementId}/adoptions/{adoptionId}/commitments")
    @Operation(summary = "Add a commitment under an adopted theme", description = "A signed agreement needs a reason.")
    HttpResponse<CommitmentView> create(@PathVariable long agreementId, @PathVariable long adoptionId,
                                        @Body @Valid CommitmentRecords.CommitmentRequest request, Authentication authentication) {
        CommitmentView created = service.create(Actor.of(authentication), agreementId, adoptionId, request);
        return HttpResponse.created(created, URI.create("/commitments/" + created.id()));
    }

    @Get("/agreements/{agreementId}/commitments")
    @Operation(summary = "The commitments of an agreement, by theme")
    List<CommitmentView> ofAgreement(@PathVariable long agreementId, Authentication authentication) {
        return service.ofAgreement(Actor.of(authentication), agreementId);
    }

    @Get("/commitments/{id}")
    @Operation(summary = "Get one commitment")
    CommitmentView get(@PathVariable long id, Authentication authentication) {
        return service.get(Actor.of(authentication), id);
    }

    @Put("/commitments/{id}")
    @Operation(summary = "Change a commitment", description = "Send the version you read. A signed agreement needs a reason.")
    CommitmentView update(@PathVariable long id, @Body @Valid CommitmentRecords.CommitmentRequest request, Authentication authentication) {
        return service.update(Actor.of(authentication), id, request);
    }
}
