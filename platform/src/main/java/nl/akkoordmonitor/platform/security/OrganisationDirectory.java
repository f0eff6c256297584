package nl.akkoordmonitor.platform.security;

import io.micronaut.core.annotation.Nullable;

import java.util.List;
import java.util.Optional;

/**
 * The platform's view of organisations, so that it can check which organisation a user
 * acts for without knowing the agreements module. The agreements module implements it.
 */
public interface OrganisationDirectory {

    /**
     * @param id             the organisation's id
     * @param type           its type, e.g. {@code MUNICIPALITY}
     * @param name           its name
     * @param ggdRegionId    the GGD region a municipality belongs to; null otherwise
     */
    record OrganisationRef(long id, String type, String name, @Nullable Long ggdRegionId) {
    }

    Optional<OrganisationRef> find(long id);

    /** The ids of the municipalities in a GGD region; empty for any other organisation. */
    List<Long> municipalitiesOf(long ggdRegionId);
}
