package nl.akkoordmonitor.agreements.internal.agreement;

import nl.akkoordmonitor.agreements.AgreementLevel;
import nl.akkoordmonitor.agreements.AgreementStatus;
import nl.akkoordmonitor.agreements.Organisation;
import nl.akkoordmonitor.agreements.OrganisationType;
import nl.akkoordmonitor.platform.problem.Violation;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

class AgreementPolicyTest {

    private static final Organisation MINISTRY = new Organisation(1, OrganisationType.MINISTRY, "VWS", "VWS", null, null, null, null);
    private static final Organisation AMSTERDAM_REGION = new Organisation(10, OrganisationType.GGD_REGION, "GG3406", "GGD Amsterdam", null, null, null, null);
    private static final Organisation AMSTERDAM = new Organisation(100, OrganisationType.MUNICIPALITY, "GM0363", "Amsterdam", 10L, "GG3406", null, null);

    private final AgreementPolicy policy = new AgreementPolicy();

    private static AgreementView agreement(long id, AgreementLevel level, long ownerId, int first, int last, AgreementStatus status) {
        return new AgreementView(id, level, "Akkoord " + id, ownerId, null, "Eigenaar " + ownerId, null, null, null, null, id,
                first, last, status, null, null, 0, null, null, null);
    }

    private List<String> rules(AgreementLevel level, Organisation owner, AgreementView parent, int first, int last) {
        return policy.check(level, owner, parent, first, last, List.of()).stream().map(Violation::rule).toList();
    }

    private final AgreementView national = agreement(1, AgreementLevel.NATIONAL, 1, 2023, 2026, AgreementStatus.ACTIVE);
    private final AgreementView amsterdamRegional = agreement(2, AgreementLevel.REGIONAL, 10, 2024, 2026, AgreementStatus.ACTIVE);
    private final AgreementView otherRegional = agreement(3, AgreementLevel.REGIONAL, 11, 2024, 2026, AgreementStatus.ACTIVE);

    @Test
    void theChainNationalRegionalLocalIsAccepted() {
        assertEquals(List.of(), rules(AgreementLevel.NATIONAL, MINISTRY, null, 2023, 2026));
        assertEquals(List.of(), rules(AgreementLevel.REGIONAL, AMSTERDAM_REGION, national, 2024, 2026));
        assertEquals(List.of(), rules(AgreementLevel.LOCAL, AMSTERDAM, amsterdamRegional, 2024, 2026));
        assertEquals(List.of(), rules(AgreementLevel.LOCAL, AMSTERDAM, national, 2024, 2026));
    }

    @Test
    void theOwnerMatchesTheLevel() {
        assertEquals(List.of("OWNER_MATCHES_LEVEL"), rules(AgreementLevel.NATIONAL, AMSTERDAM_REGION, null, 2024, 2026));
        assertEquals(List.of("OWNER_MATCHES_LEVEL"), rules(AgreementLevel.REGIONAL, AMSTERDAM, national, 2024, 2026));
    }

    @Test
    void theParentMatchesTheLevel() {
        assertEquals(List.of("PARENT_MATCHES_LEVEL"), rules(AgreementLevel.NATIONAL, MINISTRY, national, 2024, 2026));
        assertEquals(List.of("PARENT_REQUIRED"), rules(AgreementLevel.REGIONAL, AMSTERDAM_REGION, null, 2024, 2026));
        assertEquals(List.of("PARENT_MATCHES_LEVEL"), rules(AgreementLevel.REGIONAL, AMSTERDAM_REGION, amsterdamRegional, 2024, 2026));
        AgreementView local = agreement(4, AgreementLevel.LOCAL, 100, 2024, 2026, AgreementStatus.ACTIVE);
        assertEquals(List.of("PARENT_MATCHES_LEVEL"), rules(AgreementLevel.LOCAL, AMSTERDAM, local, 2024, 2026));
    }

    @Test
    void aLocalAgreementSitsUnderItsOwnRegion() {
        assertEquals(List.of("PARENT_IN_OWN_REGION"), rules(AgreementLevel.LOCAL, AMSTERDAM, otherRegional, 2024, 2026));
    }

    @Test
    void theYearsLieInsideTheParentsAndAroundTheChildren() {
        assertEquals(List.of("PERIOD_INSIDE_PARENT"), rules(AgreementLevel.LOCAL, AMSTERDAM, amsterdamRegional, 2023, 2026));
        assertEquals(List.of("PERIOD_INSIDE_PARENT"), rules(AgreementLevel.LOCAL, AMSTERDAM, amsterdamRegional, 2024, 2027));
        assertEquals(List.of("PERIOD_ORDER"), rules(AgreementLevel.NATIONAL, MINISTRY, null, 2026, 2024));
        List<Violation> shrinking = policy.check(AgreementLevel.REGIONAL, AMSTERDAM_REGION, national, 2025, 2026,
                List.of(agreement(9, AgreementLevel.LOCAL, 100, 2024, 2026, AgreementStatus.DRAFT)));
        assertEquals(List.of("PERIOD_COVERS_CHILDREN"), shrinking.stream().map(Violation::rule).toList());
    }

    @Test
    void nothingNewUnderAClosedParent() {
        AgreementView closed = agreement(5, AgreementLevel.NATIONAL, 1, 2023, 2026, AgreementStatus.CLOSED);
        assertEquals(List.of("PARENT_NOT_CLOSED"), rules(AgreementLevel.REGIONAL, AMSTERDAM_REGION, closed, 2024, 2026));
    }

    @Test
    void onlyANationalAgreementContinuesAnotherAndOnlyARegionalOneIsForAnIzaRegion() {
        Organisation iza = new Organisation(500, OrganisationType.IZA_REGION, "ZK03", "Groningen", null, null, null, null);
        assertEquals(List.of(), policy.checkProgramme(AgreementLevel.NATIONAL, national, null).stream().map(Violation::rule).toList());
        assertEquals(List.of("PREDECESSOR_IS_NATIONAL"), policy.checkProgramme(AgreementLevel.LOCAL, national, null)
                .stream().map(Violation::rule).toList());
        assertEquals(List.of("PREDECESSOR_IS_NATIONAL"), policy.checkProgramme(AgreementLevel.NATIONAL, amsterdamRegional, null)
                .stream().map(Violation::rule).toList());
        assertEquals(List.of(), policy.checkProgramme(AgreementLevel.REGIONAL, null, iza).stream().map(Violation::rule).toList());
        assertEquals(List.of("IZA_REGION_ONLY_REGIONAL"), policy.checkProgramme(AgreementLevel.LOCAL, null, iza).stream().map(Violation::rule).toList());
        assertEquals(List.of("IZA_REGION_TYPE"), policy.checkProgramme(AgreementLevel.REGIONAL, null, AMSTERDAM_REGION)
                .stream().map(Violation::rule).toList());
    }
}
