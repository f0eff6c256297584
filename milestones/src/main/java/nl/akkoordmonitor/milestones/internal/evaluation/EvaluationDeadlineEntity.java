package nl.akkoordmonitor.milestones.internal.evaluation;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;
import io.micronaut.data.annotation.Version;

import java.time.LocalDate;

@MappedEntity(value = "evaluation_deadline", schema = "milestones")
record EvaluationDeadlineEntity(@Id int year, LocalDate deadline, @Version @Nullable Long version) {
}
