package nl.akkoordmonitor.financing.internal.stream;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PositiveOrZero;
import jakarta.validation.constraints.Size;
import nl.akkoordmonitor.financing.FundingNature;
import nl.akkoordmonitor.financing.FundingSource;
import nl.akkoordmonitor.financing.LegalBasis;

import java.math.BigDecimal;

final class FundingStreamRecords {

    private FundingStreamRecords() {
    }

    /**
     * The terms of a stream, to create it or (with the version read) to change it.
     *
     * @param recipientId the receiving organisation; defaults to the caller's own, and may only be that
     * @param version     the version read before changing; required on a change, ignored on create
     */
    @Serdeable
    record StreamRequest(@NotBlank @Size(max = 200) String name,
                         @NotNull FundingSource source,
                         @NotNull LegalBasis legalBasis,
                         @NotNull FundingNature nature,
                         @NotNull @Min(2000) @Max(2100) Integer firstYear,
                         @Nullable @Min(2000) @Max(2100) Integer lastYear,
                         boolean earmarked,
                         @Nullable @Size(max = 4000) String conditions,
                         @Nullable Long recipientId,
                         @Nullable Long version,
                         @Nullable @DecimalMin("0") @DecimalMax("1") @Digits(integer = 1, fraction = 4) BigDecimal carryOverShare,
                         @Nullable @DecimalMin("0") @DecimalMax("0.9999") @Digits(integer = 1, fraction = 4) BigDecimal coFinancingShare,
                         @Nullable Long coFinancesStreamId,
                         @Nullable @Size(max = 20) String sisaCode) {

        /** The share of a year that may be carried over; 20% when not given (the SPUK's 2023 rule). */
        BigDecimal carryOverShareOrDefault() {
            return carryOverShare == null ? new BigDecimal("0.2000") : carryOverShare;
        }

        BigDecimal coFinancingShareOrZero() {
            return coFinancingShare == null ? BigDecimal.ZERO : coFinancingShare;
        }

        FundingStreamPolicy.Terms terms() {
            return new FundingStreamPolicy.Terms(nature, firstYear, lastYear, earmarked, conditions);
        }
    }

    @Serdeable
    record StreamView(long id,
                      String name,
                      FundingSource source,
                      LegalBasis legalBasis,
                      FundingNature nature,
                      int firstYear,
                      @Nullable Integer lastYear,
                      boolean earmarked,
                      @Nullable String conditions,
                      long recipientId,
                      long version,
                      BigDecimal carryOverShare,
                      BigDecimal coFinancingShare,
                      @Nullable Long coFinancesStreamId,
                      @Nullable String sisaCode) {

        static StreamView of(FundingStreamEntity s) {
            return new StreamView(s.id(), s.name(), s.source(), s.legalBasis(), s.nature(), s.firstYear(), s.lastYear(),
                    s.earmarked(), s.conditions(), s.recipientId(), s.version(), s.carryOverShare(), s.coFinancingShare(),
                    s.coFinancesStreamId(), s.sisaCode());
        }
    }

    @Serdeable
    record CreateBudgetRequest(@NotNull @Min(2000) @Max(2100) Integer year,
                               @NotNull @PositiveOrZero @Digits(integer = 12, fraction = 2) BigDecimal amount) {
    }

    @Serdeable
    record UpdateBudgetRequest(@NotNull @PositiveOrZero @Digits(integer = 12, fraction = 2) BigDecimal amount,
                               @NotNull Long version) {
    }

    /**
     * A budget with what is allocated of it and what is left.
     */
    @Serdeable
    record BudgetView(long id, long streamId, int year, BigDecimal amount, BigDecimal allocated, BigDecimal remaining,
                      long version) {

        static BudgetView of(BudgetLine line) {
            return new BudgetView(line.id(), line.streamId(), line.year(), line.amount(), line.allocated(),
                    line.amount().subtract(line.allocated()), line.version());
        }
    }
}
