package nl.akkoordmonitor.milestones;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;

/**
 * How many milestones of one GGD region and one core theme are in one state: the national
 * overviews per region and per theme in one answer, without a row per agreement owner.
 *
 * @param ggdRegionId the GGD region of the agreements; null for the national agreement
 */
@Serdeable
public record MilestoneRegionCount(@Nullable Long ggdRegionId, String coreThemeCode, String coreThemeName, MilestoneState state,
                                   long count) {
}
