package nl.akkoordmonitor.platform.message;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.Objects;

/**
 * A text for a person, not yet in a language: a key in a module's message bundle and the values
 * for its placeholders {@code {0}}, {@code {1}}... It is put into words by {@link Messages} when the
 * answer is written, in the language the caller asked for. Code never builds user-visible text
 * itself; it names the message and hands over the values (see docs/messages.md).
 *
 * @param key  the key in the bundle, e.g. {@code SIGN_ONLY_DRAFT}
 * @param args the values for the placeholders; a {@link Message} among them is put into words too
 */
public record Message(String key, List<Object> args) {

    public Message {
        Objects.requireNonNull(key, "key");
        args = Collections.unmodifiableList(new ArrayList<>(args));
    }

    /** The message with this key and these placeholder values. */
    public static Message of(String key, Object... args) {
        return new Message(key, Arrays.asList(args));
    }

    @Override
    public String toString() {
        return args.isEmpty() ? key : key + args;
    }
}
