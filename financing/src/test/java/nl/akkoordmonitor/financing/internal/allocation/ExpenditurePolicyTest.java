package nl.akkoordmonitor.financing.internal.allocation;

import nl.akkoordmonitor.platform.problem.Violation;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class ExpenditurePolicyTest {

    private final ExpenditurePolicy policy = new ExpenditurePolicy();

    @Test
    void spendingInTheAllocationYearOrLaterUpToNowIsAccepted() {
        assertTrue(policy.check(2024, 2024, new BigDecimal("10.00"), 2026).isEmpty());
        assertTrue(policy.check(2024, 2026, new BigDecimal("10.00"), 2026).isEmpty());
    }

    @Test
    void spendingBeforeTheAllocationOrInTheFutureIsRefused() {
        assertEquals("SPENT_BEFORE_ALLOCATION", policy.check(2025, 2024, BigDecimal.ONE, 2026).get(0).rule());
        Violation future = policy.check(2025, 2027, BigDecimal.ONE, 2026).get(0);
        assertEquals("SPENT_IN_FUTURE", future.rule());
        assertEquals("/year", future.field());
    }

    @Test
    void aNegativeAmountIsRefused() {
        assertEquals("NEGATIVE_AMOUNT", policy.check(2025, 2025, new BigDecimal("-1.00"), 2026).get(0).rule());
    }
}
