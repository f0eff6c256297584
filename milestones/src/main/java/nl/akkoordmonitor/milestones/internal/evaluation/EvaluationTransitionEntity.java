package nl.akkoordmonitor.milestones.internal.evaluation;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.GeneratedValue;
import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;
import nl.akkoordmonitor.milestones.EvaluationStatus;

import java.time.Instant;

@MappedEntity(value = "evaluation_transition", schema = "milestones")
record EvaluationTransitionEntity(@Id @GeneratedValue @Nullable Long id,
                                  long evaluationId,
                                  @Nullable EvaluationStatus fromStatus,
                                  EvaluationStatus toStatus,
                                  long userId,
                                  String username,
                                  @Nullable Long actorOrganisationId,
                                  @Nullable String reason,
                                  Instant occurredAt) {
}
