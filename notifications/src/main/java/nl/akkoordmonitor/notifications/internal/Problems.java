package nl.akkoordmonitor.notifications.internal;

import io.micronaut.http.HttpStatus;
import nl.akkoordmonitor.platform.problem.ProblemException;
import nl.akkoordmonitor.platform.problem.Violation;

import java.util.List;

/** The module's problems, with Dutch titles and the details from its message bundle. */
public final class Problems {

    private Problems() {
    }

    public static ProblemException notFound(String detail) {
        return new Problem(HttpStatus.NOT_FOUND, "not-found", "Niet gevonden", detail, List.of());
    }

    public static ProblemException forbidden(String detail) {
        return new Problem(HttpStatus.FORBIDDEN, "forbidden", "Niet toegestaan", detail, List.of());
    }

    public static ProblemException badRequest(String field, String detail) {
        return new Problem(HttpStatus.BAD_REQUEST, "bad-request", "Onjuist verzoek", detail, List.of(Violation.field(field, detail)));
    }

    private static final class Problem extends ProblemException {
        Problem(HttpStatus status, String type, String title, String detail, List<Violation> violations) {
            super(status, type, title, detail, violations);
        }
    }
}
