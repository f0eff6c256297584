package nl.akkoordmonitor.milestones.internal.evaluation;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.GeneratedValue;
import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;
import nl.akkoordmonitor.milestones.Rating;

/** One adopted theme's part of an evaluation; edited only together with its evaluation (whose version guards it). */
@MappedEntity(value = "evaluation_theme", schema = "milestones")
record EvaluationThemeEntity(@Id @GeneratedValue @Nullable Long id,
                             long evaluationId,
                             long coreThemeId,
                             String coreThemeCode,
                             String coreThemeName,
                             @Nullable Rating rating,
                             @Nullable String findings,
                             @Nullable String lessons,
                             @Nullable String steeringActions) {
}
