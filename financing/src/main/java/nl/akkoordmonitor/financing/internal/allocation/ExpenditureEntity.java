package nl.akkoordmonitor.financing.internal.allocation;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.DateCreated;
import io.micronaut.data.annotation.GeneratedValue;
import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;
import io.micronaut.data.annotation.Version;

import java.math.BigDecimal;
import java.time.Instant;

@MappedEntity(value = "expenditure", schema = "financing")
record ExpenditureEntity(@Id @GeneratedValue @Nullable Long id,
                         long allocationId,
                         int year,
                         BigDecimal amount,
                         @Version @Nullable Long version,
                         @DateCreated @Nullable Instant createdAt) {
}
