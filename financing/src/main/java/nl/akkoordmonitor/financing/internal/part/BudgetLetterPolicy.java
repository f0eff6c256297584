package nl.akkoordmonitor.financing.internal.part;

import nl.akkoordmonitor.financing.internal.shared.Euro;
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
            violations.add(new Violation("LETTER_HAS_CHANGES", "changes", "noem per onderdeel en jaar wat de brief verandert"));
        }
        for (int i = 0; i < changes.size(); i++) {
            Change c = changes.get(i);
            String field = "changes[" + i + "].amount";
            if (kind == BudgetLetterKind.CUT && c.amount().signum() >= 0) {
                violations.add(new Violation("CUT_LOWERS", field, "een korting verlaagt: geef voor " + c.partCode() + " in " + c.year()
                        + " een negatief bedrag"));
            }
            if ((kind == BudgetLetterKind.INDEXATION || kind == BudgetLetterKind.GRANT) && c.amount().signum() <= 0) {
                violations.add(new Violation("RAISE_RAISES", field, "een " + (kind == BudgetLetterKind.GRANT ? "toekenning" : "indexering")
                        + " verhoogt: geef voor " + c.partCode() + " in " + c.year() + " een positief bedrag"));
            }
            BigDecimal after = c.before().add(c.amount());
            if (after.signum() < 0) {
                violations.add(new Violation("PART_BUDGET_NOT_NEGATIVE", field, "onderdeel " + c.partCode() + " heeft in " + c.year() + " "
                        + Euro.format(c.before()) + "; " + Euro.format(c.amount()) + " maakt het " + Euro.format(after)));
            }
        }
        return violations;
    }
}
