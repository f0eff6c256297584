package nl.akkoordmonitor.platform.internal.availability;

import io.micronaut.context.annotation.Requires;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.core.order.Ordered;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.MutableHttpResponse;
import io.micronaut.http.annotation.RequestFilter;
import io.micronaut.http.annotation.ResponseFilter;
import io.micronaut.http.annotation.ServerFilter;
import io.micronaut.http.filter.ServerFilterPhase;
import nl.akkoordmonitor.platform.availability.DatabaseAvailability;
import nl.akkoordmonitor.platform.message.Languages;
import nl.akkoordmonitor.platform.message.Messages;
import nl.akkoordmonitor.platform.problem.DatabaseUnavailableException;
import nl.akkoordmonitor.platform.problem.Problem;

import javax.sql.DataSource;

/**
 * While the database is down, every request that needs it (logins and all data) is answered at once
 * with 503 problem+json, before authentication, instead of waiting for a connection and failing
 * with 500 or 401. Health, the API document and static pages still answer.
 */
@ServerFilter(ServerFilter.MATCH_ALL_PATTERN)
@Requires(beans = DataSource.class)
class DatabaseUnavailableFilter implements Ordered {

    private final DatabaseAvailability availability;
    private final Messages messages;

    DatabaseUnavailableFilter(DatabaseAvailability availability, Messages messages) {
        this.availability = availability;
        this.messages = messages;
    }

    @RequestFilter
    @Nullable
    HttpResponse<?> refuseWhileDown(HttpRequest<?> request) {
        if (availability.isUp() || !needsDatabase(request.getPath())) {
            return null;
        }
        return unavailable(request);
    }

    /**
     * A request that met the lost connection before the probe did may have ended as a 401 (the login
     * could not read the account) or a 500; it is a 503 like the ones after it.
     */
    @ResponseFilter
    void correctWhileDown(HttpRequest<?> request, MutableHttpResponse<?> response) {
        int status = response.code();
        if (!availability.isUp() && needsDatabase(request.getPath()) && (status == 401 || status == 500)) {
            Problem problem = new DatabaseUnavailableException().toProblem(request.getPath(), messages, Languages.of(request));
            response.status(HttpStatus.SERVICE_UNAVAILABLE).contentType(Problem.MEDIA_TYPE);
            ((MutableHttpResponse<Object>) response).body(problem);
            response.getHeaders().remove("WWW-Authenticate");
            response.getHeaders().set("Retry-After", "30");
        }
    }

    static boolean needsDatabase(String path) {
        return !(path.equals("/health") || path.startsWith("/health/") || path.startsWith("/swagger"));
    }

    private MutableHttpResponse<Problem> unavailable(HttpRequest<?> request) {
        return HttpResponse.<Problem>status(HttpStatus.SERVICE_UNAVAILABLE)
                .body(new DatabaseUnavailableException().toProblem(request.getPath(), messages, Languages.of(request)))
                .contentType(Problem.MEDIA_TYPE)
                .header("Retry-After", "30");
    }

    @Override
    public int getOrder() {
        // Before the security filter: a login or a token check would need the database too.
        return ServerFilterPhase.SECURITY.before();
    }
}
