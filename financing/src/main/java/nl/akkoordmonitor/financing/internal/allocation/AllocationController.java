package nl.akkoordmonitor.financing.internal.allocation;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Delete;
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
import java.util.List;

import static nl.akkoordmonitor.financing.internal.allocation.AllocationRecords.AllocationView;
import static nl.akkoordmonitor.financing.internal.allocation.AllocationRecords.CreateAllocationRequest;
import static nl.akkoordmonitor.financing.internal.allocation.AllocationRecords.ExpenditureRequest;
import static nl.akkoordmonitor.financing.internal.allocation.AllocationRecords.ExpenditureView;
import static nl.akkoordmonitor.financing.internal.allocation.AllocationRecords.UpdateAllocationRequest;
import static nl.akkoordmonitor.financing.internal.allocation.AllocationRecords.UpdateExpenditureRequest;

/** Allocations (toewijzingen) of a stream's yearly budget to commitments, and the spending on them (besteding). */
@Controller
@Secured(SecurityRule.IS_AUTHENTICATED)
@ExecuteOn(TaskExecutors.BLOCKING)
@Tag(name = "Financing")
class AllocationController {

    /** What {@code expenditures} sorts on. */
    static final Sorting<ExpenditureView> EXPENDITURES = Sorting.by("year", ExpenditureView::year)
            .and("amount", ExpenditureView::amount)
            .and("id", ExpenditureView::id);

    private final AllocationService service;

    AllocationController(AllocationService service) {
        this.service = service;
    }

    @Post("/allocations")
    @Answers.Restricted @Answers.NotFound @Answers.Conflict @Answers.RuleViolated
    @Status(HttpStatus.CREATED)
    @Operation(operationId = "createAllocation", summary = "Allocate part of a stream's budget for a year to a commitment",
            description = "The allocations of a stream in a year never exceed its budget: a request that does not fit gets 409 stating what is left.")
    HttpResponse<AllocationView> create(@Body @Valid CreateAllocationRequest request, Authentication authentication) {
        AllocationView created = service.create(Actor.of(authentication), request);
        return HttpResponse.created(created, URI.create("/allocations/" + created.id()));
    }

    @Get("/allocations{?streamId,agreementId,commitmentId,year}")
    @Answers.Restricted
    @Operation(operationId = "listAllocations", summary = "List the allocations you may see, with what was spent of each")
    PageResponse<AllocationView> list(@Nullable @QueryValue Long streamId, @Nullable @QueryValue Long agreementId,
                                      @Nullable @QueryValue Long commitmentId, @Nullable @QueryValue Integer year,
                                      @RequestBean Paging paging,
            @Parameter(description = "Sort on year, amount, spent, streamName or id; add ,desc to reverse.",
                    schema = @Schema(allowableValues = {"year", "year,desc", "amount", "amount,desc", "spent", "spent,desc", "streamName", "streamName,desc", "id", "id,desc"}))
            @Nullable @QueryValue String sort, Authentication authentication) {
        ListRequest list = paging.sortedBy(sort);
        return PageResponse.of(service.search(Actor.of(authentication), streamId, agreementId, commitmentId, year, list), a -> a);
    }

    @Get("/allocations/{id}")
    @Answers.Restricted @Answers.NotFound
    @Operation(operationId = "getAllocation", summary = "Get one allocation")
    AllocationView get(@PathVariable long id, Authentication authentication) {
        return service.get(Actor.of(authentication), id);
    }

    @Put("/allocations/{id}")
    @Answers.Restricted @Answers.NotFound @Answers.Conflict @Answers.RuleViolated
    @Operation(operationId = "updateAllocation", summary = "Change an allocation's amount", description = "Send the version you read. The budget rule applies as on creation.")
    AllocationView update(@PathVariable long id, @Body @Valid UpdateAllocationRequest request, Authentication authentication) {
        return service.update(Actor.of(authentication), id, request);
    }

    @Delete("/allocations/{id}")
    @Answers.Restricted @Answers.NotFound @Answers.Conflict
    @Operation(operationId = "deleteAllocation", summary = "Remove an allocation that has no spending")
    HttpResponse<Void> delete(@PathVariable long id, Authentication authentication) {
        service.delete(Actor.of(authentication), id);
        return HttpResponse.noContent();
    }

    @Get("/allocations/{id}/expenditures")
    @Answers.Restricted @Answers.NotFound
    @Operation(operationId = "listExpenditures", summary = "The spending reported on an allocation, per year")
    PageResponse<ExpenditureView> expenditures(@PathVariable long id, @RequestBean Paging paging,
            @Parameter(description = "Sort on year, amount or id; add ,desc to reverse.",
                    schema = @Schema(allowableValues = {"year", "year,desc", "amount", "amount,desc", "id", "id,desc"}))
            @Nullable @QueryValue String sort, Authentication authentication) {
        ListRequest list = paging.sortedBy(sort);
        return list.page(service.expendituresOf(Actor.of(authentication), id), EXPENDITURES);
    }

    @Post("/allocations/{id}/expenditures")
    @Answers.Restricted @Answers.NotFound @Answers.Conflict @Answers.RuleViolated
    @Status(HttpStatus.CREATED)
    @Operation(operationId = "reportSpending", summary = "Report what was spent of an allocation in a year",
            description = "Spending above the allocation is accepted and flagged as overspending.")
    HttpResponse<ExpenditureView> report(@PathVariable long id, @Body @Valid ExpenditureRequest request,
                                         Authentication authentication) {
        ExpenditureView created = service.report(Actor.of(authentication), id, request);
        return HttpResponse.created(created, URI.create("/expenditures/" + created.id()));
    }

    @Put("/expenditures/{id}")
    @Answers.Restricted @Answers.NotFound @Answers.Conflict @Answers.RuleViolated
    @Operation(operationId = "correctSpending", summary = "Correct reported spending", description = "Send the version you read.")
    ExpenditureView correct(@PathVariable long id, @Body @Valid UpdateExpenditureRequest request,
                            Authentication authentication) {
        return service.correct(Actor.of(authentication), id, request);
    }
}
