package nl.akkoordmonitor.milestones.internal.indicator;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.GeneratedValue;
import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;
import io.micronaut.data.annotation.Version;
import io.micronaut.serde.annotation.Serdeable;

import java.math.BigDecimal;

@Serdeable
@MappedEntity(value = "indicator_target", schema = "milestones")
record IndicatorTargetEntity(@Id @GeneratedValue @Nullable Long id,
                             long agreementId,
                             long indicatorId,
                             long ownerOrganisationId,
                             @Nullable Long ggdRegionId,
                             BigDecimal baselineValue,
                             int baselineYear,
                             BigDecimal targetValue,
                             int targetYear,
                             @Version @Nullable Long version) {

    IndicatorJudgementPolicy.CoursePath path() {
        return new IndicatorJudgementPolicy.CoursePath(baselineValue, baselineYear, targetValue, targetYear);
    }
}
