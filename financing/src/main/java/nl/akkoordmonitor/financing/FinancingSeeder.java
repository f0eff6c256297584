package nl.akkoordmonitor.financing;

import io.micronaut.core.annotation.Nullable;

import java.math.BigDecimal;

/**
 * Loads many funding streams, budgets, allocations and spending at once into the financing
 * module's own tables, for the demo and the benchmark: rows are sent in batches in the caller's
 * transaction, past the services, so nothing is audited or checked here. The caller keeps
 * allocations within their budgets.
 */
public interface FinancingSeeder {

    /** Starts a load; {@link Load#close()} sends what is still pending. */
    Load load();

    /** One load: each method adds one row; those with children return its id. */
    interface Load extends AutoCloseable {

        long fundingStream(String name, FundingSource source, LegalBasis legalBasis, FundingNature nature, int firstYear,
                           @Nullable Integer lastYear, boolean earmarked, @Nullable String conditions, long recipientId,
                           @Nullable Long recipientGgdRegionId);

        long budget(long streamId, int year, BigDecimal amount);

        /** An allocation with the copies of its commitment's and agreement's periods that financing keeps. */
        long allocation(long budgetId, long streamId, int year, BigDecimal amount, @Nullable String note, long commitmentId,
                        long agreementId, long agreementOwnerId, @Nullable Long ggdRegionId, int commitmentFirstYear,
                        int commitmentLastYear, int agreementFirstYear, int agreementLastYear);

        void expenditure(long allocationId, int year, BigDecimal amount);

        @Override
        void close();
    }
}
