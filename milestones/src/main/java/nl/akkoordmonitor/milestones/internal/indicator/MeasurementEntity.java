package nl.akkoordmonitor.milestones.internal.indicator;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.GeneratedValue;
import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;
import io.micronaut.data.annotation.Version;

import java.math.BigDecimal;

@MappedEntity(value = "measurement", schema = "milestones")
record MeasurementEntity(@Id @GeneratedValue @Nullable Long id,
                         long indicatorId,
                         long organisationId,
                         int year,
                         BigDecimal value,
                         @Version @Nullable Long version) {
}
