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

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CyclicBarrier;
import java.util.function.Supplier;

import static nl.akkoordmonitor.app.agreements.AgreementApiTest.agreement;
import static nl.akkoordmonitor.app.agreements.BindingThemeCoverageTest.list;
import static nl.akkoordmonitor.app.agreements.BindingThemeCoverageTest.row;
import static nl.akkoordmonitor.app.support.Problems.assertProblem;
import static nl.akkoordmonitor.app.support.Problems.assertRule;
import static nl.akkoordmonitor.app.support.Problems.rules;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Where an agreement may sit, one ACTIVE agreement per owner, amendments with a reason, versions and closing. */
@MicronautTest(transactional = false)
class AgreementRulesTest extends IntegrationTest {

    private AgreementFixtures fixtures;

    @Override
    protected Map<String, String> extraProperties() {
        return Map.of("akkoordmonitor.clock.fixed-instant", "2025-06-01T10:00:00Z");
    }

    @BeforeAll
    void fixtures() {
        fixtures = new AgreementFixtures(api);
    }

    @Test
    void aLocalAgreementOfAMunicipalityOutsideTheParentsRegionIsRefused() {
        NationalAgreement national = fixtures.nationalAgreement().signed();
        RegionalAgreement amsterdamRegion = fixtures.regionalAgreement("GG3406").under(national).signed();
        String utrecht = fixtures.tokenFor("GM0344");

        ApiResponse refused = api.post(utrecht, "/agreements",
                agreement("LOCAL", "Utrecht onder Amsterdam", fixtures.organisationId("GM0344"), amsterdamRegion.id(), 2024, 2026));
        assertRule(refused, 422, "PARENT_IN_OWN_REGION");
        assertTrue(refused.toString().contains("GG2514"), refused.toString());

        ApiResponse directlyNational = api.post(utrecht, "/agreements",
                agreement("LOCAL", "Utrecht onder het rijk", fixtures.organisationId("GM0344"), national.id(), 2024, 2026));
        assertEquals(201, directlyNational.status(), directlyNational.toString());
    }

    @Test
    void aChildPeriodOutsideTheParentsIsRefused() {
        NationalAgreement national = fixtures.nationalAgreement().years(2024, 2026).signed();
        String region = fixtures.tokenFor("GG3406");

        ApiResponse refused = api.post(region, "/agreements",
                agreement("REGIONAL", "Te lang", fixtures.organisationId("GG3406"), national.id(), 2024, 2030));
        assertRule(refused, 422, "PERIOD_INSIDE_PARENT");

        RegionalAgreement regional = fixtures.regionalAgreement("GG3406").under(national).years(2025, 2026).draft();
        ApiResponse body = api.get(region, "/agreements/" + regional.id());
        ApiResponse stretched = api.put(region, "/agreements/" + regional.id(), Map.of("title", "Langer", "firstYear", 2023,
                "lastYear", 2026, "version", body.get("version")));
        assertRule(stretched, 422, "PERIOD_INSIDE_PARENT");
    }

    @Test
    void shorteningAnAgreementBelowItsChildrensYearsIsRefusedAndChangesNothing() {
        NationalAgreement national = fixtures.nationalAgreement().years(2024, 2026).signed();
        RegionalAgreement regional = fixtures.regionalAgreement("GG3406").under(national).years(2025, 2026).draft();
        String path = "/agreements/" + national.id();
        ApiResponse before = api.get(national.ownerToken(), path);

        ApiResponse refused = api.put(national.ownerToken(), path, Map.of("title", "Korter", "firstYear", 2024, "lastYear", 2025,
                "version", before.get("version"), "reason", "Looptijd ingekort na het kabinetsbesluit"));
        assertRule(refused, 422, "PERIOD_COVERS_CHILDREN");
        assertTrue(refused.toString().contains(String.valueOf(regional.id())), "names the child that would fall outside: " + refused);
        ApiResponse after = api.get(national.ownerToken(), path);
        assertEquals(List.of(2024, 2026, before.get("version"), before.get("title")),
                List.of(after.get("firstYear"), after.get("lastYear"), after.get("version"), after.get("title")), "nothing changed");

        // Shortening to the years the child keeps is fine.
        ApiResponse shortened = api.put(national.ownerToken(), path, Map.of("title", "Korter", "firstYear", 2025, "lastYear", 2026,
                "version", before.get("version"), "reason", "Looptijd ingekort na het kabinetsbesluit"));
        assertEquals(200, shortened.status(), shortened.toString());
    }

    @Test
    void aSecondActiveAgreementForTheSameOwnerAndYearsIsRefused() {
        NationalAgreement national = fixtures.nationalAgreement().signed();
        LocalAgreement first = fixtures.localAgreement("GM0384").under(national).signed();
        LocalAgreement second = fixtures.localAgreement("GM0384").under(national).years(2026, 2026).completingBindingThemes().draft();
        api.post(second.ownerToken(), "/agreements/" + second.id() + "/parties", Map.of("organisationId", second.ownerId(), "role", "SIGNATORY"));

        ApiResponse refused = api.post(second.ownerToken(), "/agreements/" + second.id() + "/sign", Map.of());
        assertRule(refused, 422, "ONE_ACTIVE_PER_PROGRAMME_AND_LEVEL");
        assertTrue(refused.toString().contains(String.valueOf(first.id())), refused.toString());

        assertEquals(200, api.post(first.ownerToken(), "/agreements/" + first.id() + "/close", Map.of("reason", "Vervangen")).status());
        assertEquals("ACTIVE", api.post(second.ownerToken(), "/agreements/" + second.id() + "/sign", Map.of()).get("status"));
    }

    @Test
    void stretchingAnActiveAgreementOverAnotherOfTheSameOwnerIsRefused() {
        NationalAgreement national = fixtures.nationalAgreement().signed();
        fixtures.localAgreement("GM0358").under(national).years(2024, 2024).signed();
        LocalAgreement later = fixtures.localAgreement("GM0358").under(national).years(2025, 2026).signed();
        String path = "/agreements/" + later.id();
        Object version = api.get(later.ownerToken(), path).get("version");

        ApiResponse refused = api.put(later.ownerToken(), path, Map.of("title", "Langer", "firstYear", 2024, "lastYear", 2026,
                "version", version, "reason", "Terugwerkende kracht"));
        assertRule(refused, 422, "ONE_ACTIVE_PER_PROGRAMME_AND_LEVEL");
        ApiResponse renamed = api.put(later.ownerToken(), path, Map.of("title", "Gezond Aalsmeer", "firstYear", 2025, "lastYear", 2026,
                "version", version, "reason", "Nieuwe naam"));
        assertEquals(200, renamed.status(), renamed.toString());
        assertEquals("Gezond Aalsmeer", renamed.get("title"));
    }

    @Test
    void theDatabaseKeepsOneActiveAgreementWhenTwoAreSignedAtOnce() throws Exception {
        NationalAgreement national = fixtures.nationalAgreement().signed();
        LocalAgreement existing = fixtures.localAgreement("GM0437").under(national).signed();
        api.post(existing.ownerToken(), "/agreements/" + existing.id() + "/close", Map.of("reason", "Opnieuw"));
        List<LocalAgreement> drafts = new ArrayList<>();
        for (int i = 0; i < 2; i++) {
            LocalAgreement draft = fixtures.localAgreement("GM0437").under(national).completingBindingThemes().draft();
            api.post(draft.ownerToken(), "/agreements/" + draft.id() + "/parties", Map.of("organisationId", draft.ownerId(), "role", "SIGNATORY"));
            drafts.add(draft);
        }

        List<ApiResponse> answers = together(
                () -> api.post(drafts.get(0).ownerToken(), "/agreements/" + drafts.get(0).id() + "/sign", Map.of()),
                () -> api.post(drafts.get(1).ownerToken(), "/agreements/" + drafts.get(1).id() + "/sign", Map.of()));

        assertEquals(List.of(200, 422), answers.stream().map(ApiResponse::status).sorted().toList(), answers.toString());
        ApiResponse active = api.get(fixtures.vwsToken(), "/agreements?status=ACTIVE&level=LOCAL&owner=" + existing.ownerId());
        assertEquals(1, active.items().size(), active.toString());
    }

    @Test
    void aChangeToASignedAgreementNeedsAReasonAndAppearsInTheHistory() {
        NationalAgreement national = fixtures.nationalAgreement().withThemes(3, 1).signed();
        LocalAgreement local = fixtures.localAgreement("GM0451").under(national).signed();
        String token = local.ownerToken();
        String adoptions = "/agreements/" + local.id() + "/adoptions";
        long optional = national.optionalThemes().get(0).id();
        long commitment = local.commitmentIds().get(0);
        Map<String, Object> changedCommitment = AgreementFixtures.commitmentBody("Rookvrije schoolpleinen", local.ownerId(), 2025, 2026);
        changedCommitment.put("version", 0);

        assertRule(api.post(token, adoptions, Map.of("coreThemeId", optional, "ambition", "Meer bewegen")), 422, "REASON_REQUIRED");
        assertRule(api.put(token, "/commitments/" + commitment, changedCommitment), 422, "REASON_REQUIRED");
        assertRule(api.post(token, "/agreements/" + local.id() + "/parties",
                Map.of("organisationId", fixtures.organisationId("GG3406"), "role", "ADVISER")), 422, "REASON_REQUIRED");
        assertRule(api.post(national.ownerToken(), "/agreements/" + national.id() + "/core-themes",
                Map.of("code", "NIEUW" + local.id(), "name", "Nieuw", "binding", false)), 422, "REASON_REQUIRED");
        assertRule(api.put(token, "/agreements/" + local.id(), Map.of("title", "Nieuwe titel", "firstYear", 2024, "lastYear", 2026,
                "version", 1)), 422, "REASON_REQUIRED");

        changedCommitment.put("reason", "Scholen vroegen om een smallere aanpak");
        ApiResponse changed = api.put(token, "/commitments/" + commitment, changedCommitment);
        assertEquals(200, changed.status(), changed.toString());
        assertEquals("Rookvrije schoolpleinen", changed.get("title"));
        assertEquals(201, api.post(token, adoptions, Map.of("coreThemeId", optional, "ambition", "Meer bewegen",
                "reason", "Gemeenteraad nam een motie aan")).status());

        List<Map<String, Object>> history = api.get(fixtures.vwsToken(), "/agreements/" + local.id() + "/history").items();
        Map<String, Object> commitmentChange = history.stream()
                .filter(e -> "commitment".equals(e.get("entity")) && "UPDATE".equals(e.get("action"))).findFirst().orElseThrow();
        assertEquals("Scholen vroegen om een smallere aanpak", commitmentChange.get("reason"));
        assertTrue(String.valueOf((Map<?, ?>) commitmentChange.get("before")).contains("Actie"), commitmentChange.toString());
        assertTrue(String.valueOf((Map<?, ?>) commitmentChange.get("after")).contains("Rookvrije schoolpleinen"));
        assertTrue(((String) commitmentChange.get("username")).startsWith("municipality-"));
        assertTrue(history.stream().anyMatch(e -> "theme_adoption".equals(e.get("entity")) && "Gemeenteraad nam een motie aan".equals(e.get("reason"))));
        assertEquals(1, history.stream().filter(e -> "commitment".equals(e.get("entity")) && "UPDATE".equals(e.get("action"))).count(),
                "refused changes leave no trace");
    }

    @Test
    void aNewBindingThemeAfterSigningShowsAsAGapInCoverage() {
        NationalAgreement national = fixtures.nationalAgreement().withThemes(2, 1).signed();
        LocalAgreement aalsmeer = fixtures.localAgreement("GM0358").under(national).signed();
        LocalAgreement uithoorn = fixtures.localAgreement("GM0451").under(national).signed();

        ApiResponse theme = api.post(national.ownerToken(), "/agreements/" + national.id() + "/core-themes",
                Map.of("code", "GALA5-" + national.id(), "name", "Mentale weerbaarheid", "binding", true,
                        "reason", "Aanvulling mentale gezondheid"));
        assertEquals(201, theme.status(), theme.toString());
        assertEquals(201, api.post(aalsmeer.ownerToken(), "/agreements/" + aalsmeer.id() + "/adoptions",
                Map.of("coreThemeId", theme.id(), "ambition", "Weerbare jeugd", "reason", "Nieuw kernthema")).status());

        ApiResponse coverage = api.get(fixtures.vwsToken(), "/agreements/" + national.id() + "/coverage?year=2025");
        String code = "GALA5-" + national.id();
        assertEquals("ADOPTED_WITHOUT_COMMITMENTS", cells(coverage, "GM0358").get(code));
        assertEquals("NOT_ADOPTED", cells(coverage, "GM0451").get(code));
        assertEquals(false, row(list(coverage, "municipalities"), "GM0358").get("covered"));
        assertEquals(uithoorn.id(), ((Number) row(list(coverage, "municipalities"), "GM0451").get("agreementId")).longValue());
    }

    @Test
    void aStaleVersionIsAConflictAndOfTwoConcurrentUpdatesOneWins() throws Exception {
        NationalAgreement national = fixtures.nationalAgreement().draft();
        String path = "/agreements/" + national.id();
        long version = ((Number) api.get(national.ownerToken(), path).get("version")).longValue();

        List<ApiResponse> answers = together(
                () -> api.put(national.ownerToken(), path, Map.of("title", "Versie A", "firstYear", 2024, "lastYear", 2026, "version", version)),
                () -> api.put(national.ownerToken(), path, Map.of("title", "Versie B", "firstYear", 2024, "lastYear", 2026, "version", version)));

        assertEquals(List.of(200, 409), answers.stream().map(ApiResponse::status).sorted().toList(), answers.toString());
        ApiResponse loser = answers.stream().filter(a -> a.status() == 409).findFirst().orElseThrow();
        assertProblem(loser, 409);
        List<Map<String, Object>> history = api.get(national.ownerToken(), path + "/history").items();
        assertEquals(1, history.stream().filter(e -> "UPDATE".equals(e.get("action"))).count(), history.toString());

        assertProblem(api.put(national.ownerToken(), path, Map.of("title", "Oud", "firstYear", 2024, "lastYear", 2026, "version", version)), 409);
        assertEquals(version + 1, ((Number) api.get(national.ownerToken(), path).get("version")).longValue());
    }

    @Test
    void closingEndsTheLifecycle() {
        NationalAgreement national = fixtures.nationalAgreement().withThemes(1, 1).draft();
        String path = "/agreements/" + national.id();

        assertRule(api.post(national.ownerToken(), path + "/close", Map.of()), 409, "CLOSE_ONLY_ACTIVE");
        assertRule(api.post(national.ownerToken(), path + "/sign", Map.of()), 422, "SIGNATORY_REQUIRED");
        api.post(national.ownerToken(), path + "/parties", Map.of("organisationId", national.ownerId(), "role", "SIGNATORY"));
        // VWS runs several national programmes at once: another ACTIVE national agreement is no obstacle.
        fixtures.nationalAgreement().signed();
        assertEquals("ACTIVE", api.post(national.ownerToken(), path + "/sign", Map.of()).get("status"));

        NationalAgreement signed = fixtures.nationalAgreement().signed();
        ApiResponse closed = api.post(signed.ownerToken(), "/agreements/" + signed.id() + "/close", Map.of("reason", "Opgevolgd door GALA"));
        assertEquals(200, closed.status(), closed.toString());
        assertEquals("CLOSED", closed.get("status"));
        assertEquals("2025-06-01", closed.get("closedOn"));
        assertRule(api.post(signed.ownerToken(), "/agreements/" + signed.id() + "/close", Map.of()), 409, "CLOSE_ONLY_ACTIVE");
        assertRule(api.post(signed.ownerToken(), "/agreements/" + signed.id() + "/core-themes",
                Map.of("code", "LAAT", "name", "Te laat", "binding", false, "reason", "toch")), 409, "AGREEMENT_CLOSED");
        assertRule(api.post(fixtures.tokenFor("GG3406"), "/agreements",
                agreement("REGIONAL", "Onder gesloten", fixtures.organisationId("GG3406"), signed.id(), 2024, 2026)), 422, "PARENT_NOT_CLOSED");
    }

    @Test
    void aChildSignsOnlyUnderAnActiveParent() {
        NationalAgreement national = fixtures.nationalAgreement().withThemes(1, 1).signed();
        RegionalAgreement region = fixtures.regionalAgreement("GG3406").under(national).signed();
        LocalAgreement local = fixtures.localAgreement("GM0362").under(region).completingBindingThemes().draft();
        api.post(local.ownerToken(), "/agreements/" + local.id() + "/parties", Map.of("organisationId", local.ownerId(), "role", "SIGNATORY"));
        api.post(region.ownerToken(), "/agreements/" + region.id() + "/close", Map.of("reason", "Regio herzien"));

        assertRule(api.post(local.ownerToken(), "/agreements/" + local.id() + "/sign", Map.of()), 422, "PARENT_SIGNED");
    }

    private Map<String, Object> cells(ApiResponse coverage, String code) {
        return (Map<String, Object>) row(list(coverage, "municipalities"), code).get("cells");
    }

    /** Sends both requests at the same moment and returns both answers. */
    private static List<ApiResponse> together(Supplier<ApiResponse> a, Supplier<ApiResponse> b) throws Exception {
        CyclicBarrier start = new CyclicBarrier(2);
        CompletableFuture<ApiResponse> first = CompletableFuture.supplyAsync(() -> await(start, a));
        CompletableFuture<ApiResponse> second = CompletableFuture.supplyAsync(() -> await(start, b));
        return List.of(first.get(), second.get());
    }

    private static ApiResponse await(CyclicBarrier start, Supplier<ApiResponse> call) {
        try {
            start.await();
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
        return call.get();
    }
}
