package nl.akkoordmonitor.financing.internal.allocation;

import nl.akkoordmonitor.financing.FundingNature;
import nl.akkoordmonitor.financing.internal.stream.FundingStreamPolicy;
import nl.akkoordmonitor.platform.problem.Violation;
import nl.akkoordmonitor.platform.message.Messages;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class AllocationPolicyTest {

    private static final Messages MESSAGES = Messages.of("platform", "financing");

    private static final FundingStreamPolicy.Terms INCIDENTAL_2024_2025 =
            new FundingStreamPolicy.Terms(FundingNature.INCIDENTAL, 2024, 2025, false, null);

    private final AllocationPolicy policy = new AllocationPolicy();

    private static AllocationPolicy.Facts facts(int year, String amount, String budget, String allocatedByOthers) {
        return new AllocationPolicy.Facts(INCIDENTAL_2024_2025, year, new BigDecimal(amount),
                budget == null ? null : new BigDecimal(budget), new BigDecimal(allocatedByOthers), 2024, 2027, false);
    }

    private static List<String> rules(List<Violation> violations) {
        return violations.stream().map(Violation::rule).toList();
    }

    @Test
    void anAllocationThatFitsTheRemainingBudgetPasses() {
        assertTrue(policy.check(facts(2025, "1250.00", "10000.00", "8750.00")).isEmpty());
    }

    @Test
    void anAllocationAboveTheRemainingBudgetStatesExactlyWhatIsLeft() {
        List<Violation> violations = policy.check(facts(2025, "1250.01", "10000.00", "8750.00"));

        assertEquals(List.of(AllocationPolicy.BUDGET_EXCEEDED), rules(violations));
        assertTrue(MESSAGES.dutch(violations.get(0).message()).startsWith("Van de begroting 2025 is nog € 1.250,00 over"), violations.get(0).message().toString());
        assertEquals("/amount", violations.get(0).field());
    }

    @Test
    void aYearWithoutBudgetIsRefused() {
        assertEquals(List.of("NO_BUDGET"), rules(policy.check(facts(2025, "1.00", null, "0"))));
    }

    @Test
    void theYearLiesInsideTheStreamAndTheCommitment() {
        var facts = new AllocationPolicy.Facts(INCIDENTAL_2024_2025, 2026, new BigDecimal("1.00"), null,
                BigDecimal.ZERO, 2024, 2025, false);

        assertEquals(List.of("YEAR_OUTSIDE_STREAM", "YEAR_OUTSIDE_COMMITMENT"), rules(policy.check(facts)));
    }

    @Test
    void reportsEveryBrokenRuleAtOnce() {
        var facts = new AllocationPolicy.Facts(INCIDENTAL_2024_2025, 2024, new BigDecimal("0.00"), new BigDecimal("5.00"),
                BigDecimal.ZERO, 2025, 2027, true);

        assertEquals(List.of("AMOUNT_NOT_POSITIVE", "YEAR_OUTSIDE_COMMITMENT", "AGREEMENT_CLOSED"), rules(policy.check(facts)));
    }

    @Test
    void aBudgetThatIsAlreadyOverTakenSaysNothingIsLeft() {
        List<Violation> violations = policy.check(facts(2024, "0.01", "100.00", "100.00"));

        assertTrue(MESSAGES.dutch(violations.get(0).message()).startsWith("Van de begroting 2024 is nog € 0,00 over"), violations.get(0).message().toString());
    }
}
