package nl.akkoordmonitor.agreements.internal.signing;

import nl.akkoordmonitor.agreements.AgreementLevel;
import nl.akkoordmonitor.agreements.AgreementStatus;
import nl.akkoordmonitor.platform.problem.Violation;
import nl.akkoordmonitor.platform.message.Messages;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class SigningPolicyTest {

    private static final Messages DUTCH = Messages.of("agreements");

    private final SigningPolicy policy = new SigningPolicy();

    private static SigningFacts.BindingTheme adopted(String code, int commitments) {
        return new SigningFacts.BindingTheme(code.hashCode(), code, "Thema " + code, true, false, null, commitments);
    }

    private static SigningFacts.BindingTheme deviation(String code, String justification) {
        return new SigningFacts.BindingTheme(code.hashCode(), code, "Thema " + code, true, true, justification, 0);
    }

    private static SigningFacts.BindingTheme missing(String code) {
        return new SigningFacts.BindingTheme(code.hashCode(), code, "Thema " + code, false, false, null, 0);
    }

    private static SigningFacts local(List<SigningFacts.BindingTheme> themes, int signatories) {
        return new SigningFacts(7, AgreementLevel.LOCAL, 3L, AgreementStatus.ACTIVE, themes, signatories, List.of());
    }

    @Test
    void aCompleteAgreementMaySign() {
        assertEquals(List.of(), policy.check(local(List.of(adopted("ROKEN", 1), deviation("ALCOHOL", "Regionaal belegd")), 1)));
    }

    @Test
    void listsEveryMissingItemAndNamesTheThemes() {
        List<Violation> violations = policy.check(local(List.of(missing("ROKEN"), adopted("ALCOHOL", 0),
                deviation("OVERGEWICHT", " "), adopted("MENTAAL", 2)), 0));

        assertEquals(List.of(SigningPolicy.BINDING_THEME_NOT_ADOPTED, SigningPolicy.BINDING_THEME_WITHOUT_COMMITMENT,
                SigningPolicy.DEVIATION_WITHOUT_JUSTIFICATION, SigningPolicy.SIGNATORY_REQUIRED),
                violations.stream().map(Violation::rule).toList());
        assertEquals(List.of("ROKEN", "ALCOHOL", "OVERGEWICHT"), violations.subList(0, 3).stream().map(v -> v.message().args().get(0)).toList());
        assertTrue(DUTCH.dutch(violations.get(0).message()).contains("thema ROKEN"));
    }

    @Test
    void aNationalAgreementNeedsOnlyASignatory() {
        SigningFacts national = new SigningFacts(1, AgreementLevel.NATIONAL, null, null, List.of(), 1, List.of());
        assertEquals(List.of(), policy.check(national));
        SigningFacts unsigned = new SigningFacts(1, AgreementLevel.NATIONAL, null, null, List.of(), 0, List.of());
        assertEquals(List.of(SigningPolicy.SIGNATORY_REQUIRED), policy.check(unsigned).stream().map(Violation::rule).toList());
    }

    @Test
    void theParentMustBeSignedFirst() {
        SigningFacts facts = new SigningFacts(7, AgreementLevel.REGIONAL, 1L, AgreementStatus.DRAFT, List.of(), 1, List.of());
        assertEquals(List.of(SigningPolicy.PARENT_SIGNED), policy.check(facts).stream().map(Violation::rule).toList());
    }

    @Test
    void anOwnerHasOneActiveAgreementPerLevelInOverlappingYears() {
        SigningFacts facts = new SigningFacts(7, AgreementLevel.LOCAL, 1L, AgreementStatus.ACTIVE, List.of(), 1, List.of(5L));
        List<Violation> violations = policy.check(facts);
        assertEquals(List.of(SigningPolicy.ONE_ACTIVE_PER_PROGRAMME_AND_LEVEL), violations.stream().map(Violation::rule).toList());
        assertTrue(DUTCH.dutch(violations.get(0).message()).contains("5"));
    }
}
