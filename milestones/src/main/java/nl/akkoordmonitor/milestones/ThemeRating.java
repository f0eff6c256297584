package nl.akkoordmonitor.milestones;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;

/** The rating an evaluation gives one adopted theme; null while the evaluation is unrated. */
@Serdeable
public record ThemeRating(String coreThemeCode, String coreThemeName, @Nullable Rating rating) {
}
