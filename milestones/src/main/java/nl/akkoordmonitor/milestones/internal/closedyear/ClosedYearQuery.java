package nl.akkoordmonitor.milestones.internal.closedyear;

import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import nl.akkoordmonitor.milestones.ClosedYears;
import nl.akkoordmonitor.platform.message.Message;
import nl.akkoordmonitor.platform.problem.ConflictException;
import nl.akkoordmonitor.platform.problem.Violation;
import nl.akkoordmonitor.platform.sql.Rows;

/** Closed years from the accepted evaluations, one indexed lookup per question. */
@Singleton
public class ClosedYearQuery implements ClosedYears {

    public static final String YEAR_CLOSED = "YEAR_CLOSED";

    private final Rows rows;

    ClosedYearQuery(Rows rows) {
        this.rows = rows;
    }

    @Override
    @Transactional(readOnly = true)
    public boolean isClosed(long agreementId, int year) {
        return exists("SELECT 1 FROM milestones.evaluation WHERE agreement_id = ? AND year = ? AND status = 'ACCEPTED'", agreementId, year);
    }

    @Override
    @Transactional(readOnly = true)
    public boolean isClosedFor(long organisationId, int year) {
        return exists("SELECT 1 FROM milestones.evaluation WHERE owner_organisation_id = ? AND year = ? AND status = 'ACCEPTED'",
                organisationId, year);
    }

    /** The 409 for a change to a closed year; {@code key} says what cannot change (YEAR_CLOSED.report, YEAR_CLOSED.measurement). */
    public static ConflictException closed(String key, String field, int year) {
        return new ConflictException(new Violation(YEAR_CLOSED, field, Message.of(key, year)));
    }

    private boolean exists(String sql, long id, int year) {
        return rows.exists(sql, id, year);
    }
}
