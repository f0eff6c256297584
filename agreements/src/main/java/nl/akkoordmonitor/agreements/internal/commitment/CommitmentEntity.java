package nl.akkoordmonitor.agreements.internal.commitment;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.DateCreated;
import io.micronaut.data.annotation.GeneratedValue;
import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;
import io.micronaut.data.annotation.TypeDef;
import io.micronaut.data.annotation.Version;
import io.micronaut.data.model.DataType;

import java.time.Instant;

@MappedEntity(value = "commitment", schema = "agreements")
record CommitmentEntity(@Id @GeneratedValue @Nullable Long id,
                        long agreementId,
                        long adoptionId,
                        String title,
                        @Nullable String description,
                        @TypeDef(type = DataType.STRING_ARRAY) String[] targetGroups,
                        LivingEnvironment livingEnvironment,
                        PreventionLevel preventionLevel,
                        long responsibleOrganisationId,
                        int firstYear,
                        int lastYear,
                        @Version @Nullable Long version,
                        @DateCreated @Nullable Instant createdAt) {
}
