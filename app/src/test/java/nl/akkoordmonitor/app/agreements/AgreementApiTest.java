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

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import static nl.akkoordmonitor.app.support.Problems.assertProblem;
import static nl.akkoordmonitor.app.support.Problems.assertRule;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Creating, reading, listing and signing agreements and what hangs under them, over HTTP. */
@MicronautTest(transactional = false)
class AgreementApiTest extends IntegrationTest {

    private AgreementFixtures fixtures;

    @Override
    protected Map<String, String> extraProperties() {
        return Map.of("akkoordmonitor.clock.fixed-instant", "2026-05-01T10:00:00Z");
    }

    @BeforeAll
    void fixtures() {
        fixtures = new AgreementFixtures(api);
    }

    @Test
    void vwsCreatesANationalDraft() {
        long ministry = fixtures.organisationId("VWS");
        ApiResponse created = api.post(fixtures.vwsToken(), "/agreements", agreement("NATIONAL", "GALA", ministry, null, 2023, 2026));

        assertEquals(201, created.status(), created.toString());
        assertEquals("DRAFT", created.get("status"));
        assertEquals(0, ((Number) created.get("version")).intValue());
        assertNull(created.get("signedOn"));
        ApiResponse fetched = api.get(fixtures.vwsToken(), "/agreements/" + created.id());
        assertEquals(200, fetched.status());
        assertEquals("GALA", fetched.get("title"));
        assertEquals(created.id(), ((Number) fetched.get("nationalId")).longValue());
    }

    @Test
    void signingMakesTheWholeChainActiveOnTheDayOfTheClock() {
        NationalAgreement national = fixtures.nationalAgreement().withThemes(4, 2).signed();
        RegionalAgreement region = fixtures.regionalAgreement("GG3406").under(national).signed();
        LocalAgreement amsterdam = fixtures.localAgreement("GM0363").under(region).signed();

        for (long id : List.of(national.id(), region.id(), amsterdam.id())) {
            ApiResponse fetched = api.get(amsterdam.ownerToken(), "/agreements/" + id);
            assertEquals("ACTIVE", fetched.get("status"), fetched.toString());
            assertEquals("2026-05-01", fetched.get("signedOn"));
        }
        ApiResponse local = api.get(amsterdam.ownerToken(), "/agreements/" + amsterdam.id());
        assertEquals(region.id(), ((Number) local.get("parentId")).longValue());
        assertEquals(national.id(), ((Number) local.get("nationalId")).longValue());
        assertEquals("GG3406", local.get("ggdRegionCode"));
    }

    @Test
    void signingTwiceIsAConflict() {
        NationalAgreement national = fixtures.nationalAgreement().signed();

        assertRule(api.post(national.ownerToken(), "/agreements/" + national.id() + "/sign", Map.of()), 409, "SIGN_ONLY_DRAFT");
    }

    @Test
    void listsFilterByLevelOwnerRegionStatusAndYear() {
        NationalAgreement national = fixtures.nationalAgreement().signed();
        RegionalAgreement amsterdamRegion = fixtures.regionalAgreement("GG3406").under(national).signed();
        LocalAgreement amsterdam = fixtures.localAgreement("GM0363").under(amsterdamRegion).draft();
        String vws = fixtures.vwsToken();

        List<Object> inRegion = ids(api.get(vws, "/agreements?region=GG3406&size=1000"));
        assertTrue(inRegion.contains(amsterdamRegion.id()) && inRegion.contains(amsterdam.id()), inRegion.toString());
        assertFalse(inRegion.contains(national.id()));

        List<Object> localDrafts = ids(api.get(vws, "/agreements?level=LOCAL&status=DRAFT&owner=" + amsterdam.ownerId() + "&size=1000"));
        assertTrue(localDrafts.contains(amsterdam.id()));
        assertFalse(localDrafts.contains(amsterdamRegion.id()));

        assertTrue(ids(api.get(vws, "/agreements?year=2025&level=NATIONAL&size=1000")).contains(national.id()));
        assertFalse(ids(api.get(vws, "/agreements?year=2027&level=NATIONAL&size=1000")).contains(national.id()));
    }

    @Test
    void listsArePaged() {
        NationalAgreement national = fixtures.nationalAgreement().draft();
        for (int i = 0; i < 2; i++) {
            fixtures.nationalAgreement().draft();
        }
        ApiResponse first = api.get(fixtures.vwsToken(), "/agreements?level=NATIONAL&size=2&page=0");
        ApiResponse second = api.get(fixtures.vwsToken(), "/agreements?level=NATIONAL&size=2&page=1");

        assertEquals(2, first.items().size());
        assertTrue(((Number) first.get("totalItems")).longValue() >= 3);
        assertFalse(ids(first).stream().anyMatch(ids(second)::contains));
        assertTrue(national.id() > 0);
    }

    @Test
    void unknownRegionCodeInAFilterIsA400() {
        assertProblem(api.get(fixtures.vwsToken(), "/agreements?region=GG9999"), 400);
    }

    @Test
    void coreThemesBelongToTheNationalAgreementAndAreSharedByItsChildren() {
        NationalAgreement national = fixtures.nationalAgreement().withThemes(3, 1).signed();
        RegionalAgreement region = fixtures.regionalAgreement("GG3406").under(national).draft();

        ApiResponse themes = api.get(region.ownerToken(), "/agreements/" + region.id() + "/core-themes");
        assertEquals(200, themes.status());
        assertEquals(3, themes.items().size());

        ApiResponse onRegional = api.post(region.ownerToken(), "/agreements/" + region.id() + "/core-themes",
                Map.of("code", "EIGEN", "name", "Eigen thema", "binding", false));
        assertRule(onRegional, 422, "CORE_THEMES_ON_NATIONAL");
    }

    @Test
    void aThemeCodeIsUniqueWithinTheNationalAgreement() {
        NationalAgreement national = fixtures.nationalAgreement().withThemes(1, 1).draft();

        ApiResponse again = api.post(national.ownerToken(), "/agreements/" + national.id() + "/core-themes",
                Map.of("code", national.themes().get(0).code(), "name", "Dubbel", "binding", true));
        assertRule(again, 409, "THEME_CODE_UNIQUE");
    }

    @Test
    void adoptionRulesComplyOrExplain() {
        NationalAgreement national = fixtures.nationalAgreement().withThemes(2, 1).signed();
        NationalAgreement otherFrame = fixtures.nationalAgreement().withThemes(1, 1).draft();
        LocalAgreement local = fixtures.localAgreement("GM0344").under(national).draft();
        String token = local.ownerToken();
        String path = "/agreements/" + local.id() + "/adoptions";
        long binding = national.bindingThemes().get(0).id();
        long optional = national.optionalThemes().get(0).id();

        assertRule(api.post(token, path, Map.of("coreThemeId", binding, "deviation", true)), 422, "DEVIATION_NEEDS_JUSTIFICATION");
        assertRule(api.post(token, path, Map.of("coreThemeId", optional, "deviation", true, "justification", "Geen geld")),
                422, "DEVIATION_ONLY_FROM_BINDING");
        assertRule(api.post(token, path, Map.of("coreThemeId", binding)), 422, "AMBITION_REQUIRED");
        assertRule(api.post(token, path, Map.of("coreThemeId", otherFrame.themes().get(0).id(), "ambition", "x")),
                422, "THEME_IN_NATIONAL_FRAME");

        ApiResponse adopted = api.post(token, path, Map.of("coreThemeId", binding, "ambition", "Rookvrije generatie"));
        assertEquals(201, adopted.status(), adopted.toString());
        assertEquals(false, adopted.get("deviation"));
        assertRule(api.post(token, path, Map.of("coreThemeId", binding, "ambition", "nog eens")), 409, "THEME_ADOPTED_ONCE");

        ApiResponse list = api.get(token, path);
        assertEquals(1, list.items().size());
    }

    @Test
    void commitmentsCarryTheirValueSetsAndStayInsideTheAgreementPeriod() {
        NationalAgreement national = fixtures.nationalAgreement().withThemes(2, 2).signed();
        LocalAgreement local = fixtures.localAgreement("GM0344").under(national)
                .deviatingFrom(national.bindingThemes().get(1), "Wordt regionaal opgepakt").withCommitment().draft();
        long adoption = local.adoptions().stream().filter(a -> !a.deviation()).findFirst().orElseThrow().id();
        long deviation = local.adoptions().stream().filter(AgreementFixtures.Adoption::deviation).findFirst().orElseThrow().id();
        String path = "/agreements/" + local.id() + "/adoptions/" + adoption + "/commitments";

        ApiResponse commitment = api.get(local.ownerToken(), "/commitments/" + local.commitmentIds().get(0));
        assertEquals(200, commitment.status(), commitment.toString());
        assertEquals(List.of("YOUTH", "STUDENTS"), commitment.get("targetGroups"));
        assertEquals("EDUCATION", commitment.get("livingEnvironment"));
        assertEquals(national.bindingThemes().get(0).code(), commitment.get("coreThemeCode"));
        assertEquals(1, api.get(local.ownerToken(), "/agreements/" + local.id() + "/commitments").items().size());

        Map<String, Object> badGroup = new HashMap<>(AgreementFixtures.commitmentBody("x", local.ownerId(), 2024, 2026));
        badGroup.put("targetGroups", List.of("TEENAGERS"));
        ApiResponse refused = api.post(local.ownerToken(), path, badGroup);
        assertProblem(refused, 400);
        assertTrue(refused.toString().contains("TEENAGERS"), refused.toString());
        assertTrue(refused.toString().contains("field=/targetGroups/0"), refused.toString());

        Map<String, Object> noGroups = new HashMap<>(AgreementFixtures.commitmentBody("x", local.ownerId(), 2024, 2026));
        noGroups.put("targetGroups", List.of());
        ApiResponse empty = api.post(local.ownerToken(), path, noGroups);
        assertProblem(empty, 400);
        assertTrue(empty.toString().contains("targetGroups"), empty.toString());

        assertRule(api.post(local.ownerToken(), path, AgreementFixtures.commitmentBody("Te lang", local.ownerId(), 2024, 2028)),
                422, "PERIOD_INSIDE_AGREEMENT");
        assertRule(api.post(local.ownerToken(), "/agreements/" + local.id() + "/adoptions/" + deviation + "/commitments",
                AgreementFixtures.commitmentBody("Onder afwijking", local.ownerId(), 2024, 2026)), 422, "COMMITMENT_UNDER_ADOPTION");
    }

    @Test
    void partiesTakePartOnceInEachRole() {
        NationalAgreement national = fixtures.nationalAgreement().draft();
        ApiResponse insurer = api.post(fixtures.vwsToken(), "/organisations", Map.of("name", "Zorgverzekeraars Nederland", "type", "HEALTH_INSURER"));
        String path = "/agreements/" + national.id() + "/parties";

        ApiResponse added = api.post(national.ownerToken(), path, Map.of("organisationId", insurer.id(), "role", "FUNDER"));
        assertEquals(201, added.status(), added.toString());
        assertEquals("Zorgverzekeraars Nederland", added.get("organisationName"));
        assertEquals(201, api.post(national.ownerToken(), path, Map.of("organisationId", insurer.id(), "role", "SIGNATORY")).status());
        assertRule(api.post(national.ownerToken(), path, Map.of("organisationId", insurer.id(), "role", "FUNDER")), 409, "PARTY_ONCE_PER_ROLE");
        assertProblem(api.post(national.ownerToken(), path, Map.of("organisationId", insurer.id(), "role", "SPONSOR")), 400);

        assertEquals(2, api.get(national.ownerToken(), path).items().size());
    }

    @Test
    void everyChangeIsInTheHistory() {
        NationalAgreement national = fixtures.nationalAgreement().withThemes(2, 1).signed();

        ApiResponse history = api.get(national.ownerToken(), "/agreements/" + national.id() + "/history");
        assertEquals(200, history.status(), history.toString());
        List<Map<String, Object>> events = history.items();
        List<String> what = events.stream().map(e -> e.get("entity") + ":" + e.get("action")).toList();
        assertEquals(List.of("agreement:CREATE", "core_theme:CREATE", "core_theme:CREATE", "party:CREATE", "agreement:SIGN"), what);
        assertTrue(events.stream().allMatch(e -> e.get("username") != null));
    }

    @Test
    void themesAdoptionsAndPartiesChangeWithTheVersionTheyWereReadAt() {
        NationalAgreement national = fixtures.nationalAgreement().withThemes(2, 1).draft();
        LocalAgreement local = fixtures.localAgreement("GM0344").under(fixtures.nationalAgreement().withThemes(2, 1).signed())
                .withCommitment().draft();
        long theme = national.themes().get(1).id();
        String themePath = "/agreements/" + national.id() + "/core-themes/" + theme;

        ApiResponse madeBinding = api.put(national.ownerToken(), themePath, Map.of("name", "Nu bindend", "binding", true, "version", 0));
        assertEquals(200, madeBinding.status(), madeBinding.toString());
        assertEquals(true, madeBinding.get("binding"));
        assertProblem(api.put(national.ownerToken(), themePath, Map.of("name", "Oud", "binding", false, "version", 0)), 409);

        long adoption = local.adoptions().get(0).id();
        String adoptionPath = "/agreements/" + local.id() + "/adoptions/" + adoption;
        assertRule(api.put(local.ownerToken(), adoptionPath, Map.of("deviation", true, "justification", "Toch niet", "version", 0)),
                422, "DEVIATION_WITHOUT_COMMITMENTS");
        ApiResponse ambition = api.put(local.ownerToken(), adoptionPath, Map.of("ambition", "Scherper", "version", 0));
        assertEquals(200, ambition.status(), ambition.toString());
        assertEquals("Scherper", ambition.get("ambition"));
        assertEquals(1, ((Number) ambition.get("commitments")).intValue());

        ApiResponse party = api.post(local.ownerToken(), "/agreements/" + local.id() + "/parties",
                Map.of("organisationId", local.ownerId(), "role", "EXECUTOR"));
        ApiResponse coordinator = api.put(local.ownerToken(), "/agreements/" + local.id() + "/parties/" + party.id(),
                Map.of("role", "COORDINATOR", "version", 0));
        assertEquals("COORDINATOR", coordinator.get("role"));
        assertProblem(api.put(local.ownerToken(), "/agreements/" + local.id() + "/parties/" + party.id(),
                Map.of("role", "FUNDER", "version", 0)), 409);
    }

    @Test
    void anUnknownAgreementIsA404() {
        assertProblem(api.get(fixtures.vwsToken(), "/agreements/987654321"), 404);
        assertProblem(api.post(fixtures.vwsToken(), "/agreements/987654321/sign", Map.of()), 404);
        assertProblem(api.get(fixtures.vwsToken(), "/commitments/987654321"), 404);
    }

    @Test
    void aMissingFieldIsA400ThatNamesIt() {
        Map<String, Object> body = agreement("NATIONAL", "Zonder jaar", fixtures.organisationId("VWS"), null, 2024, 2026);
        body.remove("firstYear");
        ApiResponse refused = api.post(fixtures.vwsToken(), "/agreements", body);
        assertProblem(refused, 400);
        assertTrue(refused.toString().contains("firstYear"), refused.toString());
    }

    static Map<String, Object> agreement(String level, String title, long ownerId, Long parentId, int first, int last) {
        Map<String, Object> body = new HashMap<>();
        body.put("level", level);
        body.put("title", title);
        body.put("ownerId", ownerId);
        body.put("firstYear", first);
        body.put("lastYear", last);
        if (parentId != null) {
            body.put("parentId", parentId);
        }
        return body;
    }

    static List<Object> ids(ApiResponse page) {
        return page.items().stream().map(i -> (Object) ((Number) i.get("id")).longValue()).toList();
    }
}
