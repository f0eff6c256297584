package nl.akkoordmonitor.platform.internal.security;

import io.micronaut.core.order.Ordered;
import io.micronaut.http.HttpHeaders;
import io.micronaut.http.filter.ServerFilterPhase;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.MutableHttpHeaders;
import io.micronaut.http.MutableHttpResponse;
import io.micronaut.http.annotation.ResponseFilter;
import io.micronaut.http.annotation.ServerFilter;

/**
 * Security headers on every answer, errors included:
 * <ul>
 *   <li>no content sniffing, no framing (clickjacking), no referrer sent elsewhere. The policy is
 *       {@code same-origin}, not {@code no-referrer}: with {@code no-referrer} a browser sends
 *       {@code Origin: null} with a form post, and the server (rightly) refuses a post from an
 *       origin it does not know;</li>
 *   <li>a Content-Security-Policy for server-rendered pages that load only their own CSS and
 *       JavaScript; Swagger UI, which is built with inline script, gets that one exception;</li>
 *   <li>{@code Cache-Control: no-store} on everything but static files: answers carry tokens and
 *       data that must not stay in a shared or browser cache;</li>
 *   <li>HSTS when the request came over https, directly or through a proxy that says so.</li>
 * </ul>
 */
@ServerFilter(ServerFilter.MATCH_ALL_PATTERN)
class SecurityHeadersFilter implements Ordered {

    static final String CONTENT_SECURITY_POLICY = "default-src 'self'; img-src 'self' data:; object-src 'none'; "
            + "base-uri 'self'; form-action 'self'; frame-ancestors 'none'";
    static final String SWAGGER_UI_POLICY = "default-src 'self'; script-src 'self' 'unsafe-inline'; style-src 'self' 'unsafe-inline'; "
            + "img-src 'self' data:; object-src 'none'; base-uri 'self'; form-action 'self'; frame-ancestors 'none'";

    @ResponseFilter
    void addHeaders(HttpRequest<?> request, MutableHttpResponse<?> response) {
        MutableHttpHeaders headers = response.getHeaders();
        String path = request.getPath();
        headers.set("X-Content-Type-Options", "nosniff");
        headers.set("X-Frame-Options", "DENY");
        headers.set("Referrer-Policy", "same-origin");
        if (!headers.contains("Content-Security-Policy")) {
            headers.set("Content-Security-Policy", path.startsWith("/swagger-ui") ? SWAGGER_UI_POLICY : CONTENT_SECURITY_POLICY);
        }
        if (!isStatic(path) && !headers.contains(HttpHeaders.CACHE_CONTROL)) {
            headers.set(HttpHeaders.CACHE_CONTROL, "no-store");
        }
        if (response.code() == 401) {
            // The API takes a bearer token from POST /login (RFC 6750), never Basic.
            headers.set(HttpHeaders.WWW_AUTHENTICATE, "Bearer realm=\"Akkoordmonitor\"");
        }
        if (cameOverHttps(request)) {
            headers.set("Strict-Transport-Security", "max-age=31536000; includeSubDomains");
        }
    }

    @Override
    public int getOrder() {
        // Outermost: also answers that an inner filter (security, database availability) made itself get the headers.
        return ServerFilterPhase.FIRST.order();
    }

    /** Files that are the same for everyone: the API document, Swagger UI and the pages' CSS, scripts and images. */
    static boolean isStatic(String path) {
        return path.startsWith("/swagger") || path.startsWith("/static/") || path.startsWith("/assets/")
                || path.startsWith("/css/") || path.startsWith("/js/") || path.startsWith("/images/") || path.equals("/favicon.ico");
    }

    private static boolean cameOverHttps(HttpRequest<?> request) {
        return request.isSecure() || "https".equalsIgnoreCase(request.getHeaders().get("X-Forwarded-Proto"))
                || "https".equalsIgnoreCase(request.getUri().getScheme());
    }
}
