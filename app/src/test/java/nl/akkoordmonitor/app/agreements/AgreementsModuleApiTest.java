package nl.akkoordmonitor.app.agreements;

import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import nl.akkoordmonitor.agreements.AgreementAccess;
import nl.akkoordmonitor.agreements.AgreementLevel;
import nl.akkoordmonitor.agreements.AgreementSummary;
import nl.akkoordmonitor.agreements.Agreements;
import nl.akkoordmonitor.agreements.CommitmentOverview;
import nl.akkoordmonitor.agreements.Coverage;
import nl.akkoordmonitor.agreements.CoverageState;
import nl.akkoordmonitor.agreements.Organisation;
import nl.akkoordmonitor.agreements.Organisations;
import nl.akkoordmonitor.agreements.Scope;
import nl.akkoordmonitor.app.support.AgreementFixtures;
import nl.akkoordmonitor.app.support.AgreementFixtures.LocalAgreement;
import nl.akkoordmonitor.app.support.AgreementFixtures.NationalAgreement;
import nl.akkoordmonitor.app.support.AgreementFixtures.RegionalAgreement;
import nl.akkoordmonitor.app.support.IntegrationTest;
import nl.akkoordmonitor.platform.problem.ForbiddenException;
import nl.akkoordmonitor.platform.problem.NotFoundException;
import nl.akkoordmonitor.platform.security.Actor;
import nl.akkoordmonitor.platform.security.Role;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** What milestones, financing and reporting get from the agreements module's public API. */
@MicronautTest(transactional = false)
class AgreementsModuleApiTest extends IntegrationTest {

    @Inject
    Agreements agreements;

    @Inject
    AgreementAccess access;

    @Inject
    Organisations organisations;

    private NationalAgreement national;
    private RegionalAgreement amsterdamRegion;
    private LocalAgreement amsterdam;
    private LocalAgreement amstelveenDraft;
    private LocalAgreement utrecht;
    private long regionId;

    @BeforeAll
    void agreementsInTwoRegions() {
        AgreementFixtures fixtures = new AgreementFixtures(api);
        national = fixtures.nationalAgreement().withThemes(3, 2).signed();
        amsterdamRegion = fixtures.regionalAgreement("GG3406").under(national).signed();
        amsterdam = fixtures.localAgreement("GM0363").under(amsterdamRegion).signed();
        amstelveenDraft = fixtures.localAgreement("GM0362").under(national).withCommitment().draft();
        utrecht = fixtures.localAgreement("GM0344").under(national).signed();
        regionId = fixtures.organisationId("GG3406");
    }

    @Test
    void looksUpManyOrganisationsInOneCall() {
        long amsterdamId = organisations.findByCode("GM0363").orElseThrow().id();
        List<Organisation> found = organisations.findAll(List.of(amsterdamId, regionId, 987_654_321L));

        assertEquals(Set.of("GM0363", "GG3406"), found.stream().map(Organisation::code).collect(Collectors.toSet()),
                "an id that does not exist is left out");
        assertEquals("GG3406", found.stream().filter(o -> o.id() == amsterdamId).findFirst().orElseThrow().ggdRegionCode());
        assertEquals(List.of(), organisations.findAll(List.of()));
    }

    private Set<Long> agreementsOf(List<CommitmentOverview> commitments) {
        return commitments.stream().map(CommitmentOverview::agreementId).collect(Collectors.toSet());
    }

    @Test
    void commitmentsInAScopeComeWithTheirAgreementOwnerRegionAndTheme() {
        List<CommitmentOverview> region = agreements.commitmentsIn(Scope.region(regionId), 2025);

        Set<Long> ids = agreementsOf(region);
        assertTrue(ids.containsAll(List.of(amsterdamRegion.id(), amsterdam.id())), ids.toString());
        assertFalse(ids.contains(utrecht.id()));
        assertTrue(ids.contains(amstelveenDraft.id()), "the region advises its municipalities, also on a draft directly under the national agreement");
        CommitmentOverview first = region.stream().filter(c -> c.agreementId() == amsterdam.id()).findFirst().orElseThrow();
        assertEquals("GM0363", first.ownerCode());
        assertEquals("GG3406", first.ggdRegionCode());
        assertEquals(national.id(), first.nationalId());
        assertTrue(first.binding());

        List<CommitmentOverview> own = agreements.commitmentsIn(Scope.municipality(amstelveenDraft.ownerId()), null);
        assertTrue(agreementsOf(own).contains(amstelveenDraft.id()), "a municipality sees its own drafts");
        assertTrue(own.stream().allMatch(c -> c.ownerId() == amstelveenDraft.ownerId()), own.toString());
        Set<Long> all = agreementsOf(agreements.commitmentsIn(Scope.national(), 2025));
        assertTrue(all.containsAll(List.of(amsterdam.id(), utrecht.id(), amstelveenDraft.id())));
        assertFalse(agreementsOf(agreements.commitmentsIn(Scope.national(), 2030)).contains(amsterdam.id()));
    }

    @Test
    void findsManyAtOnce() {
        List<AgreementSummary> found = agreements.findAll(List.of(amsterdam.id(), utrecht.id(), 987654321L));
        assertEquals(Set.of(amsterdam.id(), utrecht.id()), found.stream().map(AgreementSummary::id).collect(Collectors.toSet()));
        assertEquals(2, agreements.findCommitments(List.of(amsterdam.commitmentIds().get(0), utrecht.commitmentIds().get(0))).size());
        assertEquals(List.of(), agreements.findAll(List.of()));
        assertTrue(agreements.activeIn(2025, Scope.national()).stream().anyMatch(a -> a.id() == amsterdam.id()));
        assertEquals(amsterdam.commitmentIds().size(), agreements.commitmentsOf(amsterdam.id()).size());
        assertEquals(2, agreements.adoptedThemes(amsterdam.id()).size());
    }

    @Test
    void theActiveAgreementsOfAScopeAndTheNationalAgreementTheyHangUnder() {
        List<AgreementSummary> inRegion = agreements.activeIn(2025, Scope.region(regionId));
        Set<Long> ids = inRegion.stream().map(AgreementSummary::id).collect(Collectors.toSet());
        assertTrue(ids.containsAll(List.of(amsterdamRegion.id(), amsterdam.id())), "the region's own and its municipalities'");
        assertFalse(ids.contains(utrecht.id()), "another region's");
        assertFalse(ids.contains(amstelveenDraft.id()), "a draft is not active");
        assertTrue(inRegion.stream().allMatch(a -> Long.valueOf(regionId).equals(a.ggdRegionId())), inRegion.toString());

        List<AgreementSummary> own = agreements.activeIn(2025, Scope.municipality(amsterdam.ownerId()));
        assertTrue(own.stream().anyMatch(a -> a.id() == amsterdam.id()));
        assertTrue(own.stream().allMatch(a -> a.ownerId() == amsterdam.ownerId()), own.toString());
        assertTrue(agreements.activeIn(2025, Scope.national()).stream().map(AgreementSummary::id).toList()
                .containsAll(List.of(national.id(), amsterdamRegion.id(), amsterdam.id(), utrecht.id())));
        assertFalse(agreements.activeIn(2031, Scope.region(regionId)).stream().anyMatch(a -> a.id() == amsterdam.id()),
                "a year outside its period");

        List<AgreementSummary> ours = inRegion.stream().filter(a -> a.id() == amsterdamRegion.id() || a.id() == amsterdam.id()).toList();
        assertEquals(Optional.of(national.id()), agreements.nationalAgreementOf(2025, ours), "the one they hang under");
        long newest = agreements.nationalAgreementOf(2025, List.of()).orElseThrow();
        assertTrue(newest >= national.id(), "without agreements in scope: the newest active national one");
        assertEquals(AgreementLevel.NATIONAL, agreements.get(newest).level());
        assertEquals(Optional.empty(), agreements.nationalAgreementOf(1950, List.of()));
    }

    @Test
    void coverageForReporting() {
        Coverage coverage = agreements.coverage(national.id(), 2025, Scope.region(regionId));

        assertEquals(6, coverage.municipalities().size());
        Coverage.Row row = coverage.municipalities().stream().filter(r -> r.code().equals("GM0363")).findFirst().orElseThrow();
        assertTrue(row.cells().values().stream().allMatch(s -> s == CoverageState.ADOPTED_WITH_COMMITMENTS));
        assertThrows(NotFoundException.class, () -> agreements.coverage(amsterdam.id(), 2025, Scope.national()));
    }

    @Test
    void theParentOwnerReviews() {
        Actor ggd = new Actor(1, "ggd", Role.GGD, regionId);
        Actor municipality = new Actor(2, "gemeente", Role.MUNICIPALITY, amsterdam.ownerId());
        Actor vws = new Actor(3, "vws", Role.VWS, national.ownerId());

        assertEquals(amsterdam.id(), access.reviewable(ggd, amsterdam.id()).id());
        assertThrows(ForbiddenException.class, () -> access.reviewable(municipality, amsterdam.id()));
        assertEquals(amsterdamRegion.id(), access.reviewable(vws, amsterdamRegion.id()).id());
        assertEquals(national.id(), access.reviewable(vws, national.id()).id());
        assertThrows(NotFoundException.class, () -> access.readable(new Actor(4, "utrecht", Role.MUNICIPALITY, utrecht.ownerId()), amstelveenDraft.id()));
        assertEquals(Scope.region(regionId), access.scopeOf(ggd));
    }
}
