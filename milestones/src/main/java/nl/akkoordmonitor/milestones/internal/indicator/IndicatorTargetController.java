package nl.akkoordmonitor.milestones.internal.indicator;

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
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import nl.akkoordmonitor.milestones.internal.indicator.IndicatorRecords.JudgedMeasurement;
import nl.akkoordmonitor.milestones.internal.indicator.IndicatorRecords.TargetRequest;
import nl.akkoordmonitor.milestones.internal.indicator.IndicatorRecords.TargetView;
import nl.akkoordmonitor.platform.paging.ListRequest;
import nl.akkoordmonitor.platform.paging.PageResponse;
import nl.akkoordmonitor.platform.paging.Paging;
import nl.akkoordmonitor.platform.paging.Sorting;
import nl.akkoordmonitor.platform.problem.Answers;
import nl.akkoordmonitor.platform.security.Actor;

import java.net.URI;
import java.util.List;

/** An agreement's targets on indicators, and whether its measurements are on course. */
@Controller
@Secured(SecurityRule.IS_AUTHENTICATED)
@ExecuteOn(TaskExecutors.BLOCKING)
@Tag(name = "Indicators")
class IndicatorTargetController {

    /** What {@code list} sorts on. */
    static final Sorting<TargetView> TARGETS = Sorting.by("indicatorCode", (TargetView t) -> t.indicator().code())
            .and("targetYear", TargetView::targetYear)
            .and("id", TargetView::id);

    private final IndicatorTargetService service;

    IndicatorTargetController(IndicatorTargetService service) {
        this.service = service;
    }

    @Get("/agreements/{agreementId}/indicator-targets")
    @Answers.Restricted @Answers.NotFound
    @Operation(operationId = "listIndicatorTargets", summary = "List an agreement's indicator targets with every measurement judged",
            description = "ON_COURSE when a value is at or beyond the straight path from baseline to target for its year, by the indicator's direction.")
    PageResponse<TargetView> list(@PathVariable long agreementId, @RequestBean Paging paging,
            @Parameter(description = "Sort on indicatorCode, targetYear or id; add ,desc to reverse.",
                    schema = @Schema(allowableValues = {"indicatorCode", "indicatorCode,desc", "targetYear", "targetYear,desc", "id", "id,desc"}))
            @Nullable @QueryValue String sort, Authentication authentication) {
        ListRequest list = paging.sortedBy(sort);
        return list.page(service.ofAgreement(Actor.of(authentication), agreementId), TARGETS);
    }

    @Post("/agreements/{agreementId}/indicator-targets")
    @Answers.Restricted @Answers.NotFound @Answers.Conflict @Answers.RuleViolated
    @Status(HttpStatus.CREATED)
    @Operation(operationId = "setIndicatorTarget", summary = "Set a target on an indicator", description = "Baseline (value, year) and target (value, year); only the agreement's owner.")
    HttpResponse<TargetView> create(@PathVariable long agreementId, @Body @Valid TargetRequest request, Authentication authentication) {
        TargetView created = service.create(Actor.of(authentication), agreementId, request);
        return HttpResponse.created(created, URI.create("/indicator-targets/" + created.id()));
    }

    @Get("/indicator-targets/{id}")
    @Answers.Restricted @Answers.NotFound
    @Operation(operationId = "getIndicatorTarget", summary = "Get one indicator target with its judged measurements")
    TargetView get(@PathVariable long id, Authentication authentication) {
        return service.get(Actor.of(authentication), id);
    }

    @Put("/indicator-targets/{id}")
    @Answers.Restricted @Answers.NotFound @Answers.Conflict @Answers.RuleViolated
    @Operation(operationId = "updateIndicatorTarget", summary = "Change a target's baseline or target", description = "Send the version you read; a stale version is a 409.")
    TargetView update(@PathVariable long id, @Body @Valid TargetRequest request, Authentication authentication) {
        return service.update(Actor.of(authentication), id, request);
    }

    @Get("/indicator-targets/{id}/judgement")
    @Answers.Restricted @Answers.NotFound
    @Operation(operationId = "judgeIndicatorTarget", summary = "Judge one year", description = "The owner's measurement of that year against the path; NO_DATA when nothing was measured.")
    JudgedMeasurement judgement(@PathVariable long id, @QueryValue @Min(1990) @Max(2100) int year, Authentication authentication) {
        return service.judgement(Actor.of(authentication), id, year);
    }
}
