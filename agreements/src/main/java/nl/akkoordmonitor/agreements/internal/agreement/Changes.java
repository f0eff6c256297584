package nl.akkoordmonitor.agreements.internal.agreement;

import io.micronaut.core.annotation.Nullable;
import nl.akkoordmonitor.agreements.AgreementStatus;
import nl.akkoordmonitor.agreements.AgreementSummary;
import nl.akkoordmonitor.platform.message.Message;
import nl.akkoordmonitor.platform.problem.ConflictException;
import nl.akkoordmonitor.platform.problem.RuleViolatedException;
import nl.akkoordmonitor.platform.problem.Violation;

/**
 * Whether an agreement and what hangs under it may still change. A signed agreement may be
 * amended, but every amendment says why, so that the history explains itself; a closed one is
 * final.
 */
public final class Changes {

    private Changes() {
    }

    /** @return the reason, stripped, or null for a draft */
    public static @Nullable String requireChangeable(AgreementSummary agreement, @Nullable String reason) {
        if (agreement.status() == AgreementStatus.CLOSED) {
            throw new ConflictException(Message.of("AGREEMENT_CLOSED", agreement.id()));
        }
        String stripped = reason == null || reason.isBlank() ? null : reason.strip();
        if (agreement.status() == AgreementStatus.ACTIVE && stripped == null) {
            throw new RuleViolatedException(Violation.at("/reason", Message.of("REASON_REQUIRED", agreement.id())));
        }
        return stripped;
    }
}
