package nl.akkoordmonitor.web.internal.layout;

import io.micronaut.http.HttpHeaders;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.MutableHttpResponse;
import io.micronaut.security.authentication.Authentication;
import io.micronaut.security.utils.SecurityService;
import jakarta.inject.Singleton;

/**
 * The Dutch error pages (403, 404, 409, 500...). They say what happened and where to go on, and
 * show nothing of what the user may not see.
 */
@Singleton
public class ErrorPage {

    private final Pages pages;
    private final SecurityService security;

    ErrorPage(Pages pages, SecurityService security) {
        this.pages = pages;
        this.security = security;
    }

    /** Whether the browser asked for a page (and not an API client for JSON). */
    public static boolean wantsHtml(HttpRequest<?> request) {
        String accept = request.getHeaders().get(HttpHeaders.ACCEPT);
        return accept != null && accept.contains("text/html");
    }

    public MutableHttpResponse<?> answer(HttpRequest<?> request, HttpStatus status) {
        Authentication authentication = security.getAuthentication().orElse(null);
        WebUser user = pages.user(request, authentication);
        String key = switch (status.getCode()) {
            case 403, 404, 409 -> "error." + status.getCode();
            default -> status.getCode() >= 500 ? "error.500" : "error.400";
        };
        Page page = pages.page(request, user, Texts.t(key + ".title"));
        return pages.render(request, status, page, "error", "message", Texts.t(key + ".message"));
    }
}
