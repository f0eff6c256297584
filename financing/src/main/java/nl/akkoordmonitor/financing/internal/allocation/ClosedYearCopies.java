package nl.akkoordmonitor.financing.internal.allocation;

import io.micronaut.runtime.event.annotation.EventListener;
import jakarta.inject.Singleton;
import nl.akkoordmonitor.agreements.AgreementYearClosed;
import nl.akkoordmonitor.platform.message.Message;
import nl.akkoordmonitor.platform.problem.ConflictException;
import nl.akkoordmonitor.platform.problem.Violation;
import nl.akkoordmonitor.platform.sql.Rows;

/**
 * Keeps financing's copy of the years closed by an accepted evaluation (the milestones module
 * owns them and publishes every close and reopen inside its transaction), and refuses spending
 * in a closed year of an agreement.
 */
@Singleton
class ClosedYearCopies {

    private final Rows rows;

    ClosedYearCopies(Rows rows) {
        this.rows = rows;
    }

    @EventListener
    void yearClosed(AgreementYearClosed event) {
        rows.update(event.closed()
                ? "INSERT INTO financing.closed_year (agreement_id, year) VALUES (?, ?) ON CONFLICT DO NOTHING"
                : "DELETE FROM financing.closed_year WHERE agreement_id = ? AND year = ?", event.agreementId(), event.year());
    }

    /** A 409 when the year of the agreement is closed. */
    void refuseIfClosed(long agreementId, int year) {
        if (rows.exists("SELECT 1 FROM financing.closed_year WHERE agreement_id = ? AND year = ?", agreementId, year)) {
            throw new ConflictException(new Violation("YEAR_CLOSED", "/year", Message.of("YEAR_CLOSED.spending", year, agreementId)));
        }
    }
}
