package nl.akkoordmonitor.financing.internal.part;

import nl.akkoordmonitor.platform.message.Messages;
import nl.akkoordmonitor.platform.problem.Violation;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class PartShiftPolicyTest {

    private final PartShiftPolicy policy = new PartShiftPolicy();
    private final PartShiftPolicy.Part bsc = new PartShiftPolicy.Part(1, "BSC", "Sport en bewegen");
    private final PartShiftPolicy.Part lsa = new PartShiftPolicy.Part(2, "LSA", "Sport en bewegen");
    private final PartShiftPolicy.Part ks = new PartShiftPolicy.Part(3, "KS", "Gezondheidsbevordering");

    private List<String> rules(PartShiftPolicy.Part from, PartShiftPolicy.Part to, String amount, String set, String shifted, String available) {
        return policy.check(from, to, new BigDecimal(amount), new BigDecimal(set), new BigDecimal(shifted), new BigDecimal(available))
                .stream().map(Violation::rule).toList();
    }

    @Test
    void exactlyFifteenPercentUnderTheSameMainThemeIsAllowed() {
        assertEquals(List.of(), rules(bsc, lsa, "15000.00", "100000.00", "0.00", "100000.00"));
        assertEquals(List.of(), rules(bsc, lsa, "5000.00", "100000.00", "10000.00", "90000.00"));
    }

    @Test
    void oneCentAboveFifteenPercentCountingEarlierShiftsIsRefusedWithTheFigures() {
        List<Violation> violations = policy.check(bsc, lsa, new BigDecimal("0.01"), new BigDecimal("100000.00"),
                new BigDecimal("15000.00"), new BigDecimal("85000.00"));
        assertEquals(List.of("SHIFT_ABOVE_15_PERCENT"), violations.stream().map(Violation::rule).toList());
        String dutch = Messages.of("platform", "financing").dutch(violations.get(0).message());
        assertTrue(dutch.contains("€ 100.000,00 = € 15.000,00") && dutch.contains("€ 15.000,01, € 0,01 te veel"), dutch);
    }

    @Test
    void neverAcrossMainThemesNorToItselfNorMoreThanThePartHas() {
        assertEquals(List.of("SHIFT_WITHIN_MAIN_THEME"), rules(bsc, ks, "100.00", "100000.00", "0.00", "100000.00"));
        assertEquals(List.of("SHIFT_TO_OTHER_PART"), rules(bsc, bsc, "100.00", "100000.00", "0.00", "100000.00"));
        assertEquals(List.of("SHIFT_MORE_THAN_BUDGET"), rules(bsc, lsa, "100.00", "100000.00", "0.00", "99.99"));
        assertEquals(List.of("SHIFT_WITHIN_MAIN_THEME", "SHIFT_ABOVE_15_PERCENT"), rules(bsc, ks, "20000.00", "100000.00", "0.00", "100000.00"));
    }
}
