package nl.akkoordmonitor.web.internal.admin;

import io.micronaut.http.HttpResponse;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.security.annotation.Secured;
import io.swagger.v3.oas.annotations.Hidden;
import nl.akkoordmonitor.web.internal.layout.Pages;

/** The administrator's start: the user list ({@link UserPages}); the audit log is beside it. */
@Controller("/beheer")
@Hidden
@Secured("ADMIN")
class AdminPages {

    @Get
    HttpResponse<?> start() {
        return Pages.redirect("/beheer/gebruikers");
    }
}
