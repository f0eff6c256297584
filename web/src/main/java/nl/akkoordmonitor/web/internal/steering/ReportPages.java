package nl.akkoordmonitor.web.internal.steering;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.QueryValue;
import io.micronaut.http.cookie.Cookie;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.authentication.Authentication;
import io.swagger.v3.oas.annotations.Hidden;
import nl.akkoordmonitor.agreements.Coverage;
import nl.akkoordmonitor.agreements.Organisation;
import nl.akkoordmonitor.agreements.Scope;
import nl.akkoordmonitor.platform.security.Actor;
import nl.akkoordmonitor.web.internal.api.Api;
import nl.akkoordmonitor.web.internal.layout.Page;
import nl.akkoordmonitor.web.internal.layout.Pages;
import nl.akkoordmonitor.web.internal.layout.Texts;
import nl.akkoordmonitor.web.internal.layout.WebUser;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * Downloading the steering report of the country, a region or a municipality for a year. The
 * report is made by the API while the page says it is being prepared (a national one takes a few
 * seconds); the answer sets a cookie with the request's token so the page knows it has arrived.
 */
@Controller("/rapporten")
@Hidden
@Secured({"GGD", "VWS"})
@ExecuteOn(TaskExecutors.BLOCKING)
class ReportPages {

    private final Pages pages;
    private final SteeringAccess access;
    private final SteeringFigures figures;

    ReportPages(Pages pages, SteeringAccess access, SteeringFigures figures) {
        this.pages = pages;
        this.access = access;
        this.figures = figures;
    }

    @Get("{?scope,jaar}")
    HttpResponse<?> page(HttpRequest<?> request, Authentication authentication, @Nullable @QueryValue String scope,
                         @Nullable @QueryValue Integer jaar) {
        Actor actor = Actor.of(authentication);
        int year = access.year(jaar);
        List<ReportChoice> choices = new ArrayList<>();
        Organisation own = access.ownRegion(actor);
        if (own == null) {
            choices.add(new ReportChoice("NL", Texts.t("reports.national")));
        }
        // The regions and municipalities the user may see, from the coverage it already may read.
        Coverage coverage = figures.coverage(own == null ? Scope.national() : Scope.region(own.id()), year);
        if (coverage != null) {
            coverage.regions().forEach(r -> choices.add(new ReportChoice(r.code(), r.name())));
            coverage.municipalities().forEach(m -> choices.add(new ReportChoice(m.code(), m.name() + " (" + m.code() + ")")));
        } else if (own != null) {
            choices.add(new ReportChoice(own.code(), own.name()));
        }
        String selected = scope != null ? scope : own != null ? own.code() : "NL";
        WebUser user = pages.user(request, authentication);
        Page page = pages.page(request, user, Texts.t("reports.title"));
        return pages.render(request, page, "steering/reports", "choices", choices, "selected", selected, "year", year);
    }

    @Get("/download{?scope,jaar,token}")
    HttpResponse<?> download(HttpRequest<?> request, Authentication authentication, @Nullable @QueryValue String scope,
                             @Nullable @QueryValue Integer jaar, @Nullable @QueryValue String token) {
        int year = access.year(jaar);
        WebUser user = pages.user(request, authentication);
        String code = scope == null || scope.isBlank() ? "NL" : scope.strip();
        Api.Download file = pages.api(user).download("/steering-reports/" + year + "?scope=" + URLEncoder.encode(code, StandardCharsets.UTF_8));
        var response = HttpResponse.ok(file.bytes())
                .contentType(MediaType.of(file.contentType()))
                .header("Content-Disposition", "attachment; filename=\"" + file.fileName() + "\"")
                .header("Cache-Control", "no-store");
        if (token != null && token.matches("[A-Za-z0-9]{1,40}")) {
            response.cookie(Cookie.of("akm-download", token).path("/").maxAge(60));
        }
        return response;
    }
}
