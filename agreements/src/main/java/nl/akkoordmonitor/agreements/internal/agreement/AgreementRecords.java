package nl.akkoordmonitor.agreements.internal.agreement;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import nl.akkoordmonitor.agreements.AgreementLevel;

final class AgreementRecords {

    private AgreementRecords() {
    }

    /**
     * A new draft. {@code predecessorId}: for a national agreement, the national agreement it
     * continues (AZWA continues GALA). {@code izaRegionId}: for a regional agreement made for an
     * IZA region (an IZA regional plan) rather than for the owner's GGD region.
     */
    @Serdeable
    record CreateAgreementRequest(@NotNull AgreementLevel level,
                                  @NotBlank @Size(max = 300) String title,
                                  @NotNull Long ownerId,
                                  @Nullable Long parentId,
                                  @NotNull @Min(2000) @Max(2100) Integer firstYear,
                                  @NotNull @Min(2000) @Max(2100) Integer lastYear,
                                  @Nullable Long predecessorId,
                                  @Nullable Long izaRegionId) {
    }

    /** New title and years; the version read before, and on a signed agreement the reason. */
    @Serdeable
    record UpdateAgreementRequest(@NotBlank @Size(max = 300) String title,
                                  @NotNull @Min(2000) @Max(2100) Integer firstYear,
                                  @NotNull @Min(2000) @Max(2100) Integer lastYear,
                                  @NotNull Long version,
                                  @Nullable @Size(max = 2000) String reason) {
    }

    /** Why a signed agreement is closed early, if it is. */
    @Serdeable
    record CloseAgreementRequest(@Nullable @Size(max = 2000) String reason) {
    }
}
