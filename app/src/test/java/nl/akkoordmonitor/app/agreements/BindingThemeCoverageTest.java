package nl.akkoordmonitor.app.agreements;

import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import nl.akkoordmonitor.app.support.AgreementFixtures;
import nl.akkoordmonitor.app.support.AgreementFixtures.LocalAgreement;
import nl.akkoordmonitor.app.support.AgreementFixtures.NationalAgreement;
import nl.akkoordmonitor.app.support.AgreementFixtures.RegionalAgreement;
import nl.akkoordmonitor.app.support.AgreementFixtures.Theme;
import nl.akkoordmonitor.app.support.ApiResponse;
import nl.akkoordmonitor.app.support.IntegrationTest;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;

import static nl.akkoordmonitor.app.support.Problems.assertProblem;
import static nl.akkoordmonitor.app.support.Problems.violations;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The story of issue 3: a national agreement with 8 core themes, 5 binding; a regional agreement
 * under it; two local agreements in that region, one complete and one missing a binding theme.
 * The incomplete one signs only once it explains the missing theme; coverage then shows where
 * every region and municipality stands.
 */
@MicronautTest(transactional = false)
class BindingThemeCoverageTest extends IntegrationTest {

    private AgreementFixtures fixtures;
    private NationalAgreement national;
    private RegionalAgreement region;
    private LocalAgreement amsterdam;
    private LocalAgreement amstelveen;
    private Theme missingTheme;

    @Override
    protected Map<String, String> extraProperties() {
        return Map.of("akkoordmonitor.clock.fixed-instant", "2025-03-01T10:00:00Z");
    }

    @BeforeAll
    void theNationalFrameAndTwoMunicipalities() {
        fixtures = new AgreementFixtures(api);
        national = fixtures.nationalAgreement().withThemes(8, 5).signed();
        region = fixtures.regionalAgreement("GG3406").under(national).signed();
        amsterdam = fixtures.localAgreement("GM0363").under(region).signed();
        List<Theme> binding = national.bindingThemes();
        missingTheme = binding.get(4);
        amstelveen = fixtures.localAgreement("GM0362").under(region)
                .withCommitment(binding.get(0)).withCommitment(binding.get(1)).withCommitment(binding.get(2)).withCommitment(binding.get(3))
                .adopting(national.optionalThemes().get(0))
                .draft();
        api.post(amstelveen.ownerToken(), "/agreements/" + amstelveen.id() + "/parties",
                Map.of("organisationId", amstelveen.ownerId(), "role", "SIGNATORY"));
    }

    @Test
    void anIncompleteAgreementSignsOnlyAfterItExplainsTheMissingThemeAndCoverageShowsEveryCell() {
        String sign = "/agreements/" + amstelveen.id() + "/sign";

        // The check a page shows before signing lists exactly what signing would refuse, in the same shape.
        ApiResponse check = api.get(amstelveen.ownerToken(), "/agreements/" + amstelveen.id() + "/signing-check");
        assertEquals(200, check.status(), check.toString());
        ApiResponse refused = api.post(amstelveen.ownerToken(), sign, Map.of());
        assertProblem(refused, 422);
        assertEquals(violations(refused), check.items());
        // The theme is named in the message; field stays for request fields (sign has no body).
        assertEquals(List.of(Map.of("rule", "BINDING_THEME_NOT_ADOPTED",
                        "message", "Het verplichte thema " + missingTheme.code() + " (" + missingTheme.name() + ") is niet overgenomen: "
                                + "neem het over met ten minste één afspraak, of leg een afwijking vast met een motivering.")),
                violations(refused));
        assertTrue(((String) refused.get("detail")).contains(missingTheme.code()), refused.toString());
        assertEquals("DRAFT", api.get(amstelveen.ownerToken(), "/agreements/" + amstelveen.id()).get("status"));

        ApiResponse deviation = api.post(amstelveen.ownerToken(), "/agreements/" + amstelveen.id() + "/adoptions",
                Map.of("coreThemeId", missingTheme.id(), "deviation", true, "justification", "Regionaal belegd bij de GGD"));
        assertEquals(201, deviation.status(), deviation.toString());
        ApiResponse signed = api.post(amstelveen.ownerToken(), sign, Map.of());
        assertEquals(200, signed.status(), signed.toString());
        assertEquals("ACTIVE", signed.get("status"));
        assertEquals("2025-03-01", signed.get("signedOn"));

        ApiResponse coverage = api.get(fixtures.vwsToken(), "/agreements/" + national.id() + "/coverage?year=2025");
        assertEquals(200, coverage.status(), coverage.toString());
        List<Map<String, Object>> municipalities = list(coverage, "municipalities");
        List<Map<String, Object>> regions = list(coverage, "regions");
        assertEquals(342, municipalities.size());
        assertEquals(25, regions.size());
        assertEquals(national.bindingThemes().stream().map(Theme::code).toList(),
                list(coverage, "themes").stream().map(t -> t.get("code")).toList());

        Map<String, Object> amsterdamRow = row(municipalities, "GM0363");
        assertEquals(amsterdam.id(), ((Number) amsterdamRow.get("agreementId")).longValue());
        assertEquals(allThemes("ADOPTED_WITH_COMMITMENTS"), amsterdamRow.get("cells"));
        assertEquals(true, amsterdamRow.get("covered"));

        Map<String, Object> amstelveenRow = row(municipalities, "GM0362");
        Map<String, String> expected = new java.util.LinkedHashMap<>(allThemes("ADOPTED_WITH_COMMITMENTS"));
        expected.put(missingTheme.code(), "DEVIATION");
        assertEquals(expected, amstelveenRow.get("cells"));
        assertEquals(true, amstelveenRow.get("covered"));

        for (Map<String, Object> other : municipalities) {
            if (!List.of("GM0363", "GM0362").contains(other.get("code"))) {
                assertNull(other.get("agreementId"), other.toString());
                assertEquals(allThemes("NO_ACTIVE_AGREEMENT"), other.get("cells"), other.toString());
                assertEquals(false, other.get("covered"));
            }
        }
        assertEquals(allThemes("ADOPTED_WITH_COMMITMENTS"), row(regions, "GG3406").get("cells"));
        assertEquals(24, regions.stream().filter(r -> r.get("agreementId") == null).count());

        for (Map<String, Object> total : list(coverage, "themeTotals")) {
            Map<String, Object> perMunicipality = (Map<String, Object>) total.get("municipalities");
            boolean explained = total.get("code").equals(missingTheme.code());
            assertEquals(explained ? 1 : 2, number(perMunicipality, "ADOPTED_WITH_COMMITMENTS"), total.toString());
            assertEquals(explained ? 1 : 0, number(perMunicipality, "DEVIATION"), total.toString());
            assertEquals(340, number(perMunicipality, "NO_ACTIVE_AGREEMENT"));
            assertEquals(0, number(perMunicipality, "NOT_ADOPTED") + number(perMunicipality, "ADOPTED_WITHOUT_COMMITMENTS"));
            Map<String, Object> perRegion = (Map<String, Object>) total.get("regions");
            assertEquals(1, number(perRegion, "ADOPTED_WITH_COMMITMENTS"));
            assertEquals(24, number(perRegion, "NO_ACTIVE_AGREEMENT"));
        }

        List<Map<String, Object>> regionTotals = list(coverage, "regionTotals");
        assertEquals(25, regionTotals.size());
        Map<String, Object> amsterdamRegion = row(regionTotals, "GG3406");
        assertEquals(6, number(amsterdamRegion, "municipalities"));
        assertEquals(2, number(amsterdamRegion, "withActiveAgreement"));
        assertEquals(2, number(amsterdamRegion, "covered"));
        assertEquals(region.id(), ((Number) amsterdamRegion.get("regionAgreementId")).longValue());
        Map<String, Object> cells = (Map<String, Object>) amsterdamRegion.get("cells");
        assertEquals(9, number(cells, "ADOPTED_WITH_COMMITMENTS"));
        assertEquals(1, number(cells, "DEVIATION"));
        assertEquals(4 * 5, number(cells, "NO_ACTIVE_AGREEMENT"));
        assertEquals(342, regionTotals.stream().mapToInt(t -> number(t, "municipalities")).sum());

        ApiResponse outsideThePeriod = api.get(fixtures.vwsToken(), "/agreements/" + national.id() + "/coverage?year=2027");
        assertEquals(allThemes("NO_ACTIVE_AGREEMENT"), row(list(outsideThePeriod, "municipalities"), "GM0363").get("cells"));
    }

    @Test
    void aGgdSeesItsRegionAndAMunicipalityItself() {
        ApiResponse forRegion = api.get(region.ownerToken(), "/agreements/" + national.id() + "/coverage?year=2025");
        assertEquals(200, forRegion.status(), forRegion.toString());
        assertEquals(List.of("GG3406"), list(forRegion, "regions").stream().map(r -> r.get("code")).toList());
        assertEquals(6, list(forRegion, "municipalities").size());
        assertTrue(list(forRegion, "municipalities").stream().allMatch(m -> "GG3406".equals(m.get("ggdRegionCode"))));

        ApiResponse forMunicipality = api.get(amsterdam.ownerToken(), "/agreements/" + national.id() + "/coverage?year=2025");
        assertEquals(List.of(), list(forMunicipality, "regions"));
        assertEquals(List.of("GM0363"), list(forMunicipality, "municipalities").stream().map(r -> r.get("code")).toList());
    }

    @Test
    void theYearDefaultsToThisYearOfTheClock() {
        ApiResponse coverage = api.get(fixtures.vwsToken(), "/agreements/" + national.id() + "/coverage");
        assertEquals(2025, number(coverage.body(), "year"));
    }

    @Test
    void coverageIsOfANationalAgreement() {
        assertProblem(api.get(fixtures.vwsToken(), "/agreements/" + region.id() + "/coverage?year=2025"), 422);
        assertProblem(api.get(fixtures.vwsToken(), "/agreements/987654321/coverage?year=2025"), 404);
    }

    private Map<String, String> allThemes(String state) {
        Map<String, String> cells = new java.util.LinkedHashMap<>();
        national.bindingThemes().forEach(t -> cells.put(t.code(), state));
        return cells;
    }

    @SuppressWarnings("unchecked")
    static List<Map<String, Object>> list(ApiResponse response, String key) {
        Object value = response.body().get(key);
        return value == null ? List.of() : (List<Map<String, Object>>) value;
    }

    static Map<String, Object> row(List<Map<String, Object>> rows, String code) {
        return rows.stream().filter(r -> code.equals(r.get("code"))).findFirst().orElseThrow(() -> new AssertionError("no row " + code));
    }

    static int number(Map<String, Object> map, String key) {
        Object value = map.get(key);
        return value == null ? 0 : ((Number) value).intValue();
    }
}
