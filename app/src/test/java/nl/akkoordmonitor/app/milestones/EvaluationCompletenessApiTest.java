package nl.akkoordmonitor.app.milestones;

import io.micronaut.test.annotation.MockBean;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import nl.akkoordmonitor.app.milestones.AgreementWorld.Agreement;
import nl.akkoordmonitor.app.milestones.AgreementWorld.Place;
import nl.akkoordmonitor.app.support.ApiResponse;
import nl.akkoordmonitor.app.support.IntegrationTest;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import static nl.akkoordmonitor.app.support.Problems.assertProblem;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Completeness of the 2025 evaluations (deadline 1 April 2026) in one GGD region: on time,
 * late, missing, returned and accepted, each figure matching the list behind it.
 */
@MicronautTest(transactional = false)
class EvaluationCompletenessApiTest extends IntegrationTest {

    private static final String[] FIGURES = {"EXPECTED", "SUBMITTED", "ON_TIME", "LATE", "AWAITING_REVIEW", "RETURNED", "ACCEPTED", "MISSING"};

    private final MutableClock clock = new MutableClock(Instant.parse("2026-03-20T10:00:00Z"), ZoneId.of("Europe/Amsterdam"));

    private AgreementWorld world;
    private Evaluations evaluations;

    @MockBean(Clock.class)
    Clock clock() {
        return clock;
    }

    @BeforeAll
    void world() {
        world = new AgreementWorld(api);
        evaluations = new Evaluations(api);
    }

    @Test
    void theFiguresOfAYearMatchTheAgreementsBehindThem() {
        List<Place> places = world.freshMunicipalitiesOfOneRegion(6);
        String region = places.get(0).regionCode();
        List<Agreement> agreements = new ArrayList<>();
        List<String> tokens = new ArrayList<>();
        for (Place place : places) {
            agreements.add(world.activeLocal(place, 2024, 2026));
            tokens.add(world.municipality(place));
        }
        String ggd = world.ggd(region);

        // Before the deadline: three submit, one of them is accepted and one returned.
        clock.set("2026-03-20T10:00:00Z");
        long awaiting = submit(tokens.get(0), agreements.get(0));
        long accepted = submit(tokens.get(1), agreements.get(1));
        long returned = submit(tokens.get(2), agreements.get(2));
        // After the deadline: one submits late, one only starts a draft, one does nothing.
        clock.set("2026-04-10T10:00:00Z");
        long late = submit(tokens.get(3), agreements.get(3));
        evaluations.opened(tokens.get(4), agreements.get(4).id(), 2025);
        assertEquals("ACCEPTED", evaluations.transition(ggd, accepted, "accept", null).get("status"));
        assertEquals("RETURNED", evaluations.transition(ggd, returned, "return", "Bevindingen ontbreken per thema").get("status"));

        ApiResponse figures = api.get(ggd, "/evaluations/completeness?year=2025&region=" + region);
        assertEquals(200, figures.status(), figures.toString());
        assertEquals("2026-04-01", figures.get("deadline"));
        Map<String, Set<Long>> lists = new java.util.HashMap<>();
        for (String figure : FIGURES) {
            ApiResponse list = api.get(ggd, "/evaluations/completeness/" + figure + "?year=2025&size=1000&region=" + region);
            assertEquals(200, list.status(), list.toString());
            Set<Long> ids = agreementIds(list);
            assertEquals(number(figures, key(figure)), ids.size(), figure + " does not match its list");
            lists.put(figure, ids);
        }
        long a0 = agreements.get(0).id(), a1 = agreements.get(1).id(), a2 = agreements.get(2).id();
        long a3 = agreements.get(3).id(), a4 = agreements.get(4).id(), a5 = agreements.get(5).id();
        assertTrue(lists.get("EXPECTED").containsAll(List.of(a0, a1, a2, a3, a4, a5)));
        assertMine(lists.get("SUBMITTED"), agreements, a0, a1, a2, a3);
        assertMine(lists.get("ON_TIME"), agreements, a0, a1, a2);
        assertMine(lists.get("LATE"), agreements, a3);
        assertMine(lists.get("AWAITING_REVIEW"), agreements, a0, a3);
        assertMine(lists.get("RETURNED"), agreements, a2);
        assertMine(lists.get("ACCEPTED"), agreements, a1);
        assertMine(lists.get("MISSING"), agreements, a4, a5);
        // The drill-down says why the GGD returned an evaluation.
        assertEquals("Bevindingen ontbreken per thema", row(api.get(ggd, "/evaluations/completeness/RETURNED?year=2025&region=" + region), a2)
                .get("returnReason"));
        assertNull(row(api.get(ggd, "/evaluations/completeness/ACCEPTED?year=2025&region=" + region), a1).get("returnReason"));

        // Whatever else the region holds, the figures add up.
        assertEquals(number(figures, "expected"), number(figures, "submitted") + number(figures, "missing"));
        assertEquals(number(figures, "submitted"), number(figures, "onTime") + number(figures, "late"));
        assertEquals(number(figures, "submitted"), number(figures, "awaitingReview") + number(figures, "returned") + number(figures, "accepted"));

        // One municipality's own view is exact.
        ApiResponse own = api.get(tokens.get(5), "/evaluations/completeness?year=2025");
        assertEquals(1, number(own, "expected"));
        assertEquals(1, number(own, "missing"));
        assertEquals(0, number(own, "submitted"));
        ApiResponse lateOwn = api.get(tokens.get(3), "/evaluations/completeness/LATE?year=2025&size=1000");
        assertEquals(List.of(a3), new ArrayList<>(agreementIds(lateOwn)));

        // Without a year, this year: as the coverage and money overviews answer.
        ApiResponse thisYear = api.get(tokens.get(5), "/evaluations/completeness");
        assertEquals(200, thisYear.status(), thisYear.toString());
        assertEquals(java.time.LocalDate.now().getYear(), number(thisYear, "year"));
        assertEquals(200, api.get(tokens.get(5), "/evaluations/completeness/EXPECTED").status());
        assertEquals(false, api.get(ggd, "/evaluations/" + late).get("submittedOnTime"));
        assertEquals(true, api.get(ggd, "/evaluations/" + awaiting).get("submittedOnTime"));
    }

    @Test
    void completenessIsOnlyForTheScopeYouMaySee() {
        Place place = world.freshMunicipality();
        String municipality = world.municipality(place);
        String otherGgd = world.ggd(world.freshMunicipalityOutside(place.regionCode()).regionCode());

        assertProblem(api.get(municipality, "/evaluations/completeness?year=2025&region=" + place.regionCode()), 403);
        assertProblem(api.get(municipality, "/evaluations/completeness/MISSING?year=2025&region=" + place.regionCode()), 403);
        assertProblem(api.get(otherGgd, "/evaluations/completeness?year=2025&municipality=" + place.municipalityCode()), 403);
        assertProblem(api.get(world.vws(), "/evaluations/completeness/FORGOTTEN?year=2025"), 400);
        assertProblem(api.get(world.vws(), "/evaluations/completeness?year=nonsense"), 400);
        assertEquals(200, api.get(world.vws(), "/evaluations/completeness?year=2025").status());
    }

    private long submit(String token, Agreement agreement) {
        long id = evaluations.opened(token, agreement.id(), 2025);
        evaluations.submitted(token, id);
        return id;
    }

    /** Of the test's own agreements, exactly these are in the list. */
    private static void assertMine(Set<Long> list, List<Agreement> mine, Long... expected) {
        Set<Long> ours = new HashSet<>();
        for (Agreement a : mine) {
            if (list.contains(a.id())) {
                ours.add(a.id());
            }
        }
        assertEquals(Set.of(expected), ours);
    }

    @SuppressWarnings("unchecked")
    private static Set<Long> agreementIds(ApiResponse list) {
        Set<Long> ids = new HashSet<>();
        for (Map<String, Object> row : list.items()) {
            ids.add(((Number) row.get("agreementId")).longValue());
        }
        return ids;
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> row(ApiResponse list, long agreementId) {
        return list.items().stream()
                .filter(row -> ((Number) row.get("agreementId")).longValue() == agreementId).findFirst().orElseThrow();
    }

    private static String key(String figure) {
        return switch (figure) {
            case "ON_TIME" -> "onTime";
            case "AWAITING_REVIEW" -> "awaitingReview";
            default -> figure.toLowerCase();
        };
    }

    private static long number(ApiResponse figures, String key) {
        return ((Number) figures.get(key)).longValue();
    }
}
