package nl.akkoordmonitor.platform.problem;

import io.micronaut.http.HttpStatus;
import nl.akkoordmonitor.platform.message.Message;
import nl.akkoordmonitor.platform.message.Messages;

import java.util.List;
import java.util.Locale;

/**
 * Base of the exceptions that become a problem+json answer. Throw one of the subclasses; each
 * stands for one kind of problem. The texts are {@link Message}s, put into words in the caller's
 * language only when the answer is written; the title comes from the key
 * {@code problem.<type>.title}.
 */
public abstract class ProblemException extends RuntimeException {

    private final HttpStatus status;
    private final String type;
    private final Message detail;
    private final List<Violation> violations;

    protected ProblemException(HttpStatus status, String type, Message detail, List<Violation> violations) {
        super(detail.toString(), null, false, false);
        this.status = status;
        this.type = type;
        this.detail = detail;
        this.violations = List.copyOf(violations);
    }

    public HttpStatus status() {
        return status;
    }

    /** Short slug, appended to {@link Problem#TYPE_BASE}. */
    public String type() {
        return type;
    }

    public Message detail() {
        return detail;
    }

    public List<Violation> violations() {
        return violations;
    }

    /** The problem in this language. */
    public Problem toProblem(String instance, Messages messages, Locale language) {
        return new Problem(Problem.TYPE_BASE + type, messages.render(titleOf(type), language), status.getCode(),
                messages.render(detail, language), instance, items(violations, messages, language));
    }

    /** The message key of the title of a problem type. */
    public static Message titleOf(String type) {
        return Message.of("problem." + type + ".title");
    }

    static List<Problem.Item> items(List<Violation> violations, Messages messages, Locale language) {
        return violations.isEmpty() ? null : Problem.Item.of(violations, messages, language);
    }

    /** The detail for a list of violations: the only one's message, or how many there are and the first. */
    protected static Message summarise(List<Violation> violations) {
        if (violations.isEmpty()) {
            throw new IllegalArgumentException("a refusal needs at least one violation");
        }
        return violations.size() == 1 ? violations.get(0).message()
                : Message.of("problem.violations.detail", violations.size(), violations.get(0).message());
    }
}
