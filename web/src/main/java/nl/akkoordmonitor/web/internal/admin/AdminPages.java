package nl.akkoordmonitor.web.internal.admin;

import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.authentication.Authentication;
import io.swagger.v3.oas.annotations.Hidden;
import nl.akkoordmonitor.web.internal.layout.Pages;
import nl.akkoordmonitor.web.internal.layout.Texts;
import nl.akkoordmonitor.web.internal.layout.WebUser;

/** The administrator's start page; the user pages come with part 2 of the web application. */
@Controller("/beheer")
@Hidden
@Secured("ADMIN")
@ExecuteOn(TaskExecutors.BLOCKING)
class AdminPages {

    private final Pages pages;

    AdminPages(Pages pages) {
        this.pages = pages;
    }

    @Get
    HttpResponse<?> start(HttpRequest<?> request, Authentication authentication) {
        WebUser user = pages.user(request, authentication);
        return pages.render(request, pages.page(request, user, Texts.t("admin.title")), "admin/start");
    }
}
