package nl.akkoordmonitor.financing.internal.part;

import nl.akkoordmonitor.platform.problem.Violation;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

class CarryOverPolicyTest {

    private final CarryOverPolicy policy = new CarryOverPolicy();

    private List<String> rules(String amount, String share, String budget, String carried, String available, boolean nextInside) {
        return policy.check(2023, new BigDecimal(amount), new BigDecimal(share), new BigDecimal(budget), new BigDecimal(carried),
                new BigDecimal(available), nextInside, "BSC").stream().map(Violation::rule).toList();
    }

    @Test
    void twentyPercentOf2023MayGoTo2024() {
        assertEquals(List.of(), rules("20000.00", "0.20", "100000.00", "0.00", "100000.00", true));
        assertEquals(List.of(), rules("5000.00", "0.20", "100000.00", "15000.00", "100000.00", true));
    }

    @Test
    void aboveTheShareCountingEarlierCarryOverIsRefused() {
        assertEquals(List.of("CARRY_OVER_ABOVE_SHARE"), rules("5000.01", "0.20", "100000.00", "15000.00", "100000.00", true));
        assertEquals(List.of("CARRY_OVER_ABOVE_SHARE"), rules("10000.01", "0.10", "100000.00", "0.00", "100000.00", true));
    }

    @Test
    void notMoreThanThereIsNorPastTheEndOfTheRegulation() {
        assertEquals(List.of("CARRY_OVER_MORE_THAN_BUDGET"), rules("100.00", "0.20", "100000.00", "0.00", "99.99", true));
        assertEquals(List.of("CARRY_OVER_INSIDE_PERIOD"), rules("100.00", "0.20", "100000.00", "0.00", "100000.00", false));
        assertEquals(List.of("POSITIVE_AMOUNT"), rules("0.00", "0.20", "100000.00", "0.00", "100000.00", true));
    }
}
