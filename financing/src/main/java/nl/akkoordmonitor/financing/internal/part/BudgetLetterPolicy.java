package nl.akkoordmonitor.financing.internal.part;

import nl.akkoordmonitor.platform.message.Message;
import nl.akkoordmonitor.platform.problem.Violation;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

/**
 * A budget letter from VWS changes part budgets: indexation raises them, a cut lowers them (a
 * 10% cut in 2026), a correction does either. No part's budget goes below zero.
 */
public class BudgetLetterPolicy {

    /** What a letter does to one part in one year, with the part's budget before it. */
    public record Change(String partCode, int year, BigDecimal amount, BigDecimal before) {
    }

    public List<Violation> check(BudgetLetterKind kind, List<Change> changes) {
        List<Violation> violations = new ArrayList<>();
        if (changes.isEmpty()) {
            violations.add(Violation.at("/changes", Message.of("LETTER_HAS_CHANGES")));
        }
        for (int i = 0; i < changes.size(); i++) {
            Change c = changes.get(i);
            String field = "/changes/" + i + "/amount";
            if (kind == BudgetLetterKind.CUT && c.amount().signum() >= 0) {
                violations.add(Violation.at(field, Message.of("CUT_LOWERS", c.partCode(), c.year())));
            }
            if ((kind == BudgetLetterKind.INDEXATION || kind == BudgetLetterKind.GRANT) && c.amount().signum() <= 0) {
                Message what = Message.of(kind == BudgetLetterKind.GRANT ? "RAISE_RAISES.grant" : "RAISE_RAISES.indexation");
                violations.add(Violation.at(field, Message.of("RAISE_RAISES", what, c.partCode(), c.year())));
            }
            BigDecimal after = c.before().add(c.amount());
            if (after.signum() < 0) {
                violations.add(Violation.at(field, Message.of("PART_BUDGET_NOT_NEGATIVE", c.partCode(), c.year(), c.before(), c.amount(), after)));
            }
        }
        return violations;
    }
}
