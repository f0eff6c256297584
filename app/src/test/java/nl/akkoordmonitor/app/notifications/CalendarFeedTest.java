package nl.akkoordmonitor.app.notifications;

import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import net.fortuna.ical4j.data.CalendarBuilder;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.Property;
import net.fortuna.ical4j.model.component.VEvent;
import nl.akkoordmonitor.app.milestones.AgreementWorld;
import nl.akkoordmonitor.app.milestones.AgreementWorld.Agreement;
import nl.akkoordmonitor.app.milestones.AgreementWorld.Place;
import nl.akkoordmonitor.app.milestones.MilestoneSteps;
import nl.akkoordmonitor.app.support.ApiResponse;
import nl.akkoordmonitor.app.support.IntegrationTest;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.io.StringReader;
import java.net.URI;
import java.util.List;
import java.util.Map;

import static nl.akkoordmonitor.app.support.Problems.assertProblem;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The calendar of an organisation, in the API and as the user's iCalendar feed behind a secret link. */
@MicronautTest(transactional = false)
class CalendarFeedTest extends IntegrationTest {

    private AgreementWorld world;
    private MilestoneSteps milestones;

    @Override
    protected Map<String, String> extraProperties() {
        return Map.of("akkoordmonitor.clock.fixed-instant", "2026-02-10T10:00:00Z",
                "akkoordmonitor.public-url", "https://akkoordmonitor.example.nl");
    }

    @BeforeAll
    void world() {
        world = new AgreementWorld(api);
        milestones = new MilestoneSteps(api);
    }

    @Test
    void theFeedParsesAndHoldsTheUsersDatesAndARenewedLinkMakesTheOldOneA404() throws Exception {
        Place place = world.freshMunicipality();
        Place neighbour = world.freshMunicipalityIn(place.regionCode());
        Agreement agreement = world.activeLocal(place, 2024, 2026);
        Agreement neighbours = world.activeLocal(neighbour, 2024, 2026);
        String municipality = world.municipality(place);
        String other = world.municipality(neighbour);
        milestones.planned(municipality, agreement.commitment(), "Rookvrije schoolpleinen in alle wijken", "2026-09-30");
        milestones.planned(other, neighbours.commitment(), "Valpreventie in de buurthuizen", "2026-10-15");
        String vws = world.vws();
        ApiResponse questionnaire = api.post(vws, "/calendar/dates", Map.of("date", "2026-01-30", "title", "GALA-monitor: vragenlijst sluit",
                "kind", "MONITOR_QUESTIONNAIRE", "audience", "MUNICIPALITY", "description", "Vul de vragenlijst van het RIVM in."));
        assertEquals(201, questionnaire.status(), questionnaire.toString());
        ApiResponse forGgd = api.post(vws, "/calendar/dates", Map.of("date", "2026-05-01", "title", "Regioplan naar VWS",
                "kind", "REGIONAL_PLAN", "audience", "GGD"));
        assertEquals(201, forGgd.status());

        ApiResponse feed = api.get(municipality, "/calendar/feed");
        assertEquals(200, feed.status(), feed.toString());
        String url = (String) feed.get("url");
        assertTrue(url.startsWith("https://akkoordmonitor.example.nl/calendar/feeds/") && url.endsWith(".ics"), url);
        assertEquals(url, api.get(municipality, "/calendar/feed").get("url"), "the link stays the same until renewed");

        ApiResponse ics = api.get(null, URI.create(url).getPath());
        assertEquals(200, ics.status(), ics.toString());
        assertTrue(ics.contentType().startsWith("text/calendar"), ics.contentType());
        Calendar calendar = new CalendarBuilder().build(new StringReader(ics.text()));
        List<VEvent> events = calendar.getComponents("VEVENT");
        List<String> lines = events.stream().map(e -> start(e) + " " + summary(e)).toList();
        assertTrue(lines.contains("20260401 Evaluatie 2025 indienen: " + title(municipality, agreement.id())), lines.toString());
        assertTrue(lines.contains("20260930 Mijlpaal: Rookvrije schoolpleinen in alle wijken"), lines.toString());
        assertTrue(lines.contains("20260715 SiSa-verantwoording 2025"), lines.toString());
        assertTrue(lines.contains("20260130 GALA-monitor: vragenlijst sluit"), lines.toString());
        assertFalse(lines.stream().anyMatch(l -> l.contains("Valpreventie")), "another municipality's milestone is not in it");
        assertFalse(lines.stream().anyMatch(l -> l.contains("Regioplan")), "a date for the GGD regions is not in it");
        assertTrue(events.stream().allMatch(e -> e.getProperty(Property.UID).isPresent()), "every event has a stable UID");

        ApiResponse renewed = api.post(municipality, "/calendar/feed", Map.of());
        assertEquals(200, renewed.status(), renewed.toString());
        String newUrl = (String) renewed.get("url");
        assertNotEquals(url, newUrl);
        assertEquals(404, api.get(null, URI.create(url).getPath()).status(), "the old link stops working");
        assertEquals(200, api.get(null, URI.create(newUrl).getPath()).status());
        assertEquals(404, api.get(null, "/calendar/feeds/guessed.ics").status());
    }

    @Test
    void theCalendarFollowsWhoMaySeeWhichOrganisation() {
        Place place = world.freshMunicipality();
        Place elsewhere = world.freshMunicipalityOutside(place.regionCode());
        world.activeLocal(place, 2024, 2026);
        String municipality = world.municipality(place);
        String ggd = world.ggd(place.regionCode());
        String otherGgd = world.ggd(elsewhere.regionCode());

        ApiResponse own = api.get(municipality, "/calendar?year=2026");
        assertEquals(200, own.status(), own.toString());
        List<Map<String, Object>> entries = entries(own);
        assertTrue(entries.stream().anyMatch(e -> "EVALUATION_DEADLINE".equals(e.get("kind")) && "2026-04-01".equals(e.get("date"))), entries.toString());
        assertTrue(entries.stream().anyMatch(e -> "SISA_DEADLINE".equals(e.get("kind")) && "2026-07-15".equals(e.get("date"))), entries.toString());

        assertEquals(200, api.get(ggd, "/calendar?year=2026&organisation=" + place.municipalityId()).status(),
                "a GGD region reads its municipalities' calendars");
        assertProblem(api.get(otherGgd, "/calendar?year=2026&organisation=" + place.municipalityId()), 403);
        assertProblem(api.get(world.municipality(elsewhere), "/calendar?year=2026&organisation=" + place.municipalityId()), 403);
        assertEquals(200, api.get(world.vws(), "/calendar?year=2026&organisation=" + place.municipalityId()).status());

        assertProblem(api.post(municipality, "/calendar/dates", Map.of("date", "2026-06-01", "title", "Eigen datum",
                "kind", "OTHER", "audience", "EVERYONE")), 403);
        assertProblem(api.post(world.vws(), "/calendar/dates", Map.of("title", "Zonder datum", "kind", "OTHER", "audience", "EVERYONE")), 400);
        assertEquals(401, api.get(null, "/calendar?year=2026").status());
    }

    @SuppressWarnings("unchecked")
    private static List<Map<String, Object>> entries(ApiResponse response) {
        return response.items();
    }

    private String title(String token, long agreementId) {
        return (String) api.get(token, "/agreements/" + agreementId).get("title");
    }

    private static String start(VEvent event) {
        return event.getProperty(Property.DTSTART).map(Property::getValue).orElse("");
    }

    private static String summary(VEvent event) {
        return event.getProperty(Property.SUMMARY).map(Property::getValue).orElse("");
    }
}
