package nl.akkoordmonitor.web.internal.indicator;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Consumes;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
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

/**
 * Indicators of the own agreement: its targets, the values measured per year with the judgement
 * of each (on the straight path from baseline to target or not), and a form to enter a measurement.
 */
@Controller("/indicatoren")
@Hidden
@Secured({"MUNICIPALITY", "GGD", "VWS"})
@ExecuteOn(TaskExecutors.BLOCKING)
public class IndicatorPages {


    private final Pages pages;
    private final OwnAgreements own;
    private final Clock clock;

    IndicatorPages(Pages pages, OwnAgreements own, Clock clock) {
        this.pages = pages;
        this.own = own;
        this.clock = clock;
    }

    @Get("{?gelukt}")
    HttpResponse<?> overview(HttpRequest<?> request, Authentication authentication, @Nullable @QueryValue String gelukt) {
        WebUser user = pages.user(request, authentication);
        // Last year is the year whose figures usually come in now.
        Form form = Form.empty().set("year", LocalDate.now(clock).getYear() - 1);
        Page page = pages.page(request, user, Texts.t("indicators.title"));
        if (gelukt != null) {
            page.flash(Texts.t("indicators.recorded"));
        }
        Api.Caller api = pages.api(user);
        Optional<Views.Agreement> agreement = own.current(api, user);
        return render(request, page, agreement, targets(api, agreement), form, HttpStatus.OK);
    }

    @Post
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    HttpResponse<?> record(HttpRequest<?> request, Authentication authentication, @Body Map<String, String> body) {
        WebUser user = pages.user(request, authentication);
        Api.Caller api = pages.api(user);
        Form form = Form.of(body);
        Optional<Views.Agreement> agreement = own.current(api, user);
        List<Views.IndicatorTarget> targets = targets(api, agreement);
        Optional<Views.IndicatorTarget> target = targets.stream()
                .filter(t -> String.valueOf(t.indicator().id()).equals(form.value("indicatorId").strip())).findFirst();
        if (target.isEmpty()) {
            form.error("indicatorId", Texts.t("indicators.indicator.missing"));
        }
        Integer year = null;
        String typedYear = form.value("year").strip();
        if (typedYear.matches("\\d{4}")) {
            year = Integer.valueOf(typedYear);
        } else {
            form.error("year", Texts.t("year.invalid"));
        }
        Optional<BigDecimal> value = Decimals.parse(form.value("value"));
        if (value.isEmpty()) {
            form.error("value", Texts.t("indicators.value.invalid"));
        }
        if (!form.hasErrors()) {
            Map<String, Object> measurement = new HashMap<>();
            measurement.put("organisationId", user.actor().organisationId());
            measurement.put("year", year);
            measurement.put("value", value.get());
            try {
                api.post("/indicators/" + target.get().indicator().id() + "/measurements", measurement);
                return Pages.redirect("/indicatoren?gelukt=1");
            } catch (ApiProblem problem) {
                if (problem.status() == 409 && problem.violations().stream().anyMatch(v -> v.rule() != null && v.rule().startsWith("DUPLICATE"))) {
                    // The API tells a programmer to correct it with a PUT; a person reads what is the matter.
                    form.error("year", Texts.t("indicators.year.duplicate", year));
                } else if (problem.status() == 400 || problem.status() == 409 || problem.status() == 422) {
                    form.problems(problem, f -> switch (f) {
                        case "year", "/year" -> "year";
                        case "value", "/value" -> "value";
                        default -> null;
                    });
                } else {
                    throw problem;
                }
            }
        }
        return render(request, pages.page(request, user, Texts.t("indicators.title")).form(form), agreement, targets, form,
                HttpStatus.UNPROCESSABLE_ENTITY);
    }

    private static List<Views.IndicatorTarget> targets(Api.Caller api, Optional<Views.Agreement> agreement) {
        return agreement.map(a -> api.getList("/agreements/" + a.id() + "/indicator-targets", Views.IndicatorTarget.class)).orElse(List.of());
    }

    private HttpResponse<?> render(HttpRequest<?> request, Page page, Optional<Views.Agreement> agreement,
                                   List<Views.IndicatorTarget> targets, Form form, HttpStatus status) {
        Map<String, String> indicators = new LinkedHashMap<>();
        targets.forEach(t -> indicators.put(String.valueOf(t.indicator().id()), t.indicator().name()));
        return pages.render(request, status, page, "indicator/overview", "agreement", agreement.orElse(null), "targets", targets,
                "indicators", indicators, "form", form);
    }
}
