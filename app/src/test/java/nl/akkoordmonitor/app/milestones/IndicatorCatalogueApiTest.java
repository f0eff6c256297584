package nl.akkoordmonitor.app.milestones;

import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import nl.akkoordmonitor.app.support.ApiResponse;
import nl.akkoordmonitor.app.support.IntegrationTest;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static nl.akkoordmonitor.app.support.Problems.assertProblem;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

@MicronautTest(transactional = false)
class IndicatorCatalogueApiTest extends IntegrationTest {

    private String vws;
    private long amsterdam;
    private long haarlem;

    @BeforeAll
    void users() {
        vws = api.userFor("VWS", api.organisationId(api.admin(), "VWS"));
        amsterdam = api.organisationId(vws, "GM0363");
        haarlem = api.organisationId(vws, "GM0392");
    }

    @Test
    void vwsAddsAnIndicatorThatEveryoneCanFindInTheCatalogue() {
        ApiResponse created = api.post(vws, "/indicators", indicator("SMOKING_ADULTS", "LOWER_IS_BETTER", "RISK_FACTOR"));

        assertEquals(201, created.status(), created.toString());
        assertEquals("LOWER_IS_BETTER", created.get("direction"));
        String municipality = api.userFor("MUNICIPALITY", amsterdam);
        ApiResponse list = api.get(municipality, "/indicators?family=RISK_FACTOR&source=GGD_GEZONDHEIDSMONITOR&size=1000");
        assertTrue(list.items().stream().anyMatch(i -> i.get("id").equals(created.get("id"))), list.toString());
        assertTrue(list.items().stream().allMatch(i -> "RISK_FACTOR".equals(i.get("family"))));
        assertEquals(List.of("CREATE"), AuditEvents.actionsOf("indicator", created.id()));
    }

    @Test
    void onlyTheMinistryMaintainsTheCatalogue() {
        String municipality = api.userFor("MUNICIPALITY", amsterdam);
        assertProblem(api.post(municipality, "/indicators", indicator("OWN_THING", "HIGHER_IS_BETTER", "OUTCOME")), 403);
    }

    @Test
    void aCodeIsUnique() {
        Map<String, Object> body = indicator("OVERWEIGHT_ADULTS", "LOWER_IS_BETTER", "PREVALENCE");
        assertEquals(201, api.post(vws, "/indicators", body).status());
        assertProblem(api.post(vws, "/indicators", body), 409);
    }

    @Test
    void badInputIsA400ThatNamesTheField() {
        Map<String, Object> body = indicator("WELLBEING", "SIDEWAYS", "OUTCOME");
        ApiResponse response = api.post(vws, "/indicators", body);
        assertProblem(response, 400);
        assertTrue(response.toString().contains("SIDEWAYS"), response.toString());

        Map<String, Object> noUnit = indicator("WELLBEING", "HIGHER_IS_BETTER", "OUTCOME");
        noUnit.remove("unit");
        ApiResponse missing = api.post(vws, "/indicators", noUnit);
        assertProblem(missing, 400);
        assertTrue(missing.toString().contains("unit"), missing.toString());
    }

    @Test
    void anEditWithAStaleVersionIsA409() {
        ApiResponse created = api.post(vws, "/indicators", indicator("ALCOHOL_YOUTH", "LOWER_IS_BETTER", "RISK_FACTOR"));
        Map<String, Object> edit = indicator((String) created.get("code"), "LOWER_IS_BETTER", "RISK_FACTOR");
        edit.put("code", created.get("code"));
        edit.put("name", "Alcoholgebruik jongeren (HBSC)");
        edit.put("version", created.get("version"));
        ApiResponse updated = api.put(vws, "/indicators/" + created.id(), edit);
        assertEquals(200, updated.status(), updated.toString());
        assertEquals("Alcoholgebruik jongeren (HBSC)", updated.get("name"));

        assertProblem(api.put(vws, "/indicators/" + created.id(), edit), 409);
    }

    @Test
    void aMunicipalityRecordsItsOwnValuesButNotAnothersAndCorrectsThem() {
        long indicator = api.post(vws, "/indicators", indicator("SPORT_WEEKLY", "HIGHER_IS_BETTER", "OUTCOME")).id();
        String user = api.userFor("MUNICIPALITY", amsterdam);

        ApiResponse recorded = api.post(user, "/indicators/" + indicator + "/measurements", measurement(amsterdam, 2024, "51.5"));
        assertEquals(201, recorded.status(), recorded.toString());
        assertProblem(api.post(user, "/indicators/" + indicator + "/measurements", measurement(haarlem, 2024, "40")), 403);
        assertProblem(api.post(user, "/indicators/" + indicator + "/measurements", measurement(amsterdam, 2024, "52")), 409);

        ApiResponse corrected = api.put(user, "/measurements/" + recorded.id(), Map.of("value", "52.25", "version", recorded.get("version")));
        assertEquals(200, corrected.status(), corrected.toString());
        assertProblem(api.put(user, "/measurements/" + recorded.id(), Map.of("value", "53", "version", recorded.get("version"))), 409);
        String other = api.userFor("MUNICIPALITY", haarlem);
        assertProblem(api.put(other, "/measurements/" + recorded.id(), Map.of("value", "1", "version", corrected.get("version"))), 403);

        ApiResponse list = api.get(other, "/indicators/" + indicator + "/measurements?organisation=GM0363");
        assertEquals(1, list.items().size());
        assertEquals(52.25, ((Number) list.items().get(0).get("value")).doubleValue());
        assertEquals(List.of("CREATE", "UPDATE"), AuditEvents.actionsOf("measurement", recorded.id()));
    }

    @Test
    void aGgdRecordsForItsOwnMunicipalitiesOnly() {
        long indicator = api.post(vws, "/indicators", indicator("LONELINESS", "LOWER_IS_BETTER", "OUTCOME")).id();
        String ggdAmsterdam = api.userFor("GGD", api.organisationId(vws, "GG3406"));

        assertEquals(201, api.post(ggdAmsterdam, "/indicators/" + indicator + "/measurements", measurement(amsterdam, 2022, "48")).status());
        assertProblem(api.post(ggdAmsterdam, "/indicators/" + indicator + "/measurements", measurement(haarlem, 2022, "45")), 403);
    }

    @Test
    void aMeasurementNeedsAPlausibleYearAndAKnownOrganisation() {
        long indicator = api.post(vws, "/indicators", indicator("CARE_GP", "LOWER_IS_BETTER", "CARE_USE")).id();
        ApiResponse badYear = api.post(vws, "/indicators/" + indicator + "/measurements", measurement(amsterdam, 1800, "3"));
        assertProblem(badYear, 400);
        assertTrue(badYear.toString().contains("year"), badYear.toString());
        assertProblem(api.post(vws, "/indicators/" + indicator + "/measurements", measurement(987654321L, 2024, "3")), 400);
        assertProblem(api.post(vws, "/indicators/987654321/measurements", measurement(amsterdam, 2024, "3")), 404);
    }

    static Map<String, Object> indicator(String code, String direction, String family) {
        Map<String, Object> body = new HashMap<>();
        body.put("code", code + "_" + UUID.randomUUID().toString().substring(0, 6).toUpperCase());
        body.put("name", code.replace('_', ' ').toLowerCase());
        body.put("unit", "%");
        body.put("direction", direction);
        body.put("source", "GGD_GEZONDHEIDSMONITOR");
        body.put("family", family);
        return body;
    }

    static Map<String, Object> measurement(long organisationId, int year, String value) {
        return Map.of("organisationId", organisationId, "year", year, "value", value);
    }
}
