package nl.akkoordmonitor.web.internal.milestone;

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

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Milestones of the own agreement: a list with filter and sort, one milestone with its history, reporting progress. */
@Controller("/mijlpalen")
@Hidden
@Secured({"MUNICIPALITY", "GGD", "VWS"})
@ExecuteOn(TaskExecutors.BLOCKING)
public class MilestonePages {

    public static final List<String> STATES = List.of("NOT_STARTED", "ON_TRACK", "AT_RISK", "DELAYED", "OVERDUE", "ACHIEVED", "CANCELLED");
    public static final List<String> STATUSES = List.of("ON_TRACK", "AT_RISK", "DELAYED", "ACHIEVED", "CANCELLED");
    public static final Map<String, String> SORTS = new LinkedHashMap<>();

    static {
        SORTS.put("deadline", "milestones.sort.deadline");
        SORTS.put("thema", "milestones.sort.theme");
        SORTS.put("status", "milestones.sort.state");
    }

    private final Pages pages;
    private final OwnAgreements own;
    private final Clock clock;

    MilestonePages(Pages pages, OwnAgreements own, Clock clock) {
        this.pages = pages;
        this.own = own;
        this.clock = clock;
    }

    /** The filter as chosen; it is also the page's query string, so a list can be bookmarked. */
    public record Filter(String theme, String state, String sort) {
    }

    @Get("{?thema,status,sorteer}")
    HttpResponse<?> list(HttpRequest<?> request, Authentication authentication, @Nullable @QueryValue String thema,
                         @Nullable @QueryValue String status, @Nullable @QueryValue String sorteer) {
        WebUser user = pages.user(request, authentication);
        Api.Caller api = pages.api(user);
        Optional<Views.Agreement> agreement = own.current(api, user);
        Filter filter = new Filter(thema == null ? "" : thema, status != null && STATES.contains(status) ? status : "",
                sorteer != null && SORTS.containsKey(sorteer) ? sorteer : "deadline");
        List<Views.Milestone> all = agreement.map(a -> api.get("/milestones?agreement=" + a.id() + "&size=1000",
                Views.paged(Views.Milestone.class)).items()).orElse(List.of());
        Map<String, String> themes = new LinkedHashMap<>();
        all.stream().sorted(Comparator.comparing(Views.Milestone::coreThemeName))
                .forEach(m -> themes.putIfAbsent(m.coreThemeCode(), m.coreThemeName()));
        Comparator<Views.Milestone> order = switch (filter.sort()) {
            case "thema" -> Comparator.comparing(Views.Milestone::coreThemeName).thenComparing(Views.Milestone::dueDate);
            case "status" -> Comparator.comparing((Views.Milestone m) -> STATES.indexOf(m.state())).thenComparing(Views.Milestone::dueDate);
            default -> Comparator.comparing(Views.Milestone::dueDate).thenComparing(Views.Milestone::title);
        };
        List<Views.Milestone> shown = all.stream()
                .filter(m -> filter.theme().isEmpty() || filter.theme().equals(m.coreThemeCode()))
                .filter(m -> filter.state().isEmpty() || filter.state().equals(m.state()))
                .sorted(order).toList();
        Page page = pages.page(request, user, Texts.t("milestones.title"));
        boolean fragment = request.getHeaders().contains("HX-Request");
        return pages.render(request, page, fragment ? "milestone/rows" : "milestone/list", "milestones", shown, "themes", themes,
                "filter", filter, "total", all.size());
    }

    @Get("/{id}{?gelukt}")
    HttpResponse<?> show(HttpRequest<?> request, Authentication authentication, @PathVariable long id, @Nullable @QueryValue String gelukt) {
        WebUser user = pages.user(request, authentication);
        Form form = Form.empty();
        Page page = detailPage(request, user, id, form);
        if (gelukt != null) {
            page.flash(Texts.t("milestone.reported"));
        }
        return render(request, page, pages.api(user).get("/milestones/" + id, Views.MilestoneDetail.class), form, HttpStatus.OK);
    }

    @Post("/{id}")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    HttpResponse<?> report(HttpRequest<?> request, Authentication authentication, @PathVariable long id, @Body Map<String, String> body) {
        WebUser user = pages.user(request, authentication);
        Api.Caller api = pages.api(user);
        Views.MilestoneDetail detail = api.get("/milestones/" + id, Views.MilestoneDetail.class);
        Form form = Form.of(body);
        String status = body.getOrDefault("status", "");
        if (!STATUSES.contains(status)) {
            form.error("status-" + STATUSES.get(0), Texts.t("milestone.status.missing"));
        }
        Integer percent = null;
        String typed = body.getOrDefault("percentComplete", "").strip();
        if (typed.matches("\\d{1,3}") && Integer.parseInt(typed) <= 100) {
            percent = Integer.valueOf(typed);
        } else {
            form.error("percentComplete", Texts.t("milestone.percent.invalid"));
        }
        if (!form.hasErrors()) {
            Map<String, Object> report = new java.util.HashMap<>();
            report.put("reportDate", LocalDate.now(clock).toString());
            report.put("status", status);
            report.put("percentComplete", percent);
            report.put("narrative", body.getOrDefault("narrative", "").isBlank() ? null : body.get("narrative").strip());
            try {
                api.post("/milestones/" + id + "/reports", report);
                return Pages.redirect("/mijlpalen/" + id + "?gelukt=1");
            } catch (ApiProblem problem) {
                if (problem.status() != 400 && problem.status() != 422) {
                    throw problem;
                }
                form.problems(problem, f -> switch (f) {
                    case "percentComplete", "narrative" -> f;
                    case "status" -> "status-" + STATUSES.get(0);
                    default -> null;
                });
            }
        }
        return render(request, detailPage(request, user, id, form), detail, form, HttpStatus.UNPROCESSABLE_ENTITY);
    }

    private Page detailPage(HttpRequest<?> request, WebUser user, long id, Form form) {
        return pages.page(request, user, Texts.t("milestone.title")).form(form);
    }

    private HttpResponse<?> render(HttpRequest<?> request, Page page, Views.MilestoneDetail detail, Form form, HttpStatus status) {
        return pages.render(request, status, page, "milestone/detail", "detail", detail, "form", form,
                "owner", true);
    }

    static String query(Filter filter) {
        return "thema=" + URLEncoder.encode(filter.theme(), StandardCharsets.UTF_8) + "&status=" + filter.state() + "&sorteer=" + filter.sort();
    }
}
