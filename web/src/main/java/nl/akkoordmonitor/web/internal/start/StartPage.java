package nl.akkoordmonitor.web.internal.start;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.QueryValue;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.authentication.Authentication;
import io.swagger.v3.oas.annotations.Hidden;
import nl.akkoordmonitor.web.internal.agreement.OwnAgreements;
import nl.akkoordmonitor.web.internal.api.Api;
import nl.akkoordmonitor.web.internal.api.ApiViolation;
import nl.akkoordmonitor.web.internal.api.Views;
import nl.akkoordmonitor.web.internal.layout.Page;
import nl.akkoordmonitor.web.internal.layout.Pages;
import nl.akkoordmonitor.web.internal.layout.Texts;
import nl.akkoordmonitor.web.internal.layout.WebUser;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/** "Mijn akkoord": what the user's organisation has to do now, with dates and links. */
@Controller("/mijn-akkoord")
@Hidden
@Secured({"MUNICIPALITY", "GGD", "VWS"})
@ExecuteOn(TaskExecutors.BLOCKING)
public class StartPage {

    /** Milestones due within this many days are on the list. */
    static final int HORIZON_DAYS = 60;

    private final Pages pages;
    private final OwnAgreements own;
    private final Clock clock;

    StartPage(Pages pages, OwnAgreements own, Clock clock) {
        this.pages = pages;
        this.own = own;
        this.clock = clock;
    }

    /** One thing to do: what, by when (or null), where it is done, and how urgent (good, warn, bad). */
    public record Todo(String text, @Nullable LocalDate date, String href, String linkText, String tone) {
    }

    @Get("{?gelukt}")
    HttpResponse<?> show(HttpRequest<?> request, Authentication authentication, @Nullable @QueryValue String gelukt) {
        WebUser user = pages.user(request, authentication);
        Page page = pages.page(request, user, Texts.t("start.title"));
        if ("wachtwoord".equals(gelukt)) {
            page.flash(Texts.t("password.changed"));
        }
        Api.Caller api = pages.api(user);
        Optional<Views.Agreement> agreement = own.current(api, user);
        List<Todo> todos = agreement.map(a -> todos(api, a)).orElseGet(() -> List.of(new Todo(Texts.t("start.todo.create"), null,
                "/akkoord/nieuw", Texts.t("start.todo.create.link"), "bad")));
        return pages.render(request, page, "start/start", "agreement", agreement.orElse(null), "todos", todos,
                "today", LocalDate.now(clock));
    }

    private List<Todo> todos(Api.Caller api, Views.Agreement agreement) {
        LocalDate today = LocalDate.now(clock);
        List<Todo> todos = new ArrayList<>();
        String base = "/akkoord/" + agreement.id();
        if (agreement.draft()) {
            List<ApiViolation> missing = api.getList("/agreements/" + agreement.id() + "/signing-check", ApiViolation.class);
            todos.add(new Todo(missing.isEmpty() ? Texts.t("start.todo.sign.ready") : Texts.t("start.todo.sign", missing.size()), null,
                    base + "/ondertekenen", Texts.t("start.todo.sign.link"), missing.isEmpty() ? "warn" : "bad"));
        }
        // Milestones overdue, or due within the horizon, that are still open: one list call.
        List<Views.Milestone> due = api.get("/milestones?agreement=" + agreement.id() + "&dueBefore=" + today.plusDays(HORIZON_DAYS)
                + "&size=200", Views.paged(Views.Milestone.class)).items();
        due.stream().filter(Views.Milestone::open).sorted(Comparator.comparing(Views.Milestone::dueDate)).limit(10).forEach(m -> {
            boolean overdue = m.dueDate().isBefore(today);
            todos.add(new Todo(Texts.t(overdue ? "start.todo.milestone.overdue" : "start.todo.milestone.due", m.title()), m.dueDate(),
                    "/mijlpalen/" + m.id(), Texts.t("start.todo.milestone.link"), overdue ? "bad" : "warn"));
        });
        // Last year's evaluation when it is not started yet, and every evaluation still in the owner's hands
        // (a draft, or returned with its reason), whatever its year.
        if (!agreement.draft()) {
            int year = today.getYear() - 1;
            List<Views.Evaluation> evaluations = api.getList("/agreements/" + agreement.id() + "/evaluations",
                    Views.Evaluation.class);
            if (agreement.firstYear() <= year && year <= agreement.lastYear() && evaluations.stream().noneMatch(e -> e.year() == year)) {
                todos.add(new Todo(Texts.t("start.todo.evaluation.start", year), null, "/evaluatie", Texts.t("start.todo.evaluation.link"), "warn"));
            }
            evaluations.stream().sorted(Comparator.comparing(Views.Evaluation::year)).forEach(evaluation -> {
                if ("RETURNED".equals(evaluation.status())) {
                    todos.add(new Todo(Texts.t("start.todo.evaluation.returned", evaluation.year(), String.valueOf(evaluation.returnReason())),
                            evaluation.deadline(), "/evaluatie/" + evaluation.id(), Texts.t("start.todo.evaluation.link"), "bad"));
                } else if ("DRAFT".equals(evaluation.status())) {
                    todos.add(new Todo(Texts.t("start.todo.evaluation.draft", evaluation.year()), evaluation.deadline(),
                            "/evaluatie/" + evaluation.id(), Texts.t("start.todo.evaluation.link"),
                            evaluation.deadline().isBefore(today) ? "bad" : "warn"));
                }
            });
        }
        // Allocations of past and this year without any spending reported.
        if (!agreement.draft()) {
            api.get("/allocations?agreementId=" + agreement.id() + "&size=500", Views.paged(Views.Allocation.class)).items().stream()
                    .filter(a -> a.year() <= today.getYear() && a.spent().signum() == 0)
                    .limit(10)
                    .forEach(a -> todos.add(new Todo(Texts.t("start.todo.spending", a.streamName(), a.year()), null,
                            "/geld/toewijzing/" + a.id(), Texts.t("start.todo.spending.link"), "warn")));
        }
        if (todos.isEmpty()) {
            todos.add(new Todo(Texts.t("start.todo.nothing"), null, base, Texts.t("start.todo.nothing.link"), "good"));
        }
        return todos;
    }
}
