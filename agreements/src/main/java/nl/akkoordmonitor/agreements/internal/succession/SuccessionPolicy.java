package nl.akkoordmonitor.agreements.internal.succession;

import io.micronaut.core.annotation.Nullable;
import nl.akkoordmonitor.agreements.AgreementLevel;
import nl.akkoordmonitor.agreements.AgreementStatus;
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
            violations.add(new Violation("CARRY_OVER_ONLY_CHILD", "agreementId", "alleen een regionaal of lokaal akkoord wordt"
                    + " meegenomen naar een opvolger; een landelijk akkoord noemt zijn voorganger zelf"));
        }
        if (f.status() == AgreementStatus.DRAFT) {
            violations.add(new Violation("CARRY_OVER_ONLY_SIGNED", "agreementId", "akkoord " + f.agreementId()
                    + " is nog een concept; onderteken het eerst of begin onder de opvolger een nieuw akkoord"));
        }
        if (f.successorLevel() != AgreementLevel.NATIONAL || f.successorPredecessorId() == null
                || f.successorPredecessorId() != f.nationalId()) {
            violations.add(new Violation("SUCCESSOR_OF_PROGRAMME", "successorId", "akkoord " + f.successorId()
                    + " is geen landelijk akkoord dat het programma " + f.nationalId() + " opvolgt; kies de opvolger van uw programma"));
        } else if (f.successorStatus() == AgreementStatus.CLOSED) {
            violations.add(new Violation("SUCCESSOR_NOT_CLOSED", "successorId", "de opvolger " + f.successorId() + " is gesloten"));
        }
        if (f.firstYear() > f.lastYear()) {
            violations.add(new Violation("CARRY_OVER_PERIOD", "successorId", "de looptijd van het nieuwe akkoord zou leeg zijn ("
                    + f.firstYear() + "–" + f.lastYear() + ")"));
        }
        if (f.alreadyCarriedInto() != null) {
            violations.add(new Violation("CARRIED_OVER_ONCE", "agreementId", "akkoord " + f.agreementId()
                    + " is al meegenomen naar de opvolger, als akkoord " + f.alreadyCarriedInto()));
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
            violations.add(new Violation("SUCCESSOR_HAS_PREDECESSOR", "predecessorId", "akkoord " + successorId
                    + " noemt geen voorganger; alleen een opvolger krijgt een vertaling van thema's"));
            return violations;
        }
        Set<Long> seen = new HashSet<>();
        for (int i = 0; i < mapping.size(); i++) {
            Map.Entry<Long, Long> entry = mapping.get(i);
            String field = "successions[" + i + "]";
            if (!Long.valueOf(successorPredecessorId).equals(themeAgreement.get(entry.getKey()))) {
                violations.add(new Violation("FROM_THEME_OF_PREDECESSOR", field + ".fromThemeId", "thema " + entry.getKey()
                        + " is geen kernthema van de voorganger " + successorPredecessorId));
            }
            if (!Long.valueOf(successorId).equals(themeAgreement.get(entry.getValue()))) {
                violations.add(new Violation("TO_THEME_OF_SUCCESSOR", field + ".toThemeId", "thema " + entry.getValue()
                        + " is geen kernthema van de opvolger " + successorId));
            }
            if (!seen.add(entry.getKey())) {
                violations.add(new Violation("FROM_THEME_ONCE", field + ".fromThemeId", "thema " + entry.getKey()
                        + " staat twee keer in de vertaling; een thema gaat naar één thema van de opvolger"));
            }
        }
        return violations;
    }
}
