package nl.akkoordmonitor.agreements.internal.organisation;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import nl.akkoordmonitor.agreements.OrganisationType;

final class OrganisationRecords {

    private OrganisationRecords() {
    }

    /** A partner that is not in the reference data: a health insurer, knowledge institute, school, ... */
    @Serdeable
    record CreateOrganisationRequest(@NotBlank @Size(max = 200) String name,
                                     @NotNull OrganisationType type,
                                     @Nullable @Size(max = 60) String province) {
    }
}
