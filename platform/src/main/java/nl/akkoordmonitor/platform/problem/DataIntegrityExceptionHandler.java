package nl.akkoordmonitor.platform.problem;

import io.micronaut.data.exceptions.DataAccessException;
import io.micronaut.data.exceptions.OptimisticLockException;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.annotation.Produces;
import io.micronaut.http.server.exceptions.ExceptionHandler;
import jakarta.inject.Singleton;
import nl.akkoordmonitor.platform.message.Languages;
import nl.akkoordmonitor.platform.message.Message;
import nl.akkoordmonitor.platform.message.Messages;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.sql.SQLException;
import java.util.Locale;

/**
 * The database constraints are the last line of defence behind the service rules. When one of
 * them refuses a write that a service let through (usually a race between two requests), the
 * caller gets a 409 or 422 problem instead of a 500.
 */
@Produces(Problem.MEDIA_TYPE)
@Singleton
public class DataIntegrityExceptionHandler implements ExceptionHandler<DataAccessException, HttpResponse<Problem>> {

    private static final Logger LOG = LoggerFactory.getLogger(DataIntegrityExceptionHandler.class);

    private final Messages messages;

    DataIntegrityExceptionHandler(Messages messages) {
        this.messages = messages;
    }

    @Override
    public HttpResponse<Problem> handle(HttpRequest request, DataAccessException exception) {
        ProblemException problem = translate(exception);
        Locale language = Languages.of(request);
        if (problem == null) {
            LOG.error("Database failure on {} {}", request.getMethod(), request.getPath(), exception);
            Problem body = new Problem(Problem.TYPE_BASE + "internal-error",
                    messages.render(ProblemException.titleOf("internal-error"), language), 500,
                    messages.render(Message.of("problem.database.detail"), language), request.getPath(), null);
            return HttpResponse.<Problem>status(HttpStatus.INTERNAL_SERVER_ERROR).body(body).contentType(Problem.MEDIA_TYPE);
        }
        LOG.info("Database constraint refused {} {}: {}", request.getMethod(), request.getPath(), rootMessage(exception));
        return HttpResponse.<Problem>status(problem.status()).body(problem.toProblem(request.getPath(), messages, language))
                .contentType(Problem.MEDIA_TYPE);
    }

    /** The problem for a refusal by the database, or null when it is no refusal but a failure. */
    static ProblemException translate(DataAccessException exception) {
        if (DatabaseUnavailableException.isConnectionFailure(exception)) {
            return new DatabaseUnavailableException();
        }
        if (exception instanceof OptimisticLockException) {
            return new ConflictException(Message.of("STALE_VERSION"));
        }
        for (Throwable t = exception; t != null; t = t.getCause()) {
            if (t instanceof SQLException sql && sql.getSQLState() != null) {
                return switch (sql.getSQLState()) {
                    case "23505" -> new ConflictException(Message.of("DUPLICATE"));
                    case "23503" -> new ConflictException(Message.of("REFERENCE"));
                    case "23514", "23502", "22001", "22003", "23P01" -> new RuleViolatedException(Violation.of(Message.of("DATABASE_CONSTRAINT")));
                    case "40001", "40P01" -> new ConflictException(Message.of("CONCURRENT_UPDATE"));
                    // Data exceptions: the value itself cannot be taken (a NUL character, a date or
                    // number outside PostgreSQL's range): the request is wrong, not the server.
                    case "22021" -> new BadRequestException(Violation.of(Message.of("TEXT_NUL")));
                    case "22008", "22007", "22009", "22015", "22P03" -> new BadRequestException(Violation.of(Message.of("VALUE_OUT_OF_RANGE")));
                    case "22P02", "22023", "22018" -> new BadRequestException(Violation.of(Message.of("VALUE_INVALID")));
                    default -> null;
                };
            }
        }
        return null;
    }

    private static String rootMessage(Throwable exception) {
        Throwable t = exception;
        while (t.getCause() != null && t.getCause() != t) {
            t = t.getCause();
        }
        return t.getMessage();
    }
}
