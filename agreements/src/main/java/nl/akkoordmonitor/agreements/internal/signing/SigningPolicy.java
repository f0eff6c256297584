package nl.akkoordmonitor.agreements.internal.signing;

import nl.akkoordmonitor.agreements.AgreementLevel;
import nl.akkoordmonitor.agreements.AgreementStatus;
import nl.akkoordmonitor.platform.message.Message;
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
                violations.add(Violation.at("/parentId", Message.of(PARENT_SIGNED, facts.parentId(), facts.parentStatus())));
            }
            for (SigningFacts.BindingTheme theme : facts.bindingThemes()) {
                if (!theme.adopted()) {
                    violations.add(Violation.of(Message.of(BINDING_THEME_NOT_ADOPTED, theme.code(), theme.name())));
                } else if (theme.deviation()) {
                    if (theme.justification() == null || theme.justification().isBlank()) {
                        violations.add(Violation.of(Message.of(DEVIATION_WITHOUT_JUSTIFICATION, theme.code(), theme.name())));
                    }
                } else if (theme.commitments() == 0) {
                    violations.add(Violation.of(Message.of(BINDING_THEME_WITHOUT_COMMITMENT, theme.code(), theme.name())));
                }
            }
        }
        if (facts.signatories() == 0) {
            violations.add(Violation.at("/parties", Message.of(SIGNATORY_REQUIRED)));
        }
        if (!facts.overlapping().isEmpty()) {
            violations.add(Violation.at("/firstYear", Message.of(ONE_ACTIVE_PER_PROGRAMME_AND_LEVEL, facts.level(), facts.overlapping())));
        }
        return violations;
    }
}
