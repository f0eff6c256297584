package nl.akkoordmonitor.agreements.internal.organisation;

import io.micronaut.core.annotation.Introspected;
import io.micronaut.core.annotation.Nullable;
import nl.akkoordmonitor.agreements.Organisation;
import nl.akkoordmonitor.agreements.OrganisationType;

/** An organisation joined with the code of its GGD region, as the list queries return it. */
@Introspected
record OrganisationRow(long id,
                       String type,
                       @Nullable String code,
                       String name,
                       @Nullable Long ggdRegionId,
                       @Nullable String ggdRegionCode,
                       @Nullable String province,
                       @Nullable Long izaRegionId) {

    Organisation toOrganisation() {
        return new Organisation(id, OrganisationType.valueOf(type), code, name, ggdRegionId, ggdRegionCode, province, izaRegionId);
    }
}
