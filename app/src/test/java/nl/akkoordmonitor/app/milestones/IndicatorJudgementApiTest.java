package nl.akkoordmonitor.app.milestones;

import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import nl.akkoordmonitor.app.milestones.AgreementWorld.Agreement;
import nl.akkoordmonitor.app.milestones.AgreementWorld.Place;
import nl.akkoordmonitor.app.support.ApiResponse;
import nl.akkoordmonitor.app.support.IntegrationTest;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import static nl.akkoordmonitor.app.milestones.IndicatorCatalogueApiTest.indicator;
import static nl.akkoordmonitor.app.milestones.IndicatorCatalogueApiTest.measurement;
import static nl.akkoordmonitor.app.support.Problems.assertProblem;
import static nl.akkoordmonitor.app.support.Problems.assertRule;
import static org.junit.jupiter.api.Assertions.assertEquals;

/** Targets on indicators and whether the measurements are on the straight path to them. */
@MicronautTest(transactional = false)
class IndicatorJudgementApiTest extends IntegrationTest {

    private AgreementWorld world;
    private String vws;

    @BeforeAll
    void world() {
        world = new AgreementWorld(api);
        vws = world.vws();
    }

    @Test
    void lowerIsBetterIsOnCourseOnOrBelowThePath() {
        Place place = world.freshMunicipality();
        Agreement agreement = world.activeLocal(place, 2024, 2026);
        String user = world.municipality(place);
        long smoking = api.post(vws, "/indicators", indicator("SMOKING", "LOWER_IS_BETTER", "RISK_FACTOR")).id();
        // From 20% in 2022 to 12% in 2030: one point a year, so 18 in 2024 and 17 in 2025.
        long target = target(user, agreement.id(), smoking, "20", 2022, "12", 2030);
        measure(user, smoking, place.municipalityId(), 2024, "18");
        measure(user, smoking, place.municipalityId(), 2025, "17.5");

        assertJudgement(user, target, 2024, "ON_COURSE", 18.0);
        assertJudgement(user, target, 2025, "OFF_COURSE", 17.0);
        assertJudgement(user, target, 2026, "NO_DATA", 16.0);

        ApiResponse list = api.get(user, "/agreements/" + agreement.id() + "/indicator-targets");
        Map<String, Object> judged = list.items().get(0);
        assertEquals(List.of("ON_COURSE", "OFF_COURSE"), ((List<Map<String, Object>>) judged.get("measurements")).stream().map(m -> m.get("judgement")).toList());
        assertEquals("OFF_COURSE", judged.get("latestJudgement"));
    }

    @Test
    void higherIsBetterIsOnCourseOnOrAboveThePath() {
        Place place = world.freshMunicipality();
        Agreement agreement = world.activeLocal(place, 2024, 2026);
        String user = world.municipality(place);
        long sport = api.post(vws, "/indicators", indicator("SPORT", "HIGHER_IS_BETTER", "OUTCOME")).id();
        // From 50% in 2022 to 66% in 2030: two points a year, so 54 in 2024 and 56 in 2025.
        long target = target(user, agreement.id(), sport, "50", 2022, "66", 2030);
        measure(user, sport, place.municipalityId(), 2024, "54.0");
        measure(user, sport, place.municipalityId(), 2025, "55.9");
        measure(user, sport, place.municipalityId(), 2026, "60");

        assertJudgement(user, target, 2024, "ON_COURSE", 54.0);
        assertJudgement(user, target, 2025, "OFF_COURSE", 56.0);
        assertJudgement(user, target, 2026, "ON_COURSE", 58.0);
        ApiResponse other = api.get(world.municipality(world.freshMunicipality()), "/indicator-targets/" + target + "/judgement?year=2024");
        assertEquals("ON_COURSE", other.get("judgement"), "an ACTIVE agreement's targets are public");
    }

    @Test
    void onlyTheOwnerSetsTargetsAndTheyMustMakeSense() {
        Place place = world.freshMunicipality();
        Agreement agreement = world.activeLocal(place, 2024, 2026);
        String user = world.municipality(place);
        long indicator = api.post(vws, "/indicators", indicator("ALCOHOL", "LOWER_IS_BETTER", "RISK_FACTOR")).id();
        String path = "/agreements/" + agreement.id() + "/indicator-targets";

        assertProblem(api.post(world.municipality(world.freshMunicipality()), path, targetBody(indicator, "30", 2022, "20", 2030)), 403);
        assertRule(api.post(user, path, targetBody(indicator, "30", 2030, "20", 2022)), 422, "TARGET_BEFORE_BASELINE");
        assertProblem(api.post(user, path, targetBody(987654321L, "30", 2022, "20", 2030)), 400);
        ApiResponse created = api.post(user, path, targetBody(indicator, "30", 2022, "20", 2030));
        assertEquals(201, created.status(), created.toString());
        assertProblem(api.post(user, path, targetBody(indicator, "31", 2022, "20", 2030)), 409);

        Map<String, Object> change = targetBody(indicator, "31", 2022, "20", 2030);
        change.put("version", created.get("version"));
        assertProblem(api.put(world.municipality(world.freshMunicipality()), "/indicator-targets/" + created.id(), change), 403);
        assertEquals(200, api.put(user, "/indicator-targets/" + created.id(), change).status());
        assertProblem(api.put(user, "/indicator-targets/" + created.id(), change), 409);
        assertEquals(List.of("CREATE", "UPDATE"), AuditEvents.actionsOf("indicator_target", created.id()));
        assertProblem(api.get(user, "/indicator-targets/" + created.id() + "/judgement"), 400);
    }

    private long target(String token, long agreementId, long indicatorId, String baseline, int baselineYear, String target, int targetYear) {
        ApiResponse created = api.post(token, "/agreements/" + agreementId + "/indicator-targets",
                targetBody(indicatorId, baseline, baselineYear, target, targetYear));
        assertEquals(201, created.status(), created.toString());
        return created.id();
    }

    private static Map<String, Object> targetBody(long indicatorId, String baseline, int baselineYear, String target, int targetYear) {
        Map<String, Object> body = new HashMap<>();
        body.put("indicatorId", indicatorId);
        body.put("baselineValue", baseline);
        body.put("baselineYear", baselineYear);
        body.put("targetValue", target);
        body.put("targetYear", targetYear);
        return body;
    }

    private void measure(String token, long indicator, long organisation, int year, String value) {
        ApiResponse response = api.post(token, "/indicators/" + indicator + "/measurements", measurement(organisation, year, value));
        assertEquals(201, response.status(), response.toString());
    }

    private void assertJudgement(String token, long target, int year, String judgement, double expected) {
        ApiResponse response = api.get(token, "/indicator-targets/" + target + "/judgement?year=" + year);
        assertEquals(200, response.status(), response.toString());
        assertEquals(judgement, response.get("judgement"), response.toString());
        assertEquals(expected, ((Number) response.get("expectedValue")).doubleValue(), 0.00001);
    }
}
