package nl.akkoordmonitor.agreements.internal.party;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import nl.akkoordmonitor.agreements.OrganisationType;

final class PartyRecords {

    private PartyRecords() {
    }

    @Serdeable
    record AddPartyRequest(@NotNull Long organisationId,
                           @NotNull PartyRole role,
                           @Nullable @Size(max = 2000) String reason) {
    }

    @Serdeable
    record ChangePartyRequest(@NotNull PartyRole role,
                              @NotNull Long version,
                              @Nullable @Size(max = 2000) String reason) {
    }

    /** A party as the API shows it, with the organisation's name and type. */
    @Serdeable
    record PartyView(long id, long agreementId, long organisationId, String organisationName,
                     OrganisationType organisationType, PartyRole role, long version) {
    }
}
