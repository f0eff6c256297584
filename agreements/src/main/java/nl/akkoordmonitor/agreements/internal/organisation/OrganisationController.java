package nl.akkoordmonitor.agreements.internal.organisation;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.PathVariable;
import io.micronaut.http.annotation.Post;
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
import nl.akkoordmonitor.agreements.Organisation;
import nl.akkoordmonitor.agreements.OrganisationType;
import nl.akkoordmonitor.platform.paging.ListRequest;
import nl.akkoordmonitor.platform.paging.PageResponse;
import nl.akkoordmonitor.platform.paging.Paging;
import nl.akkoordmonitor.platform.problem.Answers;
import nl.akkoordmonitor.platform.security.Actor;

import java.net.URI;

/** The ministry, the GGD regions, the municipalities and the other partners in agreements. */
@Controller("/organisations")
@Secured(SecurityRule.IS_AUTHENTICATED)
@ExecuteOn(TaskExecutors.BLOCKING)
@Tag(name = "Organisations")
class OrganisationController {

    private final OrganisationService service;

    OrganisationController(OrganisationService service) {
        this.service = service;
    }

    @Get("{?type,region,code,name}")
    @Answers.LoggedIn
    @Operation(operationId = "listOrganisations", summary = "List organisations", description = "Filter by type, by GGD region (CBS code, e.g. GG3406: its municipalities) by CBS code and by part of the name.")
    PageResponse<Organisation> list(@Schema(type = "string") @Nullable @QueryValue OrganisationType type,
                                    @Parameter(description = "CBS code of a GGD region, e.g. GG3406") @Nullable @QueryValue String region,
                                    @Parameter(description = "CBS code, e.g. GM0363, or VWS") @Nullable @QueryValue String code,
                                    @Nullable @QueryValue String name,
                                    @RequestBean Paging paging,
            @Parameter(description = "Sort on name, code, type or id; add ,desc to reverse.",
                    schema = @Schema(allowableValues = {"name", "name,desc", "code", "code,desc", "type", "type,desc", "id", "id,desc"}))
            @Nullable @QueryValue String sort) {
        ListRequest list = paging.sortedBy(sort);
        return PageResponse.of(service.search(type, region, code, name, list), o -> o);
    }

    @Get("/{id}")
    @Answers.LoggedIn @Answers.NotFound
    @Operation(operationId = "getOrganisation", summary = "Get one organisation")
    Organisation get(@PathVariable long id) {
        return service.get(id);
    }

    @Post
    @Answers.Restricted @Answers.Conflict @Answers.RuleViolated
    @Status(HttpStatus.CREATED)
    @Operation(operationId = "createOrganisation", summary = "Add a partner organisation", description = "Health insurers, knowledge institutes, social partners, schools and others. Ministry, GGD regions and municipalities come from the CBS reference data.")
    HttpResponse<Organisation> create(@Body @Valid OrganisationRecords.CreateOrganisationRequest request, Authentication authentication) {
        Organisation created = service.create(Actor.of(authentication), request);
        return HttpResponse.created(created, URI.create("/organisations/" + created.id()));
    }
}
