package nl.akkoordmonitor.agreements.internal.agreement;

import io.micronaut.core.annotation.Nullable;
import nl.akkoordmonitor.agreements.AgreementStatus;
import nl.akkoordmonitor.agreements.AgreementSummary;
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
            throw new ConflictException("AGREEMENT_CLOSED", "Agreement " + agreement.id() + " is closed; it can no longer be changed.");
        }
        String stripped = reason == null || reason.isBlank() ? null : reason.strip();
        if (agreement.status() == AgreementStatus.ACTIVE && stripped == null) {
            throw new RuleViolatedException(new Violation("REASON_REQUIRED", "reason",
                    "agreement " + agreement.id() + " is signed; say why you change it in 'reason'"));
        }
        return stripped;
    }
}
