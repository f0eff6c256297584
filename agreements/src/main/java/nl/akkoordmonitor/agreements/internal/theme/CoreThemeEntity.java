package nl.akkoordmonitor.agreements.internal.theme;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.DateCreated;
import io.micronaut.data.annotation.GeneratedValue;
import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;
import io.micronaut.data.annotation.Version;
import io.micronaut.serde.annotation.Serdeable;

import java.time.Instant;

/** A core theme of a national agreement; also how the API shows it. */
@Serdeable
@MappedEntity(value = "core_theme", schema = "agreements")
record CoreThemeEntity(@Id @GeneratedValue @Nullable Long id,
                       long agreementId,
                       String code,
                       String name,
                       @Nullable String description,
                       boolean binding,
                       @Version @Nullable Long version,
                       @DateCreated @Nullable Instant createdAt) {
}
