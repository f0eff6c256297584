package nl.akkoordmonitor.app.access;

import io.micronaut.http.HttpMethod;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.MediaType;
import io.micronaut.http.MutableHttpRequest;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import io.micronaut.web.router.Router;
import io.micronaut.web.router.UriRouteInfo;
import jakarta.inject.Inject;
import nl.akkoordmonitor.app.support.ApiResponse;
import nl.akkoordmonitor.app.support.IntegrationTest;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.TreeSet;

import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Walks every route the running server has, so endpoints added later are covered without
 * touching this test: called without a token, each answers 401 problem+json. Only the health
 * check, the API documentation and the login itself are open, and the two secret links a user
 * follows from outside the application: the calendar feed and a mail's unsubscribe link (both
 * tested in the notifications tests).
 */
@MicronautTest(transactional = false)
class EveryEndpointNeedsATokenTest extends IntegrationTest {

    private static final List<String> OPEN = List.of("/health", "/swagger", "/login", "/calendar/feeds/", "/notifications/unsubscribe/");

    @Inject
    Router router;

    @Test
    void everyEndpointExceptHealthDocsAndLoginAnswers401WithoutAToken() {
        List<UriRouteInfo<?, ?>> routes = router.uriRoutes()
                .filter(route -> OPEN.stream().noneMatch(open -> path(route).startsWith(open)))
                // The browser pages answer a person, not a program: without a session they send
                // the visitor to the login page (SessionPagesTest and the web page tests).
                .filter(route -> !route.getDeclaringType().getName().startsWith("nl.akkoordmonitor.web."))
                .toList();
        assertTrue(routes.size() >= 5, "expected the application's routes, found " + routes.size());

        TreeSet<String> open = new TreeSet<>();
        for (UriRouteInfo<?, ?> route : routes) {
            // Any id will do: the server must refuse before it looks anything up.
            String path = path(route).replaceAll("\\{[^}]*}", "1");
            MutableHttpRequest<Object> request = HttpRequest.create(route.getHttpMethod(), path);
            if (route.getHttpMethod() == HttpMethod.POST || route.getHttpMethod() == HttpMethod.PUT
                    || route.getHttpMethod() == HttpMethod.PATCH) {
                // The content type the route takes (JSON, or e.g. text/csv for a file an administrator loads).
                List<MediaType> takes = route.getConsumes();
                MediaType type = takes.isEmpty() || takes.contains(MediaType.APPLICATION_JSON_TYPE) ? MediaType.APPLICATION_JSON_TYPE : takes.get(0);
                request.body("{}").contentType(type);
            }
            ApiResponse response = api.send(request, null);
            boolean problem401 = response.status() == 401 && response.contentType() != null
                    && response.contentType().startsWith("application/problem+json");
            if (!problem401) {
                open.add(route.getHttpMethod() + " " + path + " answered " + response.status() + " " + response.contentType());
            }
        }
        assertTrue(open.isEmpty(), "Endpoints that answer without a token, or not as 401 problem+json: " + open);
    }

    private static String path(UriRouteInfo<?, ?> route) {
        return route.getUriMatchTemplate().toPathString();
    }
}
