package nl.akkoordmonitor.web.internal.notification;

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
import io.micronaut.security.rules.SecurityRule;
import io.micronaut.serde.annotation.Serdeable;
import io.swagger.v3.oas.annotations.Hidden;
import nl.akkoordmonitor.web.internal.api.Api;
import nl.akkoordmonitor.web.internal.api.ApiProblem;
import nl.akkoordmonitor.web.internal.api.Views;
import nl.akkoordmonitor.web.internal.layout.Form;
import nl.akkoordmonitor.web.internal.layout.Page;
import nl.akkoordmonitor.web.internal.layout.Pages;
import nl.akkoordmonitor.web.internal.layout.Texts;
import nl.akkoordmonitor.web.internal.layout.WebUser;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * What needs the user: the notifications ("Meldingen", unread first in the eye, read with a click)
 * and the calendar ("Agenda": the dates of the year, the calendar feed for Outlook and how mail
 * comes). For every role; through the notifications API, as the user.
 */
@Controller
@Hidden
@Secured(SecurityRule.IS_AUTHENTICATED)
@ExecuteOn(TaskExecutors.BLOCKING)
public class NotificationPages {

    static final int PAGE_SIZE = 25;
    private static final Argument<Views.Paged<Notification>> NOTIFICATIONS = Views.paged(Notification.class);
    private static final List<String> DELIVERIES = List.of("IMMEDIATE", "DIGEST", "OFF");

    private final Pages pages;
    private final Clock clock;

    NotificationPages(Pages pages, Clock clock) {
        this.pages = pages;
        this.clock = clock;
    }

    @Serdeable
    public record Notification(long id, String kind, String subject, String body, @Nullable String link, Instant createdAt, boolean read) {
    }

    @Serdeable
    public record CalendarEntry(String uid, LocalDate date, String kind, String title, @Nullable String description, @Nullable String link) {
    }

    @Serdeable
    record Feed(String url) {
    }

    @Serdeable
    record Settings(@Nullable String email, String delivery, long version) {
    }

    @Get("/meldingen{?ongelezen,pagina,gelukt}")
    HttpResponse<?> notifications(HttpRequest<?> request, Authentication authentication, @Nullable @QueryValue String ongelezen,
                                  @Nullable @QueryValue Integer pagina, @Nullable @QueryValue String gelukt) {
        WebUser user = pages.user(request, authentication);
        boolean unreadOnly = ongelezen != null;
        int number = pagina == null || pagina < 1 ? 1 : pagina;
        Views.Paged<Notification> found = pages.api(user).get("/notifications?unread=" + unreadOnly + "&page=" + (number - 1)
                + "&size=" + PAGE_SIZE, NOTIFICATIONS);
        Page page = pages.page(request, user, Texts.t("notifications.title"));
        if (gelukt != null) {
            page.flash(Texts.t("notifications.done." + gelukt));
        }
        long pageCount = Math.max(1, (found.totalItems() + PAGE_SIZE - 1) / PAGE_SIZE);
        return pages.render(request, page, "notification/list", "notifications", found.items(), "unreadOnly", unreadOnly,
                "pageNumber", number, "pageCount", pageCount);
    }

    /** Marks one read and goes to the thing it is about, as a click on a notification should. */
    @Post("/meldingen/{id}/openen")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    HttpResponse<?> open(HttpRequest<?> request, Authentication authentication, @PathVariable long id, @Body Map<String, String> body) {
        WebUser user = pages.user(request, authentication);
        pages.api(user).post("/notifications/" + id + "/read", Map.of());
        String link = body.getOrDefault("link", "");
        // Only a path on this site, so a crafted form cannot send the user elsewhere.
        boolean local = link.startsWith("/") && !link.startsWith("//") && !link.startsWith("/\\");
        return Pages.redirect(local ? link : "/meldingen");
    }

    @Post("/meldingen/{id}/gelezen")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    HttpResponse<?> markRead(HttpRequest<?> request, Authentication authentication, @PathVariable long id) {
        WebUser user = pages.user(request, authentication);
        pages.api(user).post("/notifications/" + id + "/read", Map.of());
        return Pages.redirect("/meldingen?gelukt=gelezen");
    }

    @Post("/meldingen/alles-gelezen")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    HttpResponse<?> markAllRead(HttpRequest<?> request, Authentication authentication) {
        WebUser user = pages.user(request, authentication);
        pages.api(user).post("/notifications/read", Map.of());
        return Pages.redirect("/meldingen?gelukt=allesGelezen");
    }

    @Get("/agenda{?jaar,gelukt}")
    HttpResponse<?> calendar(HttpRequest<?> request, Authentication authentication, @Nullable @QueryValue Integer jaar,
                             @Nullable @QueryValue String gelukt) {
        WebUser user = pages.user(request, authentication);
        Api.Caller api = pages.api(user);
        Settings settings = api.get("/notifications/settings", Settings.class);
        Form form = Form.empty().set("email", settings.email()).set("delivery", settings.delivery()).set("version", settings.version());
        Page page = pages.page(request, user, Texts.t("calendar.title"));
        if (gelukt != null) {
            page.flash(Texts.t("calendar.done." + gelukt));
        }
        return renderCalendar(request, api, page, year(jaar), form, HttpStatus.OK);
    }

    @Post("/agenda/nieuwe-link")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    HttpResponse<?> renewFeed(HttpRequest<?> request, Authentication authentication) {
        WebUser user = pages.user(request, authentication);
        pages.api(user).post("/calendar/feed", Map.of(), Feed.class);
        return Pages.redirect("/agenda?gelukt=link");
    }

    @Post("/agenda/e-mail")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    HttpResponse<?> saveSettings(HttpRequest<?> request, Authentication authentication, @Body Map<String, String> body) {
        WebUser user = pages.user(request, authentication);
        Api.Caller api = pages.api(user);
        Form form = Form.of(body);
        String delivery = form.value("delivery");
        if (!DELIVERIES.contains(delivery)) {
            form.error("delivery-" + DELIVERIES.get(0), Texts.t("calendar.delivery.missing"));
        }
        String email = form.value("email").strip();
        if (!delivery.equals("OFF") && email.isEmpty()) {
            form.error("email", Texts.t("calendar.email.missing"));
        }
        if (!form.hasErrors()) {
            Map<String, Object> settings = new LinkedHashMap<>();
            settings.put("email", email.isEmpty() ? null : email);
            settings.put("delivery", delivery);
            settings.put("version", parseVersion(form.value("version")));
            try {
                api.put("/notifications/settings", settings, Settings.class);
                return Pages.redirect("/agenda?gelukt=email");
            } catch (ApiProblem problem) {
                if (problem.status() == 409) {
                    form.general(Texts.t("calendar.settings.stale"));
                } else if (problem.status() == 400) {
                    form.problems(problem, field -> field.equals("/email") || field.equals("email") ? "email" : null);
                } else {
                    throw problem;
                }
            }
        }
        Page page = pages.page(request, user, Texts.t("calendar.title")).form(form);
        return renderCalendar(request, api, page, LocalDate.now(clock).getYear(), form, HttpStatus.UNPROCESSABLE_ENTITY);
    }

    private HttpResponse<?> renderCalendar(HttpRequest<?> request, Api.Caller api, Page page, int year, Form form, HttpStatus status) {
        List<CalendarEntry> entries = api.getList("/calendar?year=" + year, CalendarEntry.class);
        String feed = api.get("/calendar/feed", Feed.class).url();
        Map<String, String> deliveries = new LinkedHashMap<>();
        DELIVERIES.forEach(d -> deliveries.put(d, Texts.t("calendar.delivery." + d)));
        return pages.render(request, status, page, "notification/calendar", "entries", entries, "year", year,
                "today", LocalDate.now(clock), "feed", feed, "form", form, "deliveries", deliveries);
    }

    private int year(@Nullable Integer asked) {
        int now = LocalDate.now(clock).getYear();
        return asked == null || asked < now - 5 || asked > now + 5 ? now : asked;
    }

    private static long parseVersion(String typed) {
        try {
            return Long.parseLong(typed.strip());
        } catch (NumberFormatException e) {
            return -1;
        }
    }
}
