package nl.akkoordmonitor.milestones;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;

/**
 * How many milestones of one agreement owner and one core theme are in one state: the detail behind
 * {@link MilestoneStateCount}, for overviews per GGD region and per municipality.
 *
 * @param ggdRegionId         the GGD region of the agreements; null for the national agreement
 * @param ownerOrganisationId the organisation that owns the agreements (municipality, region, ministry)
 */
@Serdeable
public record MilestoneOwnerCount(@Nullable Long ggdRegionId, long ownerOrganisationId, String coreThemeCode,
                                  MilestoneState state, long count) {
}
