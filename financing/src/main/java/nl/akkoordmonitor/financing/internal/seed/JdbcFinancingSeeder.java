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
import java.time.LocalDate;
import java.util.List;
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
        private final BatchInsert sisaCodes;
        private final BatchInsert parts;
        private final BatchInsert letters;
        private final BatchInsert shifts;
        private final BatchInsert carryOvers;
        private final BatchInsert changes;
        private final BatchInsert closedYears;

        JdbcLoad(Connection connection) {
            ids = new SequenceIds(connection);
            streams = new BatchInsert(connection, "INSERT INTO financing.funding_stream (id, name, source, legal_basis, nature, "
                    + "first_year, last_year, earmarked, conditions, recipient_id, recipient_ggd_region_id) "
                    + "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)");
            budgets = new BatchInsert(connection, "INSERT INTO financing.budget (id, stream_id, year, amount) VALUES (?, ?, ?, ?)",
                    streams);
            parts = new BatchInsert(connection, "INSERT INTO financing.funding_part (id, stream_id, code, name, main_theme, sisa_code, "
                    + "position) VALUES (?, ?, ?, ?, ?, ?, ?)", streams);
            allocations = new BatchInsert(connection, "INSERT INTO financing.allocation (id, budget_id, stream_id, year, amount, "
                    + "note, commitment_id, agreement_id, agreement_owner_id, ggd_region_id, commitment_first_year, "
                    + "commitment_last_year, agreement_first_year, agreement_last_year, part_id) "
                    + "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)", budgets, parts);
            spending = new BatchInsert(connection, "INSERT INTO financing.expenditure (allocation_id, year, amount) "
                    + "VALUES (?, ?, ?)", allocations);
            sisaCodes = new BatchInsert(connection, "UPDATE financing.funding_stream SET sisa_code = ? WHERE id = ?", streams);
            letters = new BatchInsert(connection, "INSERT INTO financing.budget_letter (id, stream_id, letter_date, reference, kind, "
                    + "reason) VALUES (?, ?, ?, ?, ?, ?)", streams);
            shifts = new BatchInsert(connection, "INSERT INTO financing.part_shift (id, stream_id, from_part_id, to_part_id, year, "
                    + "amount, reason) VALUES (?, ?, ?, ?, ?, ?, ?)", parts);
            carryOvers = new BatchInsert(connection, "INSERT INTO financing.carry_over (id, stream_id, part_id, from_year, amount, "
                    + "reason) VALUES (?, ?, ?, ?, ?, ?)", parts);
            changes = new BatchInsert(connection, "INSERT INTO financing.part_budget_change (part_id, year, kind, amount, letter_id, "
                    + "shift_id, carry_over_id) VALUES (?, ?, ?, ?, ?, ?, ?)", parts, letters, shifts, carryOvers);
            closedYears = new BatchInsert(connection, "INSERT INTO financing.closed_year (agreement_id, year) VALUES (?, ?) "
                    + "ON CONFLICT DO NOTHING");
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
                    commitmentFirstYear, commitmentLastYear, agreementFirstYear, agreementLastYear, null);
            return id;
        }

        @Override
        public long allocation(long budgetId, long streamId, long partId, int year, BigDecimal amount, long commitmentId,
                               long agreementId, long agreementOwnerId, @Nullable Long ggdRegionId, int commitmentFirstYear,
                               int commitmentLastYear, int agreementFirstYear, int agreementLastYear) {
            long id = ids.next("financing.allocation_id_seq");
            allocations.add(id, budgetId, streamId, year, amount, null, commitmentId, agreementId, agreementOwnerId, ggdRegionId,
                    commitmentFirstYear, commitmentLastYear, agreementFirstYear, agreementLastYear, partId);
            return id;
        }

        @Override
        public void sisaCode(long streamId, String sisaCode) {
            sisaCodes.add(sisaCode, streamId);
        }

        @Override
        public long part(long streamId, String code, String name, String mainTheme, @Nullable String sisaCode, int position) {
            long id = ids.next("financing.funding_part_id_seq");
            parts.add(id, streamId, code, name, mainTheme, sisaCode, position);
            return id;
        }

        @Override
        public void partBudget(long partId, int year, BigDecimal amount) {
            changes.add(partId, year, "SET", amount, null, null, null);
        }

        @Override
        public void letter(long streamId, LocalDate date, String reference, String kind, String reason, List<PartChange> partChanges) {
            long id = ids.next("financing.budget_letter_id_seq");
            letters.add(id, streamId, date, reference, kind, reason);
            for (PartChange change : partChanges) {
                changes.add(change.partId(), change.year(), "LETTER", change.amount(), id, null, null);
            }
        }

        @Override
        public void shift(long streamId, long fromPartId, long toPartId, int year, BigDecimal amount, String reason) {
            long id = ids.next("financing.part_shift_id_seq");
            shifts.add(id, streamId, fromPartId, toPartId, year, amount, reason);
            changes.add(fromPartId, year, "SHIFT_OUT", amount.negate(), null, id, null);
            changes.add(toPartId, year, "SHIFT_IN", amount, null, id, null);
        }

        @Override
        public void carryOver(long streamId, long partId, int fromYear, BigDecimal amount, String reason) {
            long id = ids.next("financing.carry_over_id_seq");
            carryOvers.add(id, streamId, partId, fromYear, amount, reason);
            changes.add(partId, fromYear, "CARRY_OUT", amount.negate(), null, null, id);
            changes.add(partId, fromYear + 1, "CARRY_IN", amount, null, null, id);
        }

        @Override
        public void closedYear(long agreementId, int year) {
            closedYears.add(agreementId, year);
        }

        @Override
        public void expenditure(long allocationId, int year, BigDecimal amount) {
            spending.add(allocationId, year, amount);
        }

        @Override
        public void close() {
            closedYears.close();
            changes.close();
            carryOvers.close();
            shifts.close();
            letters.close();
            parts.close();
            sisaCodes.close();
            spending.close();
            allocations.close();
            budgets.close();
            streams.close();
        }
    }
}
