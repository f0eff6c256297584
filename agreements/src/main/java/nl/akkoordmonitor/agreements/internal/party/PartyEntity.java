package nl.akkoordmonitor.agreements.internal.party;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.DateCreated;
import io.micronaut.data.annotation.GeneratedValue;
import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;
import io.micronaut.data.annotation.Version;

import java.time.Instant;

@MappedEntity(value = "party", schema = "agreements")
record PartyEntity(@Id @GeneratedValue @Nullable Long id,
                   long agreementId,
                   long organisationId,
                   PartyRole role,
                   @Version @Nullable Long version,
                   @DateCreated @Nullable Instant createdAt) {
}
