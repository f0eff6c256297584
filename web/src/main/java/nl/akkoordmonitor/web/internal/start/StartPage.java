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
import nl.akkoordmonitor.web.internal.layout.Page;
import nl.akkoordmonitor.web.internal.layout.Pages;
import nl.akkoordmonitor.web.internal.layout.Texts;
import nl.akkoordmonitor.web.internal.layout.WebUser;

/** "Mijn akkoord": what the user's organisation has to do now, with dates and links. */
@Controller("/mijn-akkoord")
@Hidden
@Secured({"MUNICIPALITY", "GGD", "VWS"})
@ExecuteOn(TaskExecutors.BLOCKING)
class StartPage {

    private final Pages pages;

    StartPage(Pages pages) {
        this.pages = pages;
    }

    @Get("{?gelukt}")
    HttpResponse<?> show(HttpRequest<?> request, Authentication authentication, @Nullable @QueryValue String gelukt) {
        WebUser user = pages.user(request, authentication);
        Page page = pages.page(request, user, Texts.t("start.title"));
        if ("wachtwoord".equals(gelukt)) {
            page.flash(Texts.t("password.changed"));
        }
        return pages.render(request, page, "start/start");
    }
}
