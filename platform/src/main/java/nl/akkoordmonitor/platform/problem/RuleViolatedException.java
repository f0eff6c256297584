package nl.akkoordmonitor.platform.problem;

import io.micronaut.http.HttpStatus;

import java.util.List;

/**
 * A business rule refuses the request (422). Carries every broken rule, not only the first,
 * so that the caller can fix them all at once.
 */
public class RuleViolatedException extends ProblemException {

    public RuleViolatedException(String detail, List<Violation> violations) {
        super(HttpStatus.UNPROCESSABLE_ENTITY, "rule-violated", "Business rule violated", detail, violations);
    }

    public RuleViolatedException(Violation violation) {
        this(violation.message(), List.of(violation));
    }
}
