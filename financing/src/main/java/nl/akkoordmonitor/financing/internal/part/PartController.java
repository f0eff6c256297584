package nl.akkoordmonitor.financing.internal.part;

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
import nl.akkoordmonitor.financing.internal.part.PartRecords.BudgetHistory;
import nl.akkoordmonitor.financing.internal.part.PartRecords.CarryOverRequest;
import nl.akkoordmonitor.financing.internal.part.PartRecords.CarryOverView;
import nl.akkoordmonitor.financing.internal.part.PartRecords.CoFinancingView;
import nl.akkoordmonitor.financing.internal.part.PartRecords.LetterRequest;
import nl.akkoordmonitor.financing.internal.part.PartRecords.LetterView;
import nl.akkoordmonitor.financing.internal.part.PartRecords.PartBudgetRequest;
import nl.akkoordmonitor.financing.internal.part.PartRecords.PartRequest;
import nl.akkoordmonitor.financing.internal.part.PartRecords.PartView;
import nl.akkoordmonitor.financing.internal.part.PartRecords.ShiftRequest;
import nl.akkoordmonitor.financing.internal.part.PartRecords.ShiftView;
import nl.akkoordmonitor.platform.paging.ListRequest;
import nl.akkoordmonitor.platform.paging.PageResponse;
import nl.akkoordmonitor.platform.paging.Paging;
import nl.akkoordmonitor.platform.paging.Sorting;
import nl.akkoordmonitor.platform.problem.Answers;
import nl.akkoordmonitor.platform.security.Actor;

import java.net.URI;

/** The parts (onderdelen) of a funding stream and the rules of its money: shifts, carry-over, letters, co-financing. */
@Controller("/funding-streams/{id}")
@Secured(SecurityRule.IS_AUTHENTICATED)
@ExecuteOn(TaskExecutors.BLOCKING)
@Tag(name = "Financing")
class PartController {

    /** What {@code letters} sorts on. */
    static final Sorting<LetterView> LETTERS = Sorting.by("letterDate", LetterView::letterDate)
            .and("reference", LetterView::reference)
            .and("kind", LetterView::kind);

    /** What {@code shifts} sorts on. */
    static final Sorting<ShiftView> SHIFTS = Sorting.by("createdAt", ShiftView::createdAt)
            .and("year", ShiftView::year)
            .and("amount", ShiftView::amount)
            .and("fromPartCode", ShiftView::fromPartCode)
            .and("toPartCode", ShiftView::toPartCode);

    /** What {@code parts} sorts on. */
    static final Sorting<PartView> PARTS = Sorting.by("position", PartView::position)
            .and("code", PartView::code)
            .and("name", PartView::name)
            .and("mainTheme", PartView::mainTheme);

    private final PartService service;

    PartController(PartService service) {
        this.service = service;
    }

    @Post("/parts")
    @Answers.Restricted @Answers.NotFound @Answers.Conflict @Answers.RuleViolated
    @Status(HttpStatus.CREATED)
    @Operation(operationId = "addFundingPart", summary = "Add a part (onderdeel) under a main theme to a stream you receive")
    HttpResponse<PartView> addPart(@PathVariable long id, @Body @Valid PartRequest request, Authentication authentication) {
        PartView part = service.addPart(Actor.of(authentication), id, request);
        return HttpResponse.created(part, URI.create("/funding-streams/" + id + "/parts/" + part.id()));
    }

    @Get("/parts")
    @Answers.Restricted @Answers.NotFound
    @Operation(operationId = "listFundingParts", summary = "The stream's parts with their budget per year")
    PageResponse<PartView> parts(@PathVariable long id, @RequestBean Paging paging,
            @Parameter(description = "Sort on position, code, name or mainTheme; add ,desc to reverse.",
                    schema = @Schema(allowableValues = {"position", "position,desc", "code", "code,desc", "name", "name,desc", "mainTheme", "mainTheme,desc"}))
            @Nullable @QueryValue String sort, Authentication authentication) {
        ListRequest list = paging.sortedBy(sort);
        return list.page(service.parts(Actor.of(authentication), id), PARTS);
    }

    @Post("/parts/{partId}/budgets")
    @Answers.Restricted @Answers.NotFound @Answers.Conflict @Answers.RuleViolated
    @Status(HttpStatus.CREATED)
    @Operation(operationId = "setFundingPartBudget", summary = "Set the amount of a part for a year, once",
            description = "Later changes come by budget letter. The stream's budget for the year becomes the sum of its parts.")
    HttpResponse<BudgetHistory> setBudget(@PathVariable long id, @PathVariable long partId, @Body @Valid PartBudgetRequest request,
                                          Authentication authentication) {
        BudgetHistory history = service.setBudget(Actor.of(authentication), id, partId, request);
        return HttpResponse.created(history, URI.create("/funding-streams/" + id + "/parts/" + partId + "/budgets/" + request.year()));
    }

    @Get("/parts/{partId}/budgets/{year}")
    @Answers.Restricted @Answers.NotFound
    @Operation(operationId = "getFundingPartBudgetHistory", summary = "A part's budget for a year and its history",
            description = "The amount set, every letter (date, reference, reason), shift and carry-over, with the balance after each.")
    BudgetHistory budget(@PathVariable long id, @PathVariable long partId, @PathVariable int year, Authentication authentication) {
        return service.budgetHistory(Actor.of(authentication), id, partId, year);
    }

    @Post("/shifts")
    @Answers.Restricted @Answers.NotFound @Answers.Conflict @Answers.RuleViolated
    @Status(HttpStatus.CREATED)
    @Operation(operationId = "shiftBetweenFundingParts", summary = "Shift money from one part to another in a year, with a reason",
            description = "Refused with 422 listing the figures above 15% of the part's budget (all shifts out of it that year together), "
                    + "and always between parts under different main themes.")
    HttpResponse<ShiftView> shift(@PathVariable long id, @Body @Valid ShiftRequest request, Authentication authentication) {
        ShiftView shift = service.shift(Actor.of(authentication), id, request);
        return HttpResponse.created(shift, URI.create("/funding-streams/" + id + "/shifts"));
    }

    @Get("/shifts")
    @Answers.Restricted @Answers.NotFound
    @Operation(operationId = "listFundingShifts", summary = "The shifts between the stream's parts")
    PageResponse<ShiftView> shifts(@PathVariable long id, @RequestBean Paging paging,
            @Parameter(description = "Sort on createdAt, year, amount, fromPartCode or toPartCode; add ,desc to reverse.",
                    schema = @Schema(allowableValues = {"createdAt", "createdAt,desc", "year", "year,desc", "amount", "amount,desc", "fromPartCode", "fromPartCode,desc", "toPartCode", "toPartCode,desc"}))
            @Nullable @QueryValue String sort, Authentication authentication) {
        ListRequest list = paging.sortedBy(sort);
        return list.page(service.shifts(Actor.of(authentication), id), SHIFTS);
    }

    @Post("/carry-overs")
    @Answers.Restricted @Answers.NotFound @Answers.Conflict @Answers.RuleViolated
    @Status(HttpStatus.CREATED)
    @Operation(operationId = "carryOverFunding", summary = "Carry money of a year over to the next year, with a reason",
            description = "Refused with 422 listing the figures above the stream's carry-over share (20% unless configured) of the year's budget.")
    HttpResponse<CarryOverView> carryOver(@PathVariable long id, @Body @Valid CarryOverRequest request, Authentication authentication) {
        CarryOverView carried = service.carryOver(Actor.of(authentication), id, request);
        return HttpResponse.created(carried, URI.create("/funding-streams/" + id + "/budgets"));
    }

    @Post("/letters")
    @Answers.Restricted @Answers.NotFound @Answers.Conflict @Answers.RuleViolated
    @Status(HttpStatus.CREATED)
    @Operation(operationId = "recordBudgetLetter", summary = "Record a budget letter from VWS: indexation, a cut, a grant or a correction",
            description = "With its date, reference and reason, and the change per part and year; the parts' budget histories show it.")
    HttpResponse<LetterView> letter(@PathVariable long id, @Body @Valid LetterRequest request, Authentication authentication) {
        LetterView letter = service.letter(Actor.of(authentication), id, request);
        return HttpResponse.created(letter, URI.create("/funding-streams/" + id + "/letters"));
    }

    @Get("/letters")
    @Answers.Restricted @Answers.NotFound
    @Operation(operationId = "listBudgetLetters", summary = "The budget letters of a stream, oldest first")
    PageResponse<LetterView> letters(@PathVariable long id, @RequestBean Paging paging,
            @Parameter(description = "Sort on letterDate, reference or kind; add ,desc to reverse.",
                    schema = @Schema(allowableValues = {"letterDate", "letterDate,desc", "reference", "reference,desc", "kind", "kind,desc"}))
            @Nullable @QueryValue String sort, Authentication authentication) {
        ListRequest list = paging.sortedBy(sort);
        return list.page(service.letters(Actor.of(authentication), id), LETTERS);
    }

    @Get("/co-financing")
    @Answers.Restricted @Answers.NotFound
    @Operation(operationId = "getCoFinancing", summary = "Whether the recipient spent its own share of a co-financed stream in a year")
    CoFinancingView coFinancing(@PathVariable long id, @QueryValue int year, Authentication authentication) {
        return service.coFinancing(Actor.of(authentication), id, year);
    }
}
