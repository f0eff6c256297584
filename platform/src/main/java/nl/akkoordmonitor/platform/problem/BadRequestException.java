package nl.akkoordmonitor.platform.problem;

import io.micronaut.http.HttpStatus;

import java.util.List;

/** The request itself is malformed or incomplete (400). */
public class BadRequestException extends ProblemException {

    public BadRequestException(String detail, List<Violation> violations) {
        super(HttpStatus.BAD_REQUEST, "bad-request", "Bad request", detail, violations);
    }

    public BadRequestException(String field, String message) {
        this(message, List.of(Violation.field(field, message)));
    }
}
