package nl.akkoordmonitor.app.health;

import io.micronaut.http.HttpRequest;
import io.micronaut.http.MutableHttpResponse;
import io.micronaut.http.annotation.ResponseFilter;
import io.micronaut.http.annotation.ServerFilter;
import io.micronaut.management.health.indicator.HealthResult;
import io.micronaut.security.authentication.Authentication;

import java.util.Map;
import java.util.Set;

/**
 * {@code /health} shows its details (which checks, database state and why) only to an ADMIN or VWS
 * user; everyone else, anonymous callers included, gets {@code {"status":"UP"}} or DOWN and nothing
 * more. Micronaut can only tell anonymous from authenticated, not roles, hence this filter.
 */
@ServerFilter("/health/**")
class HealthDetailsFilter {

    private static final Set<String> MAY_SEE_DETAILS = Set.of("ADMIN", "VWS");

    @ResponseFilter
    void hideDetails(HttpRequest<?> request, MutableHttpResponse<?> response) {
        if (response.getBody().orElse(null) instanceof HealthResult result && !maySeeDetails(request)) {
            ((MutableHttpResponse<Object>) response).body(Map.of("status", result.getStatus().getName()));
        }
    }

    private static boolean maySeeDetails(HttpRequest<?> request) {
        return request.getUserPrincipal(Authentication.class)
                .map(a -> a.getRoles().stream().anyMatch(MAY_SEE_DETAILS::contains)).orElse(false);
    }
}
