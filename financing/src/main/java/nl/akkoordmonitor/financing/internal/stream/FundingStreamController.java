package nl.akkoordmonitor.financing.internal.stream;

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
import nl.akkoordmonitor.financing.FundingNature;
import nl.akkoordmonitor.financing.LegalBasis;
import nl.akkoordmonitor.platform.paging.ListRequest;
import nl.akkoordmonitor.platform.paging.PageResponse;
import nl.akkoordmonitor.platform.paging.Paging;
import nl.akkoordmonitor.platform.paging.Sorting;
import nl.akkoordmonitor.platform.problem.Answers;
import nl.akkoordmonitor.platform.security.Actor;

import java.net.URI;
import java.util.List;

import static nl.akkoordmonitor.financing.internal.stream.FundingStreamRecords.BudgetView;
import static nl.akkoordmonitor.financing.internal.stream.FundingStreamRecords.CreateBudgetRequest;
import static nl.akkoordmonitor.financing.internal.stream.FundingStreamRecords.StreamRequest;
import static nl.akkoordmonitor.financing.internal.stream.FundingStreamRecords.StreamView;
import static nl.akkoordmonitor.financing.internal.stream.FundingStreamRecords.UpdateBudgetRequest;

/** Funding streams (financieringsstromen) and their budgets per year (begroting). */
@Controller("/funding-streams")
@Secured(SecurityRule.IS_AUTHENTICATED)
@ExecuteOn(TaskExecutors.BLOCKING)
@Tag(name = "Financing")
class FundingStreamController {

    /** What {@code budgets} sorts on. */
    static final Sorting<BudgetView> BUDGETS = Sorting.by("year", BudgetView::year)
            .and("amount", BudgetView::amount)
            .and("remaining", BudgetView::remaining);

    private final FundingStreamService service;

    FundingStreamController(FundingStreamService service) {
        this.service = service;
    }

    @Post
    @Answers.Restricted @Answers.NotFound @Answers.Conflict @Answers.RuleViolated
    @Status(HttpStatus.CREATED)
    @Operation(operationId = "createFundingStream", summary = "Register a funding stream your organisation receives",
            description = "An incidental stream needs a last year; a structural one may be open-ended. Earmarked money carries its conditions.")
    HttpResponse<StreamView> create(@Body @Valid StreamRequest request, Authentication authentication) {
        StreamView created = service.create(Actor.of(authentication), request);
        return HttpResponse.created(created, URI.create("/funding-streams/" + created.id()));
    }

    @Get("{?recipientId,legalBasis,nature,year}")
    @Answers.Restricted
    @Operation(operationId = "listFundingStreams", summary = "List the funding streams you may see",
            description = "Filter by recipient organisation, legal basis, nature and a year the stream's period covers.")
    PageResponse<StreamView> list(@Nullable @QueryValue Long recipientId, @Schema(type = "string") @Nullable @QueryValue LegalBasis legalBasis,
                                  @Schema(type = "string") @Nullable @QueryValue FundingNature nature, @Nullable @QueryValue Integer year,
                                  @RequestBean Paging paging,
            @Parameter(description = "Sort on name, legalBasis, nature, firstYear or id; add ,desc to reverse.",
                    schema = @Schema(allowableValues = {"name", "name,desc", "legalBasis", "legalBasis,desc", "nature", "nature,desc", "firstYear", "firstYear,desc", "id", "id,desc"}))
            @Nullable @QueryValue String sort, Authentication authentication) {
        ListRequest list = paging.sortedBy(sort);
        return PageResponse.of(service.search(Actor.of(authentication), recipientId, legalBasis, nature, year, list), s -> s);
    }

    @Get("/{id}")
    @Answers.Restricted @Answers.NotFound
    @Operation(operationId = "getFundingStream", summary = "Get one funding stream")
    StreamView get(@PathVariable long id, Authentication authentication) {
        return service.get(Actor.of(authentication), id);
    }

    @Put("/{id}")
    @Answers.Restricted @Answers.NotFound @Answers.Conflict @Answers.RuleViolated
    @Operation(operationId = "updateFundingStream", summary = "Change a funding stream's terms", description = "Send the version you read; a stale version gets 409.")
    StreamView update(@PathVariable long id, @Body @Valid StreamRequest request, Authentication authentication) {
        return service.update(Actor.of(authentication), id, request);
    }

    @Get("/{id}/budgets")
    @Answers.Restricted @Answers.NotFound
    @Operation(operationId = "listBudgets", summary = "The stream's budgets per year, with what is allocated and what is left")
    PageResponse<BudgetView> budgets(@PathVariable long id, @RequestBean Paging paging,
            @Parameter(description = "Sort on year, amount or remaining; add ,desc to reverse.",
                    schema = @Schema(allowableValues = {"year", "year,desc", "amount", "amount,desc", "remaining", "remaining,desc"}))
            @Nullable @QueryValue String sort, Authentication authentication) {
        ListRequest list = paging.sortedBy(sort);
        return list.page(service.budgetsOf(Actor.of(authentication), id), BUDGETS);
    }

    @Post("/{id}/budgets")
    @Answers.Restricted @Answers.NotFound @Answers.Conflict @Answers.RuleViolated
    @Status(HttpStatus.CREATED)
    @Operation(operationId = "addBudget", summary = "Set the budget for a year inside the stream's period")
    HttpResponse<BudgetView> addBudget(@PathVariable long id, @Body @Valid CreateBudgetRequest request,
                                       Authentication authentication) {
        BudgetView created = service.addBudget(Actor.of(authentication), id, request);
        return HttpResponse.created(created, URI.create("/funding-streams/" + id + "/budgets/" + created.year()));
    }

    @Put("/{id}/budgets/{year}")
    @Answers.Restricted @Answers.NotFound @Answers.Conflict @Answers.RuleViolated
    @Operation(operationId = "updateBudget", summary = "Change the budget of a year", description = "Never below what is already allocated of it.")
    BudgetView updateBudget(@PathVariable long id, @PathVariable int year, @Body @Valid UpdateBudgetRequest request,
                            Authentication authentication) {
        return service.updateBudget(Actor.of(authentication), id, year, request);
    }
}
