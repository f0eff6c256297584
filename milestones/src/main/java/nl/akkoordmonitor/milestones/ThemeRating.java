package nl.akkoordmonitor.milestones;

import io.micronaut.core.annotation.Nullable;
import com.fasterxml.jackson.annotation.JsonInclude;
import io.micronaut.serde.annotation.Serdeable;

/** The rating an evaluation gives one adopted theme; null while the evaluation is unrated. */
@Serdeable
@JsonInclude(JsonInclude.Include.ALWAYS)
public record ThemeRating(String coreThemeCode, String coreThemeName, @Nullable Rating rating) {
}
