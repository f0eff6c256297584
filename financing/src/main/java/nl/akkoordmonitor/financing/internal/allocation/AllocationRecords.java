package nl.akkoordmonitor.financing.internal.allocation;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Positive;
import jakarta.validation.constraints.PositiveOrZero;
import jakarta.validation.constraints.Size;

import java.math.BigDecimal;

final class AllocationRecords {

    private AllocationRecords() {
    }

    @Serdeable
    record CreateAllocationRequest(@NotNull Long streamId,
                                   @NotNull @Min(2000) @Max(2100) Integer year,
                                   @NotNull Long commitmentId,
                                   @NotNull @Positive @Digits(integer = 12, fraction = 2) BigDecimal amount,
                                   @Nullable @Size(max = 500) String note,
                                   @Nullable Long partId) {
    }

    @Serdeable
    record UpdateAllocationRequest(@NotNull @Positive @Digits(integer = 12, fraction = 2) BigDecimal amount,
                                   @Nullable @Size(max = 500) String note,
                                   @NotNull Long version) {
    }

    /**
     * An allocation with what was spent of it over all years.
     *
     * @param overspent   whether more was spent than allocated
     * @param overspentBy how much more (zero when not overspent)
     */
    @Serdeable
    record AllocationView(long id, long streamId, String streamName, long recipientId, int year, long commitmentId,
                          long agreementId, BigDecimal amount, @Nullable String note, BigDecimal spent,
                          boolean overspent, BigDecimal overspentBy, long version) {

        static AllocationView of(AllocationRow row) {
            BigDecimal over = row.spent().subtract(row.amount()).max(BigDecimal.ZERO).setScale(2);
            return new AllocationView(row.id(), row.streamId(), row.streamName(), row.recipientId(), row.year(),
                    row.commitmentId(), row.agreementId(), row.amount(), row.note(), row.spent().setScale(2),
                    over.signum() > 0, over, row.version());
        }
    }

    @Serdeable
    record ExpenditureRequest(@NotNull @Min(2000) @Max(2100) Integer year,
                              @NotNull @PositiveOrZero @Digits(integer = 12, fraction = 2) BigDecimal amount) {
    }

    @Serdeable
    record UpdateExpenditureRequest(@NotNull @PositiveOrZero @Digits(integer = 12, fraction = 2) BigDecimal amount,
                                    @NotNull Long version) {
    }

    /**
     * Spending in one year, with where the allocation stands after it.
     *
     * @param allocated         the allocation's amount
     * @param spentOnAllocation the total spending on the allocation over all years
     * @param overspent         whether that total exceeds the allocation; accepted, but flagged
     * @param overspentBy       by how much (zero when not overspent)
     */
    @Serdeable
    record ExpenditureView(long id, long allocationId, int year, BigDecimal amount, long version,
                           BigDecimal allocated, BigDecimal spentOnAllocation, boolean overspent, BigDecimal overspentBy) {

        static ExpenditureView of(ExpenditureEntity e, BigDecimal allocated, BigDecimal spentOnAllocation) {
            BigDecimal over = spentOnAllocation.subtract(allocated).max(BigDecimal.ZERO).setScale(2);
            return new ExpenditureView(e.id(), e.allocationId(), e.year(), e.amount(), e.version(), allocated,
                    spentOnAllocation.setScale(2), over.signum() > 0, over);
        }
    }
}
