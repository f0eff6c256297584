package nl.akkoordmonitor.financing.internal.part;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PositiveOrZero;
import jakarta.validation.constraints.Size;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

final class PartRecords {

    private PartRecords() {
    }

    /** A part (onderdeel) of a stream under a main theme, e.g. buurtsportcoaches under "Sport en bewegen". */
    @Serdeable
    record PartRequest(@NotBlank @Size(max = 40) String code, @NotBlank @Size(max = 200) String name,
                       @NotBlank @Size(max = 200) String mainTheme, @Nullable @Size(max = 20) String sisaCode,
                       @Nullable @Min(0) @Max(1000) Integer position) {
    }

    @Serdeable
    record PartView(long id, long streamId, String code, String name, String mainTheme, @Nullable String sisaCode, int position,
                    List<PartYear> budgets) {
    }

    @Serdeable
    record PartYear(int year, BigDecimal amount) {
    }

    /** The amount VWS set for a part in a year, once; later changes come by letter. */
    @Serdeable
    record PartBudgetRequest(@NotNull @Min(2000) @Max(2100) Integer year,
                             @NotNull @PositiveOrZero @Digits(integer = 12, fraction = 2) BigDecimal amount) {
    }

    @Serdeable
    record ShiftRequest(@NotNull Long fromPartId, @NotNull Long toPartId, @NotNull @Min(2000) @Max(2100) Integer year,
                        @NotNull @Digits(integer = 12, fraction = 2) BigDecimal amount, @NotBlank @Size(max = 2000) String reason) {
    }

    @Serdeable
    record ShiftView(long id, long streamId, long fromPartId, String fromPartCode, long toPartId, String toPartCode, int year,
                     BigDecimal amount, String reason, Instant createdAt) {
    }

    @Serdeable
    record CarryOverRequest(@NotNull @Min(2000) @Max(2099) Integer fromYear, @Nullable Long partId,
                            @NotNull @Digits(integer = 12, fraction = 2) BigDecimal amount, @NotBlank @Size(max = 2000) String reason) {
    }

    @Serdeable
    record CarryOverView(long id, long streamId, @Nullable Long partId, int fromYear, int toYear, BigDecimal amount, String reason,
                         Instant createdAt) {
    }

    @Serdeable
    record LetterChange(@NotNull Long partId, @NotNull @Min(2000) @Max(2100) Integer year,
                        @NotNull @Digits(integer = 12, fraction = 2) BigDecimal amount) {
    }

    @Serdeable
    record LetterRequest(@NotNull LocalDate letterDate, @NotBlank @Size(max = 100) String reference, @NotNull BudgetLetterKind kind,
                         @NotBlank @Size(max = 4000) String reason, @NotEmpty @Size(max = 500) List<@Valid LetterChange> changes) {
    }

    @Serdeable
    record LetterView(long id, long streamId, LocalDate letterDate, String reference, BudgetLetterKind kind, String reason,
                      List<LetterChange> changes) {
    }

    /**
     * One change to a part's budget for a year, newest last: the amount set, a letter, a shift or a carry-over.
     *
     * @param reference the letter's reference, or the other part of a shift, or the other year of a carry-over
     */
    @Serdeable
    record BudgetChange(String kind, BigDecimal amount, BigDecimal balance, @Nullable LocalDate letterDate, @Nullable String reference,
                        @Nullable String reason, Instant recordedAt) {
    }

    /**
     * A part's budget for a year and how it came about.
     *
     * @param initialAmount the amount set for the year, before letters, shifts and carry-overs (not
     *                      {@code setAmount}: generated clients would make that a second {@code setAmount(..)})
     * @param amount        the budget now
     */
    @Serdeable
    record BudgetHistory(long partId, String partCode, int year, BigDecimal initialAmount, BigDecimal letters, BigDecimal shiftedIn,
                         BigDecimal shiftedOut, BigDecimal carriedIn, BigDecimal carriedOut, BigDecimal amount,
                         List<BudgetChange> changes) {
    }

    /**
     * Whether the recipient added its own share of a co-financed stream in a year.
     *
     * @param share          the share the recipient adds of the whole (0.60: the state pays 40%, the recipient 60%)
     * @param stateSpent     spent of the stream (the state's money) in the year
     * @param ownRequired    what the recipient must add for that: stateSpent × share / (1 − share)
     * @param ownSpent       spent in the year of the recipient's own streams that co-finance this one
     * @param shortfall      what is still missing (zero when met)
     */
    @Serdeable
    record CoFinancingView(long streamId, int year, BigDecimal share, BigDecimal stateSpent, BigDecimal ownRequired,
                           BigDecimal ownSpent, boolean met, BigDecimal shortfall, List<Long> ownStreamIds) {
    }
}
