package nl.akkoordmonitor.financing.internal.stream;

import io.micronaut.core.annotation.Nullable;
import jakarta.inject.Singleton;
import nl.akkoordmonitor.financing.FundingNature;
import nl.akkoordmonitor.platform.message.Euro;
import nl.akkoordmonitor.platform.message.Message;
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

        /** The period in words, in the reader's language. */
        public Message period() {
            return lastYear == null ? Message.of("PERIOD_OPEN", firstYear) : Message.of("PERIOD_CLOSED", firstYear, lastYear);
        }
    }

    /**
     * @param terms       the stream's new terms
     * @param budgetYears the years that already hold a budget (empty for a new stream)
     */
    public List<Violation> checkTerms(Terms terms, List<Integer> budgetYears) {
        List<Violation> violations = new ArrayList<>();
        if (terms.nature() == FundingNature.INCIDENTAL && terms.lastYear() == null) {
            violations.add(Violation.at("/lastYear", Message.of("INCIDENTAL_NEEDS_LAST_YEAR")));
        }
        if (terms.lastYear() != null && terms.lastYear() < terms.firstYear()) {
            violations.add(new Violation("PERIOD_REVERSED", "/lastYear", Message.of("PERIOD_REVERSED.stream", terms.lastYear(), terms.firstYear())));
        }
        boolean hasConditions = terms.conditions() != null && !terms.conditions().isBlank();
        if (terms.earmarked() && !hasConditions) {
            violations.add(Violation.at("/conditions", Message.of("EARMARK_NEEDS_CONDITIONS")));
        }
        if (!terms.earmarked() && hasConditions) {
            violations.add(Violation.at("/conditions", Message.of("CONDITIONS_WITHOUT_EARMARK")));
        }
        List<Integer> outside = budgetYears.stream().filter(y -> !terms.covers(y)).toList();
        if (!outside.isEmpty() && violations.isEmpty()) {
            violations.add(Violation.at("/lastYear", Message.of("BUDGETS_OUTSIDE_PERIOD", outside, terms.period())));
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
            violations.add(new Violation("YEAR_OUTSIDE_PERIOD", "/year", Message.of("YEAR_OUTSIDE_PERIOD.stream", terms.period(), year)));
        }
        if (amount.signum() < 0) {
            violations.add(Violation.at("/amount", Message.of("NEGATIVE_AMOUNT")));
        } else if (amount.compareTo(allocated) < 0) {
            violations.add(Violation.at("/amount", Message.of("BUDGET_BELOW_ALLOCATED", Euro.of(allocated), year, Euro.of(amount))));
        }
        return violations;
    }
}
