package nl.akkoordmonitor.web.internal.evaluation;

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
import nl.akkoordmonitor.web.internal.agreement.OwnAgreements;
import nl.akkoordmonitor.web.internal.api.Api;
import nl.akkoordmonitor.web.internal.api.ApiProblem;
import nl.akkoordmonitor.web.internal.api.Views;
import nl.akkoordmonitor.web.internal.layout.Form;
import nl.akkoordmonitor.web.internal.layout.Page;
import nl.akkoordmonitor.web.internal.layout.Pages;
import nl.akkoordmonitor.web.internal.layout.Texts;
import nl.akkoordmonitor.web.internal.layout.WebUser;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static nl.akkoordmonitor.platform.text.Texts.blankToNull;

/** The yearly evaluation: start it, fill it in per theme, save as draft, check and submit, resubmit when returned. */
@Controller("/evaluatie")
@Hidden
@Secured({"MUNICIPALITY", "GGD", "VWS"})
@ExecuteOn(TaskExecutors.BLOCKING)
public class EvaluationPages {

    public static final List<String> RATINGS = List.of("GREEN", "AMBER", "RED");
    private static final Pattern THEME_FIELD = Pattern.compile("themes\\[([^\\]]+)]\\.(\\w+)");

    private final Pages pages;
    private final OwnAgreements own;
    private final Clock clock;

    EvaluationPages(Pages pages, OwnAgreements own, Clock clock) {
        this.pages = pages;
        this.own = own;
        this.clock = clock;
    }

    @Get
    HttpResponse<?> list(HttpRequest<?> request, Authentication authentication) {
        WebUser user = pages.user(request, authentication);
        return listPage(request, user, Form.empty(), HttpStatus.OK);
    }

    @Post
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    HttpResponse<?> start(HttpRequest<?> request, Authentication authentication, @Body Map<String, String> body) {
        WebUser user = pages.user(request, authentication);
        Api.Caller api = pages.api(user);
        Form form = Form.of(body);
        Optional<Views.Agreement> agreement = own.current(api, user);
        String year = body.getOrDefault("year", "");
        if (agreement.isEmpty() || !year.matches("\\d{4}")) {
            form.error("year", Texts.t("year.invalid"));
        } else {
            try {
                Views.Evaluation started = api.post("/agreements/" + agreement.get().id() + "/evaluations",
                        Map.of("year", Integer.valueOf(year)), Views.Evaluation.class);
                return Pages.redirect("/evaluatie/" + started.id());
            } catch (ApiProblem problem) {
                if (problem.status() != 400 && problem.status() != 422 && problem.status() != 409) {
                    throw problem;
                }
                form.problems(problem, f -> "year".equals(f) ? "year" : null);
            }
        }
        return listPage(request, user, form, HttpStatus.UNPROCESSABLE_ENTITY);
    }

    private HttpResponse<?> listPage(HttpRequest<?> request, WebUser user, Form form, HttpStatus status) {
        Api.Caller api = pages.api(user);
        Optional<Views.Agreement> agreement = own.current(api, user);
        List<Views.Evaluation> evaluations = agreement.map(a -> api.getList("/agreements/" + a.id() + "/evaluations",
                Views.Evaluation.class)).orElse(List.of());
        List<Integer> years = new ArrayList<>();
        agreement.filter(a -> !a.draft()).ifPresent(a -> {
            for (int y = a.firstYear(); y <= Math.min(a.lastYear(), LocalDate.now(clock).getYear()); y++) {
                int year = y;
                if (evaluations.stream().noneMatch(e -> e.year() == year)) {
                    years.add(y);
                }
            }
        });
        if (form.value("year").isEmpty() && !years.isEmpty()) {
            form.set("year", years.get(0));
        }
        Page page = pages.page(request, user, Texts.t("evaluation.list.title")).form(form);
        return pages.render(request, status, page, "evaluation/list", "evaluations", evaluations, "years", years, "form", form);
    }

    @Get("/{id}{?gelukt}")
    HttpResponse<?> show(HttpRequest<?> request, Authentication authentication, @PathVariable long id, @Nullable @QueryValue String gelukt) {
        WebUser user = pages.user(request, authentication);
        Views.Evaluation evaluation = pages.api(user).get("/evaluations/" + id, Views.Evaluation.class);
        Form form = formOf(evaluation);
        Page page = pages.page(request, user, Texts.t("evaluation.title", evaluation.year())).form(form);
        if (gelukt != null && Texts.has("evaluation.done." + gelukt)) {
            page.flash(Texts.t("evaluation.done." + gelukt));
        }
        return pages.render(request, page, "evaluation/edit", "evaluation", evaluation, "form", form);
    }

    /** Saves the draft; with {@code indienen} it then goes on to the check page. */
    @Post("/{id}")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    HttpResponse<?> save(HttpRequest<?> request, Authentication authentication, @PathVariable long id, @Body Map<String, String> body) {
        WebUser user = pages.user(request, authentication);
        Api.Caller api = pages.api(user);
        Views.Evaluation evaluation = api.get("/evaluations/" + id, Views.Evaluation.class);
        Form form = Form.of(body);
        List<Map<String, Object>> themes = new ArrayList<>();
        for (Views.EvaluationTheme theme : evaluation.themes()) {
            String code = theme.coreThemeCode();
            Map<String, Object> part = new HashMap<>();
            part.put("coreThemeCode", code);
            String rating = body.getOrDefault("rating-" + code, "");
            part.put("rating", RATINGS.contains(rating) ? rating : null);
            part.put("findings", blankToNull(body.get("findings-" + code)));
            part.put("lessons", blankToNull(body.get("lessons-" + code)));
            part.put("steeringActions", blankToNull(body.get("steeringActions-" + code)));
            themes.add(part);
        }
        Map<String, Object> edit = new HashMap<>();
        edit.put("version", evaluation.version());
        edit.put("generalConclusion", blankToNull(body.get("generalConclusion")));
        edit.put("themes", themes);
        try {
            api.put("/evaluations/" + id, edit, Views.Evaluation.class);
            return Pages.redirect(body.containsKey("indienen") ? "/evaluatie/" + id + "/indienen" : "/evaluatie/" + id + "?gelukt=opgeslagen");
        } catch (ApiProblem problem) {
            if (problem.status() != 400 && problem.status() != 422) {
                throw problem;
            }
            form.problems(problem, f -> fieldOf(evaluation, f));
        }
        Page page = pages.page(request, user, Texts.t("evaluation.title", evaluation.year())).form(form);
        return pages.render(request, HttpStatus.UNPROCESSABLE_ENTITY, page, "evaluation/edit", "evaluation", evaluation, "form", form);
    }

    @Get("/{id}/indienen")
    HttpResponse<?> check(HttpRequest<?> request, Authentication authentication, @PathVariable long id) {
        WebUser user = pages.user(request, authentication);
        Views.Evaluation evaluation = pages.api(user).get("/evaluations/" + id, Views.Evaluation.class);
        Page page = pages.page(request, user, Texts.t("evaluation.check.title", evaluation.year()));
        return pages.render(request, page, "evaluation/check", "evaluation", evaluation);
    }

    @Post("/{id}/indienen")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    HttpResponse<?> submit(HttpRequest<?> request, Authentication authentication, @PathVariable long id) {
        WebUser user = pages.user(request, authentication);
        Api.Caller api = pages.api(user);
        Views.Evaluation evaluation = api.get("/evaluations/" + id, Views.Evaluation.class);
        try {
            api.post("/evaluations/" + id + "/submit", Map.of("version", evaluation.version()), Views.Evaluation.class);
            return Pages.redirect("/evaluatie/" + id + "?gelukt=ingediend");
        } catch (ApiProblem problem) {
            if (problem.status() != 400 && problem.status() != 422) {
                throw problem;
            }
            // Back to the form, with every problem beside its field.
            Form form = formOf(evaluation).problems(problem, f -> fieldOf(evaluation, f));
            Page page = pages.page(request, user, Texts.t("evaluation.title", evaluation.year())).form(form);
            return pages.render(request, HttpStatus.UNPROCESSABLE_ENTITY, page, "evaluation/edit", "evaluation", evaluation, "form", form);
        }
    }

    private static Form formOf(Views.Evaluation evaluation) {
        Form form = Form.empty().set("generalConclusion", evaluation.generalConclusion());
        for (Views.EvaluationTheme theme : evaluation.themes()) {
            String code = theme.coreThemeCode();
            form.set("rating-" + code, theme.rating()).set("findings-" + code, theme.findings())
                    .set("lessons-" + code, theme.lessons()).set("steeringActions-" + code, theme.steeringActions());
        }
        return form;
    }

    /**
     * The form field of an API field: {@code themes[T1].rating} (by code) or {@code themes[0].rating}
     * (by position in the evaluation's themes, as the submission check names them) is the first
     * rating choice of that theme.
     */
    @Nullable
    static String fieldOf(Views.Evaluation evaluation, String apiField) {
        if ("generalConclusion".equals(apiField)) {
            return apiField;
        }
        Matcher m = THEME_FIELD.matcher(apiField);
        if (m.matches()) {
            String code = m.group(1);
            if (code.matches("\\d+")) {
                int index = Integer.parseInt(code);
                if (index >= evaluation.themes().size()) {
                    return null;
                }
                code = evaluation.themes().get(index).coreThemeCode();
            }
            return "rating".equals(m.group(2)) ? "rating-" + code + "-" + RATINGS.get(0) : m.group(2) + "-" + code;
        }
        return null;
    }
}
