package nl.akkoordmonitor.platform.problem;

import io.micronaut.http.HttpStatus;

import java.util.List;

/**
 * The request clashes with the current state (409): a duplicate, a stale version,
 * an exhausted budget or a state transition that is not possible from here.
 */
public class ConflictException extends ProblemException {

    public ConflictException(String rule, String detail) {
        super(HttpStatus.CONFLICT, "conflict", "Conflict with the current state", detail,
                List.of(Violation.of(rule, detail)));
    }
}
