package nl.akkoordmonitor.web.internal.api;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;

/**
 * One violation of a problem answer. The API names the field as a JSON pointer into the request
 * ({@code /percentComplete}, {@code /themes/0/rating}); the pages read it as a property path
 * ({@code percentComplete}, {@code themes[0].rating}), see {@link #withFormField()}.
 */
@Serdeable
public record ApiViolation(@Nullable String rule, @Nullable String field, String message) {

    /** The same violation with its field as a property path: {@code /themes/0/rating} becomes {@code themes[0].rating}. */
    public ApiViolation withFormField() {
        if (field == null || !field.startsWith("/")) {
            return this;
        }
        StringBuilder path = new StringBuilder();
        for (String segment : field.substring(1).split("/")) {
            String name = segment.replace("~1", "/").replace("~0", "~");
            if (name.matches("\\d+") && !path.isEmpty()) {
                path.append('[').append(name).append(']');
            } else {
                path.append(path.isEmpty() ? "" : ".").append(name);
            }
        }
        return new ApiViolation(rule, path.toString(), message);
    }
}
