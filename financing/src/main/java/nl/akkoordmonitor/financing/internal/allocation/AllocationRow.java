package nl.akkoordmonitor.financing.internal.allocation;

import io.micronaut.core.annotation.Introspected;
import io.micronaut.core.annotation.Nullable;

import java.math.BigDecimal;

/** An allocation with its stream's name and recipient and what was spent of it, as the list query returns it. */
@Introspected
record AllocationRow(long id,
                     long streamId,
                     String streamName,
                     long recipientId,
                     int year,
                     long commitmentId,
                     long agreementId,
                     BigDecimal amount,
                     @Nullable String note,
                     BigDecimal spent,
                     long version) {
}
