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

import static nl.akkoordmonitor.app.support.Problems.assertProblem;
import static nl.akkoordmonitor.app.support.Problems.assertRule;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Milestones and their progress reports, on 1 May 2026. */
@MicronautTest(transactional = false)
class MilestoneProgressApiTest extends IntegrationTest {

    private AgreementWorld world;

    @Override
    protected Map<String, String> extraProperties() {
        return Map.of("akkoordmonitor.clock.fixed-instant", "2026-05-01T10:00:00Z");
    }

    @BeforeAll
    void world() {
        world = new AgreementWorld(api);
    }

    @Test
    void theStateFollowsTheNewestReportAndACorrectionKeepsTheHistory() {
        Place place = world.freshMunicipality();
        Agreement agreement = world.activeLocal(place, 2024, 2026);
        String user = world.municipality(place);
        long milestone = milestone(user, agreement.commitment(), "Rookvrije schoolpleinen bij alle basisscholen", "2026-06-30");

        assertEquals("NOT_STARTED", state(user, milestone));
        assertEquals("ON_TRACK", stateAfter(user, milestone, report("2026-02-01", "ON_TRACK", 20, "Gestart met vijf scholen")));
        assertEquals("AT_RISK", stateAfter(user, milestone, report("2026-04-01", "AT_RISK", 40, "Twee scholen haken af")));
        // The AT_RISK report was a mistake: the correction is a new report of the same date.
        assertEquals("ON_TRACK", stateAfter(user, milestone, report("2026-04-01", "ON_TRACK", 45, "Correctie: scholen doen toch mee")));

        ApiResponse detail = api.get(user, "/milestones/" + milestone);
        List<Map<String, Object>> reports = reports(detail);
        assertEquals(List.of("ON_TRACK", "AT_RISK", "ON_TRACK"), reports.stream().map(r -> r.get("status")).toList());
        assertEquals("Correctie: scholen doen toch mee", reports.get(0).get("narrative"));
        assertEquals(45, ((Number) milestoneOf(detail).get("percentComplete")).intValue());
        assertEquals("Correctie: scholen doen toch mee", milestoneOf(detail).get("latestNarrative"));

        assertEquals("ACHIEVED", stateAfter(user, milestone, report("2026-04-30", "ACHIEVED", 100, "Alle scholen rookvrij")));
        assertEquals(4, reports(api.get(user, "/milestones/" + milestone)).size());
        assertEquals(List.of("CREATE"), AuditEvents.actionsOf("milestone", milestone));
        for (Map<String, Object> stored : reports(api.get(user, "/milestones/" + milestone))) {
            assertEquals(List.of("CREATE"), AuditEvents.actionsOf("progress_report", stored.get("id")));
        }
    }

    @Test
    void aMilestonePastItsDueDateIsOverdueUnlessAchievedOrCancelled() {
        Place place = world.freshMunicipality();
        Agreement agreement = world.activeLocal(place, 2024, 2026);
        String user = world.municipality(place);
        long neverReported = milestone(user, agreement.commitment(), "Plan van aanpak", "2026-04-30");
        long delayed = milestone(user, agreement.commitment(), "Nulmeting", "2026-03-31");
        long dueToday = milestone(user, agreement.commitment(), "Startbijeenkomst", "2026-05-01");
        long achieved = milestone(user, agreement.commitment(), "Werkgroep ingesteld", "2026-01-31");
        long cancelled = milestone(user, agreement.commitment(), "Campagne", "2026-02-28");

        assertEquals("OVERDUE", state(user, neverReported));
        assertEquals("OVERDUE", stateAfter(user, delayed, report("2026-03-15", "DELAYED", 60, "Vertraagd door personeelstekort")));
        assertEquals("NOT_STARTED", state(user, dueToday));
        assertEquals("ON_TRACK", stateAfter(user, dueToday, report("2026-04-28", "ON_TRACK", 90, null)));
        assertEquals("ACHIEVED", stateAfter(user, achieved, report("2026-01-20", "ACHIEVED", 100, null)));
        assertEquals("CANCELLED", stateAfter(user, cancelled, report("2026-02-01", "CANCELLED", 10, "Budget vervallen")));

        ApiResponse overdue = api.get(user, "/milestones?agreement=" + agreement.id() + "&state=OVERDUE");
        assertEquals(List.of(delayed, neverReported), ids(overdue));
    }

    @Test
    void aMunicipalityCanSayAMilestoneHasNotStartedButNotWithProgress() {
        Place place = world.freshMunicipality();
        Agreement agreement = world.activeLocal(place, 2024, 2026);
        String user = world.municipality(place);
        long milestone = milestone(user, agreement.commitment(), "Valpreventie in de wijk", "2026-11-30");

        assertEquals("NOT_STARTED", stateAfter(user, milestone, report("2026-04-15", "NOT_STARTED", 0, "Start na de zomer")));
        assertEquals("NOT_STARTED", reports(api.get(user, "/milestones/" + milestone)).get(0).get("status"));

        ApiResponse started = api.post(user, "/milestones/" + milestone + "/reports", report("2026-04-20", "NOT_STARTED", 20, null));
        assertRule(started, 422, "NOT_STARTED_WITH_PROGRESS");
    }

    @Test
    void aBackdatedReportDoesNotReplaceANewerOne() {
        Place place = world.freshMunicipality();
        Agreement agreement = world.activeLocal(place, 2024, 2026);
        String user = world.municipality(place);
        long milestone = milestone(user, agreement.commitment(), "Sportakkoord uitvoeren", "2026-12-31");

        stateAfter(user, milestone, report("2026-04-20", "DELAYED", 30, "Loopt achter"));
        assertEquals("DELAYED", stateAfter(user, milestone, report("2026-04-01", "ON_TRACK", 25, "Nagekomen melding van april")));
        assertEquals(List.of("2026-04-20", "2026-04-01"), reports(api.get(user, "/milestones/" + milestone)).stream().map(r -> r.get("reportDate")).toList());
    }

    @Test
    void aRepeatedReportWithTheSameKeyIsStoredOnce() {
        Place place = world.freshMunicipality();
        Agreement agreement = world.activeLocal(place, 2024, 2026);
        String user = world.municipality(place);
        long milestone = milestone(user, agreement.commitment(), "Preventiecoalitie", "2026-09-30");
        Map<String, Object> body = report("2026-04-15", "ON_TRACK", 50, "Halverwege");
        body.put("idempotencyKey", "mobile-app-7f3a");

        ApiResponse first = api.post(user, "/milestones/" + milestone + "/reports", body);
        ApiResponse second = api.post(user, "/milestones/" + milestone + "/reports", body);

        assertEquals(201, first.status(), first.toString());
        assertEquals(200, second.status(), second.toString());
        assertEquals(reportOf(first).get("id"), reportOf(second).get("id"));
        assertEquals(1, reports(api.get(user, "/milestones/" + milestone)).size());
    }

    @Test
    void badReportsAreRefusedWithTheFieldOrRule() {
        Place place = world.freshMunicipality();
        Agreement agreement = world.activeLocal(place, 2024, 2026);
        String user = world.municipality(place);
        long milestone = milestone(user, agreement.commitment(), "Gezonde kantine", "2026-10-31");
        String path = "/milestones/" + milestone + "/reports";

        ApiResponse tooMuch = api.post(user, path, report("2026-04-15", "ON_TRACK", 101, null));
        assertProblem(tooMuch, 400);
        assertTrue(tooMuch.toString().contains("percentComplete"), tooMuch.toString());
        assertProblem(api.post(user, path, report("2026-04-15", "ALMOST_DONE", 90, null)), 400);
        assertRule(api.post(user, path, report("2026-04-15", "ACHIEVED", 80, null)), 422, "ACHIEVED_NOT_COMPLETE");
        assertRule(api.post(user, path, report("2026-05-02", "ON_TRACK", 50, null)), 422, "REPORT_DATE_IN_FUTURE");
        assertEquals(0, reports(api.get(user, "/milestones/" + milestone)).size());
    }

    @Test
    void badMilestonesAreRefusedWithTheFieldOrRule() {
        Place place = world.freshMunicipality();
        Agreement agreement = world.activeLocal(place, 2024, 2026);
        String user = world.municipality(place);
        String path = "/commitments/" + agreement.commitment() + "/milestones";

        ApiResponse noTitle = api.post(user, path, Map.of("dueDate", "2026-06-30"));
        assertProblem(noTitle, 400);
        assertTrue(noTitle.toString().contains("title"), noTitle.toString());
        assertRule(api.post(user, path, Map.of("title", "Na de looptijd", "dueDate", "2027-03-01")), 422, "DUE_DATE_OUTSIDE_COMMITMENT");
        assertProblem(api.post(user, path, Map.of("title", "Onbekende uitvoerder", "dueDate", "2026-03-01",
                "responsibleOrganisationId", 987654321)), 400);
        assertProblem(api.post(user, "/commitments/987654321/milestones", Map.of("title", "Nergens onder", "dueDate", "2026-03-01")), 404);
    }

    @Test
    void anotherOrganisationCannotPlanReportOrSeeDrafts() {
        Place place = world.freshMunicipality();
        Agreement agreement = world.activeLocal(place, 2024, 2026);
        String owner = world.municipality(place);
        long milestone = milestone(owner, agreement.commitment(), "Buurtsportcoaches", "2026-06-30");
        Place elsewhere = world.freshMunicipalityOutside(place.regionCode());
        String other = world.municipality(elsewhere);
        String otherGgd = world.ggd(elsewhere.regionCode());

        assertProblem(api.post(other, "/commitments/" + agreement.commitment() + "/milestones", Map.of("title", "Kaping", "dueDate", "2026-06-30")), 403);
        assertProblem(api.post(other, "/milestones/" + milestone + "/reports", report("2026-04-15", "ACHIEVED", 100, null)), 403);
        assertProblem(api.post(otherGgd, "/milestones/" + milestone + "/reports", report("2026-04-15", "ACHIEVED", 100, null)), 403);
        ApiResponse detail = api.get(owner, "/milestones/" + milestone);
        assertProblem(api.put(other, "/milestones/" + milestone, Map.of("title", "Kaping", "dueDate", "2026-06-30",
                "version", milestoneOf(detail).get("version"))), 403);
        assertEquals(0, reports(api.get(owner, "/milestones/" + milestone)).size());

        Place draftPlace = world.freshMunicipalityOutside(elsewhere.regionCode());
        Agreement draft = world.draftLocal(draftPlace, 2024, 2026);
        String draftOwner = world.municipality(draftPlace);
        long draftMilestone = milestone(draftOwner, draft.commitment(), "Conceptmijlpaal", "2026-06-30");
        assertProblem(api.get(other, "/milestones/" + draftMilestone), 404);
        assertProblem(api.post(other, "/milestones/" + draftMilestone + "/reports", report("2026-04-15", "ON_TRACK", 10, null)), 404);
        assertProblem(api.get(other, "/milestones/987654321"), 404);
        assertEquals(List.of(), ids(api.get(other, "/milestones?agreement=" + draft.id())));
    }

    @Test
    void anEditWithAStaleVersionIsA409() {
        Place place = world.freshMunicipality();
        Agreement agreement = world.activeLocal(place, 2024, 2026);
        String user = world.municipality(place);
        long milestone = milestone(user, agreement.commitment(), "Valpreventie ouderen", "2026-06-30");
        Object version = milestoneOf(api.get(user, "/milestones/" + milestone)).get("version");

        ApiResponse moved = api.put(user, "/milestones/" + milestone, Map.of("title", "Valpreventie ouderen", "dueDate", "2026-09-30", "version", version));
        assertEquals(200, moved.status(), moved.toString());
        assertEquals("2026-09-30", moved.get("dueDate"));
        assertProblem(api.put(user, "/milestones/" + milestone, Map.of("title", "Valpreventie", "dueDate", "2026-10-31", "version", version)), 409);
        assertEquals(List.of("CREATE", "UPDATE"), AuditEvents.actionsOf("milestone", milestone));
    }

    @Test
    void listsFilterByRegionMunicipalityThemeStateAndDueDateWithPaging() {
        Place first = world.freshMunicipality();
        Place neighbour = world.freshMunicipalityIn(first.regionCode());
        Place far = world.freshMunicipalityOutside(first.regionCode());
        Agreement a = world.activeLocal(first, 2024, 2026);
        Agreement b = world.activeLocal(neighbour, 2024, 2026);
        Agreement c = world.activeLocal(far, 2024, 2026);
        String userA = world.municipality(first);
        long a1 = milestone(userA, a.commitments().get(0).id(), "A1", "2026-03-31");
        long a2 = milestone(userA, a.commitments().get(1).id(), "A2", "2026-08-31");
        long b1 = milestone(world.municipality(neighbour), b.commitment(), "B1", "2026-06-30");
        long c1 = milestone(world.municipality(far), c.commitment(), "C1", "2026-06-30");
        String vws = world.vws();

        List<Long> region = ids(api.get(vws, "/milestones?region=" + first.regionCode() + "&size=1000"));
        assertTrue(region.containsAll(List.of(a1, a2, b1)) && !region.contains(c1), region.toString());
        assertEquals(List.of(a1, a2), ids(api.get(vws, "/milestones?municipality=" + first.municipalityCode())));
        assertEquals(List.of(a2), ids(api.get(vws, "/milestones?municipality=" + first.municipalityCode() + "&theme=" + a.commitments().get(1).themeCode())));
        assertEquals(List.of(a1), ids(api.get(vws, "/milestones?agreement=" + a.id() + "&state=OVERDUE")));
        assertEquals(List.of(a2), ids(api.get(vws, "/milestones?agreement=" + a.id() + "&dueAfter=2026-04-01")));
        assertEquals(List.of(a1), ids(api.get(vws, "/milestones?agreement=" + a.id() + "&dueBefore=2026-03-31")));

        ApiResponse page = api.get(vws, "/milestones?municipality=" + first.municipalityCode() + "&size=1&page=1");
        assertEquals(List.of(a2), ids(page));
        assertEquals(2, ((Number) page.get("totalItems")).intValue());
        assertEquals(2, ((Number) page.get("totalPages")).intValue());

        // A municipality's list covers only itself, a GGD's only its region.
        assertEquals(List.of(a1, a2), ids(api.get(userA, "/milestones?region=" + first.regionCode() + "&size=1000"))
                .stream().filter(id -> List.of(a1, a2, b1, c1).contains(id)).toList());
        List<Long> ggd = ids(api.get(world.ggd(first.regionCode()), "/milestones?size=1000"));
        assertTrue(ggd.containsAll(List.of(a1, a2, b1)) && !ggd.contains(c1), ggd.toString());

        assertProblem(api.get(vws, "/milestones?region=GG9999"), 400);
        assertProblem(api.get(vws, "/milestones?state=LATE"), 400);
        assertProblem(api.get(vws, "/milestones?dueBefore=31-12-2026"), 400);
    }

    @Test
    void theOverviewCountsMilestonesPerThemeAndStateForAScope() {
        Place place = world.freshMunicipality();
        Agreement agreement = world.activeLocal(place, 2024, 2026);
        String user = world.municipality(place);
        String themeA = agreement.commitments().get(0).themeCode();
        String themeB = agreement.commitments().get(1).themeCode();
        milestone(user, agreement.commitments().get(0).id(), "Te laat", "2026-01-31");
        long onTrack = milestone(user, agreement.commitments().get(0).id(), "Op koers", "2026-10-31");
        stateAfter(user, onTrack, report("2026-04-01", "ON_TRACK", 30, null));
        milestone(user, agreement.commitments().get(1).id(), "Nog niet begonnen", "2026-11-30");

        ApiResponse overview = api.get(user, "/milestones/overview");
        assertEquals(200, overview.status(), overview.toString());
        assertEquals("MUNICIPALITY", ((Map<?, ?>) overview.get("scope")).get("level"));
        assertEquals(3, ((Number) overview.get("total")).intValue());
        Map<String, Map<String, Object>> themes = themes(overview);
        assertEquals(1, count(themes.get(themeA), "OVERDUE"));
        assertEquals(1, count(themes.get(themeA), "ON_TRACK"));
        assertEquals(0, count(themes.get(themeA), "NOT_STARTED"));
        assertEquals(1, count(themes.get(themeB), "NOT_STARTED"));

        ApiResponse byVws = api.get(world.vws(), "/milestones/overview?municipality=" + place.municipalityCode());
        assertEquals(overview.get("counts"), byVws.get("counts"));
        ApiResponse region = api.get(world.ggd(place.regionCode()), "/milestones/overview?region=" + place.regionCode());
        assertEquals(200, region.status(), region.toString());
        assertTrue(count(themes(region).get(themeA), "OVERDUE") >= 1);
        ApiResponse year = api.get(user, "/milestones/overview?year=2025");
        assertEquals(0, ((Number) year.get("total")).intValue());

        assertProblem(api.get(user, "/milestones/overview?region=" + place.regionCode()), 403);
        assertProblem(api.get(world.ggd(world.freshMunicipalityOutside(place.regionCode()).regionCode()),
                "/milestones/overview?municipality=" + place.municipalityCode()), 403);
        assertProblem(api.get(user, "/milestones/overview?municipality=GM9999"), 400);
    }

    private long milestone(String token, long commitmentId, String title, String dueDate) {
        return new MilestoneSteps(api).planned(token, commitmentId, title, dueDate);
    }

    private String state(String token, long milestone) {
        return (String) milestoneOf(api.get(token, "/milestones/" + milestone)).get("state");
    }

    private String stateAfter(String token, long milestone, Map<String, Object> report) {
        ApiResponse response = api.post(token, "/milestones/" + milestone + "/reports", report);
        assertEquals(201, response.status(), response.toString());
        String answered = (String) ((Map<?, ?>) response.get("milestone")).get("state");
        assertEquals(answered, state(token, milestone));
        return answered;
    }

    private static Map<String, Object> report(String date, String status, int percent, String narrative) {
        return MilestoneSteps.report(date, status, percent, narrative);
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> milestoneOf(ApiResponse detail) {
        return (Map<String, Object>) detail.get("milestone");
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> reportOf(ApiResponse answer) {
        return (Map<String, Object>) answer.get("report");
    }

    @SuppressWarnings("unchecked")
    private static List<Map<String, Object>> reports(ApiResponse detail) {
        return (List<Map<String, Object>>) detail.get("reports");
    }

    static List<Long> ids(ApiResponse page) {
        assertEquals(200, page.status(), page.toString());
        // Serde leaves out an empty list unless the page says otherwise.
        return page.items() == null ? List.of() : page.items().stream().map(i -> ((Number) i.get("id")).longValue()).toList();
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Map<String, Object>> themes(ApiResponse overview) {
        Map<String, Map<String, Object>> byCode = new HashMap<>();
        for (Map<String, Object> theme : (List<Map<String, Object>>) overview.get("themes")) {
            byCode.put((String) theme.get("coreThemeCode"), theme);
        }
        return byCode;
    }

    private static long count(Map<String, Object> theme, String state) {
        return ((Number) ((Map<?, ?>) theme.get("counts")).get(state)).longValue();
    }
}
