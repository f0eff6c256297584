package nl.akkoordmonitor.milestones.internal.evaluation;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;
import io.micronaut.data.annotation.Version;
import io.micronaut.serde.annotation.Serdeable;

import java.time.LocalDate;

@Serdeable
@MappedEntity(value = "evaluation_deadline", schema = "milestones")
record EvaluationDeadlineEntity(@Id int year, LocalDate deadline, @Version @Nullable Long version) {
}
