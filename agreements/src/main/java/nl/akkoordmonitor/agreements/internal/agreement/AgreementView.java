package nl.akkoordmonitor.agreements.internal.agreement;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import nl.akkoordmonitor.agreements.AgreementLevel;
import nl.akkoordmonitor.agreements.AgreementStatus;
import nl.akkoordmonitor.agreements.AgreementSummary;

import java.time.LocalDate;

/**
 * An agreement as the API shows it: the summary other modules see, plus the owner's code, the
 * closing date and the version to send back with an update. {@code nationalId} is the programme
 * (GALA, AZWA, ...); {@code predecessorId} the national agreement a national one continues;
 * {@code carriedFromId} the agreement of the predecessor this one was carried over from;
 * {@code izaRegionId} the IZA region a regional agreement is made for, if not its GGD region.
 */
@Serdeable
public record AgreementView(long id,
                            AgreementLevel level,
                            String title,
                            long ownerId,
                            @Nullable String ownerCode,
                            String ownerName,
                            @Nullable Long ggdRegionId,
                            @Nullable String ggdRegionCode,
                            @Nullable Long parentId,
                            @Nullable Long parentOwnerId,
                            long nationalId,
                            int firstYear,
                            int lastYear,
                            AgreementStatus status,
                            @Nullable LocalDate signedOn,
                            @Nullable LocalDate closedOn,
                            long version,
                            @Nullable Long predecessorId,
                            @Nullable Long carriedFromId,
                            @Nullable Long izaRegionId) {

    public AgreementSummary toSummary() {
        return new AgreementSummary(id, level, title, ownerId, ownerName, ggdRegionId, parentId, parentOwnerId, nationalId,
                firstYear, lastYear, status, signedOn);
    }
}
