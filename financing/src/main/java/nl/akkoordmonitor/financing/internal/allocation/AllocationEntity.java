package nl.akkoordmonitor.financing.internal.allocation;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.DateCreated;
import io.micronaut.data.annotation.GeneratedValue;
import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;
import io.micronaut.data.annotation.Version;

import java.math.BigDecimal;
import java.time.Instant;

/** An allocation with the commitment's and agreement's facts copied in at the time it was made. */
@MappedEntity(value = "allocation", schema = "financing")
record AllocationEntity(@Id @GeneratedValue @Nullable Long id,
                        long budgetId,
                        long streamId,
                        int year,
                        BigDecimal amount,
                        @Nullable String note,
                        long commitmentId,
                        long agreementId,
                        long agreementOwnerId,
                        @Nullable Long ggdRegionId,
                        int commitmentFirstYear,
                        int commitmentLastYear,
                        int agreementFirstYear,
                        int agreementLastYear,
                        @Version @Nullable Long version,
                        @DateCreated @Nullable Instant createdAt,
                        @Nullable Long partId) {

    AllocationEntity withAmount(BigDecimal newAmount, @Nullable String newNote, long readVersion) {
        return new AllocationEntity(id, budgetId, streamId, year, newAmount, newNote, commitmentId, agreementId,
                agreementOwnerId, ggdRegionId, commitmentFirstYear, commitmentLastYear, agreementFirstYear,
                agreementLastYear, readVersion, createdAt, partId);
    }
}
