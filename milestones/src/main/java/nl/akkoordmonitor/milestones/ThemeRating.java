package nl.akkoordmonitor.milestones;

import io.micronaut.core.annotation.Nullable;
import com.fasterxml.jackson.annotation.JsonInclude;
import io.micronaut.serde.annotation.Serdeable;
import io.swagger.v3.oas.annotations.media.Schema;

/** The rating an evaluation gives one adopted theme; null while the evaluation is unrated. */
@Serdeable
@JsonInclude(JsonInclude.Include.ALWAYS)
public record ThemeRating(String coreThemeCode, String coreThemeName, @Schema(type = "string") @Nullable Rating rating) {
}
