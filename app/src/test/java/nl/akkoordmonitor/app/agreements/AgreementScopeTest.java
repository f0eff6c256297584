package nl.akkoordmonitor.app.agreements;

import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import nl.akkoordmonitor.app.support.AgreementFixtures;
import nl.akkoordmonitor.app.support.AgreementFixtures.LocalAgreement;
import nl.akkoordmonitor.app.support.AgreementFixtures.NationalAgreement;
import nl.akkoordmonitor.app.support.AgreementFixtures.RegionalAgreement;
import nl.akkoordmonitor.app.support.ApiResponse;
import nl.akkoordmonitor.app.support.IntegrationTest;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;

import static nl.akkoordmonitor.app.agreements.AgreementApiTest.agreement;
import static nl.akkoordmonitor.app.agreements.AgreementApiTest.ids;
import static nl.akkoordmonitor.app.support.Problems.assertProblem;
import static nl.akkoordmonitor.app.support.Problems.assertRule;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Each organisation sees the drafts it owns or advises on, and changes only its own agreements. */
@MicronautTest(transactional = false)
class AgreementScopeTest extends IntegrationTest {

    private AgreementFixtures fixtures;
    private NationalAgreement national;
    private RegionalAgreement amsterdamRegion;
    private LocalAgreement amsterdamDraft;
    private String otherMunicipality;
    private String otherRegion;

    @BeforeAll
    void agreements() {
        fixtures = new AgreementFixtures(api);
        national = fixtures.nationalAgreement().withThemes(2, 1).signed();
        amsterdamRegion = fixtures.regionalAgreement("GG3406").under(national).signed();
        amsterdamDraft = fixtures.localAgreement("GM0363").under(amsterdamRegion).withCommitment().draft();
        otherMunicipality = fixtures.tokenFor("GM0344");
        otherRegion = fixtures.tokenFor("GG2514");
    }

    @Test
    void aDraftIsReadByItsOwnerItsRegionAndVwsOnly() {
        String path = "/agreements/" + amsterdamDraft.id();

        assertEquals(200, api.get(amsterdamDraft.ownerToken(), path).status());
        assertEquals(200, api.get(amsterdamRegion.ownerToken(), path).status());
        assertEquals(200, api.get(fixtures.vwsToken(), path).status());
        assertEquals(200, api.get(api.admin(), path).status());
        for (String outsider : List.of(otherMunicipality, otherRegion)) {
            for (String sub : List.of("", "/core-themes", "/adoptions", "/commitments", "/parties", "/history")) {
                ApiResponse hidden = api.get(outsider, path + sub);
                assertProblem(hidden, 404);
                assertFalse(hidden.text().contains(amsterdamDraft.municipalityCode()), hidden.text());
            }
            assertProblem(api.get(outsider, "/commitments/" + amsterdamDraft.commitmentIds().get(0)), 404);
        }
    }

    @Test
    void aGgdReadsTheDraftsOfItsMunicipalitiesAlsoDirectlyUnderTheNationalFrame() {
        LocalAgreement underNational = fixtures.localAgreement("GM0437").under(national).withCommitment().draft();
        String path = "/agreements/" + underNational.id();

        assertEquals(200, api.get(amsterdamRegion.ownerToken(), path).status(), "GM0437 (Ouder-Amstel) lies in GG3406");
        assertTrue(ids(api.get(amsterdamRegion.ownerToken(), "/agreements?level=LOCAL&size=1000")).contains(underNational.id()));
        assertProblem(api.get(otherRegion, path), 404);
        assertFalse(ids(api.get(otherRegion, "/agreements?level=LOCAL&size=1000")).contains(underNational.id()));
    }

    @Test
    void listsLeaveOutDraftsTheCallerMayNotRead() {
        assertFalse(ids(api.get(otherMunicipality, "/agreements?level=LOCAL&size=1000")).contains(amsterdamDraft.id()));
        assertFalse(ids(api.get(otherRegion, "/agreements?region=GG3406&size=1000")).contains(amsterdamDraft.id()));
        assertTrue(ids(api.get(amsterdamRegion.ownerToken(), "/agreements?region=GG3406&size=1000")).contains(amsterdamDraft.id()));
        assertTrue(ids(api.get(otherMunicipality, "/agreements?region=GG3406&size=1000")).contains(amsterdamRegion.id()),
                "a signed agreement is readable by every logged-in user");
    }

    @Test
    void onlyTheOwnerChangesAnAgreementAndWhatHangsUnderIt() {
        long regional = amsterdamRegion.id();
        long adoption = amsterdamRegion.adoptions().get(0).id();
        Map<String, Object> commitment = AgreementFixtures.commitmentBody("Overname", amsterdamRegion.ownerId(), 2024, 2026);
        commitment.put("reason", "poging");
        for (String outsider : List.of(otherMunicipality, otherRegion, amsterdamDraft.ownerToken(), fixtures.vwsToken(), api.admin())) {
            assertProblem(api.put(outsider, "/agreements/" + regional,
                    Map.of("title", "Overgenomen", "firstYear", 2024, "lastYear", 2026, "version", 1, "reason", "poging")), 403);
            assertProblem(api.post(outsider, "/agreements/" + regional + "/adoptions",
                    Map.of("coreThemeId", national.optionalThemes().get(0).id(), "ambition", "x", "reason", "poging")), 403);
            assertProblem(api.post(outsider, "/agreements/" + regional + "/adoptions/" + adoption + "/commitments", commitment), 403);
            assertProblem(api.post(outsider, "/agreements/" + regional + "/parties",
                    Map.of("organisationId", amsterdamRegion.ownerId(), "role", "ADVISER", "reason", "poging")), 403);
            assertProblem(api.post(outsider, "/agreements/" + regional + "/close", Map.of()), 403);
            assertProblem(api.put(outsider, "/commitments/" + amsterdamRegion.commitments().get(0).id(), commitment), 403);
        }
        long party = ((Number) api.get(otherMunicipality, "/agreements/" + regional + "/parties").items()
                .get(0).get("id")).longValue();
        for (String outsider : List.of(otherMunicipality, otherRegion)) {
            assertProblem(api.put(outsider, "/agreements/" + regional + "/adoptions/" + adoption,
                    Map.of("ambition", "Overgenomen", "version", 0, "reason", "poging")), 403);
            assertProblem(api.put(outsider, "/agreements/" + regional + "/parties/" + party,
                    Map.of("role", "FUNDER", "version", 0, "reason", "poging")), 403);
            assertProblem(api.put(outsider, "/agreements/" + national.id() + "/core-themes/" + national.themes().get(0).id(),
                    Map.of("name", "Overgenomen", "binding", false, "version", 0, "reason", "poging")), 403);
        }
        assertProblem(api.post(amsterdamRegion.ownerToken(), "/agreements/" + amsterdamDraft.id() + "/sign", Map.of()), 403);
        assertProblem(api.post(otherRegion, "/agreements/" + national.id() + "/core-themes",
                Map.of("code", "X", "name", "X", "binding", false, "reason", "poging")), 403);
    }

    @Test
    void everyoneCreatesAgreementsOnlyForTheirOwnOrganisation() {
        long ministry = fixtures.organisationId("VWS");
        long amsterdamRegionId = fixtures.organisationId("GG3406");
        long amsterdam = fixtures.organisationId("GM0363");

        assertProblem(api.post(otherRegion, "/agreements", agreement("REGIONAL", "Niet van ons", amsterdamRegionId, national.id(), 2024, 2026)), 403);
        assertProblem(api.post(otherMunicipality, "/agreements", agreement("LOCAL", "Niet van ons", amsterdam, national.id(), 2024, 2026)), 403);
        assertProblem(api.post(otherMunicipality, "/agreements", agreement("NATIONAL", "Eigen nationaal", ministry, null, 2024, 2026)), 403);
        assertProblem(api.post(fixtures.vwsToken(), "/agreements", agreement("REGIONAL", "Voor de regio", amsterdamRegionId, national.id(), 2024, 2026)), 403);
        assertProblem(api.post(api.admin(), "/agreements", agreement("NATIONAL", "Beheerder", ministry, null, 2024, 2026)), 403);
        assertRule(api.post(amsterdamRegion.ownerToken(), "/agreements", agreement("NATIONAL", "Regio als rijk", amsterdamRegionId, null, 2024, 2026)),
                422, "OWNER_MATCHES_LEVEL");
    }

    @Test
    void withoutATokenEveryAgreementEndpointIs401() {
        for (String path : List.of("/agreements", "/agreements/" + amsterdamRegion.id(), "/agreements/" + amsterdamRegion.id() + "/history",
                "/agreements/" + national.id() + "/coverage", "/commitments/" + amsterdamRegion.commitments().get(0).id())) {
            assertProblem(api.get(null, path), 401);
        }
        assertProblem(api.post(null, "/agreements/" + amsterdamRegion.id() + "/sign", Map.of()), 401);
    }

    @Test
    void aDraftParentThatTheCallerCannotSeeDoesNotExistForIt() {
        NationalAgreement draftFrame = fixtures.nationalAgreement().draft();

        ApiResponse refused = api.post(otherRegion, "/agreements",
                agreement("REGIONAL", "Onder een concept", fixtures.organisationId("GG2514"), draftFrame.id(), 2024, 2026));
        assertRule(refused, 422, "PARENT_EXISTS");
    }
}
