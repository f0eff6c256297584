package nl.akkoordmonitor.web.internal.money;

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

import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

/** Money: the streams and what is left of them, allocations to commitments, and reported spending. */
@Controller("/geld")
@Hidden
@Secured({"MUNICIPALITY", "GGD", "VWS"})
@ExecuteOn(TaskExecutors.BLOCKING)
public class MoneyPages {

    private final Pages pages;
    private final OwnAgreements own;
    private final Clock clock;

    MoneyPages(Pages pages, OwnAgreements own, Clock clock) {
        this.pages = pages;
        this.own = own;
        this.clock = clock;
    }

    /** An allocation with the title of its commitment. */
    public record AllocationRow(Views.Allocation allocation, String commitment) {
    }

    @Get("{?jaar,gelukt}")
    HttpResponse<?> overview(HttpRequest<?> request, Authentication authentication, @Nullable @QueryValue Integer jaar,
                             @Nullable @QueryValue String gelukt) {
        WebUser user = pages.user(request, authentication);
        Api.Caller api = pages.api(user);
        int year = jaar == null ? LocalDate.now(clock).getYear() : jaar;
        Optional<Views.Agreement> agreement = own.current(api, user);
        List<Views.StreamMoney> streams = agreement.map(a -> api.getList("/financing/analysis/streams?year=" + year + "&agreement=" + a.id(),
                Views.StreamMoney.class)).orElse(List.of());
        List<AllocationRow> allocations = agreement.map(a -> allocations(api, a)).orElse(List.of());
        Page page = pages.page(request, user, Texts.t("money.title"));
        if (gelukt != null && Texts.has("money.done." + gelukt)) {
            page.flash(Texts.t("money.done." + gelukt));
        }
        return pages.render(request, page, "money/overview", "year", year, "streams", streams, "allocations", allocations,
                "hasAgreement", agreement.isPresent());
    }

    private static List<AllocationRow> allocations(Api.Caller api, Views.Agreement agreement) {
        Map<Long, String> commitments = commitmentTitles(api, agreement);
        return api.get("/allocations?agreementId=" + agreement.id() + "&size=500", Views.paged(Views.Allocation.class)).items().stream()
                .map(a -> new AllocationRow(a, commitments.getOrDefault(a.commitmentId(), "")))
                .toList();
    }

    private static Map<Long, String> commitmentTitles(Api.Caller api, Views.Agreement agreement) {
        return api.getList("/agreements/" + agreement.id() + "/commitments", Views.Commitment.class).stream()
                .collect(Collectors.toMap(Views.Commitment::id, Views.Commitment::title, (a, b) -> a, LinkedHashMap::new));
    }

    // ----- allocate money of a stream to a commitment -----

    @Get("/toewijzen")
    HttpResponse<?> allocateForm(HttpRequest<?> request, Authentication authentication) {
        WebUser user = pages.user(request, authentication);
        Form form = Form.empty().set("year", LocalDate.now(clock).getYear());
        return allocatePage(request, user, form, HttpStatus.OK);
    }

    @Post("/toewijzen")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    HttpResponse<?> allocate(HttpRequest<?> request, Authentication authentication, @Body Map<String, String> body) {
        WebUser user = pages.user(request, authentication);
        Form form = Form.of(body);
        Long stream = number(body.get("streamId"));
        Long commitment = number(body.get("commitmentId"));
        if (stream == null) {
            form.error("streamId", Texts.t("money.stream.missing"));
        }
        if (commitment == null) {
            form.error("commitmentId", Texts.t("money.commitment.missing"));
        }
        Integer year = year(form);
        BigDecimal amount = amount(form);
        if (!form.hasErrors()) {
            Map<String, Object> allocation = new HashMap<>();
            allocation.put("streamId", stream);
            allocation.put("commitmentId", commitment);
            allocation.put("year", year);
            allocation.put("amount", amount);
            try {
                pages.api(user).post("/allocations", allocation);
                return Pages.redirect("/geld?jaar=" + year + "&gelukt=toegewezen");
            } catch (ApiProblem problem) {
                refuseOrThrow(problem, form, f -> switch (f) {
                    case "streamId", "commitmentId", "year", "amount" -> f;
                    default -> null;
                });
            }
        }
        return allocatePage(request, user, form, HttpStatus.UNPROCESSABLE_ENTITY);
    }

    private HttpResponse<?> allocatePage(HttpRequest<?> request, WebUser user, Form form, HttpStatus status) {
        Api.Caller api = pages.api(user);
        Map<String, String> streams = new LinkedHashMap<>();
        api.get("/funding-streams?recipientId=" + user.actor().organisationId() + "&size=500", Views.paged(Views.Stream.class)).items()
                .forEach(s -> streams.put(String.valueOf(s.id()), s.name()));
        Map<String, String> commitments = new LinkedHashMap<>();
        own.current(api, user).ifPresent(a -> commitmentTitles(api, a).forEach((id, title) -> commitments.put(String.valueOf(id), title)));
        Page page = pages.page(request, user, Texts.t("money.allocate.title")).form(form);
        return pages.render(request, status, page, "money/allocate", "form", form, "streams", streams, "commitments", commitments);
    }

    // ----- report spending on an allocation -----

    @Get("/toewijzing/{id}")
    HttpResponse<?> spendingForm(HttpRequest<?> request, Authentication authentication, @PathVariable long id) {
        WebUser user = pages.user(request, authentication);
        Form form = Form.empty().set("year", LocalDate.now(clock).getYear());
        return spendingPage(request, user, id, form, HttpStatus.OK);
    }

    @Post("/toewijzing/{id}")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    HttpResponse<?> spend(HttpRequest<?> request, Authentication authentication, @PathVariable long id, @Body Map<String, String> body) {
        WebUser user = pages.user(request, authentication);
        Form form = Form.of(body);
        Integer year = year(form);
        BigDecimal amount = amount(form);
        if (!form.hasErrors()) {
            try {
                pages.api(user).post("/allocations/" + id + "/expenditures", Map.of("year", year, "amount", amount));
                return Pages.redirect("/geld?jaar=" + year + "&gelukt=besteed");
            } catch (ApiProblem problem) {
                refuseOrThrow(problem, form, f -> switch (f) {
                    case "year", "amount" -> f;
                    default -> null;
                });
            }
        }
        return spendingPage(request, user, id, form, HttpStatus.UNPROCESSABLE_ENTITY);
    }

    /** What would be left of the allocation after the amount being typed: the part of the page htmx refreshes. */
    @Get("/toewijzing/{id}/over{?amount}")
    HttpResponse<?> left(HttpRequest<?> request, Authentication authentication, @PathVariable long id, @Nullable @QueryValue String amount) {
        WebUser user = pages.user(request, authentication);
        Views.Allocation allocation = pages.api(user).get("/allocations/" + id, Views.Allocation.class);
        Page page = pages.page(request, user, Texts.t("money.spend.title"));
        return pages.render(request, page, "money/left", "allocation", allocation, "typed", Euros.parse(amount).orElse(null));
    }

    private HttpResponse<?> spendingPage(HttpRequest<?> request, WebUser user, long id, Form form, HttpStatus status) {
        Api.Caller api = pages.api(user);
        Views.Allocation allocation = api.get("/allocations/" + id, Views.Allocation.class);
        List<Views.Expenditure> spent = api.getList("/allocations/" + id + "/expenditures", Views.Expenditure.class);
        Page page = pages.page(request, user, Texts.t("money.spend.title")).form(form);
        return pages.render(request, status, page, "money/spend", "allocation", allocation, "expenditures", spent, "form", form,
                "typed", Euros.parse(form.value("amount")).orElse(null));
    }

    // ----- helpers -----

    @Nullable
    private static Integer year(Form form) {
        String typed = form.value("year").strip();
        if (typed.matches("\\d{4}")) {
            return Integer.valueOf(typed);
        }
        form.error("year", Texts.t("year.invalid"));
        return null;
    }

    @Nullable
    private static BigDecimal amount(Form form) {
        Optional<BigDecimal> amount = Euros.parse(form.value("amount"));
        if (amount.isEmpty()) {
            form.error("amount", Texts.t("money.amount.invalid"));
            return null;
        }
        return amount.get();
    }

    @Nullable
    private static Long number(@Nullable String value) {
        try {
            return value == null || value.isBlank() ? null : Long.valueOf(value.strip());
        } catch (NumberFormatException e) {
            return null;
        }
    }

    private static void refuseOrThrow(ApiProblem problem, Form form, Function<String, String> fieldOf) {
        // Over the budget is a conflict with what others allocated (409), with the amount as its field.
        boolean refusedInput = problem.status() == 400 || problem.status() == 422
                || (problem.status() == 409 && !problem.violations().isEmpty());
        if (!refusedInput) {
            throw problem;
        }
        form.problems(problem, fieldOf);
    }
}
