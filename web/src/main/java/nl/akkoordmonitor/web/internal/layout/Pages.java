package nl.akkoordmonitor.web.internal.layout;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.MediaType;
import io.micronaut.http.MutableHttpResponse;
import io.micronaut.http.cookie.Cookie;
import io.micronaut.security.authentication.Authentication;
import io.micronaut.views.jte.HtmlJteViewsRenderer;
import jakarta.inject.Singleton;
import nl.akkoordmonitor.agreements.Organisation;
import nl.akkoordmonitor.agreements.Organisations;
import nl.akkoordmonitor.platform.security.Actor;
import nl.akkoordmonitor.web.internal.api.Api;
import nl.akkoordmonitor.web.internal.session.Csrf;
import nl.akkoordmonitor.web.internal.session.SessionCookies;

import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.net.URI;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Builds the {@link Page} of a request and answers with a rendered template. Every page controller
 * goes through here, so every page gets the same layout, navigation and CSRF token.
 */
@Singleton
public class Pages {

    private static final String NEW_CSRF_COOKIE = "akkoordmonitor.web.newCsrfCookie";

    private final Csrf csrf;
    private final Organisations organisations;
    private final Api api;
    private final HtmlJteViewsRenderer<Map<String, Object>> renderer;

    Pages(Csrf csrf, Organisations organisations, Api api, HtmlJteViewsRenderer<Map<String, Object>> renderer) {
        this.renderer = renderer;
        this.csrf = csrf;
        this.organisations = organisations;
        this.api = api;
    }

    /** The logged-in user of a request; null when nobody is. */
    @Nullable
    public WebUser user(HttpRequest<?> request, @Nullable Authentication authentication) {
        if (authentication == null) {
            return null;
        }
        Actor actor = Actor.of(authentication);
        String organisation = actor.organisationId() == null ? null
                : organisations.find(actor.organisationId()).map(Organisation::name).orElse(null);
        String token = SessionCookies.session(request).orElse("");
        return new WebUser(actor, organisation, token);
    }

    /** The API, called as the user of this request. */
    public Api.Caller api(WebUser user) {
        return api.as(user.token());
    }

    public Page page(HttpRequest<?> request, @Nullable WebUser user, String title) {
        String cookie = SessionCookies.csrf(request).orElse(null);
        if (cookie == null) {
            Cookie fresh = SessionCookies.newCsrf(request);
            request.setAttribute(NEW_CSRF_COOKIE, fresh);
            cookie = fresh.getValue();
        }
        String token = csrf.tokenFor(cookie, user == null ? null : user.token());
        List<NavItem> nav = user == null ? List.of() : Navigation.of(user.role(), request.getPath());
        return new Page(title, user, token, nav, request.getPath());
    }

    /** Answers 200 with a template; {@code model} are the template's parameters besides {@code page}. */
    public MutableHttpResponse<?> render(HttpRequest<?> request, Page page, String view, Object... model) {
        return render(request, HttpStatus.OK, page, view, model);
    }

    public MutableHttpResponse<?> render(HttpRequest<?> request, HttpStatus status, Page page, String view, Object... model) {
        Map<String, Object> values = new HashMap<>();
        values.put("page", page);
        for (int i = 0; i < model.length; i += 2) {
            values.put((String) model[i], model[i + 1]);
        }
        StringWriter html = new StringWriter(16 * 1024);
        try {
            renderer.render(view, values, request).writeTo(html);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        MutableHttpResponse<?> response = HttpResponse.status(status).body(html.toString())
                .contentType(MediaType.TEXT_HTML_TYPE + ";charset=utf-8");
        request.getAttribute(NEW_CSRF_COOKIE, Cookie.class).ifPresent(response::cookie);
        response.header("Cache-Control", "no-store");
        return response;
    }

    /** Post/redirect/get: after a form was stored, the browser asks for the next page. */
    public static MutableHttpResponse<?> redirect(String path) {
        return HttpResponse.seeOther(URI.create(path));
    }
}
