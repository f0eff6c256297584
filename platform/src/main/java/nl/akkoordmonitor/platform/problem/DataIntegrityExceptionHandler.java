package nl.akkoordmonitor.platform.problem;

import io.micronaut.data.exceptions.DataAccessException;
import io.micronaut.data.exceptions.OptimisticLockException;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.annotation.Produces;
import io.micronaut.http.server.exceptions.ExceptionHandler;
import jakarta.inject.Singleton;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.sql.SQLException;
import java.util.List;

/**
 * The database constraints are the last line of defence behind the service rules. When one of
 * them refuses a write that a service let through (usually a race between two requests), the
 * caller gets a 409 or 422 problem instead of a 500.
 */
@Produces(Problem.MEDIA_TYPE)
@Singleton
public class DataIntegrityExceptionHandler implements ExceptionHandler<DataAccessException, HttpResponse<Problem>> {

    private static final Logger LOG = LoggerFactory.getLogger(DataIntegrityExceptionHandler.class);

    @Override
    public HttpResponse<Problem> handle(HttpRequest request, DataAccessException exception) {
        ProblemException problem = translate(exception);
        if (problem == null) {
            LOG.error("Database failure on {} {}", request.getMethod(), request.getPath(), exception);
            Problem body = new Problem(Problem.TYPE_BASE + "internal-error", "Internal Server Error", 500,
                    "The database refused the request unexpectedly. It has been logged; try again later.",
                    request.getPath(), null);
            return HttpResponse.<Problem>status(HttpStatus.INTERNAL_SERVER_ERROR).body(body).contentType(Problem.MEDIA_TYPE);
        }
        return HttpResponse.<Problem>status(problem.status()).body(problem.toProblem(request.getPath()))
                .contentType(Problem.MEDIA_TYPE);
    }

    static ProblemException translate(DataAccessException exception) {
        if (DatabaseUnavailableException.isConnectionFailure(exception)) {
            return new DatabaseUnavailableException();
        }
        if (exception instanceof OptimisticLockException) {
            return new ConflictException("STALE_VERSION",
                    "Someone else changed this record after you read it. Fetch it again and reapply your change.");
        }
        for (Throwable t = exception; t != null; t = t.getCause()) {
            if (t instanceof SQLException sql && sql.getSQLState() != null) {
                String constraint = constraintName(sql.getMessage());
                return switch (sql.getSQLState()) {
                    case "23505" -> new ConflictException("DUPLICATE",
                            "This already exists (constraint " + constraint + "). Use the existing record instead of creating it again.");
                    case "23503" -> new ConflictException("REFERENCE",
                            "This refers to something that does not exist, or is still referred to (constraint " + constraint + ").");
                    case "23514", "23502", "22001", "22003", "23P01" -> new RuleViolatedException(
                            "The database refused the values (constraint " + constraint + "). Check the fields against the API documentation.",
                            List.of(Violation.of("DATABASE_CONSTRAINT", "constraint " + constraint + " refused the values")));
                    case "40001", "40P01" -> new ConflictException("CONCURRENT_UPDATE",
                            "Another request changed the same data at the same moment. Try again.");
                    default -> null;
                };
            }
        }
        return null;
    }

    private static String constraintName(String message) {
        if (message == null) {
            return "unknown";
        }
        int i = message.indexOf('"');
        int j = i < 0 ? -1 : message.indexOf('"', i + 1);
        return i >= 0 && j > i ? message.substring(i + 1, j) : "unknown";
    }
}
