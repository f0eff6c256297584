package nl.akkoordmonitor.agreements.internal.organisation;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.DateCreated;
import io.micronaut.data.annotation.GeneratedValue;
import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;
import io.micronaut.data.annotation.Version;
import nl.akkoordmonitor.agreements.OrganisationType;

import java.time.Instant;
import java.time.LocalDate;

@MappedEntity(value = "organisation", schema = "agreements")
record OrganisationEntity(@Id @GeneratedValue @Nullable Long id,
                          OrganisationType type,
                          @Nullable String code,
                          String name,
                          @Nullable Long ggdRegionId,
                          @Nullable String province,
                          boolean reference,
                          @Nullable LocalDate endedOn,
                          @Nullable Long successorId,
                          @Version @Nullable Long version,
                          @DateCreated @Nullable Instant createdAt) {
}
