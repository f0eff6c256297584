package nl.akkoordmonitor.platform.internal.availability;

import io.micronaut.context.annotation.Requires;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.annotation.Produces;
import io.micronaut.http.server.exceptions.ExceptionHandler;
import io.micronaut.transaction.exceptions.TransactionException;
import jakarta.inject.Singleton;
import nl.akkoordmonitor.platform.problem.Problem;
import nl.akkoordmonitor.platform.problem.ProblemException;
import nl.akkoordmonitor.platform.availability.DatabaseAvailability;
import nl.akkoordmonitor.platform.message.Languages;
import nl.akkoordmonitor.platform.message.Message;
import nl.akkoordmonitor.platform.message.Messages;
import nl.akkoordmonitor.platform.problem.DatabaseUnavailableException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import javax.sql.DataSource;

/**
 * A transaction that could not even start, because no connection could be had: 503, and the
 * availability knows at once. Other transaction failures stay 500.
 */
@Produces(Problem.MEDIA_TYPE)
@Singleton
@Requires(beans = DataSource.class)
class DatabaseUnavailableHandler implements ExceptionHandler<TransactionException, HttpResponse<Problem>> {

    private static final Logger LOG = LoggerFactory.getLogger(DatabaseUnavailableHandler.class);

    private final DatabaseAvailability availability;
    private final Messages messages;

    DatabaseUnavailableHandler(DatabaseAvailability availability, Messages messages) {
        this.availability = availability;
        this.messages = messages;
    }

    @Override
    public HttpResponse<Problem> handle(HttpRequest request, TransactionException exception) {
        ProblemException problem;
        if (DatabaseUnavailableException.isConnectionFailure(exception)) {
            availability.markDown(exception.getMessage());
            problem = new DatabaseUnavailableException();
        } else {
            LOG.error("Transaction failure on {} {}", request.getMethod(), request.getPath(), exception);
            problem = new InternalTransactionFailure();
        }
        return HttpResponse.<Problem>status(problem.status()).body(problem.toProblem(request.getPath(), messages, Languages.of(request))).contentType(Problem.MEDIA_TYPE);
    }

    private static final class InternalTransactionFailure extends ProblemException {
        InternalTransactionFailure() {
            super(io.micronaut.http.HttpStatus.INTERNAL_SERVER_ERROR, "internal-error", Message.of("problem.database.detail"), java.util.List.of());
        }
    }
}
