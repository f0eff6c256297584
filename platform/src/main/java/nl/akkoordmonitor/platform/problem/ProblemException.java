package nl.akkoordmonitor.platform.problem;

import io.micronaut.http.HttpStatus;

import java.util.List;

/**
 * Base of the exceptions that become a problem+json answer. Throw one of the
 * subclasses; each stands for one kind of problem.
 */
public abstract class ProblemException extends RuntimeException {

    private final HttpStatus status;
    private final String type;
    private final String title;
    private final List<Violation> violations;

    protected ProblemException(HttpStatus status, String type, String title, String detail, List<Violation> violations) {
        super(detail);
        this.status = status;
        this.type = type;
        this.title = title;
        this.violations = List.copyOf(violations);
    }

    public HttpStatus status() {
        return status;
    }

    /** Short slug, appended to {@link Problem#TYPE_BASE}. */
    public String type() {
        return type;
    }

    public String title() {
        return title;
    }

    public List<Violation> violations() {
        return violations;
    }

    public Problem toProblem(String instance) {
        return new Problem(Problem.TYPE_BASE + type, title, status.getCode(), getMessage(), instance,
                violations.isEmpty() ? null : violations);
    }
}
