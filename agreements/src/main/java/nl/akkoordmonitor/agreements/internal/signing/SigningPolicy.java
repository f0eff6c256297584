package nl.akkoordmonitor.agreements.internal.signing;

import nl.akkoordmonitor.agreements.AgreementLevel;
import nl.akkoordmonitor.agreements.AgreementStatus;
import nl.akkoordmonitor.platform.problem.Violation;

import java.util.ArrayList;
import java.util.List;

/**
 * When a draft agreement may be signed. Comply or explain: a regional or local agreement adopts
 * every binding theme of the national frame with at least one commitment, or records a deviation
 * with a justification. Every agreement needs at least one signatory, its parent must be signed,
 * and its owner may have only one ACTIVE agreement per national programme and level in overlapping
 * years (several programmes at once are normal: GALA, AZWA, a sport agreement).
 * Returns every missing item, so that the owner can complete them all at once.
 */
public class SigningPolicy {

    public static final String BINDING_THEME_NOT_ADOPTED = "BINDING_THEME_NOT_ADOPTED";
    public static final String BINDING_THEME_WITHOUT_COMMITMENT = "BINDING_THEME_WITHOUT_COMMITMENT";
    public static final String DEVIATION_WITHOUT_JUSTIFICATION = "DEVIATION_WITHOUT_JUSTIFICATION";
    public static final String SIGNATORY_REQUIRED = "SIGNATORY_REQUIRED";
    public static final String PARENT_SIGNED = "PARENT_SIGNED";
    public static final String ONE_ACTIVE_PER_PROGRAMME_AND_LEVEL = "ONE_ACTIVE_PER_PROGRAMME_AND_LEVEL";

    public List<Violation> check(SigningFacts facts) {
        List<Violation> violations = new ArrayList<>();
        if (facts.level() != AgreementLevel.NATIONAL) {
            if (facts.parentStatus() != AgreementStatus.ACTIVE) {
                violations.add(new Violation(PARENT_SIGNED, "parentId", "the parent agreement " + facts.parentId()
                        + " is " + facts.parentStatus() + "; it must be signed (ACTIVE) first"));
            }
            for (SigningFacts.BindingTheme theme : facts.bindingThemes()) {
                String label = theme.code() + " (" + theme.name() + ")";
                if (!theme.adopted()) {
                    violations.add(new Violation(BINDING_THEME_NOT_ADOPTED, theme.code(), "binding theme " + label
                            + " is not adopted: adopt it with at least one commitment, or record a deviation with a justification"));
                } else if (theme.deviation()) {
                    if (theme.justification() == null || theme.justification().isBlank()) {
                        violations.add(new Violation(DEVIATION_WITHOUT_JUSTIFICATION, theme.code(), "the deviation from binding theme "
                                + label + " needs a justification"));
                    }
                } else if (theme.commitments() == 0) {
                    violations.add(new Violation(BINDING_THEME_WITHOUT_COMMITMENT, theme.code(), "binding theme " + label
                            + " is adopted without any commitment: add at least one"));
                }
            }
        }
        if (facts.signatories() == 0) {
            violations.add(new Violation(SIGNATORY_REQUIRED, "parties", "the agreement has no party with role SIGNATORY"));
        }
        if (!facts.overlapping().isEmpty()) {
            violations.add(new Violation(ONE_ACTIVE_PER_PROGRAMME_AND_LEVEL, "firstYear", "the owner already has an ACTIVE "
                    + facts.level() + " agreement under the same national programme in overlapping years (" + facts.overlapping()
                    + "); close it first or choose other years"));
        }
        return violations;
    }
}
