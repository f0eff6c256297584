package nl.akkoordmonitor.milestones.internal.indicator;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.GeneratedValue;
import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;
import io.micronaut.data.annotation.Version;
import nl.akkoordmonitor.milestones.IndicatorDirection;
import nl.akkoordmonitor.milestones.IndicatorFamily;
import nl.akkoordmonitor.milestones.IndicatorSource;

@MappedEntity(value = "indicator", schema = "milestones")
record IndicatorEntity(@Id @GeneratedValue @Nullable Long id,
                       String code,
                       String name,
                       String unit,
                       IndicatorDirection direction,
                       IndicatorSource source,
                       IndicatorFamily family,
                       @Version @Nullable Long version) {
}
