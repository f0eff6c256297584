package nl.akkoordmonitor.agreements.internal.commitment;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import java.util.Set;

final class CommitmentRecords {

    private CommitmentRecords() {
    }

    /** A new commitment, or the new values of one (then with the version read before). */
    @Serdeable
    record CommitmentRequest(@NotBlank @Size(max = 300) String title,
                             @Nullable @Size(max = 4000) String description,
                             @NotEmpty Set<@NotNull TargetGroup> targetGroups,
                             @NotNull LivingEnvironment livingEnvironment,
                             @NotNull PreventionLevel preventionLevel,
                             @NotNull Long responsibleOrganisationId,
                             @NotNull @Min(2000) @Max(2100) Integer firstYear,
                             @NotNull @Min(2000) @Max(2100) Integer lastYear,
                             @Nullable Long version,
                             @Nullable @Size(max = 2000) String reason) {
    }
}
