package nl.akkoordmonitor.financing.internal.stream;

import nl.akkoordmonitor.financing.FundingNature;
import nl.akkoordmonitor.platform.problem.Violation;
import nl.akkoordmonitor.platform.message.Messages;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class FundingStreamPolicyTest {

    private static final Messages MESSAGES = Messages.of("platform", "financing");

    private final FundingStreamPolicy policy = new FundingStreamPolicy();

    private static FundingStreamPolicy.Terms incidental(int first, Integer last) {
        return new FundingStreamPolicy.Terms(FundingNature.INCIDENTAL, first, last, false, null);
    }

    private static FundingStreamPolicy.Terms structural(int first) {
        return new FundingStreamPolicy.Terms(FundingNature.STRUCTURAL, first, null, false, null);
    }

    private static List<String> rules(List<Violation> violations) {
        return violations.stream().map(Violation::rule).toList();
    }

    @Test
    void incidentalMoneyNeedsALastYear() {
        List<Violation> violations = policy.checkTerms(incidental(2024, null), List.of());

        assertEquals(List.of("INCIDENTAL_NEEDS_LAST_YEAR"), rules(violations));
        assertEquals("/lastYear", violations.get(0).field());
    }

    @Test
    void structuralMoneyMayBeOpenEnded() {
        assertTrue(policy.checkTerms(structural(2024), List.of()).isEmpty());
    }

    @Test
    void reportsEveryBrokenRuleAtOnce() {
        var terms = new FundingStreamPolicy.Terms(FundingNature.STRUCTURAL, 2026, 2024, true, " ");

        assertEquals(List.of("PERIOD_REVERSED", "EARMARK_NEEDS_CONDITIONS"), rules(policy.checkTerms(terms, List.of())));
    }

    @Test
    void conditionsBelongToEarmarkedMoneyOnly() {
        var terms = new FundingStreamPolicy.Terms(FundingNature.STRUCTURAL, 2024, null, false, "alleen voor jeugd");

        assertEquals(List.of("CONDITIONS_WITHOUT_EARMARK"), rules(policy.checkTerms(terms, List.of())));
    }

    @Test
    void aShorterPeriodMayNotStrandExistingBudgets() {
        List<Violation> violations = policy.checkTerms(incidental(2024, 2024), List.of(2024, 2025));

        assertEquals(List.of("BUDGETS_OUTSIDE_PERIOD"), rules(violations));
        assertTrue(MESSAGES.dutch(violations.get(0).message()).contains("begrotingen voor 2025,"), violations.get(0).message().toString());
    }

    @Test
    void aBudgetLiesInsideTheStreamsPeriod() {
        assertEquals(List.of("YEAR_OUTSIDE_PERIOD"), rules(policy.checkBudget(incidental(2024, 2025), 2026, new BigDecimal("1.00"), BigDecimal.ZERO)));
        assertEquals(List.of("YEAR_OUTSIDE_PERIOD"), rules(policy.checkBudget(structural(2024), 2023, new BigDecimal("1.00"), BigDecimal.ZERO)));
        assertTrue(policy.checkBudget(structural(2024), 2040, new BigDecimal("1.00"), BigDecimal.ZERO).isEmpty());
    }

    @Test
    void aBudgetIsNeverNegativeNorBelowWhatIsAllocated() {
        assertEquals(List.of("NEGATIVE_AMOUNT"), rules(policy.checkBudget(structural(2024), 2024, new BigDecimal("-0.01"), BigDecimal.ZERO)));
        List<Violation> below = policy.checkBudget(structural(2024), 2024, new BigDecimal("999.99"), new BigDecimal("1000.00"));

        assertEquals(List.of("BUDGET_BELOW_ALLOCATED"), rules(below));
        assertTrue(MESSAGES.dutch(below.get(0).message()).contains("€ 1.000,00"), below.get(0).message().toString());
        assertTrue(policy.checkBudget(structural(2024), 2024, new BigDecimal("1000.00"), new BigDecimal("1000.00")).isEmpty());
    }
}
