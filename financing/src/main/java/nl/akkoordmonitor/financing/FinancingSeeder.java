package nl.akkoordmonitor.financing;

import io.micronaut.core.annotation.Nullable;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

/**
 * Loads many funding streams, budgets, allocations and spending at once into the financing
 * module's own tables, for the demo and the benchmark: rows are sent in batches in the caller's
 * transaction, past the services, so nothing is audited or checked here. The caller keeps
 * allocations within their budgets.
 */
public interface FinancingSeeder {

    /** Starts a load; {@link Load#close()} sends what is still pending. */
    Load load();

    /** A change of a part's budget for a year, as a letter makes it. */
    record PartChange(long partId, int year, BigDecimal amount) {
    }

    /** One load: each method adds one row; those with children return its id. */
    interface Load extends AutoCloseable {

        long fundingStream(String name, FundingSource source, LegalBasis legalBasis, FundingNature nature, int firstYear,
                           @Nullable Integer lastYear, boolean earmarked, @Nullable String conditions, long recipientId,
                           @Nullable Long recipientGgdRegionId);

        /** The stream's regulation code in SiSa (e.g. H9 for the brede SPUK), for a stream just added. */
        void sisaCode(long streamId, String sisaCode);

        long budget(long streamId, int year, BigDecimal amount);

        /** A part (onderdeel) of a stream under a main theme, with its SiSa indicator and place. */
        long part(long streamId, String code, String name, String mainTheme, @Nullable String sisaCode, int position);

        /** The amount set for a part in a year: the first line of its budget ledger. */
        void partBudget(long partId, int year, BigDecimal amount);

        /**
         * A budget letter (kind GRANT, INDEXATION, CUT or CORRECTION) with its changes, each
         * {@code {partId, year, signed amount}}.
         */
        void letter(long streamId, LocalDate date, String reference, String kind, String reason, List<PartChange> changes);

        /** Money shifted from one part to another in a year, with its reason. */
        void shift(long streamId, long fromPartId, long toPartId, int year, BigDecimal amount, String reason);

        /** Money of a part carried over from a year to the next, with its reason. */
        void carryOver(long streamId, long partId, int fromYear, BigDecimal amount, String reason);

        /** The financing module's copy of a year closed by an accepted evaluation. */
        void closedYear(long agreementId, int year);

        /** An allocation with the copies of its commitment's and agreement's periods that financing keeps. */
        long allocation(long budgetId, long streamId, int year, BigDecimal amount, @Nullable String note, long commitmentId,
                        long agreementId, long agreementOwnerId, @Nullable Long ggdRegionId, int commitmentFirstYear,
                        int commitmentLastYear, int agreementFirstYear, int agreementLastYear);

        /** An allocation paid from one part of the stream (for SiSa per part). */
        long allocation(long budgetId, long streamId, long partId, int year, BigDecimal amount, long commitmentId,
                        long agreementId, long agreementOwnerId, @Nullable Long ggdRegionId, int commitmentFirstYear,
                        int commitmentLastYear, int agreementFirstYear, int agreementLastYear);

        void expenditure(long allocationId, int year, BigDecimal amount);

        @Override
        void close();
    }
}
