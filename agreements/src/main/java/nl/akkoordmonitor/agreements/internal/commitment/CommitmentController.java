package nl.akkoordmonitor.agreements.internal.commitment;

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

/** Commitments: the concrete actions under an adopted theme. */
@Controller
@Secured(SecurityRule.IS_AUTHENTICATED)
@ExecuteOn(TaskExecutors.BLOCKING)
@Tag(name = "Commitments")
class CommitmentController {

    /** What {@code ofAgreement} sorts on. */
    static final Sorting<CommitmentView> COMMITMENTS = Sorting.by("coreThemeCode", CommitmentView::coreThemeCode)
            .and("title", CommitmentView::title)
            .and("firstYear", CommitmentView::firstYear)
            .and("lastYear", CommitmentView::lastYear)
            .and("responsibleOrganisationName", CommitmentView::responsibleOrganisationName)
            .and("id", CommitmentView::id);

    private final CommitmentService service;

    CommitmentController(CommitmentService service) {
        this.service = service;
    }

    @Post("/agreements/{agreementId}/adoptions/{adoptionId}/commitments")
    @Answers.Restricted @Answers.NotFound @Answers.Conflict @Answers.RuleViolated
    @Status(HttpStatus.CREATED)
    @Operation(operationId = "addCommitment", summary = "Add a commitment under an adopted theme", description = "A signed agreement needs a reason.")
    HttpResponse<CommitmentView> create(@PathVariable long agreementId, @PathVariable long adoptionId,
                                        @Body @Valid CommitmentRecords.CommitmentRequest request, Authentication authentication) {
        CommitmentView created = service.create(Actor.of(authentication), agreementId, adoptionId, request);
        return HttpResponse.created(created, URI.create("/commitments/" + created.id()));
    }

    @Get("/agreements/{agreementId}/commitments")
    @Answers.Restricted @Answers.NotFound
    @Operation(operationId = "listCommitments", summary = "The commitments of an agreement, by theme")
    PageResponse<CommitmentView> ofAgreement(@PathVariable long agreementId, @RequestBean Paging paging,
            @Parameter(description = "Sort on coreThemeCode, title, firstYear, lastYear, responsibleOrganisationName or id; add ,desc to reverse.",
                    schema = @Schema(allowableValues = {"coreThemeCode", "coreThemeCode,desc", "title", "title,desc", "firstYear", "firstYear,desc", "lastYear", "lastYear,desc", "responsibleOrganisationName", "responsibleOrganisationName,desc", "id", "id,desc"}))
            @Nullable @QueryValue String sort, Authentication authentication) {
        ListRequest list = paging.sortedBy(sort);
        return list.page(service.ofAgreement(Actor.of(authentication), agreementId), COMMITMENTS);
    }

    @Get("/commitments/{id}")
    @Answers.Restricted @Answers.NotFound
    @Operation(operationId = "getCommitment", summary = "Get one commitment")
    CommitmentView get(@PathVariable long id, Authentication authentication) {
        return service.get(Actor.of(authentication), id);
    }

    @Put("/commitments/{id}")
    @Answers.Restricted @Answers.NotFound @Answers.Conflict @Answers.RuleViolated
    @Operation(operationId = "updateCommitment", summary = "Change a commitment", description = "Send the version you read. A signed agreement needs a reason.")
    CommitmentView update(@PathVariable long id, @Body @Valid CommitmentRecords.CommitmentRequest request, Authentication authentication) {
        return service.update(Actor.of(authentication), id, request);
    }
}
