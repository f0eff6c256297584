package nl.akkoordmonitor.milestones.internal.evaluation;

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
import nl.akkoordmonitor.agreements.AgreementLevel;
import nl.akkoordmonitor.agreements.AgreementStatus;
import nl.akkoordmonitor.agreements.AgreementSummary;
import nl.akkoordmonitor.agreements.Agreements;
import nl.akkoordmonitor.milestones.CompletenessFigure;
import nl.akkoordmonitor.milestones.EvaluationCompleteness;
import nl.akkoordmonitor.milestones.EvaluationReporting;
import nl.akkoordmonitor.milestones.EvaluationRow;
import nl.akkoordmonitor.milestones.ProgrammesCompleteness;
import nl.akkoordmonitor.milestones.internal.evaluation.EvaluationRecords.DeadlineRequest;
import nl.akkoordmonitor.milestones.internal.evaluation.EvaluationRecords.DeadlineView;
import nl.akkoordmonitor.milestones.internal.evaluation.EvaluationRecords.EditRequest;
import nl.akkoordmonitor.milestones.internal.evaluation.EvaluationRecords.EvaluationView;
import nl.akkoordmonitor.milestones.internal.evaluation.EvaluationRecords.OpenRequest;
import nl.akkoordmonitor.milestones.internal.evaluation.EvaluationRecords.TransitionRequest;
import nl.akkoordmonitor.milestones.internal.scope.ScopeResolver;
import nl.akkoordmonitor.platform.paging.ListRequest;
import nl.akkoordmonitor.platform.paging.PageResponse;
import nl.akkoordmonitor.platform.paging.Paging;
import nl.akkoordmonitor.platform.paging.Sorting;
import nl.akkoordmonitor.platform.message.Message;
import nl.akkoordmonitor.platform.problem.Answers;
import nl.akkoordmonitor.platform.problem.NotFoundException;
import nl.akkoordmonitor.platform.security.Actor;

import java.net.URI;
import java.time.LocalDate;
import java.time.Clock;
import java.util.List;

/** The yearly evaluation per agreement, its review workflow, deadlines and completeness. */
@Controller
@Secured(SecurityRule.IS_AUTHENTICATED)
@ExecuteOn(TaskExecutors.BLOCKING)
@Tag(name = "Evaluations")
class EvaluationController {

    /** What {@code drillDown} sorts on. */
    static final Sorting<EvaluationRow> DRILL_DOWN = Sorting.by("ownerName", EvaluationRow::ownerName)
            .and("agreementTitle", EvaluationRow::agreementTitle)
            .and("level", EvaluationRow::level)
            .and("status", EvaluationRow::status)
            .and("firstSubmittedOn", EvaluationRow::firstSubmittedOn)
            .and("agreementId", EvaluationRow::agreementId);

    /** What {@code ofAgreement} sorts on. */
    static final Sorting<EvaluationView> EVALUATIONS = Sorting.by("year", EvaluationView::year)
            .and("status", EvaluationView::status)
            .and("deadline", EvaluationView::deadline)
            .and("id", EvaluationView::id);

    private final EvaluationService service;
    private final EvaluationReporting completeness;
    private final EvaluationDeadlines deadlines;
    private final ScopeResolver scopes;
    private final Agreements agreements;
    private final Clock clock;

    EvaluationController(EvaluationService service, EvaluationReporting completeness, EvaluationDeadlines deadlines, ScopeResolver scopes, Agreements agreements,
                         Clock clock) {
        this.clock = clock;
        this.service = service;
        this.completeness = completeness;
        this.deadlines = deadlines;
        this.scopes = scopes;
        this.agreements = agreements;
    }

    @Post("/agreements/{agreementId}/evaluations")
    @Answers.Restricted @Answers.NotFound @Answers.Conflict @Answers.RuleViolated
    @Status(HttpStatus.CREATED)
    @Operation(operationId = "startEvaluation", summary = "Start the yearly evaluation of an agreement", description = "A draft with a part for every adopted theme; only the owner, once the agreement is signed.")
    HttpResponse<EvaluationView> open(@PathVariable long agreementId, @Body @Valid OpenRequest request, Authentication authentication) {
        EvaluationView created = service.open(Actor.of(authentication), agreementId, request.year());
        return HttpResponse.created(created, URI.create("/evaluations/" + created.id()));
    }

    @Get("/agreements/{agreementId}/evaluations")
    @Answers.Restricted @Answers.NotFound
    @Operation(operationId = "listEvaluations", summary = "List an agreement's evaluations, by year")
    PageResponse<EvaluationView> ofAgreement(@PathVariable long agreementId, @RequestBean Paging paging,
            @Parameter(description = "Sort on year, status, deadline or id; add ,desc to reverse.",
                    schema = @Schema(allowableValues = {"year", "year,desc", "status", "status,desc", "deadline", "deadline,desc", "id", "id,desc"}))
            @Nullable @QueryValue String sort, Authentication authentication) {
        ListRequest list = paging.sortedBy(sort);
        return list.page(service.ofAgreement(Actor.of(authentication), agreementId), EVALUATIONS);
    }

    @Get("/evaluations/{id}")
    @Answers.Restricted @Answers.NotFound
    @Operation(operationId = "getEvaluation", summary = "Get an evaluation with its themes and its history of transitions (who, when, why)")
    EvaluationView get(@PathVariable long id, Authentication authentication) {
        return service.get(Actor.of(authentication), id);
    }

    @Put("/evaluations/{id}")
    @Answers.Restricted @Answers.NotFound @Answers.Conflict @Answers.RuleViolated
    @Operation(operationId = "editEvaluation", summary = "Edit a draft or returned evaluation", description = "Ratings, findings, lessons and steering actions per theme and the general conclusion. "
            + "Accepted evaluations are read-only (409).")
    EvaluationView edit(@PathVariable long id, @Body @Valid EditRequest request, Authentication authentication) {
        return service.edit(Actor.of(authentication), id, request);
    }

    @Post("/evaluations/{id}/submit")
    @Answers.Restricted @Answers.NotFound @Answers.Conflict @Answers.RuleViolated
    @Operation(operationId = "submitEvaluation", summary = "Submit an evaluation for review", description = "By the agreement's owner; every theme needs a rating and findings, amber and red themes steering actions.")
    EvaluationView submit(@PathVariable long id, @Body @Valid TransitionRequest request, Authentication authentication) {
        return service.submit(Actor.of(authentication), id, request);
    }

    @Post("/evaluations/{id}/return")
    @Answers.Restricted @Answers.NotFound @Answers.Conflict @Answers.RuleViolated
    @Operation(operationId = "returnEvaluation", summary = "Return a submitted evaluation with a reason", description = "By the reviewer: the GGD for a local agreement, VWS for a regional or national one.")
    EvaluationView returnToOwner(@PathVariable long id, @Body @Valid TransitionRequest request, Authentication authentication) {
        return service.returnToOwner(Actor.of(authentication), id, request);
    }

    @Post("/evaluations/{id}/accept")
    @Answers.Restricted @Answers.NotFound @Answers.Conflict @Answers.RuleViolated
    @Operation(operationId = "acceptEvaluation", summary = "Accept a submitted evaluation", description = "By the reviewer; an accepted evaluation is read-only.")
    EvaluationView accept(@PathVariable long id, @Body @Valid TransitionRequest request, Authentication authentication) {
        return service.accept(Actor.of(authentication), id, request);
    }

    @Post("/evaluations/{id}/reopen")
    @Answers.Restricted @Answers.NotFound @Answers.Conflict @Answers.RuleViolated
    @Operation(operationId = "reopenEvaluationYear", summary = "Reopen a closed year with a reason",
            description = "By the reviewer. An accepted evaluation closes its year: progress reports dated in it, the owner's measurements "
                    + "and spending in it are refused with 409 YEAR_CLOSED. Reopening (reason required, recorded and audited) puts the "
                    + "evaluation back to draft and opens the year again.")
    EvaluationView reopen(@PathVariable long id, @Body @Valid TransitionRequest request, Authentication authentication) {
        return service.reopen(Actor.of(authentication), id, request);
    }

    @Get("/evaluations/completeness{?region,municipality,programme}")
    @Answers.Restricted @Answers.NotFound
    @Operation(operationId = "getEvaluationCompleteness", summary = "Who has and has not submitted a year's evaluation", description = "Expected (every ACTIVE agreement of the year), submitted, "
            + "on time, late, awaiting review, returned, accepted and missing, for the country, a GGD region or a municipality (CBS codes); "
            + "with programme, only the agreements under that national agreement.")
    EvaluationCompleteness completeness(@Parameter(description = "the year evaluated (default this year)") @Nullable @QueryValue Integer year,
                                        @Nullable @QueryValue String region, @Nullable @QueryValue String municipality,
                                        @Parameter(description = "a national agreement's id: only the agreements under it") @Nullable @QueryValue Long programme,
                                        Authentication authentication) {
        return completeness.completeness(scopes.resolve(Actor.of(authentication), region, municipality), yearOrThisYear(year), programme(programme));
    }

    @Get("/evaluations/completeness-per-programme{?region,municipality}")
    @Answers.Restricted
    @Operation(operationId = "getEvaluationCompletenessPerProgramme", summary = "A year's evaluation completeness per programme, side by side",
            description = "One completeness per national agreement the scope's ACTIVE agreements hang under (GALA, AZWA, ...), the main one first.")
    ProgrammesCompleteness completenessPerProgramme(@Parameter(description = "the year evaluated (default this year)") @Nullable @QueryValue Integer year,
                                                    @Nullable @QueryValue String region, @Nullable @QueryValue String municipality,
                                                    Authentication authentication) {
        return completeness.completenessPerProgramme(scopes.resolve(Actor.of(authentication), region, municipality), yearOrThisYear(year));
    }

    @Get("/evaluations/completeness/{figure}{?region,municipality,programme}")
    @Answers.Restricted @Answers.NotFound
    @Operation(operationId = "listEvaluationCompletenessAgreements", summary = "The agreements behind one completeness figure", description = "figure is EXPECTED, SUBMITTED, ON_TIME, LATE, "
            + "AWAITING_REVIEW, RETURNED, ACCEPTED or MISSING.")
    PageResponse<EvaluationRow> drillDown(@PathVariable CompletenessFigure figure,
                                          @Parameter(description = "the year evaluated (default this year)") @Nullable @QueryValue Integer year, @Nullable @QueryValue String region,
                                  @Nullable @QueryValue String municipality,
                                  @Parameter(description = "a national agreement's id: only the agreements under it") @Nullable @QueryValue Long programme,
                                  @RequestBean Paging paging,
            @Parameter(description = "Sort on ownerName, agreementTitle, level, status, firstSubmittedOn or agreementId; add ,desc to reverse.",
                    schema = @Schema(allowableValues = {"ownerName", "ownerName,desc", "agreementTitle", "agreementTitle,desc", "level", "level,desc", "status", "status,desc", "firstSubmittedOn", "firstSubmittedOn,desc", "agreementId", "agreementId,desc"}))
            @Nullable @QueryValue String sort, Authentication authentication) {
        ListRequest list = paging.sortedBy(sort);
        return list.page(completeness.rows(scopes.resolve(Actor.of(authentication), region, municipality), yearOrThisYear(year), figure,
                programme(programme)), DRILL_DOWN);
    }

    /** A programme is a national agreement that was signed (ACTIVE or ended); anything else is a 404 that says so. */
    private @Nullable Long programme(@Nullable Long id) {
        if (id == null) {
            return null;
        }
        return agreements.find(id).filter(a -> a.level() == AgreementLevel.NATIONAL && a.status() != AgreementStatus.DRAFT)
                .map(AgreementSummary::id)
                .orElseThrow(() -> new NotFoundException(Message.of("PROGRAMME_NOT_FOUND", id)));
    }

    @Get("/evaluation-deadlines/{year}")
    @Answers.LoggedIn @Answers.NotFound
    @Operation(operationId = "getEvaluationDeadline", summary = "The submission deadline of a year's evaluations", description = "1 April of the following year unless configured.")
    DeadlineView deadline(@PathVariable int year) {
        return deadlines.view(year);
    }

    @Put("/evaluation-deadlines/{year}")
    @Secured({"VWS", "ADMIN"})
    @Answers.Restricted @Answers.RuleViolated
    @Operation(operationId = "setEvaluationDeadline", summary = "Set the submission deadline of a year's evaluations", description = "VWS only; send the version when changing a configured deadline.")
    DeadlineView setDeadline(@PathVariable int year, @Body @Valid DeadlineRequest request, Authentication authentication) {
        return deadlines.set(Actor.of(authentication), year, request);
    }

    /** Like the coverage and money overviews: without a year, this year. */
    private int yearOrThisYear(@Nullable Integer year) {
        return year == null ? LocalDate.now(clock).getYear() : year;
    }
}
