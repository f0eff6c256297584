package nl.akkoordmonitor.web.internal.api;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;

import java.util.List;

/** The body of a problem+json answer. */
@Serdeable
record ProblemBody(@Nullable String type, @Nullable String title, int status, @Nullable String detail,
                   @Nullable List<ApiViolation> violations) {
}
