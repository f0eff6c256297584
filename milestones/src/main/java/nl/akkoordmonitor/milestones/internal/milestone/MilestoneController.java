package nl.akkoordmonitor.milestones.internal.milestone;

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
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import nl.akkoordmonitor.milestones.MilestoneRow;
import nl.akkoordmonitor.milestones.MilestoneState;
import nl.akkoordmonitor.milestones.internal.milestone.MilestoneRecords.MilestoneDetail;
import nl.akkoordmonitor.milestones.internal.milestone.MilestoneRecords.MilestoneRequest;
import nl.akkoordmonitor.milestones.internal.milestone.MilestoneRecords.Overview;
import nl.akkoordmonitor.milestones.internal.milestone.MilestoneRecords.ReportAnswer;
import nl.akkoordmonitor.milestones.internal.milestone.MilestoneRecords.ReportRequest;
import nl.akkoordmonitor.platform.paging.ListRequest;
import nl.akkoordmonitor.platform.paging.PageResponse;
import nl.akkoordmonitor.platform.paging.Paging;
import nl.akkoordmonitor.platform.problem.Answers;
import nl.akkoordmonitor.platform.security.Actor;

import java.net.URI;
import java.time.LocalDate;

/** Milestones under commitments, their append-only progress reports and the overview per state. */
@Controller
@Secured(SecurityRule.IS_AUTHENTICATED)
@ExecuteOn(TaskExecutors.BLOCKING)
@Tag(name = "Milestones")
class MilestoneController {

    private final MilestoneService service;

    MilestoneController(MilestoneService service) {
        this.service = service;
    }

    @Post("/commitments/{commitmentId}/milestones")
    @Answers.Restricted @Answers.NotFound @Answers.Conflict @Answers.RuleViolated
    @Status(HttpStatus.CREATED)
    @Operation(operationId = "planMilestone", summary = "Plan a milestone under a commitment", description = "Only the agreement's owner. The due date lies in the commitment's period.")
    HttpResponse<MilestoneRow> create(@PathVariable long commitmentId, @Body @Valid MilestoneRequest request, Authentication authentication) {
        MilestoneRow created = service.create(Actor.of(authentication), commitmentId, request);
        return HttpResponse.created(created, URI.create("/milestones/" + created.id()));
    }

    @Get("/milestones{?agreement,region,municipality,theme,state,dueBefore,dueAfter}")
    @Answers.Restricted
    @Operation(operationId = "listMilestones", summary = "List milestones", description = "Within what you may see (VWS everything, a GGD its region, a municipality itself). "
            + "Due dates are inclusive; the state is derived as of today.")
    PageResponse<MilestoneRow> list(@Parameter(description = "agreement id") @Nullable @QueryValue Long agreement,
                                    @Parameter(description = "CBS code of a GGD region, e.g. GG3406") @Nullable @QueryValue String region,
                                    @Parameter(description = "CBS code of a municipality, e.g. GM0363") @Nullable @QueryValue String municipality,
                                    @Parameter(description = "core theme code") @Nullable @QueryValue String theme,
                                    @Schema(type = "string") @Nullable @QueryValue MilestoneState state,
                                    @Nullable @QueryValue LocalDate dueBefore,
                                    @Nullable @QueryValue LocalDate dueAfter,
                                    @RequestBean Paging paging,
            @Parameter(description = "Sort on dueDate, title, coreThemeCode, latestStatus, latestPercentComplete, latestReportDate or id; add ,desc to reverse.",
                    schema = @Schema(allowableValues = {"dueDate", "dueDate,desc", "title", "title,desc", "coreThemeCode", "coreThemeCode,desc", "latestStatus", "latestStatus,desc", "latestPercentComplete", "latestPercentComplete,desc", "latestReportDate", "latestReportDate,desc", "id", "id,desc"}))
            @Nullable @QueryValue String sort, Authentication authentication) {
        ListRequest list = paging.sortedBy(sort);
        return service.list(Actor.of(authentication), agreement, region, municipality, theme, state, dueBefore, dueAfter, list);
    }

    @Get("/milestones/overview{?region,municipality,year}")
    @Answers.Restricted
    @Operation(operationId = "getMilestoneOverview", summary = "Count milestones per core theme and state", description = "For the country, a GGD region or a municipality "
            + "(CBS codes); without codes for your own scope. With a year, only milestones due in that year.")
    Overview overview(@Nullable @QueryValue String region, @Nullable @QueryValue String municipality, @Nullable @QueryValue Integer year,
                      Authentication authentication) {
        return service.overview(Actor.of(authentication), region, municipality, year);
    }

    @Get("/milestones/{id}")
    @Answers.Restricted @Answers.NotFound
    @Operation(operationId = "getMilestone", summary = "Get a milestone with its report history, newest first")
    MilestoneDetail get(@PathVariable long id, Authentication authentication) {
        return service.get(Actor.of(authentication), id);
    }

    @Put("/milestones/{id}")
    @Answers.Restricted @Answers.NotFound @Answers.Conflict @Answers.RuleViolated
    @Operation(operationId = "updateMilestone", summary = "Change a milestone's title, due date or responsible organisation", description = "Send the version you read; a stale version is a 409.")
    MilestoneRow update(@PathVariable long id, @Body @Valid MilestoneRequest request, Authentication authentication) {
        return service.update(Actor.of(authentication), id, request);
    }

    @Post("/milestones/{id}/reports")
    @Answers.Restricted @Answers.NotFound @Answers.Conflict @Answers.RuleViolated
    @ApiResponse(responseCode = "201", description = "The report, added", useReturnTypeSchema = true)
    @ApiResponse(responseCode = "200", description = "The first report, when the idempotencyKey was sent before", useReturnTypeSchema = true)
    @Operation(operationId = "reportMilestoneProgress", summary = "Report progress on a milestone", description = "Reports are append-only: a correction is a new report. "
            + "With an idempotencyKey a repeated request returns the first report (200) instead of adding one (201).")
    HttpResponse<ReportAnswer> report(@PathVariable long id, @Body @Valid ReportRequest request, Authentication authentication) {
        MilestoneService.Reported reported = service.report(Actor.of(authentication), id, request);
        return reported.created()
                ? HttpResponse.created(reported.answer(), URI.create("/milestones/" + id))
                : HttpResponse.ok(reported.answer());
    }
}
