package nl.akkoordmonitor.platform.problem;

import com.fasterxml.jackson.annotation.JsonInclude;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;

/**
 * One broken rule or one invalid field, as listed in a problem+json answer.
 *
 * @param rule    a stable code for the rule, e.g. {@code BINDING_THEME_NOT_COVERED}
 * @param field   the request field or item the violation is about, if any
 * @param message what is wrong and what to do about it
 */
@Serdeable
@JsonInclude(JsonInclude.Include.NON_NULL)
public record Violation(String rule, @Nullable String field, String message) {

    public static Violation of(String rule, String message) {
        return new Violation(rule, null, message);
    }

    public static Violation field(String field, String message) {
        return new Violation("INVALID_FIELD", field, message);
    }
}
