package nl.akkoordmonitor.agreements.internal.agreement;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpRequest;
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
import nl.akkoordmonitor.agreements.AgreementLevel;
import nl.akkoordmonitor.agreements.AgreementStatus;
import nl.akkoordmonitor.agreements.Organisation;
import nl.akkoordmonitor.agreements.OrganisationType;
import nl.akkoordmonitor.agreements.Organisations;
import nl.akkoordmonitor.platform.message.Languages;
import nl.akkoordmonitor.platform.message.Message;
import nl.akkoordmonitor.platform.message.Messages;
import nl.akkoordmonitor.platform.paging.ListRequest;
import nl.akkoordmonitor.platform.paging.PageResponse;
import nl.akkoordmonitor.platform.paging.Paging;
import nl.akkoordmonitor.platform.paging.Sorting;
import nl.akkoordmonitor.platform.problem.Answers;
import nl.akkoordmonitor.platform.problem.BadRequestException;
import nl.akkoordmonitor.platform.problem.Problem;
import nl.akkoordmonitor.platform.problem.Violation;
import nl.akkoordmonitor.platform.security.Actor;

import java.net.URI;
import java.util.List;

/** National, regional and local agreements and their lifecycle. */
@Controller("/agreements")
@Secured(SecurityRule.IS_AUTHENTICATED)
@ExecuteOn(TaskExecutors.BLOCKING)
@Tag(name = "Agreements")
class AgreementController {

    /** What {@code signingCheck} sorts on. */
    static final Sorting<Problem.Item> SIGNING_CHECK = Sorting.by("rule", Problem.Item::rule)
            .and("field", Problem.Item::field);

    private final AgreementService service;
    private final AgreementQueries queries;
    private final AgreementAccessService access;
    private final Organisations organisations;
    private final Messages messages;

    AgreementController(AgreementService service, AgreementQueries queries, AgreementAccessService access, Organisations organisations,
                        Messages messages) {
        this.service = service;
        this.queries = queries;
        this.access = access;
        this.organisations = organisations;
        this.messages = messages;
    }

    @Post
    @Answers.Restricted @Answers.NotFound @Answers.Conflict @Answers.RuleViolated
    @Status(HttpStatus.CREATED)
    @Operation(operationId = "createAgreement", summary = "Create a draft agreement",
            description = "VWS creates national agreements, a GGD region its regional ones, a municipality its local ones.")
    HttpResponse<AgreementView> create(@Body @Valid AgreementRecords.CreateAgreementRequest request, Authentication authentication) {
        AgreementView created = service.create(Actor.of(authentication), request);
        return HttpResponse.created(created, URI.create("/agreements/" + created.id()));
    }

    @Get("{?level,owner,region,status,year,programme}")
    @Answers.Restricted
    @Operation(operationId = "listAgreements", summary = "List the agreements you may read",
            description = "Filter by level, owner (organisation id), region (CBS code of a GGD region: its own and its municipalities' agreements), status, a year the period covers and programme (the id of the national agreement at the top).")
    PageResponse<AgreementView> list(@Schema(type = "string") @Nullable @QueryValue AgreementLevel level,
                                     @Parameter(description = "id of the owning organisation") @Nullable @QueryValue Long owner,
                                     @Parameter(description = "CBS code of a GGD region, e.g. GG3406") @Nullable @QueryValue String region,
                                     @Schema(type = "string") @Nullable @QueryValue AgreementStatus status,
                                     @Nullable @QueryValue Integer year,
                                     @Parameter(description = "id of a national agreement: only agreements of that programme") @Nullable @QueryValue Long programme,
                                     @RequestBean Paging paging,
            @Parameter(description = "Sort on title, level, status, firstYear, lastYear, ownerName or id; add ,desc to reverse.",
                    schema = @Schema(allowableValues = {"title", "title,desc", "level", "level,desc", "status", "status,desc", "firstYear", "firstYear,desc", "lastYear", "lastYear,desc", "ownerName", "ownerName,desc", "id", "id,desc"}))
            @Nullable @QueryValue String sort,
                                     Authentication authentication) {
        ListRequest list = paging.sortedBy(sort);
        Actor actor = Actor.of(authentication);
        Long regionId = region == null || region.isBlank() ? null : organisations.findByCode(region.strip().toUpperCase())
                .filter(o -> o.type() == OrganisationType.GGD_REGION).map(Organisation::id)
                .orElseThrow(() -> new BadRequestException(Violation.at("region", Message.of("REGION_CODE_UNKNOWN", region))));
        return queries.search(access.scopeOf(actor), actor.organisationId(),
                new AgreementQueries.Filter(level, owner, regionId, status, year, programme), list);
    }

    @Get("/{id}")
    @Answers.Restricted @Answers.NotFound
    @Operation(operationId = "getAgreement", summary = "Get one agreement")
    AgreementView get(@PathVariable long id, Authentication authentication) {
        return access.readableView(Actor.of(authentication), id);
    }

    @Put("/{id}")
    @Answers.Restricted @Answers.NotFound @Answers.Conflict @Answers.RuleViolated
    @Operation(operationId = "updateAgreement", summary = "Change the title or period of an agreement",
            description = "Send the version you read; a stale version is refused with 409. A signed agreement needs a reason.")
    AgreementView update(@PathVariable long id, @Body @Valid AgreementRecords.UpdateAgreementRequest request, Authentication authentication) {
        return service.update(Actor.of(authentication), id, request);
    }

    @Get("/{id}/signing-check")
    @Answers.Restricted @Answers.NotFound
    @Operation(operationId = "checkSigning", summary = "List what is still missing before a draft can be signed",
            description = "The same check as signing, without signing: every missing item as a violation (empty when it can be signed). For the owner.")
    PageResponse<Problem.Item> signingCheck(@PathVariable long id, @RequestBean Paging paging,
            @Parameter(description = "Sort on rule or field; add ,desc to reverse.",
                    schema = @Schema(allowableValues = {"rule", "rule,desc", "field", "field,desc"}))
            @Nullable @QueryValue String sort, Authentication authentication,
                                            HttpRequest<?> request) {
        ListRequest list = paging.sortedBy(sort);
        // Written as the violations of a refused signing are: rule, field and a message in the caller's language.
        return list.page(Problem.Item.of(service.missingForSigning(Actor.of(authentication), id), messages, Languages.of(request)),
                SIGNING_CHECK);
    }

    @Post("/{id}/sign")
    @Answers.Restricted @Answers.NotFound @Answers.Conflict @Answers.RuleViolated
    @Operation(operationId = "signAgreement", summary = "Sign a draft agreement (DRAFT to ACTIVE)",
            description = "Refused with 422 listing every missing item: binding themes not adopted with a commitment or explained, no signatory.")
    AgreementView sign(@PathVariable long id, Authentication authentication) {
        return service.sign(Actor.of(authentication), id);
    }

    @Post("/{id}/close")
    @Answers.Restricted @Answers.NotFound @Answers.Conflict
    @Operation(operationId = "closeAgreement", summary = "Close an active agreement (ACTIVE to CLOSED)")
    AgreementView close(@PathVariable long id, @Nullable @Body AgreementRecords.CloseAgreementRequest request, Authentication authentication) {
        return service.close(Actor.of(authentication), id, request == null ? null : request.reason());
    }
}
