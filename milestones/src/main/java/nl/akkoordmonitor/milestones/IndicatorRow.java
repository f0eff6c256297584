package nl.akkoordmonitor.milestones;

import io.micronaut.core.annotation.Nullable;
import com.fasterxml.jackson.annotation.JsonInclude;
import io.micronaut.serde.annotation.Serdeable;

import java.math.BigDecimal;

/**
 * One indicator target of an agreement with the newest measurement of the agreement's owner up to
 * the report year, and its judgement.
 *
 * @param targetId            the target
 * @param agreementId         the agreement that set it
 * @param ownerOrganisationId the agreement's owner, whose measurements count
 * @param ggdRegionId         the agreement's GGD region; null for a national agreement
 * @param indicatorCode       the indicator's code
 * @param indicatorName       its name
 * @param unit                its unit
 * @param direction           whether higher or lower is better
 * @param source              where its values come from
 * @param family              what kind of measure it is
 * @param baselineValue       the baseline value
 * @param baselineYear        the baseline year
 * @param targetValue         the target value
 * @param targetYear          the target year
 * @param measuredYear        the year of the newest measurement up to the report year; null when none
 * @param measuredValue       its value; null when none
 * @param expectedValue       the value on the straight path in the measured year; null when none
 * @param judgement           ON_COURSE, OFF_COURSE, or NO_DATA without a measurement
 */
@Serdeable
@JsonInclude(JsonInclude.Include.ALWAYS)
public record IndicatorRow(long targetId,
                           long agreementId,
                           long ownerOrganisationId,
                           @Nullable Long ggdRegionId,
                           long indicatorId,
                           String indicatorCode,
                           String indicatorName,
                           String unit,
                           IndicatorDirection direction,
                           IndicatorSource source,
                           IndicatorFamily family,
                           BigDecimal baselineValue,
                           int baselineYear,
                           BigDecimal targetValue,
                           int targetYear,
                           @Nullable Integer measuredYear,
                           @Nullable BigDecimal measuredValue,
                           @Nullable BigDecimal expectedValue,
                           Judgement judgement) {
}
