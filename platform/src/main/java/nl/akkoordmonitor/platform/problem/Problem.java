package nl.akkoordmonitor.platform.problem;

import com.fasterxml.jackson.annotation.JsonInclude;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;

import java.util.List;

/**
 * The body of every error answer: an RFC 7807 problem detail, in the caller's language.
 *
 * @param type       a URI naming the kind of problem
 * @param title      a short summary of the kind of problem
 * @param status     the HTTP status code
 * @param detail     what went wrong in this request and how to fix it
 * @param instance   the request path
 * @param violations every broken rule or invalid field
 */
@Serdeable
@JsonInclude(JsonInclude.Include.NON_EMPTY)
public record Problem(String type,
                      String title,
                      int status,
                      String detail,
                      @Nullable String instance,
                      @Nullable List<Item> violations) {

    /** Media type of every error answer. */
    public static final String MEDIA_TYPE = "application/problem+json";

    /** Prefix of the {@link #type()} URIs. */
    public static final String TYPE_BASE = "https://akkoordmonitor.nl/problems/";

    /**
     * One broken rule or invalid field, as written in the answer.
     *
     * @param rule    a stable code for the rule, e.g. {@code BINDING_THEME_NOT_ADOPTED}
     * @param field   a JSON pointer to the request field at fault ({@code /percentComplete}), or
     *                for an upload the cell ({@code Voortgang!D5})
     * @param message what is wrong and what to do about it
     */
    @Serdeable
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record Item(String rule, @Nullable String field, String message) {

        /** Violations as they are written in an answer, in this language (an empty list for none). */
        public static List<Item> of(List<Violation> violations, nl.akkoordmonitor.platform.message.Messages messages,
                                    java.util.Locale language) {
            return violations.stream().map(v -> new Item(v.rule(), v.field(), messages.render(v.message(), language))).toList();
        }
    }
}
