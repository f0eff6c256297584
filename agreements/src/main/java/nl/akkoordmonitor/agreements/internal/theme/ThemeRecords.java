package nl.akkoordmonitor.agreements.internal.theme;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

final class ThemeRecords {

    private ThemeRecords() {
    }

    @Serdeable
    record CreateCoreThemeRequest(@NotBlank @Size(max = 40) String code,
                                  @NotBlank @Size(max = 200) String name,
                                  @Nullable @Size(max = 4000) String description,
                                  @NotNull Boolean binding,
                                  @Nullable @Size(max = 2000) String reason) {
    }

    @Serdeable
    record UpdateCoreThemeRequest(@NotBlank @Size(max = 200) String name,
                                  @Nullable @Size(max = 4000) String description,
                                  @NotNull Boolean binding,
                                  @NotNull Long version,
                                  @Nullable @Size(max = 2000) String reason) {
    }

    /** Adopt a theme with an ambition, or (binding themes) record a deviation with a justification. */
    @Serdeable
    record AdoptionRequest(@NotNull Long coreThemeId,
                           @Nullable @Size(max = 4000) String ambition,
                           @Nullable Boolean deviation,
                           @Nullable @Size(max = 4000) String justification,
                           @Nullable @Size(max = 2000) String reason) {

        boolean isDeviation() {
            return Boolean.TRUE.equals(deviation);
        }
    }

    @Serdeable
    record UpdateAdoptionRequest(@Nullable @Size(max = 4000) String ambition,
                                 @Nullable Boolean deviation,
                                 @Nullable @Size(max = 4000) String justification,
                                 @NotNull Long version,
                                 @Nullable @Size(max = 2000) String reason) {

        boolean isDeviation() {
            return Boolean.TRUE.equals(deviation);
        }
    }

    /** An adoption as the API shows it, with its theme and the number of commitments under it. */
    @Serdeable
    record AdoptionView(long id, long agreementId, long coreThemeId, String code, String name, boolean binding,
                        boolean deviation, @Nullable String ambition, @Nullable String justification,
                        int commitments, long version) {
    }
}
