package nl.akkoordmonitor.agreements.internal.succession;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import nl.akkoordmonitor.agreements.internal.agreement.AgreementView;

import java.util.List;

final class SuccessionRecords {

    private SuccessionRecords() {
    }

    /** Which theme of the successor takes over a theme of the predecessor. */
    @Serdeable
    record ThemeSuccessionInput(@NotNull Long fromThemeId, @NotNull Long toThemeId) {
    }

    /** The whole mapping of a successor; it replaces the one before. */
    @Serdeable
    record ThemeSuccessionRequest(@NotNull @Size(max = 200) List<@Valid ThemeSuccessionInput> successions) {
    }

    @Serdeable
    record ThemeSuccessionView(long fromThemeId, String fromCode, String fromName, long toThemeId, String toCode, String toName) {
    }

    /** The successor national agreement to carry an agreement over into. */
    @Serdeable
    record CarryOverRequest(@NotNull Long successorId) {
    }

    /** An adoption copied into the new draft: from which theme to which. */
    @Serdeable
    record CopiedAdoption(long fromAdoptionId, long toAdoptionId, String fromThemeCode, String toThemeCode) {
    }

    @Serdeable
    record CopiedCommitment(long fromCommitmentId, long toCommitmentId, String title, int firstYear, int lastYear) {
    }

    /**
     * What was not carried over, and why: a theme without a match in the successor (with the
     * commitments under it), or a commitment that ended before the new period.
     */
    @Serdeable
    record NotCarried(String reason, long adoptionId, String themeCode, String themeName, @Nullable Long commitmentId,
                      @Nullable String commitmentTitle) {
    }

    /** The new draft under the successor and what was copied, linked and left out. */
    @Serdeable
    record CarryOverView(AgreementView agreement, List<CopiedAdoption> adoptions, List<CopiedCommitment> commitments,
                         List<NotCarried> notCarried) {
    }
}
