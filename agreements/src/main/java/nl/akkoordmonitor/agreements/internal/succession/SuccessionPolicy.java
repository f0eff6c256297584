package nl.akkoordmonitor.agreements.internal.succession;

import io.micronaut.core.annotation.Nullable;
import nl.akkoordmonitor.agreements.AgreementLevel;
import nl.akkoordmonitor.agreements.AgreementStatus;
import nl.akkoordmonitor.platform.message.Message;
import nl.akkoordmonitor.platform.problem.Violation;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * When one national programme continues another (AZWA continues GALA): which theme mapping VWS may
 * set, and which regional or local agreement may be carried over into the successor. Returns every
 * broken rule at once.
 */
public class SuccessionPolicy {

    /** What the carry-over rule needs to know about the agreement and the successor. */
    public record CarryOverFacts(long agreementId, AgreementLevel level, AgreementStatus status, long nationalId,
                                 long successorId, AgreementLevel successorLevel, AgreementStatus successorStatus,
                                 @Nullable Long successorPredecessorId, int firstYear, int lastYear,
                                 @Nullable Long alreadyCarriedInto) {
    }

    public List<Violation> checkCarryOver(CarryOverFacts f) {
        List<Violation> violations = new ArrayList<>();
        if (f.level() == AgreementLevel.NATIONAL) {
            violations.add(Violation.at("/agreementId", Message.of("CARRY_OVER_ONLY_CHILD")));
        }
        if (f.status() == AgreementStatus.DRAFT) {
            violations.add(Violation.at("/agreementId", Message.of("CARRY_OVER_ONLY_SIGNED", f.agreementId())));
        }
        if (f.successorLevel() != AgreementLevel.NATIONAL || f.successorPredecessorId() == null
                || f.successorPredecessorId() != f.nationalId()) {
            violations.add(Violation.at("/successorId", Message.of("SUCCESSOR_OF_PROGRAMME", f.successorId(), f.nationalId())));
        } else if (f.successorStatus() == AgreementStatus.CLOSED) {
            violations.add(Violation.at("/successorId", Message.of("SUCCESSOR_NOT_CLOSED", f.successorId())));
        }
        if (f.firstYear() > f.lastYear()) {
            violations.add(Violation.at("/successorId", Message.of("CARRY_OVER_PERIOD", f.firstYear(), f.lastYear())));
        }
        if (f.alreadyCarriedInto() != null) {
            violations.add(Violation.at("/agreementId", Message.of("CARRIED_OVER_ONCE", f.agreementId(), f.alreadyCarriedInto())));
        }
        return violations;
    }

    /**
     * @param successorPredecessorId the predecessor the successor names (null: it names none)
     * @param themeAgreement         per theme id in the request, the national agreement it belongs to (missing: unknown)
     * @param mapping                from theme id to theme id, as requested
     */
    public List<Violation> checkMapping(long successorId, @Nullable Long successorPredecessorId, Map<Long, Long> themeAgreement,
                                        List<Map.Entry<Long, Long>> mapping) {
        List<Violation> violations = new ArrayList<>();
        if (successorPredecessorId == null) {
            violations.add(Violation.at("/successions", Message.of("SUCCESSOR_HAS_PREDECESSOR", successorId)));
            return violations;
        }
        Set<Long> seen = new HashSet<>();
        for (int i = 0; i < mapping.size(); i++) {
            Map.Entry<Long, Long> entry = mapping.get(i);
            String field = "/successions/" + i;
            if (!Long.valueOf(successorPredecessorId).equals(themeAgreement.get(entry.getKey()))) {
                violations.add(Violation.at(field + "/fromThemeId", Message.of("FROM_THEME_OF_PREDECESSOR", entry.getKey(), successorPredecessorId)));
            }
            if (!Long.valueOf(successorId).equals(themeAgreement.get(entry.getValue()))) {
                violations.add(Violation.at(field + "/toThemeId", Message.of("TO_THEME_OF_SUCCESSOR", entry.getValue(), successorId)));
            }
            if (!seen.add(entry.getKey())) {
                violations.add(Violation.at(field + "/fromThemeId", Message.of("FROM_THEME_ONCE", entry.getKey())));
            }
        }
        return violations;
    }
}
