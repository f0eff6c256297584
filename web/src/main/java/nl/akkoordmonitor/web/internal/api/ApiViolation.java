package nl.akkoordmonitor.web.internal.api;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;

/** One violation of a problem answer. */
@Serdeable
public record ApiViolation(@Nullable String rule, @Nullable String field, String message) {
}
