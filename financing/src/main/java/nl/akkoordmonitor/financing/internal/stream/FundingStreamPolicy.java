package nl.akkoordmonitor.financing.internal.stream;

import io.micronaut.core.annotation.Nullable;
import jakarta.inject.Singleton;
import nl.akkoordmonitor.financing.FundingNature;
import nl.akkoordmonitor.financing.internal.shared.Euro;
import nl.akkoordmonitor.platform.problem.Violation;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

/**
 * The rules for a funding stream's terms and its yearly budgets. Returns every broken rule, so
 * that the caller can fix them all at once.
 */
@Singleton
public class FundingStreamPolicy {

    /** The terms of a stream as they are or would become. */
    public record Terms(FundingNature nature, int firstYear, @Nullable Integer lastYear, boolean earmarked,
                        @Nullable String conditions) {

        public boolean covers(int year) {
            return firstYear <= year && (lastYear == null || year <= lastYear);
        }

        public String period() {
            return lastYear == null ? "from " + firstYear + " on" : firstYear + "–" + lastYear;
        }
    }

    /**
     * @param terms       the stream's new terms
     * @param budgetYears the years that already hold a budget (empty for a new stream)
     */
    public List<Violation> checkTerms(Terms terms, List<Integer> budgetYears) {
        List<Violation> violations = new ArrayList<>();
        if (terms.nature() == FundingNature.INCIDENTAL && terms.lastYear() == null) {
            violations.add(new Violation("INCIDENTAL_NEEDS_LAST_YEAR", "lastYear",
                    "incidental money stops: give the last year it is paid for (only structural money may be open-ended)"));
        }
        if (terms.lastYear() != null && terms.lastYear() < terms.firstYear()) {
            violations.add(new Violation("PERIOD_REVERSED", "lastYear",
                    "the last year " + terms.lastYear() + " lies before the first year " + terms.firstYear()));
        }
        boolean hasConditions = terms.conditions() != null && !terms.conditions().isBlank();
        if (terms.earmarked() && !hasConditions) {
            violations.add(new Violation("EARMARK_NEEDS_CONDITIONS", "conditions",
                    "earmarked money comes with conditions: describe what it may be spent on"));
        }
        if (!terms.earmarked() && hasConditions) {
            violations.add(new Violation("CONDITIONS_WITHOUT_EARMARK", "conditions",
                    "only earmarked money carries spending conditions: set earmarked to true or leave the conditions out"));
        }
        List<Integer> outside = budgetYears.stream().filter(y -> !terms.covers(y)).toList();
        if (!outside.isEmpty() && violations.isEmpty()) {
            violations.add(new Violation("BUDGETS_OUTSIDE_PERIOD", "lastYear",
                    "the stream has budgets for " + outside + ", outside the period " + terms.period()
                            + "; remove or move those budgets first, or keep the period"));
        }
        return violations;
    }

    /**
     * @param terms     the stream's terms
     * @param year      the budget's year
     * @param amount    the budget's new amount
     * @param allocated what is already allocated of this year's budget (zero for a new budget)
     */
    public List<Violation> checkBudget(Terms terms, int year, BigDecimal amount, BigDecimal allocated) {
        List<Violation> violations = new ArrayList<>();
        if (!terms.covers(year)) {
            violations.add(new Violation("YEAR_OUTSIDE_PERIOD", "year",
                    "the stream runs " + terms.period() + "; a budget for " + year + " lies outside it"));
        }
        if (amount.signum() < 0) {
            violations.add(new Violation("NEGATIVE_AMOUNT", "amount", "an amount is never negative"));
        } else if (amount.compareTo(allocated) < 0) {
            violations.add(new Violation("BUDGET_BELOW_ALLOCATED", "amount",
                    Euro.format(allocated) + " of the " + year + " budget is already allocated; lower or remove "
                            + "allocations before lowering the budget to " + Euro.format(amount)));
        }
        return violations;
    }
}
