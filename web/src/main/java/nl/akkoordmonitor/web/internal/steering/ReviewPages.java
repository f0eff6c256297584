package nl.akkoordmonitor.web.internal.steering;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Consumes;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.PathVariable;
import io.micronaut.http.annotation.Post;
import io.micronaut.http.annotation.QueryValue;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.authentication.Authentication;
import io.swagger.v3.oas.annotations.Hidden;
import nl.akkoordmonitor.agreements.AgreementAccess;
import nl.akkoordmonitor.agreements.AgreementLevel;
import nl.akkoordmonitor.agreements.Organisations;
import nl.akkoordmonitor.agreements.Scope;
import nl.akkoordmonitor.milestones.CompletenessFigure;
import nl.akkoordmonitor.milestones.EvaluationReporting;
import nl.akkoordmonitor.milestones.EvaluationRow;
import nl.akkoordmonitor.platform.security.Actor;
import nl.akkoordmonitor.web.internal.api.ApiProblem;
import nl.akkoordmonitor.web.internal.layout.Form;
import nl.akkoordmonitor.web.internal.layout.Page;
import nl.akkoordmonitor.web.internal.layout.Pages;
import nl.akkoordmonitor.web.internal.layout.Texts;
import nl.akkoordmonitor.web.internal.layout.WebUser;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;

/**
 * The review queue: the evaluations a reviewer has to judge (a GGD its municipalities', VWS the
 * regions'), oldest first with their deadline; one evaluation beside last year's; accept it, or
 * return it with a reason. Accepting and returning go through the API, so its workflow rules,
 * access rules and Dutch messages decide.
 */
@Controller("/beoordelen")
@Hidden
@Secured({"GGD", "VWS"})
@ExecuteOn(TaskExecutors.BLOCKING)
class ReviewPages {

    private final Pages pages;
    private final SteeringAccess steering;
    private final AgreementAccess access;
    private final EvaluationReporting evaluations;
    private final Organisations organisations;

    ReviewPages(Pages pages, SteeringAccess steering, AgreementAccess access, EvaluationReporting evaluations, Organisations organisations) {
        this.organisations = organisations;
        this.pages = pages;
        this.steering = steering;
        this.access = access;
        this.evaluations = evaluations;
    }

    @Get("{?jaar,gelukt}")
    HttpResponse<?> queue(HttpRequest<?> request, Authentication authentication, @Nullable @QueryValue Integer jaar,
                          @Nullable @QueryValue String gelukt) {
        Actor actor = Actor.of(authentication);
        int year = steering.year(jaar);
        Scope scope = access.scopeOf(actor);
        List<Review.Waiting> waiting = new ArrayList<>();
        // Evaluations of a year are submitted in the spring of the next: show both years' queue.
        for (int y = year - 1; y <= year; y++) {
            LocalDate deadline = evaluations.deadline(y);
            for (EvaluationRow row : evaluations.rows(scope, y, CompletenessFigure.AWAITING_REVIEW)) {
                if (reviews(actor, row)) {
                    waiting.add(new Review.Waiting(row, y, deadline));
                }
            }
        }
        waiting.sort(Comparator.comparing((Review.Waiting w) -> w.row().firstSubmittedOn(), Comparator.nullsLast(Comparator.naturalOrder()))
                .thenComparing(w -> w.row().ownerName()));
        Page page = pages.page(request, pages.user(request, authentication), Texts.t("review.title"));
        if ("geaccepteerd".equals(gelukt) || "teruggestuurd".equals(gelukt)) {
            page.flash(Texts.t("review.done." + gelukt));
        }
        return pages.render(request, page, "steering/reviewQueue", "waiting", waiting, "year", year);
    }

    /** A GGD reviews its municipalities' evaluations, VWS the regions' (and the national one). */
    private static boolean reviews(Actor actor, EvaluationRow row) {
        return switch (actor.role()) {
            case GGD -> row.level() == AgreementLevel.LOCAL;
            case VWS -> row.level() != AgreementLevel.LOCAL;
            default -> false;
        };
    }

    @Get("/{id}")
    HttpResponse<?> show(HttpRequest<?> request, Authentication authentication, @PathVariable long id) {
        WebUser user = pages.user(request, authentication);
        return render(request, user, id, Form.empty(), HttpStatus.OK);
    }

    @Post("/{id}/accepteren")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    HttpResponse<?> accept(HttpRequest<?> request, Authentication authentication, @PathVariable long id, @Body Map<String, String> body) {
        WebUser user = pages.user(request, authentication);
        try {
            pages.api(user).post("/evaluations/" + id + "/accept", Map.of("version", version(body)));
            return Pages.redirect("/beoordelen?gelukt=geaccepteerd");
        } catch (ApiProblem problem) {
            return refused(request, user, id, problem, Form.empty());
        }
    }

    @Post("/{id}/terugsturen")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    HttpResponse<?> giveBack(HttpRequest<?> request, Authentication authentication, @PathVariable long id, @Body Map<String, String> body) {
        WebUser user = pages.user(request, authentication);
        String reason = body.getOrDefault("reden", "").strip();
        Form form = Form.of(Map.of("reden", body.getOrDefault("reden", "")));
        if (reason.isEmpty()) {
            form.error("reden", Texts.t("review.reason.missing"));
            return render(request, user, id, form, HttpStatus.UNPROCESSABLE_ENTITY);
        }
        try {
            pages.api(user).post("/evaluations/" + id + "/return", Map.of("version", version(body), "reason", reason));
            return Pages.redirect("/beoordelen?gelukt=teruggestuurd");
        } catch (ApiProblem problem) {
            return refused(request, user, id, problem, form);
        }
    }

    private HttpResponse<?> refused(HttpRequest<?> request, WebUser user, long id, ApiProblem problem, Form form) {
        if (problem.status() == 401 || problem.status() == 403 || problem.status() == 404) {
            throw problem;
        }
        form.problems(problem, field -> "reason".equals(field) ? "reden" : null);
        return render(request, user, id, form, HttpStatus.valueOf(problem.status()));
    }

    private static long version(Map<String, String> body) {
        try {
            return Long.parseLong(body.getOrDefault("version", ""));
        } catch (NumberFormatException e) {
            throw new ApiProblem(400, null, null, null);
        }
    }

    private HttpResponse<?> render(HttpRequest<?> request, WebUser user, long id, Form form, HttpStatus status) {
        Review.Evaluation evaluation = pages.api(user).get("/evaluations/" + id, Review.Evaluation.class);
        List<Review.Evaluation> all = pages.api(user).getList("/agreements/" + evaluation.agreementId() + "/evaluations", Review.Evaluation.class);
        Review.Evaluation before = all.stream().filter(e -> e.year() == evaluation.year() - 1).findFirst().orElse(null);
        List<Review.ThemePair> pairs = new ArrayList<>();
        for (Review.Theme theme : evaluation.themes()) {
            Review.Theme last = before == null ? null : before.themes().stream()
                    .filter(t -> t.coreThemeCode().equals(theme.coreThemeCode())).findFirst().orElse(null);
            pairs.add(new Review.ThemePair(theme.coreThemeName(), theme, last));
        }
        String owner = organisations.get(evaluation.ownerOrganisationId()).name();
        Page page = pages.page(request, user, Texts.t("review.one.title", owner, String.valueOf(evaluation.year())));
        page.form(form);
        return pages.render(request, status, page, "steering/review", "evaluation", evaluation, "before", before, "pairs", pairs,
                "form", form);
    }
}
