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
        RuleViolatedException.refuseIfAny(violations);
    }
}
