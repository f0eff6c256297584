package nl.akkoordmonitor.platform.problem;

import io.micronaut.core.annotation.Nullable;
import nl.akkoordmonitor.platform.message.Message;

import java.util.Objects;

/**
 * One broken rule or one invalid field. Its text is a {@link Message}, put into the caller's
 * language when the problem is written.
 *
 * @param rule    a stable code for the rule, e.g. {@code BINDING_THEME_NOT_ADOPTED}
 * @param field   where the fault is: a JSON pointer into the request ({@code /percentComplete}), or
 *                for an upload the cell ({@code Voortgang!D5}); null when the rule is about the whole
 * @param message what is wrong and what to do about it
 */
public record Violation(String rule, @Nullable String field, Message message) {

    public Violation {
        Objects.requireNonNull(rule, "rule");
        Objects.requireNonNull(message, "message");
    }

    /** A broken rule whose message key is the rule code itself. */
    public static Violation of(Message message) {
        return new Violation(ruleOf(message), null, message);
    }

    /** A broken rule about one field; the message key is the rule code. */
    public static Violation at(String field, Message message) {
        return new Violation(ruleOf(message), field, message);
    }

    /**
     * The rule code of a message key: a variant of a rule's message ({@code STALE_VERSION.evaluation},
     * {@code YEAR_CLOSED.report}) keeps the rule's own code ({@code STALE_VERSION}).
     */
    static String ruleOf(Message message) {
        String key = message.key();
        int dot = key.indexOf('.');
        return dot > 0 && key.substring(0, dot).matches("[A-Z][A-Z0-9_]*") ? key.substring(0, dot) : key;
    }
}
