package nl.akkoordmonitor.agreements.internal.succession;

import nl.akkoordmonitor.agreements.AgreementLevel;
import nl.akkoordmonitor.agreements.AgreementStatus;
import nl.akkoordmonitor.platform.problem.Violation;
import org.junit.jupiter.api.Test;

import java.util.AbstractMap;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;

class SuccessionPolicyTest {

    private static final long GALA = 1;
    private static final long AZWA = 2;
    private final SuccessionPolicy policy = new SuccessionPolicy();

    private List<String> carry(AgreementLevel level, AgreementStatus status, long successorPredecessor, AgreementStatus successorStatus,
                               int first, int last, Long already) {
        return policy.checkCarryOver(new SuccessionPolicy.CarryOverFacts(10, level, status, GALA, AZWA, AgreementLevel.NATIONAL,
                successorStatus, successorPredecessor, first, last, already)).stream().map(Violation::rule).toList();
    }

    @Test
    void aSignedLocalGalaAgreementGoesIntoAzwaOnce() {
        assertEquals(List.of(), carry(AgreementLevel.LOCAL, AgreementStatus.ACTIVE, GALA, AgreementStatus.ACTIVE, 2025, 2028, null));
        assertEquals(List.of(), carry(AgreementLevel.REGIONAL, AgreementStatus.CLOSED, GALA, AgreementStatus.DRAFT, 2025, 2028, null));
        assertEquals(List.of("CARRIED_OVER_ONCE"), carry(AgreementLevel.LOCAL, AgreementStatus.ACTIVE, GALA, AgreementStatus.ACTIVE, 2025, 2028, 99L));
    }

    @Test
    void everyReasonNotToCarryIsListed() {
        assertEquals(List.of("CARRY_OVER_ONLY_CHILD", "CARRY_OVER_ONLY_SIGNED", "SUCCESSOR_OF_PROGRAMME", "CARRY_OVER_PERIOD"),
                carry(AgreementLevel.NATIONAL, AgreementStatus.DRAFT, 7, AgreementStatus.ACTIVE, 2027, 2026, null));
        assertEquals(List.of("SUCCESSOR_NOT_CLOSED"), carry(AgreementLevel.LOCAL, AgreementStatus.ACTIVE, GALA, AgreementStatus.CLOSED, 2025, 2028, null));
    }

    @Test
    void aThemeMappingGoesFromThePredecessorsThemesToTheSuccessorsOnce() {
        Map<Long, Long> themeAgreement = Map.of(11L, GALA, 12L, GALA, 21L, AZWA);
        assertEquals(List.of(), rules(themeAgreement, GALA, pair(11, 21), pair(12, 21)));
        assertEquals(List.of("FROM_THEME_OF_PREDECESSOR", "TO_THEME_OF_SUCCESSOR"), rules(themeAgreement, GALA, pair(21, 11)));
        assertEquals(List.of("FROM_THEME_ONCE"), rules(themeAgreement, GALA, pair(11, 21), pair(11, 21)));
        assertEquals(List.of("FROM_THEME_OF_PREDECESSOR"), rules(themeAgreement, GALA, pair(99, 21)));
        assertEquals(List.of("SUCCESSOR_HAS_PREDECESSOR"), policy.checkMapping(AZWA, null, themeAgreement, List.of())
                .stream().map(Violation::rule).toList());
    }

    @SafeVarargs
    private List<String> rules(Map<Long, Long> themeAgreement, long predecessor, Map.Entry<Long, Long>... pairs) {
        return policy.checkMapping(AZWA, predecessor, themeAgreement, List.of(pairs)).stream().map(Violation::rule).toList();
    }

    private static Map.Entry<Long, Long> pair(long from, long to) {
        return new AbstractMap.SimpleEntry<>(from, to);
    }
}
