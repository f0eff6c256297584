package nl.akkoordmonitor.financing.internal.allocation;

import io.micronaut.data.jdbc.runtime.JdbcOperations;
import io.micronaut.runtime.event.annotation.EventListener;
import jakarta.inject.Singleton;
import nl.akkoordmonitor.agreements.AgreementPeriodChanged;
import nl.akkoordmonitor.agreements.CommitmentPeriodChanged;
import nl.akkoordmonitor.platform.message.Message;
import nl.akkoordmonitor.platform.problem.ConflictException;
import nl.akkoordmonitor.platform.sql.Rows;

import java.util.List;

/**
 * Keeps the periods that allocations copy from their commitment and agreement in step with the
 * agreements module: the allocation rules and the funding-cliff analysis read these copies. The
 * agreements module publishes a change inside the transaction that makes it, so a commitment
 * cannot be shortened past a year it has money for: that refusal undoes the whole change.
 */
@Singleton
class PeriodCopies {

    static final String MONEY_OUTSIDE_PERIOD = "MONEY_OUTSIDE_PERIOD";

    private final JdbcOperations jdbc;
    private final Rows rows;

    PeriodCopies(JdbcOperations jdbc, Rows rows) {
        this.jdbc = jdbc;
        this.rows = rows;
    }

    @EventListener
    void commitmentPeriodChanged(CommitmentPeriodChanged change) {
        List<Integer> outside = rows.values(Integer.class, """
                SELECT DISTINCT year FROM financing.allocation
                WHERE commitment_id = ? AND (year < ? OR year > ?) ORDER BY year""", change.commitmentId(), change.firstYear(), change.lastYear());
        if (!outside.isEmpty()) {
            throw new ConflictException(Message.of(MONEY_OUTSIDE_PERIOD, change.commitmentId(), outside, change.firstYear(),
                    change.lastYear()));
        }
        copy("UPDATE financing.allocation SET commitment_first_year = ?, commitment_last_year = ? WHERE commitment_id = ?",
                change.firstYear(), change.lastYear(), change.commitmentId());
    }

    @EventListener
    void agreementPeriodChanged(AgreementPeriodChanged change) {
        copy("UPDATE financing.allocation SET agreement_first_year = ?, agreement_last_year = ? WHERE agreement_id = ?",
                change.firstYear(), change.lastYear(), change.agreementId());
    }

    /** Runs an update that sets a first and last year for one id. */
    private void copy(String sql, int firstYear, int lastYear, long id) {
        jdbc.prepareStatement(sql, statement -> {
            statement.setInt(1, firstYear);
            statement.setInt(2, lastYear);
            statement.setLong(3, id);
            return statement.executeUpdate();
        });
    }
}
