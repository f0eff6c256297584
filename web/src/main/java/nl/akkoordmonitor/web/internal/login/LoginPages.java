package nl.akkoordmonitor.web.internal.login;

import io.micronaut.context.annotation.Value;
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
import io.micronaut.security.rules.SecurityRule;
import io.micronaut.serde.annotation.Serdeable;
import io.swagger.v3.oas.annotations.Hidden;
import nl.akkoordmonitor.platform.security.Role;
import nl.akkoordmonitor.web.internal.api.Api;
import nl.akkoordmonitor.web.internal.api.ApiProblem;
import nl.akkoordmonitor.web.internal.layout.Form;
import nl.akkoordmonitor.web.internal.layout.Page;
import nl.akkoordmonitor.web.internal.layout.Pages;
import nl.akkoordmonitor.web.internal.layout.Texts;
import nl.akkoordmonitor.web.internal.layout.WebUser;
import nl.akkoordmonitor.web.internal.session.SessionCookies;

import java.util.List;
import java.util.Map;

/** Logging in and out in the browser, and changing one's own password. */
@Controller
@Hidden
@ExecuteOn(TaskExecutors.BLOCKING)
class LoginPages {

    private final Pages pages;
    private final Api api;
    private final List<String> demoLogins;
    private final String demoPassword;

    /**
     * @param demoLogins   in demo mode, the demo users the login page offers with one click each
     * @param demoPassword their password (made up, and only in demo mode)
     */
    LoginPages(Pages pages, Api api, @Value("${akkoordmonitor.demo.logins:}") String demoLogins,
               @Value("${akkoordmonitor.demo.password:}") String demoPassword) {
        this.pages = pages;
        this.api = api;
        this.demoLogins = demoLogins.isBlank() ? List.of() : List.of(demoLogins.split(","));
        this.demoPassword = demoPassword;
    }

    @Serdeable
    record LoginAnswer(String access_token) {
    }

    /** The start: the user's own start page, or the login page. */
    @Get
    @Secured(SecurityRule.IS_ANONYMOUS)
    HttpResponse<?> home(@Nullable Authentication authentication) {
        if (authentication == null) {
            return Pages.redirect("/inloggen");
        }
        return Pages.redirect(startOf(Role.valueOf(String.valueOf(authentication.getAttributes().get("role")))));
    }

    static String startOf(Role role) {
        return switch (role) {
            case ADMIN -> "/beheer/gebruikers";
            case VWS -> "/sturing";
            case GGD -> "/regio";
            case MUNICIPALITY -> "/mijn-akkoord";
        };
    }

    @Get("/inloggen{?terug,verlopen,uitgelogd}")
    @Secured(SecurityRule.IS_ANONYMOUS)
    HttpResponse<?> loginPage(HttpRequest<?> request, @Nullable @QueryValue String terug, @Nullable @QueryValue String verlopen,
                              @Nullable @QueryValue String uitgelogd) {
        Page page = pages.page(request, null, Texts.t("login.title"));
        if (verlopen != null) {
            page.flash(Texts.t("login.expired"));
        } else if (uitgelogd != null) {
            page.flash(Texts.t("login.loggedOut"));
        }
        Form form = Form.empty().set("terug", safeReturn(terug));
        return pages.render(request, page.form(form), "login/login", "form", form, "demoLogins", demoLogins, "demoPassword", demoPassword);
    }

    @Post("/inloggen")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @Secured(SecurityRule.IS_ANONYMOUS)
    HttpResponse<?> login(HttpRequest<?> request, @Body Map<String, String> body) {
        Form form = Form.of(Map.of("username", body.getOrDefault("username", ""), "terug", safeReturn(body.get("terug"))));
        String username = body.getOrDefault("username", "").strip();
        String password = body.getOrDefault("password", "");
        if (username.isEmpty()) {
            form.error("username", Texts.t("login.username.missing"));
        }
        if (password.isEmpty()) {
            form.error("password", Texts.t("login.password.missing"));
        }
        if (!form.hasErrors()) {
            try {
                LoginAnswer answer = api.loginFrom(request).post("/login", Map.of("username", username, "password", password), LoginAnswer.class);
                String back = form.value("terug");
                return Pages.redirect(back.isEmpty() ? "/" : back)
                        .cookie(SessionCookies.session(request, answer.access_token()))
                        // A fresh CSRF cookie for the new session: tokens of before the login stop working.
                        .cookie(SessionCookies.newCsrf(request));
            } catch (ApiProblem problem) {
                form.general(problem.status() == 401 ? Texts.t("login.refused") : problem.detail());
            }
        }
        Page page = pages.page(request, null, Texts.t("login.title"));
        return pages.render(request, HttpStatus.OK, page.form(form), "login/login", "form", form, "demoLogins", demoLogins,
                "demoPassword", demoPassword);
    }

    @Post("/uitloggen")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @Secured(SecurityRule.IS_ANONYMOUS)
    HttpResponse<?> logout(HttpRequest<?> request) {
        return Pages.redirect("/inloggen?uitgelogd=1")
                .cookie(SessionCookies.expiredSession(request))
                .cookie(SessionCookies.newCsrf(request));
    }

    @Get("/wachtwoord")
    @Secured(SecurityRule.IS_AUTHENTICATED)
    HttpResponse<?> passwordPage(HttpRequest<?> request, Authentication authentication) {
        WebUser user = pages.user(request, authentication);
        Form form = Form.empty();
        return pages.render(request, pages.page(request, user, Texts.t("password.title")).form(form), "login/password", "form", form);
    }

    @Post("/wachtwoord")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @Secured(SecurityRule.IS_AUTHENTICATED)
    HttpResponse<?> changePassword(HttpRequest<?> request, Authentication authentication, @Body Map<String, String> body) {
        WebUser user = pages.user(request, authentication);
        Form form = Form.empty();
        String current = body.getOrDefault("currentPassword", "");
        String fresh = body.getOrDefault("newPassword", "");
        String repeat = body.getOrDefault("repeatPassword", "");
        if (current.isEmpty()) {
            form.error("currentPassword", Texts.t("password.current.missing"));
        }
        if (fresh.isEmpty()) {
            form.error("newPassword", Texts.t("password.new.missing"));
        } else if (!fresh.equals(repeat)) {
            form.error("repeatPassword", Texts.t("password.repeat.different"));
        }
        if (!form.hasErrors()) {
            try {
                pages.api(user).post("/users/me/password", Map.of("currentPassword", current, "newPassword", fresh));
                // A new password ends every session of the account (its token version moved on),
                // this one too; the user who just changed it stays logged in with a fresh token.
                LoginAnswer answer = api.as(null).post("/login", Map.of("username", user.actor().username(), "password", fresh), LoginAnswer.class);
                return Pages.redirect(LoginPages.startOf(user.role()) + "?gelukt=wachtwoord")
                        .cookie(SessionCookies.session(request, answer.access_token()))
                        .cookie(SessionCookies.newCsrf(request));
            } catch (ApiProblem problem) {
                if (problem.status() == 401) {
                    throw problem;
                }
                form.problems(problem, field -> switch (field) {
                    case "currentPassword", "newPassword" -> field;
                    default -> null;
                });
            }
        }
        Page page = pages.page(request, user, Texts.t("password.title"));
        return pages.render(request, HttpStatus.OK, page.form(form), "login/password", "form", form);
    }

    /** Only a path on this site, so a link cannot send someone elsewhere after logging in. */
    static String safeReturn(@Nullable String back) {
        if (back == null || !back.startsWith("/") || back.startsWith("//") || back.startsWith("/\\") || back.startsWith("/inloggen")) {
            return "";
        }
        return back;
    }
}
