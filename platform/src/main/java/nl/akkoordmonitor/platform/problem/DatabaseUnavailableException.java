package nl.akkoordmonitor.platform.problem;

import io.micronaut.http.HttpStatus;
import nl.akkoordmonitor.platform.message.Message;

import java.sql.SQLException;
import java.sql.SQLNonTransientConnectionException;
import java.sql.SQLTransientConnectionException;
import java.util.List;

/**
 * The database cannot be reached (503): nothing the caller did is wrong, and the same request works
 * again once the database is back.
 */
public class DatabaseUnavailableException extends ProblemException {

    public DatabaseUnavailableException() {
        super(HttpStatus.SERVICE_UNAVAILABLE, "database-unavailable", Message.of("problem.database-unavailable.detail"), List.of());
    }

    /** Whether the failure, or one of its causes, is a lost or refused database connection rather than a refused request. */
    public static boolean isConnectionFailure(Throwable failure) {
        for (Throwable t = failure; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (t instanceof SQLTransientConnectionException || t instanceof SQLNonTransientConnectionException
                    || t instanceof java.net.ConnectException) {
                return true;
            }
            if (t instanceof SQLException sql && sql.getSQLState() != null) {
                String state = sql.getSQLState();
                // 08: connection exception; 57P01-57P03: the server is shutting down or starting.
                if (state.startsWith("08") || state.equals("57P01") || state.equals("57P02") || state.equals("57P03")) {
                    return true;
                }
            }
        }
        return false;
    }
}
