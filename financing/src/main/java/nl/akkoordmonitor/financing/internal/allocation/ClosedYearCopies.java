package nl.akkoordmonitor.financing.internal.allocation;

import io.micronaut.data.jdbc.runtime.JdbcOperations;
import io.micronaut.runtime.event.annotation.EventListener;
import jakarta.inject.Singleton;
import nl.akkoordmonitor.agreements.AgreementYearClosed;
import nl.akkoordmonitor.platform.message.Message;
import nl.akkoordmonitor.platform.problem.ConflictException;
import nl.akkoordmonitor.platform.problem.Violation;

import java.sql.ResultSet;

/**
 * Keeps financing's copy of the years closed by an accepted evaluation (the milestones module
 * owns them and publishes every close and reopen inside its transaction), and refuses spending
 * in a closed year of an agreement.
 */
@Singleton
class ClosedYearCopies {

    private final JdbcOperations jdbc;

    ClosedYearCopies(JdbcOperations jdbc) {
        this.jdbc = jdbc;
    }

    @EventListener
    void yearClosed(AgreementYearClosed event) {
        jdbc.prepareStatement(event.closed()
                ? "INSERT INTO financing.closed_year (agreement_id, year) VALUES (?, ?) ON CONFLICT DO NOTHING"
                : "DELETE FROM financing.closed_year WHERE agreement_id = ? AND year = ?", statement -> {
            statement.setLong(1, event.agreementId());
            statement.setInt(2, event.year());
            return statement.executeUpdate();
        });
    }

    /** A 409 when the year of the agreement is closed. */
    void refuseIfClosed(long agreementId, int year) {
        boolean closed = jdbc.prepareStatement("SELECT 1 FROM financing.closed_year WHERE agreement_id = ? AND year = ?", statement -> {
            statement.setLong(1, agreementId);
            statement.setInt(2, year);
            try (ResultSet rs = statement.executeQuery()) {
                return rs.next();
            }
        });
        if (closed) {
            throw new ConflictException(new Violation("YEAR_CLOSED", "/year", Message.of("YEAR_CLOSED.spending", year, agreementId)));
        }
    }
}
