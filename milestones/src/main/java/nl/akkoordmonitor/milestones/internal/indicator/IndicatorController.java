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
import nl.akkoordmonitor.milestones.IndicatorFamily;
import nl.akkoordmonitor.milestones.IndicatorSource;
import nl.akkoordmonitor.milestones.internal.indicator.IndicatorRecords.IndicatorRequest;
import nl.akkoordmonitor.milestones.internal.indicator.IndicatorRecords.IndicatorView;
import nl.akkoordmonitor.milestones.internal.indicator.IndicatorRecords.MeasurementRequest;
import nl.akkoordmonitor.milestones.internal.indicator.IndicatorRecords.MeasurementUpdate;
import nl.akkoordmonitor.milestones.internal.indicator.IndicatorRecords.MeasurementView;
import nl.akkoordmonitor.platform.paging.ListRequest;
import nl.akkoordmonitor.platform.paging.PageResponse;
import nl.akkoordmonitor.platform.paging.Paging;
import nl.akkoordmonitor.platform.problem.Answers;
import nl.akkoordmonitor.platform.security.Actor;

import java.net.URI;

/** The national catalogue of indicators and the values measured on them. */
@Controller
@Secured(SecurityRule.IS_AUTHENTICATED)
@ExecuteOn(TaskExecutors.BLOCKING)
@Tag(name = "Indicators")
class IndicatorController {

    private final IndicatorService service;

    IndicatorController(IndicatorService service) {
        this.service = service;
    }

    @Get("/indicators{?family,source}")
    @Answers.LoggedIn
    @Operation(operationId = "listIndicators", summary = "List the indicator catalogue", description = "Filter by family and by source.")
    PageResponse<IndicatorView> list(@Schema(type = "string") @Nullable @QueryValue IndicatorFamily family, @Schema(type = "string") @Nullable @QueryValue IndicatorSource source,
                                     @RequestBean Paging paging,
            @Parameter(description = "Sort on code, name, family or source; add ,desc to reverse.",
                    schema = @Schema(allowableValues = {"code", "code,desc", "name", "name,desc", "family", "family,desc", "source", "source,desc"}))
            @Nullable @QueryValue String sort) {
        ListRequest list = paging.sortedBy(sort);
        return PageResponse.of(service.search(family, source, list), v -> v);
    }

    @Get("/indicators/{id}")
    @Answers.LoggedIn @Answers.NotFound
    @Operation(operationId = "getIndicator", summary = "Get one indicator")
    IndicatorView get(@PathVariable long id) {
        return IndicatorView.of(service.get(id));
    }

    @Post("/indicators")
    @Secured({"VWS", "ADMIN"})
    @Answers.Restricted @Answers.Conflict
    @Status(HttpStatus.CREATED)
    @Operation(operationId = "createIndicator", summary = "Add an indicator to the catalogue", description = "The catalogue is national: VWS and ADMIN maintain it.")
    HttpResponse<IndicatorView> create(@Body @Valid IndicatorRequest request, Authentication authentication) {
        IndicatorView created = service.create(Actor.of(authentication), request);
        return HttpResponse.created(created, URI.create("/indicators/" + created.id()));
    }

    @Put("/indicators/{id}")
    @Secured({"VWS", "ADMIN"})
    @Answers.Restricted @Answers.NotFound @Answers.Conflict
    @Operation(operationId = "updateIndicator", summary = "Change an indicator", description = "Send the version you read; a stale version is a 409.")
    IndicatorView update(@PathVariable long id, @Body @Valid IndicatorRequest request, Authentication authentication) {
        return service.update(Actor.of(authentication), id, request);
    }

    @Get("/indicators/{id}/measurements{?organisation,fromYear,toYear}")
    @Answers.Restricted @Answers.NotFound
    @Operation(operationId = "listMeasurements", summary = "List the values measured on an indicator", description = "Filter by organisation (CBS code) and years.")
    PageResponse<MeasurementView> measurements(@PathVariable long id, @Nullable @QueryValue String organisation,
                                               @Nullable @QueryValue Integer fromYear, @Nullable @QueryValue Integer toYear,
                                               @RequestBean Paging paging,
            @Parameter(description = "Sort on year, value or organisationId; add ,desc to reverse.",
                    schema = @Schema(allowableValues = {"year", "year,desc", "value", "value,desc", "organisationId", "organisationId,desc"}))
            @Nullable @QueryValue String sort) {
        ListRequest list = paging.sortedBy(sort);
        return PageResponse.of(service.measurements(id, organisation, fromYear, toYear, list), v -> v);
    }

    @Post("/indicators/{id}/measurements")
    @Answers.Restricted @Answers.NotFound @Answers.Conflict @Answers.RuleViolated
    @Status(HttpStatus.CREATED)
    @Operation(operationId = "recordMeasurement", summary = "Record a measured value", description = "One value per indicator, organisation and year. "
            + "An organisation records its own values, a GGD also its municipalities', VWS anyone's.")
    HttpResponse<MeasurementView> record(@PathVariable long id, @Body @Valid MeasurementRequest request, Authentication authentication) {
        MeasurementView created = service.record(Actor.of(authentication), id, request);
        return HttpResponse.created(created, URI.create("/measurements/" + created.id()));
    }

    @Put("/measurements/{id}")
    @Answers.Restricted @Answers.NotFound @Answers.Conflict @Answers.RuleViolated
    @Operation(operationId = "correctMeasurement", summary = "Correct a measured value", description = "Send the version you read; a stale version is a 409.")
    MeasurementView correct(@PathVariable long id, @Body @Valid MeasurementUpdate request, Authentication authentication) {
        return service.correct(Actor.of(authentication), id, request);
    }
}
