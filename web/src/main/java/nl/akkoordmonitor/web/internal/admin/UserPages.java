package nl.akkoordmonitor.web.internal.admin;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.core.type.Argument;
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
import nl.akkoordmonitor.agreements.Organisation;
import nl.akkoordmonitor.platform.paging.PageResponse;
import nl.akkoordmonitor.platform.security.Role;
import nl.akkoordmonitor.web.internal.api.Api;
import nl.akkoordmonitor.web.internal.api.ApiProblem;
import nl.akkoordmonitor.web.internal.layout.Form;
import nl.akkoordmonitor.web.internal.layout.Page;
import nl.akkoordmonitor.web.internal.layout.Pages;
import nl.akkoordmonitor.web.internal.layout.Texts;
import nl.akkoordmonitor.web.internal.layout.WebUser;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The administrator's user pages: the list, creating an account (role and organisation chosen
 * from lists, never typed ids), changing its role or organisation, and disabling or enabling it.
 * Everything goes through the {@code /users} API, so its rules and Dutch messages decide.
 */
@Controller("/beheer/gebruikers")
@Hidden
@Secured("ADMIN")
@ExecuteOn(TaskExecutors.BLOCKING)
class UserPages {

    @SuppressWarnings({"unchecked", "rawtypes"})
    private static final Argument<PageResponse<Accounts.UserView>> USERS = (Argument) Argument.of(PageResponse.class, Accounts.UserView.class);
    @SuppressWarnings({"unchecked", "rawtypes"})
    private static final Argument<PageResponse<Organisation>> ORGANISATIONS = (Argument) Argument.of(PageResponse.class, Organisation.class);

    private final Pages pages;

    UserPages(Pages pages) {
        this.pages = pages;
    }

    @Get("{?pagina,gelukt}")
    HttpResponse<?> list(HttpRequest<?> request, Authentication authentication, @Nullable @QueryValue Integer pagina,
                         @Nullable @QueryValue String gelukt) {
        WebUser user = pages.user(request, authentication);
        int number = pagina == null || pagina < 1 ? 1 : pagina;
        // Newest first: the account just made is at the top, however many there are.
        PageResponse<Accounts.UserView> users = pages.api(user).get("/users?size=50&sort=createdAt,desc&page=" + (number - 1), USERS);
        Page page = pages.page(request, user, Texts.t("users.title"));
        if (gelukt != null && Texts.has("users.done." + gelukt)) {
            page.flash(Texts.t("users.done." + gelukt));
        }
        return pages.render(request, page, "admin/users", "users", users, "names", choices(user).names(), "pageNumber", number);
    }

    @Get("/nieuw")
    HttpResponse<?> newUser(HttpRequest<?> request, Authentication authentication) {
        WebUser user = pages.user(request, authentication);
        return renderNew(request, user, Form.empty().set("role", "MUNICIPALITY"), HttpStatus.OK);
    }

    @Post("/nieuw")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    HttpResponse<?> create(HttpRequest<?> request, Authentication authentication, @Body Map<String, String> body) {
        WebUser user = pages.user(request, authentication);
        Form form = Form.of(Map.of("username", body.getOrDefault("username", ""), "role", body.getOrDefault("role", ""),
                "organisationId", body.getOrDefault("organisationId", "")));
        Role role = role(body.get("role"), form);
        Long organisation = organisation(body.get("organisationId"), role, form);
        if (body.getOrDefault("username", "").isBlank()) {
            form.error("username", Texts.t("users.username.missing"));
        }
        if (body.getOrDefault("password", "").isEmpty()) {
            form.error("password", Texts.t("users.password.missing"));
        }
        if (!form.hasErrors()) {
            Map<String, Object> request1 = new LinkedHashMap<>();
            request1.put("username", body.get("username").strip());
            request1.put("password", body.get("password"));
            request1.put("role", role.name());
            request1.put("organisationId", organisation);
            try {
                pages.api(user).post("/users", request1, Accounts.UserView.class);
                return Pages.redirect("/beheer/gebruikers?gelukt=aangemaakt");
            } catch (ApiProblem problem) {
                if (problem.status() == 401 || problem.status() == 403) {
                    throw problem;
                }
                form.problems(problem, field -> switch (field) {
                    case "username", "password", "role", "organisationId" -> field;
                    default -> null;
                });
            }
        }
        return renderNew(request, user, form, HttpStatus.UNPROCESSABLE_ENTITY);
    }

    private HttpResponse<?> renderNew(HttpRequest<?> request, WebUser user, Form form, HttpStatus status) {
        Page page = pages.page(request, user, Texts.t("users.new.title"));
        return pages.render(request, status, page.form(form), "admin/userNew", "form", form, "choices", choices(user));
    }

    @Get("/{id}")
    HttpResponse<?> show(HttpRequest<?> request, Authentication authentication, @PathVariable long id) {
        WebUser user = pages.user(request, authentication);
        Accounts.UserView account = pages.api(user).get("/users/" + id, Accounts.UserView.class);
        Form form = Form.empty().set("role", account.role().name()).set("organisationId", account.organisationId())
                .set("enabled", account.enabled() ? "ja" : "nee").set("version", account.version());
        return renderChange(request, user, account, form, HttpStatus.OK);
    }

    @Post("/{id}")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    HttpResponse<?> change(HttpRequest<?> request, Authentication authentication, @PathVariable long id, @Body Map<String, String> body) {
        WebUser user = pages.user(request, authentication);
        Accounts.UserView account = pages.api(user).get("/users/" + id, Accounts.UserView.class);
        Form form = Form.of(Map.of("role", body.getOrDefault("role", ""), "organisationId", body.getOrDefault("organisationId", ""),
                "enabled", body.getOrDefault("enabled", ""), "version", body.getOrDefault("version", "")));
        Role role = role(body.get("role"), form);
        Long organisation = organisation(body.get("organisationId"), role, form);
        if (!form.hasErrors()) {
            Map<String, Object> update = new LinkedHashMap<>();
            update.put("role", role.name());
            update.put("organisationId", organisation);
            update.put("enabled", "ja".equals(body.get("enabled")));
            update.put("version", parseLong(body.get("version")));
            try {
                pages.api(user).put("/users/" + id, update, Accounts.UserView.class);
                return Pages.redirect("/beheer/gebruikers?gelukt=" + ("ja".equals(body.get("enabled")) ? "gewijzigd" : "geblokkeerd"));
            } catch (ApiProblem problem) {
                if (problem.status() == 401 || problem.status() == 403 || problem.status() == 404) {
                    throw problem;
                }
                if (problem.status() == 409) {
                    form.general(Texts.t("error.409.message"));
                } else {
                    form.problems(problem, field -> switch (field) {
                        case "role", "organisationId" -> field;
                        default -> null;
                    });
                }
            }
        }
        return renderChange(request, user, account, form, HttpStatus.UNPROCESSABLE_ENTITY);
    }

    /** Lifts the delay or lock that failed logins put on the account (the API writes it to the audit log). */
    @Post("/{id}/ontgrendelen")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    HttpResponse<?> unlock(HttpRequest<?> request, Authentication authentication, @PathVariable long id) {
        WebUser user = pages.user(request, authentication);
        try {
            pages.api(user).delete("/users/" + id + "/login-lock");
        } catch (ApiProblem problem) {
            // Nothing counted any more (unlocked meanwhile, or a successful login): the account can log in, as asked.
            if (problem.status() != 404) {
                throw problem;
            }
            pages.api(user).get("/users/" + id, Accounts.UserView.class);
        }
        return Pages.redirect("/beheer/gebruikers?gelukt=ontgrendeld");
    }

    private HttpResponse<?> renderChange(HttpRequest<?> request, WebUser user, Accounts.UserView account, Form form, HttpStatus status) {
        Page page = pages.page(request, user, Texts.t("users.change.title", account.username()));
        return pages.render(request, status, page.form(form), "admin/userChange", "form", form, "account", account,
                "choices", choices(user));
    }

    private static Role role(@Nullable String value, Form form) {
        try {
            Role role = Role.valueOf(value == null ? "" : value);
            return role;
        } catch (IllegalArgumentException e) {
            form.error("role", Texts.t("users.role.missing"));
            return null;
        }
    }

    /** The organisation chosen for a role: none for an administrator, required for everyone else. */
    @Nullable
    private static Long organisation(@Nullable String value, @Nullable Role role, Form form) {
        if (role == null || role == Role.ADMIN) {
            return null;
        }
        Long id = parseLong(value);
        if (id == null) {
            form.error("organisationId", Texts.t("users.organisation.missing"));
        }
        return id;
    }

    @Nullable
    private static Long parseLong(@Nullable String value) {
        try {
            return value == null || value.isBlank() ? null : Long.parseLong(value.strip());
        } catch (NumberFormatException e) {
            return null;
        }
    }

    /** The ministry, the 25 regions and the 342 municipalities, three calls for the whole list. */
    private Accounts.Choices choices(WebUser user) {
        Api.Caller api = pages.api(user);
        return new Accounts.Choices(api.get("/organisations?type=MINISTRY&size=10", ORGANISATIONS).items(),
                api.get("/organisations?type=GGD_REGION&size=100", ORGANISATIONS).items(),
                new ArrayList<>(api.get("/organisations?type=MUNICIPALITY&size=1000", ORGANISATIONS).items()));
    }
}
