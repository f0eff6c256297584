package nl.akkoordmonitor.platform.problem;

import io.micronaut.http.HttpStatus;
import nl.akkoordmonitor.platform.message.Message;

import java.util.List;

/**
 * The request clashes with the current state (409): a duplicate, a stale version,
 * an exhausted budget or a state transition that is not possible from here.
 */
public class ConflictException extends ProblemException {

    /** A conflict whose rule code is the message key. */
    public ConflictException(Message detail) {
        this(Violation.of(detail));
    }

    public ConflictException(Violation violation) {
        super(HttpStatus.CONFLICT, "conflict", violation.message(), List.of(violation));
    }
}
