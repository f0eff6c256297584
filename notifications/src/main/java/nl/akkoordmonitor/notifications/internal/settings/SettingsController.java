package nl.akkoordmonitor.notifications.internal.settings;

import nl.akkoordmonitor.platform.message.Message;
import nl.akkoordmonitor.platform.problem.Answers;
import nl.akkoordmonitor.platform.problem.Violation;
import nl.akkoordmonitor.platform.problem.BadRequestException;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.PathVariable;
import io.micronaut.http.annotation.Post;
import io.micronaut.http.annotation.Produces;
import io.micronaut.http.annotation.Put;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.authentication.Authentication;
import io.micronaut.security.rules.SecurityRule;
import io.micronaut.serde.annotation.Serdeable;
import io.micronaut.transaction.annotation.Transactional;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.security.SecurityRequirements;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import nl.akkoordmonitor.notifications.internal.Texts;
import nl.akkoordmonitor.platform.security.Actor;

/**
 * A user's mail settings, and the link in every mail that switches mail off without logging in.
 * The unsubscribe link first shows a page with a button: mail scanners that open links must not
 * switch anyone's mail off. Mail programs that offer one-click unsubscribe POST to the same link.
 */
@Controller("/notifications")
@ExecuteOn(TaskExecutors.BLOCKING)
@Tag(name = "Notifications")
class SettingsController {

    private final RecipientStore store;

    SettingsController(RecipientStore store) {
        this.store = store;
    }

    /**
     * @param email    where mail goes; null when none is given
     * @param delivery IMMEDIATE (a mail per notification), DIGEST (one mail a week) or OFF
     * @param version  send it back with a change
     */
    @Serdeable
    record SettingsView(@Nullable String email, Delivery delivery, long version) {
        static SettingsView of(Recipient r) {
            return new SettingsView(r.email(), r.delivery(), r.version());
        }
    }

    @Serdeable
    record SettingsRequest(@Nullable @Email @Size(max = 254) String email, @NotNull Delivery delivery, @NotNull Long version) {
    }

    @Get("/settings")
    @Secured(SecurityRule.IS_AUTHENTICATED)
    @Transactional
    @Answers.LoggedIn
    @Operation(operationId = "getNotificationSettings", summary = "Get your mail settings")
    SettingsView get(Authentication authentication) {
        return SettingsView.of(store.getOrCreate(Actor.of(authentication).userId()));
    }

    @Put("/settings")
    @Secured(SecurityRule.IS_AUTHENTICATED)
    @Transactional
    @Answers.LoggedIn @Answers.Conflict
    @Operation(operationId = "updateNotificationSettings", summary = "Change your mail address and how you get mail",
            description = "IMMEDIATE sends a mail per notification, DIGEST one overview a week, OFF none. Send the version you read; a stale one is a 409.")
    SettingsView put(@Body @Valid SettingsRequest request, Authentication authentication) {
        String email = request.email() == null || request.email().isBlank() ? null : request.email().strip();
        if (email == null && request.delivery() != Delivery.OFF) {
            throw new BadRequestException(Violation.at("/email", Message.of("NOTIFICATION_EMAIL_REQUIRED")));
        }
        return SettingsView.of(store.update(Actor.of(authentication).userId(), email, request.delivery(), request.version()));
    }

    @Get("/unsubscribe/{token}")
    @Secured(SecurityRule.IS_ANONYMOUS)
    // The secret in the address is the key: no token.
    @SecurityRequirements
    @Produces(MediaType.TEXT_HTML)
    @Answers.Public @Answers.NotFound
    @Operation(operationId = "showUnsubscribe", summary = "The page behind a mail's unsubscribe link, with a button that switches mail off")
    @Transactional
    HttpResponse<String> confirm(@PathVariable String token) {
        if (store.byUnsubscribeToken(token).isEmpty()) {
            return HttpResponse.<String>notFound().body(page(Texts.text("unsubscribe.unknown"), null));
        }
        return HttpResponse.ok(page(Texts.text("unsubscribe.question"), "/notifications/unsubscribe/" + token));
    }

    @Post(value = "/unsubscribe/{token}", consumes = {MediaType.APPLICATION_FORM_URLENCODED, MediaType.ALL})
    @Secured(SecurityRule.IS_ANONYMOUS)
    // The secret in the address is the key: no token.
    @SecurityRequirements
    @Produces(MediaType.TEXT_HTML)
    @Transactional
    @Answers.Public @Answers.NotFound
    @Operation(operationId = "unsubscribe", summary = "Switch mail off with the link from a mail (also one-click, RFC 8058)")
    HttpResponse<String> unsubscribe(@PathVariable String token) {
        if (!store.unsubscribe(token)) {
            return HttpResponse.<String>notFound().body(page(Texts.text("unsubscribe.unknown"), null));
        }
        return HttpResponse.ok(page(Texts.text("unsubscribe.done"), null));
    }

    private static String page(String text, @Nullable String formAction) {
        String form = formAction == null ? "" : "<form method=\"post\" action=\"" + formAction + "\"><button type=\"submit\">"
                + Texts.text("unsubscribe.button") + "</button></form>\n";
        return "<!DOCTYPE html>\n<html lang=\"nl\">\n<head><meta charset=\"utf-8\"><title>" + Texts.text("unsubscribe.title")
                + "</title></head>\n<body>\n<main>\n<h1>" + Texts.text("unsubscribe.title") + "</h1>\n<p>" + text + "</p>\n" + form
                + "</main>\n</body>\n</html>\n";
    }
}
