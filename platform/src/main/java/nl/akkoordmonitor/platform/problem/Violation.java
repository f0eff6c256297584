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

    /** @deprecated use a {@link Message} from the module's bundle (docs/messages.md) */
    @Deprecated(forRemoval = true)
    @SuppressWarnings("removal")
    public Violation(String rule, @Nullable String field, String text) {
        this(rule, field, Message.literal(text));
    }

    /** @deprecated use {@link #of(Message)} */
    @Deprecated(forRemoval = true)
    @SuppressWarnings("removal")
    public static Violation of(String rule, String text) {
        return new Violation(rule, null, Message.literal(text));
    }

    /** @deprecated use {@link #at(String, Message)} */
    @Deprecated(forRemoval = true)
    @SuppressWarnings("removal")
    public static Violation field(String field, String text) {
        return new Violation("INVALID_FIELD", field, Message.literal(text));
    }

    /** A broken rule whose message key is the rule code itself. */
    public static Violation of(Message message) {
        return new Violation(message.key(), null, message);
    }

    /** A broken rule about one field; the message key is the rule code. */
    public static Violation at(String field, Message message) {
        return new Violation(message.key(), field, message);
    }
}
