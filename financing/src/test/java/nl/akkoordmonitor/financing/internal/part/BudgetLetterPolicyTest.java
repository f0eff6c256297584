package nl.akkoordmonitor.financing.internal.part;

import nl.akkoordmonitor.platform.problem.Violation;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

class BudgetLetterPolicyTest {

    private final BudgetLetterPolicy policy = new BudgetLetterPolicy();

    private List<String> rules(BudgetLetterKind kind, String amount, String before) {
        return policy.check(kind, List.of(new BudgetLetterPolicy.Change("BSC", 2026, new BigDecimal(amount), new BigDecimal(before))))
                .stream().map(Violation::rule).toList();
    }

    @Test
    void aCutLowersAndAnIndexationRaises() {
        assertEquals(List.of(), rules(BudgetLetterKind.CUT, "-10000.00", "100000.00"));
        assertEquals(List.of(), rules(BudgetLetterKind.INDEXATION, "1800.00", "100000.00"));
        assertEquals(List.of(), rules(BudgetLetterKind.CORRECTION, "-5.00", "100000.00"));
        assertEquals(List.of("CUT_LOWERS"), rules(BudgetLetterKind.CUT, "10000.00", "100000.00"));
        assertEquals(List.of("RAISE_RAISES"), rules(BudgetLetterKind.INDEXATION, "-1.00", "100000.00"));
    }

    @Test
    void noPartGoesBelowZeroAndALetterChangesSomething() {
        assertEquals(List.of("PART_BUDGET_NOT_NEGATIVE"), rules(BudgetLetterKind.CUT, "-100000.01", "100000.00"));
        assertEquals(List.of(), rules(BudgetLetterKind.CUT, "-100000.00", "100000.00"));
        assertEquals(List.of("LETTER_HAS_CHANGES"), policy.check(BudgetLetterKind.GRANT, List.of()).stream().map(Violation::rule).toList());
    }
}
