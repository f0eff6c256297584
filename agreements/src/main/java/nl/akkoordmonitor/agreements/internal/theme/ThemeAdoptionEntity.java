package nl.akkoordmonitor.agreements.internal.theme;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.DateCreated;
import io.micronaut.data.annotation.GeneratedValue;
import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;
import io.micronaut.data.annotation.Version;

import java.time.Instant;

@MappedEntity(value = "theme_adoption", schema = "agreements")
record ThemeAdoptionEntity(@Id @GeneratedValue @Nullable Long id,
                           long agreementId,
                           long coreThemeId,
                           boolean deviation,
                           @Nullable String ambition,
                           @Nullable String justification,
                           @Version @Nullable Long version,
                           @DateCreated @Nullable Instant createdAt) {
}
