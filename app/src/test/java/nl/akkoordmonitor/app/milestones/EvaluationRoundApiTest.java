package nl.akkoordmonitor.app.milestones;

import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import nl.akkoordmonitor.app.milestones.AgreementWorld.Agreement;
import nl.akkoordmonitor.app.milestones.AgreementWorld.Place;
import nl.akkoordmonitor.app.support.AgreementFixtures;
import nl.akkoordmonitor.app.support.ApiResponse;
import nl.akkoordmonitor.app.support.IntegrationTest;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import static nl.akkoordmonitor.app.milestones.Evaluations.history;
import static nl.akkoordmonitor.app.milestones.Evaluations.themes;
import static nl.akkoordmonitor.app.support.Problems.assertProblem;
import static nl.akkoordmonitor.app.support.Problems.assertRule;
import static nl.akkoordmonitor.app.support.Problems.rules;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The yearly evaluation round, on 15 March 2026 (before the 2025 deadline of 1 April 2026). */
@MicronautTest(transactional = false)
class EvaluationRoundApiTest extends IntegrationTest {

    private AgreementWorld world;
    private Evaluations evaluations;

    @Override
    protected Map<String, String> extraProperties() {
        return Map.of("akkoordmonitor.clock.fixed-instant", "2026-03-15T10:00:00Z");
    }

    @BeforeAll
    void world() {
        world = new AgreementWorld(api);
        evaluations = new Evaluations(api);
    }

    @Test
    void aMunicipalitySubmitsItsGgdReturnsItTheMunicipalityResubmitsAndTheGgdAccepts() {
        Place place = world.freshMunicipality();
        Agreement agreement = world.activeLocal(place, 2024, 2026);
        String municipality = world.municipality(place);
        String ggd = world.ggd(place.regionCode());
        long id = evaluations.opened(municipality, agreement.id(), 2025);

        ApiResponse draft = api.get(municipality, "/evaluations/" + id);
        assertEquals("DRAFT", draft.get("status"));
        assertEquals(agreement.commitments().stream().map(AgreementWorld.Commitment::themeCode).sorted().toList(),
                themes(draft).stream().map(t -> (String) t.get("coreThemeCode")).sorted().toList());
        assertEquals("2026-04-01", draft.get("deadline"));

        ApiResponse incomplete = evaluations.submit(municipality, id);
        assertProblem(incomplete, 422);
        assertTrue(rules(incomplete).containsAll(List.of("CONCLUSION_REQUIRED", "RATING_REQUIRED", "FINDINGS_REQUIRED")), incomplete.toString());

        ApiResponse red = evaluations.fillIn(municipality, id, "RED");
        assertEquals(200, red.status(), red.toString());
        assertEquals("Extra inzet buurtsportcoaches", themes(red).get(0).get("steeringActions"));
        ApiResponse submitted = evaluations.submit(municipality, id);
        assertEquals("SUBMITTED", submitted.get("status"), submitted.toString());
        assertEquals(true, submitted.get("submittedOnTime"));
        assertRule(evaluations.submit(municipality, id), 409, "EVALUATION_WRONG_STATE");

        assertRule(evaluations.transition(ggd, id, "return", "  "), 422, "RETURN_REASON_REQUIRED");
        ApiResponse returned = evaluations.transition(ggd, id, "return", "De bijsturing bij rood is te vaag; maak haar concreet");
        assertEquals("RETURNED", returned.get("status"), returned.toString());

        ApiResponse edited = evaluations.fillIn(municipality, id, "AMBER");
        assertEquals(200, edited.status(), edited.toString());
        assertEquals("SUBMITTED", evaluations.submit(municipality, id).get("status"));
        ApiResponse accepted = evaluations.transition(ggd, id, "accept", null);
        assertEquals("ACCEPTED", accepted.get("status"), accepted.toString());

        assertEquals(Arrays.asList(null, "DRAFT", "SUBMITTED", "RETURNED", "SUBMITTED"),
                history(accepted).stream().map(h -> h.get("from")).toList());
        assertEquals(List.of("DRAFT", "SUBMITTED", "RETURNED", "SUBMITTED", "ACCEPTED"),
                history(accepted).stream().map(h -> h.get("to")).toList());
        Map<String, Object> returnStep = history(accepted).get(2);
        assertEquals("De bijsturing bij rood is te vaag; maak haar concreet", returnStep.get("reason"));
        assertEquals(place.regionId(), ((Number) returnStep.get("organisationId")).longValue());
        assertEquals(place.municipalityId(), ((Number) history(accepted).get(1).get("organisationId")).longValue());
        assertTrue(history(accepted).stream().allMatch(h -> h.get("username") != null && h.get("at") != null));
        assertEquals(List.of("CREATE", "UPDATE", "SUBMIT", "RETURN", "UPDATE", "SUBMIT", "ACCEPT"), AuditEvents.actionsOf("evaluation", id));

        // Accepted is read-only.
        assertRule(evaluations.fillIn(municipality, id, "GREEN"), 409, "EVALUATION_READ_ONLY");
        assertRule(evaluations.submit(municipality, id), 409, "EVALUATION_READ_ONLY");
        assertRule(evaluations.transition(ggd, id, "return", "Toch nog iets"), 409, "EVALUATION_READ_ONLY");
        assertEquals("AMBER", themes(api.get(ggd, "/evaluations/" + id)).get(0).get("rating"));
    }

    @Test
    void aMunicipalityCannotReviewItsOwnEvaluationNorAGgdOneOutsideItsRegion() {
        Place place = world.freshMunicipality();
        Agreement agreement = world.activeLocal(place, 2024, 2026);
        String municipality = world.municipality(place);
        long id = evaluations.opened(municipality, agreement.id(), 2025);
        evaluations.submitted(municipality, id);
        String otherGgd = world.ggd(world.freshMunicipalityOutside(place.regionCode()).regionCode());

        assertProblem(evaluations.transition(municipality, id, "accept", null), 403);
        assertProblem(evaluations.transition(municipality, id, "return", "Zelf terugsturen"), 403);
        assertProblem(evaluations.transition(otherGgd, id, "accept", null), 403);
        assertProblem(evaluations.transition(otherGgd, id, "return", "Niet van ons"), 403);
        assertEquals("SUBMITTED", api.get(municipality, "/evaluations/" + id).get("status"));
        assertEquals(List.of("CREATE", "UPDATE", "SUBMIT"), AuditEvents.actionsOf("evaluation", id));
    }

    @Test
    void otherOrganisationsNeitherSeeNorChangeAnEvaluation() {
        Place place = world.freshMunicipality();
        Agreement agreement = world.activeLocal(place, 2024, 2026);
        String municipality = world.municipality(place);
        long id = evaluations.opened(municipality, agreement.id(), 2025);
        Place elsewhere = world.freshMunicipalityOutside(place.regionCode());
        String other = world.municipality(elsewhere);
        String neighbour = world.municipality(world.freshMunicipalityIn(place.regionCode()));

        assertProblem(api.get(other, "/evaluations/" + id), 404);
        assertProblem(api.get(neighbour, "/evaluations/" + id), 404);
        assertProblem(api.get(other, "/agreements/" + agreement.id() + "/evaluations"), 403);
        assertProblem(evaluations.fillIn(other, id, "GREEN"), 403);
        assertProblem(evaluations.submit(other, id), 403);
        assertProblem(evaluations.open(other, agreement.id(), 2026), 403);
        assertEquals(200, api.get(world.ggd(place.regionCode()), "/evaluations/" + id).status());
        assertEquals(200, api.get(world.vws(), "/evaluations/" + id).status());
        assertEquals(1, api.get(municipality, "/agreements/" + agreement.id() + "/evaluations").items().size());
    }

    @Test
    void oneEvaluationPerAgreementAndYearInsideItsPeriod() {
        Place place = world.freshMunicipality();
        Agreement agreement = world.activeLocal(place, 2024, 2026);
        String municipality = world.municipality(place);
        evaluations.opened(municipality, agreement.id(), 2024);

        assertProblem(evaluations.open(municipality, agreement.id(), 2024), 409);
        assertRule(evaluations.open(municipality, agreement.id(), 2027), 422, "YEAR_OUTSIDE_PERIOD");
        assertProblem(evaluations.open(municipality, agreement.id(), 1999), 400);
        Place draftPlace = world.freshMunicipality();
        Agreement draft = world.draftLocal(draftPlace, 2024, 2026);
        assertRule(evaluations.open(world.municipality(draftPlace), draft.id(), 2025), 422, "AGREEMENT_NOT_SIGNED");
    }

    @Test
    void editsNeedTheCurrentVersionAndKnownThemes() {
        Place place = world.freshMunicipality();
        Agreement agreement = world.activeLocal(place, 2024, 2026);
        String municipality = world.municipality(place);
        long id = evaluations.opened(municipality, agreement.id(), 2025);
        ApiResponse current = api.get(municipality, "/evaluations/" + id);

        Map<String, Object> unknownTheme = new HashMap<>();
        unknownTheme.put("coreThemeCode", "NO_SUCH_THEME");
        unknownTheme.put("rating", "GREEN");
        assertRule(api.put(municipality, "/evaluations/" + id, Map.of("version", current.get("version"), "themes", List.of(unknownTheme))),
                422, "UNKNOWN_THEME");
        Map<String, Object> badRating = new HashMap<>(unknownTheme);
        badRating.put("coreThemeCode", agreement.theme());
        badRating.put("rating", "PURPLE");
        assertProblem(api.put(municipality, "/evaluations/" + id, Map.of("version", current.get("version"), "themes", List.of(badRating))), 400);

        assertEquals(200, api.put(municipality, "/evaluations/" + id, Map.of("version", current.get("version"), "generalConclusion", "Eerste versie")).status());
        assertRule(api.put(municipality, "/evaluations/" + id, Map.of("version", current.get("version"), "generalConclusion", "Tweede versie")),
                409, "STALE_VERSION");
        assertEquals("Eerste versie", api.get(municipality, "/evaluations/" + id).get("generalConclusion"));
        List<String> rules = new ArrayList<>(rules(evaluations.transition(municipality, id, "submit", null)));
        assertTrue(rules.contains("RATING_REQUIRED"), rules.toString());
    }

    @Test
    void aThemeAdoptedAfterTheEvaluationStartedMustBeEvaluatedToo() {
        Place place = world.freshMunicipality();
        Agreement agreement = world.activeLocal(place, 2024, 2026);
        String municipality = world.municipality(place);
        long id = evaluations.opened(municipality, agreement.id(), 2025);
        assertEquals(200, evaluations.fillIn(municipality, id, "GREEN").status());
        AgreementFixtures.Theme extra = world.optionalTheme();
        ApiResponse adopted = api.post(municipality, "/agreements/" + agreement.id() + "/adoptions", Map.of("coreThemeId", extra.id(),
                "ambition", "Ook dit thema oppakken", "reason", "Wijziging na de tussenevaluatie"));
        assertEquals(201, adopted.status(), adopted.toString());

        ApiResponse refused = evaluations.submit(municipality, id);
        assertRule(refused, 422, "RATING_REQUIRED");
        assertTrue(refused.toString().contains(extra.code()), refused.toString());
        assertEquals(200, evaluations.fillIn(municipality, id, "GREEN").status());
        ApiResponse submitted = evaluations.submit(municipality, id);
        assertEquals("SUBMITTED", submitted.get("status"), submitted.toString());
        assertEquals(agreement.commitments().size() + 1, themes(submitted).size());
    }

    @Test
    void theGgdSubmitsItsRegionalEvaluationAndVwsReviewsIt() {
        Place place = world.freshMunicipality();
        Agreement regional = world.activeRegional(place.regionCode());
        String ggd = world.ggd(place.regionCode());
        long id = evaluations.opened(ggd, regional.id(), 2025);
        evaluations.submitted(ggd, id);

        assertProblem(evaluations.transition(ggd, id, "accept", null), 403);
        ApiResponse accepted = evaluations.transition(world.vws(), id, "accept", null);
        assertEquals("ACCEPTED", accepted.get("status"), accepted.toString());
        assertNotNull(accepted.get("acceptedAt"));
    }

    @Test
    void theDeadlineIsTheFirstOfAprilUnlessVwsSetsAnother() {
        String vws = world.vws();
        ApiResponse standard = api.get(vws, "/evaluation-deadlines/2031");
        assertEquals("2032-04-01", standard.get("deadline"));
        assertEquals(false, standard.get("configured"));

        ApiResponse set = api.put(vws, "/evaluation-deadlines/2031", Map.of("deadline", "2032-05-15"));
        assertEquals(200, set.status(), set.toString());
        assertEquals("2032-05-15", api.get(vws, "/evaluation-deadlines/2031").get("deadline"));
        assertRule(api.put(vws, "/evaluation-deadlines/2031", Map.of("deadline", "2031-12-01", "version", set.get("version"))), 422,
                "DEADLINE_BEFORE_YEAR_END");
        assertProblem(api.put(vws, "/evaluation-deadlines/2031", Map.of("deadline", "2032-06-01", "version", 99)), 409);
        assertProblem(api.put(world.municipality(world.freshMunicipality()), "/evaluation-deadlines/2031", Map.of("deadline", "2032-06-01")), 403);
    }
}
