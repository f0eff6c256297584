package nl.akkoordmonitor.financing.internal.seed;

import io.micronaut.core.annotation.Nullable;
import jakarta.inject.Singleton;
import nl.akkoordmonitor.financing.FinancingSeeder;
import nl.akkoordmonitor.financing.FundingNature;
import nl.akkoordmonitor.financing.FundingSource;
import nl.akkoordmonitor.financing.LegalBasis;
import nl.akkoordmonitor.platform.bulk.BatchInsert;
import nl.akkoordmonitor.platform.bulk.SequenceIds;

import javax.sql.DataSource;
import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.SQLException;

/** The financing module's bulk loader: batched inserts into its own tables, in the caller's transaction. */
@Singleton
class JdbcFinancingSeeder implements FinancingSeeder {

    private final DataSource dataSource;

    JdbcFinancingSeeder(DataSource dataSource) {
        this.dataSource = dataSource;
    }

    @Override
    public Load load() {
        try {
            // The transaction's connection: closing it is left to the transaction.
            return new JdbcLoad(dataSource.getConnection());
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    private static final class JdbcLoad implements Load {

        private final SequenceIds ids;
        private final BatchInsert streams;
        private final BatchInsert budgets;
        private final BatchInsert allocations;
        private final BatchInsert spending;

        JdbcLoad(Connection connection) {
            ids = new SequenceIds(connection);
            streams = new BatchInsert(connection, "INSERT INTO financing.funding_stream (id, name, source, legal_basis, nature, "
                    + "first_year, last_year, earmarked, conditions, recipient_id, recipient_ggd_region_id) "
                    + "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)");
            budgets = new BatchInsert(connection, "INSERT INTO financing.budget (id, stream_id, year, amount) VALUES (?, ?, ?, ?)",
                    streams);
            allocations = new BatchInsert(connection, "INSERT INTO financing.allocation (id, budget_id, stream_id, year, amount, "
                    + "note, commitment_id, agreement_id, agreement_owner_id, ggd_region_id, commitment_first_year, "
                    + "commitment_last_year, agreement_first_year, agreement_last_year) "
                    + "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)", budgets);
            spending = new BatchInsert(connection, "INSERT INTO financing.expenditure (allocation_id, year, amount) "
                    + "VALUES (?, ?, ?)", allocations);
        }

        @Override
        public long fundingStream(String name, FundingSource source, LegalBasis legalBasis, FundingNature nature, int firstYear,
                                  @Nullable Integer lastYear, boolean earmarked, @Nullable String conditions, long recipientId,
                                  @Nullable Long recipientGgdRegionId) {
            long id = ids.next("financing.funding_stream_id_seq");
            streams.add(id, name, source.name(), legalBasis.name(), nature.name(), firstYear, lastYear, earmarked, conditions,
                    recipientId, recipientGgdRegionId);
            return id;
        }

        @Override
        public long budget(long streamId, int year, BigDecimal amount) {
            long id = ids.next("financing.budget_id_seq");
            budgets.add(id, streamId, year, amount);
            return id;
        }

        @Override
        public long allocation(long budgetId, long streamId, int year, BigDecimal amount, @Nullable String note,
                               long commitmentId, long agreementId, long agreementOwnerId, @Nullable Long ggdRegionId,
                               int commitmentFirstYear, int commitmentLastYear, int agreementFirstYear, int agreementLastYear) {
            long id = ids.next("financing.allocation_id_seq");
            allocations.add(id, budgetId, streamId, year, amount, note, commitmentId, agreementId, agreementOwnerId, ggdRegionId,
                    commitmentFirstYear, commitmentLastYear, agreementFirstYear, agreementLastYear);
            return id;
        }

        @Override
        public void expenditure(long allocationId, int year, BigDecimal amount) {
            spending.add(allocationId, year, amount);
        }

        @Override
        public void close() {
            spending.close();
            allocations.close();
            budgets.close();
            streams.close();
        }
    }
}
