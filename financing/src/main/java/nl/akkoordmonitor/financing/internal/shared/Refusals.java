package nl.akkoordmonitor.financing.internal.shared;

import nl.akkoordmonitor.platform.problem.RuleViolatedException;
import nl.akkoordmonitor.platform.problem.Violation;

import java.util.List;

/** Turns a policy's violations into the 422 answer. */
public final class Refusals {

    private Refusals() {
    }

    /** Throws a 422 listing every violation, when there is one. */
    public static void refuseIfAny(List<Violation> violations) {
        if (violations.isEmpty()) {
            return;
        }
        Violation first = violations.get(0);
        String detail = violations.size() == 1
                ? (first.field() == null ? first.message() : first.field() + ": " + first.message())
                : violations.size() + " rules refuse this; see 'violations'.";
        throw new RuleViolatedException(detail, violations);
    }
}
