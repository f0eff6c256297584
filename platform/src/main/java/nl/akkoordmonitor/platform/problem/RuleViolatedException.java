package nl.akkoordmonitor.platform.problem;

import io.micronaut.http.HttpStatus;

import java.util.List;

/**
 * A business rule refuses the request (422). Carries every broken rule, not only the first,
 * so that the caller can fix them all at once.
 */
public class RuleViolatedException extends ProblemException {

    public RuleViolatedException(List<Violation> violations) {
        super(HttpStatus.UNPROCESSABLE_ENTITY, "rule-violated", summarise(violations), violations);
    }

    public RuleViolatedException(Violation violation) {
        this(List.of(violation));
    }

    /** Throws a 422 listing every violation, when there is one. */
    public static void refuseIfAny(List<Violation> violations) {
        if (!violations.isEmpty()) {
            throw new RuleViolatedException(violations);
        }
    }
}
