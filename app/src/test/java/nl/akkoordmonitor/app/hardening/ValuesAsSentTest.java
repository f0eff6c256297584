package nl.akkoordmonitor.app.hardening;

import io.micronaut.http.HttpRequest;
import io.micronaut.http.MediaType;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import nl.akkoordmonitor.app.milestones.AgreementWorld;
import nl.akkoordmonitor.app.milestones.AgreementWorld.Agreement;
import nl.akkoordmonitor.app.milestones.AgreementWorld.Place;
import nl.akkoordmonitor.app.support.ApiResponse;
import nl.akkoordmonitor.app.support.IntegrationTest;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;

import static nl.akkoordmonitor.app.support.Problems.assertProblem;
import static nl.akkoordmonitor.app.support.Problems.violations;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * A value in a request is stored as it was sent or refused with a 400 that names the field: never
 * quietly changed on the way in (40.7 cut to 40, a lone surrogate turned into '?', a date in the
 * year 0 passed to the database).
 */
@MicronautTest(transactional = false)
class ValuesAsSentTest extends IntegrationTest {

    private AgreementWorld world;
    private String user;
    private long commitment;

    @Override
    protected Map<String, String> extraProperties() {
        return Map.of("akkoordmonitor.clock.fixed-instant", "2026-05-01T10:00:00Z");
    }

    @BeforeAll
    void aMunicipalityWithAnAgreement() {
        world = new AgreementWorld(api);
        Place place = world.freshMunicipality();
        Agreement agreement = world.activeLocal(place, 2024, 2026);
        user = world.municipality(place);
        commitment = agreement.commitment();
    }

    @Test
    void aFractionalPercentageIsRefusedNotCut() {
        long milestone = milestone("Nulmeting", "2026-06-30");
        ApiResponse refused = report(milestone, "{\"reportDate\":\"2026-04-01\",\"status\":\"ON_TRACK\",\"percentComplete\":40.7}", "nl");
        assertRefused(refused, "/percentComplete", "geheel getal");
        assertEquals(0, reports(milestone).size(), "nothing was stored");

        assertRefused(report(milestone, "{\"reportDate\":\"2026-04-01\",\"status\":\"ON_TRACK\",\"percentComplete\":40.7}", "en"),
                "/percentComplete", "whole number");
        // 40.0 is the whole number 40, written with a decimal point.
        assertEquals(201, report(milestone, "{\"reportDate\":\"2026-04-01\",\"status\":\"ON_TRACK\",\"percentComplete\":40.0}", "nl").status());
        assertEquals(40, ((Number) reports(milestone).get(0).get("percentComplete")).intValue());
    }

    @Test
    void aLoneSurrogateOrANulInTextIsRefusedAndARealEmojiIsKept() {
        long milestone = milestone("Campagne", "2026-06-30");
        assertRefused(report(milestone, "{\"reportDate\":\"2026-04-01\",\"status\":\"ON_TRACK\",\"percentComplete\":10,"
                + "\"narrative\":\"Gestart \\ud83d\"}", "nl"), "/narrative", "surrogaatteken");
        assertRefused(report(milestone, "{\"reportDate\":\"2026-04-01\",\"status\":\"ON_TRACK\",\"percentComplete\":10,"
                + "\"narrative\":\"Gestart \\u0000\"}", "nl"), "/narrative", "NUL-teken");
        assertRefused(report(milestone, "{\"reportDate\":\"2026-04-01\",\"status\":\"ON_TRACK\",\"percentComplete\":10,"
                + "\"narrative\":\"\\udc00 Gestart\"}", "en"), "/narrative", "lone surrogate");
        assertEquals(0, reports(milestone).size(), "nothing was stored");

        ApiResponse stored = report(milestone, "{\"reportDate\":\"2026-04-01\",\"status\":\"ON_TRACK\",\"percentComplete\":10,"
                + "\"narrative\":\"Gestart \\ud83d\\ude00 met vijf scholen\"}", "nl");
        assertEquals(201, stored.status(), stored.toString());
        assertEquals("Gestart \uD83D\uDE00 met vijf scholen", reports(milestone).get(0).get("narrative"));
    }

    @Test
    void aDateOutsideTheYearsWeKeepIsRefusedInABodyAndInAQuery() {
        for (String far : List.of("1899-12-31", "0000-01-01", "2101-01-01")) {
            ApiResponse refused = api.post(user, "/commitments/" + commitment + "/milestones", Map.of("title", "Ver weg", "dueDate", far));
            assertRefused(refused, "/dueDate", "tussen 1900-01-01 en 2100-12-31");
        }
        // The last day we keep is read; the agreement's own rules then judge it (it ends in 2026).
        assertProblem(api.post(user, "/commitments/" + commitment + "/milestones",
                Map.of("title", "Laatste dag", "dueDate", "2100-12-31")), 422);

        ApiResponse query = api.get(user, "/milestones?dueBefore=0000-01-01");
        assertProblem(query, 400);
        assertEquals("dueBefore", violations(query).get(0).get("field"), query.toString());
        assertTrue(String.valueOf(violations(query).get(0).get("message")).contains("1900"), query.toString());
        assertEquals(200, api.get(user, "/milestones?dueBefore=2026-12-31").status());
    }

    private long milestone(String title, String dueDate) {
        ApiResponse created = api.post(user, "/commitments/" + commitment + "/milestones", Map.of("title", title, "dueDate", dueDate));
        assertEquals(201, created.status(), created.toString());
        return created.id();
    }

    private ApiResponse report(long milestone, String json, String language) {
        return api.send(HttpRequest.POST("/milestones/" + milestone + "/reports", json)
                .contentType(MediaType.APPLICATION_JSON_TYPE).header("Accept-Language", language), user);
    }

    @SuppressWarnings("unchecked")
    private List<Map<String, Object>> reports(long milestone) {
        ApiResponse detail = api.get(user, "/milestones/" + milestone);
        assertEquals(200, detail.status(), detail.toString());
        List<Map<String, Object>> reports = (List<Map<String, Object>>) detail.get("reports");
        return reports == null ? List.of() : reports;
    }

    private static void assertRefused(ApiResponse response, String field, String says) {
        assertProblem(response, 400);
        List<Map<String, Object>> violations = violations(response);
        assertEquals(1, violations.size(), response.toString());
        assertEquals(field, violations.get(0).get("field"), response.toString());
        assertTrue(String.valueOf(violations.get(0).get("message")).contains(says), "says '" + says + "': " + response);
    }
}
