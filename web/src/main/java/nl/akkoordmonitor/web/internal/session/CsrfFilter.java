package nl.akkoordmonitor.web.internal.session;

import io.micronaut.http.HttpHeaders;
import io.micronaut.http.HttpMethod;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.MediaType;
import io.micronaut.http.ServerHttpRequest;
import io.micronaut.http.annotation.RequestFilter;
import io.micronaut.http.annotation.ServerFilter;
import io.micronaut.http.body.ByteBody;
import io.micronaut.http.body.CloseableByteBody;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.web.router.RouteAttributes;
import io.micronaut.web.router.RouteMatch;
import io.micronaut.web.router.MethodBasedRouteMatch;

import java.io.IOException;
import java.io.InputStream;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Refuses every form post to a page, and every form post that carries a session cookie, unless it
 * carries the right CSRF token ({@link Csrf}). API clients that send their token in the
 * Authorization header are not affected: a browser never adds that header on its own.
 */
@ServerFilter(ServerFilter.MATCH_ALL_PATTERN)
class CsrfFilter {

    private static final Pattern MULTIPART_FIELD = Pattern.compile("name=\"" + Csrf.FIELD + "\"\\r\\n(?:[^\\r\\n]+\\r\\n)*\\r\\n([^\\r\\n]*)\\r\\n");
    private static final int MULTIPART_SCAN = 8 * 1024;
    private final Csrf csrf;

    CsrfFilter(Csrf csrf) {
        this.csrf = csrf;
    }

    @RequestFilter
    @ExecuteOn(TaskExecutors.BLOCKING)
    void check(HttpRequest<?> request) {
        if (needsToken(request) && !csrf.matches(request, submittedToken(request).orElse(null))) {
            throw new CsrfRefused();
        }
    }

    static boolean needsToken(HttpRequest<?> request) {
        if (request.getMethod() == HttpMethod.GET || request.getMethod() == HttpMethod.HEAD || request.getMethod() == HttpMethod.OPTIONS) {
            return false;
        }
        if (request.getHeaders().contains(HttpHeaders.AUTHORIZATION)) {
            return false;
        }
        return isPage(request) || SessionCookies.session(request).isPresent();
    }

    /** Whether the request is for one of the web pages (and not for the HTTP API). */
    static boolean isPage(HttpRequest<?> request) {
        Optional<RouteMatch<?>> match = RouteAttributes.getRouteMatch(request);
        return match.filter(m -> m instanceof MethodBasedRouteMatch<?, ?>)
                .map(m -> ((MethodBasedRouteMatch<?, ?>) m).getDeclaringType().getName().startsWith("nl.akkoordmonitor.web."))
                .orElse(false);
    }

    private static Optional<String> submittedToken(HttpRequest<?> request) {
        Optional<MediaType> type = request.getContentType();
        if (type.isEmpty() || !(request instanceof ServerHttpRequest<?> server)) {
            return Optional.empty();
        }
        boolean form = type.get().matches(MediaType.APPLICATION_FORM_URLENCODED_TYPE);
        boolean multipart = type.get().matches(MediaType.MULTIPART_FORM_DATA_TYPE);
        if (!form && !multipart) {
            return Optional.empty();
        }
        // Read a copy of the body; the controller still gets the whole of it.
        try (CloseableByteBody copy = server.byteBody().split(ByteBody.SplitBackpressureMode.FASTEST).allowDiscard();
             InputStream in = copy.toInputStream()) {
            if (form) {
                String body = new String(in.readAllBytes(), StandardCharsets.UTF_8);
                for (String pair : body.split("&")) {
                    if (pair.startsWith(Csrf.FIELD + "=")) {
                        return Optional.of(URLDecoder.decode(pair.substring(Csrf.FIELD.length() + 1), StandardCharsets.UTF_8));
                    }
                }
                return Optional.empty();
            }
            // The forms put the token first, so it is within the first few kilobytes.
            String head = new String(in.readNBytes(MULTIPART_SCAN), StandardCharsets.ISO_8859_1);
            Matcher m = MULTIPART_FIELD.matcher(head);
            return m.find() ? Optional.of(m.group(1)) : Optional.empty();
        } catch (IOException e) {
            return Optional.empty();
        }
    }
}
