package nl.akkoordmonitor.app.web;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import io.micronaut.context.ApplicationContext;
import io.micronaut.runtime.server.EmbeddedServer;
import nl.akkoordmonitor.app.database.EmbeddedDatabase;
import io.micronaut.json.JsonMapper;
import nl.akkoordmonitor.demo.DemoMailServer;
import nl.akkoordmonitor.demo.DemoTools;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Demo mode as a new user meets it, on a database of its own and a clock set to 1 May 2031: the
 * server answers only once its data are in, its data are dated around that day, and the login
 * page logs in a demo municipality with one click.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class DemoModeTest {

    private static final String TODAY = "2031-05-01";

    private Path directory;
    private EmbeddedDatabase database;
    private EmbeddedServer server;
    private DemoMailServer mail;

    @BeforeAll
    void start() throws Exception {
        directory = Files.createTempDirectory("akkoordmonitor-demo-test");
        database = EmbeddedDatabase.start(directory, 0);
        Map<String, Object> properties = new HashMap<>(database.datasourceProperties());
        properties.putAll(DemoTools.demoProperties());
        properties.put("akkoordmonitor.security.bcrypt-cost", "4");
        properties.put("akkoordmonitor.clock.fixed-instant", TODAY + "T10:00:00Z");
        properties.put("micronaut.server.port", "-1");
        // As --demo does: an SMTP server of its own that catches the mail.
        mail = DemoMailServer.start();
        properties.putAll(mail.properties());
        ApplicationContext context = ApplicationContext.builder().properties(properties).singletons(mail).start();
        server = context.getBean(EmbeddedServer.class).start();
    }

    @AfterAll
    void stop() throws IOException {
        server.getApplicationContext().close();
        mail.close();
        database.close();
        try (Stream<Path> files = Files.walk(directory)) {
            files.sorted(Comparator.reverseOrder()).forEach(path -> path.toFile().delete());
        }
    }

    @Test
    void theFirstRequestAfterTheStartAlreadyFindsTheDemoUsersAndTheirData() throws Exception {
        // No waiting: the port opened only after the data were loaded.
        HttpClient client = HttpClient.newHttpClient();
        HttpResponse<String> health = client.send(HttpRequest.newBuilder(server.getURI().resolve("/health")).build(),
                HttpResponse.BodyHandlers.ofString());
        assertEquals(200, health.statusCode(), health.body());
        HttpResponse<String> login = client.send(HttpRequest.newBuilder(server.getURI().resolve("/login"))
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString("{\"username\":\"demo-gemeente\",\"password\":\"" + DemoTools.PASSWORD + "\"}"))
                .build(), HttpResponse.BodyHandlers.ofString());
        assertEquals(200, login.statusCode(), login.body());
    }

    @Test
    void theDataAreDatedAroundTheDayTheyWereLoadedAndShowEveryState() throws SQLException {
        assertEquals(List.of("2029-2032", "2031-2034"), strings(
                "SELECT first_year || '-' || last_year FROM agreements.agreement WHERE level = 'NATIONAL' ORDER BY first_year"),
                "GALA and its successor AZWA");
        assertEquals(List.of("0"), strings("SELECT count(*) FROM milestones.progress_report WHERE report_date > DATE '" + TODAY + "'"),
                "nothing is reported after the day the demo was loaded");
        assertEquals(List.of("0"), strings("SELECT count(*) FROM milestones.evaluation WHERE first_submitted_on > DATE '" + TODAY + "' OR submitted_at > TIMESTAMPTZ '" + TODAY + " 23:59:59+02'"));
        // Every state a milestone can show: done, on schedule, behind, delayed, and overdue (open, due date passed).
        List<String> states = strings("""
                SELECT DISTINCT CASE WHEN r.status <> 'ACHIEVED' AND m.due_date < DATE '%s' THEN 'OVERDUE' ELSE r.status END
                FROM milestones.milestone m JOIN milestones.progress_report r ON r.id = m.latest_report_id ORDER BY 1""".formatted(TODAY));
        assertTrue(states.containsAll(List.of("ACHIEVED", "AT_RISK", "DELAYED", "ON_TRACK", "OVERDUE")), states.toString());
        assertTrue(strings("SELECT count(*) FROM milestones.milestone WHERE due_date > DATE '" + TODAY + "'").get(0).compareTo("0") > 0,
                "some milestones are still to come");
        List<String> evaluations = strings("SELECT DISTINCT status FROM milestones.evaluation WHERE year IN (2030, 2031) ORDER BY 1");
        assertEquals(List.of("ACCEPTED", "DRAFT", "RETURNED", "SUBMITTED"), evaluations);
    }

    @Test
    void theLoginPageLogsInTheDemoMunicipalityWithOneClick() {
        Browser browser = Chromium.browser();
        try (BrowserContext context = browser.newContext(new Browser.NewContextOptions().setLocale("nl-NL").setBypassCSP(true)
                .setBaseURL(server.getURL().toString()))) {
            Page page = context.newPage();
            page.navigate("/");
            assertTrue(page.url().endsWith("/inloggen"), page.url());
            BrowserTest.assertAccessible(page);
            page.screenshot(new Page.ScreenshotOptions().setFullPage(true).setPath(BrowserTest.SCREENSHOTS.resolve("demo-inloggen-1280.png")));
            page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Inloggen als gemeente Groningen (demo-gemeente)")).click();
            assertTrue(page.url().endsWith("/mijn-akkoord"), page.url());
            assertThat(page.locator("header")).containsText("Groningen");
            BrowserTest.assertAccessible(page);
            page.screenshot(new Page.ScreenshotOptions().setFullPage(true).setPath(BrowserTest.SCREENSHOTS.resolve("demo-mijn-akkoord-1280.png")));
        }
    }

    @Test
    @SuppressWarnings("unchecked")
    void theMailsOfTheDemoAreCaughtAndShownToTheirRecipient() throws Exception {
        // The demo municipality submits an evaluation; its GGD region is told by mail.
        String municipality = login("demo-gemeente");
        Map<String, Object> agreements = call("GET", "/agreements?owner=" + organisation(municipality, "GM0014") + "&size=10", municipality, null);
        long agreement = number(((List<Map<String, Object>>) agreements.get("items")).get(0).get("id"));
        Map<String, Object> evaluation = call("POST", "/agreements/" + agreement + "/evaluations", municipality, Map.of("year", 2032));
        long id = number(evaluation.get("id"));
        List<Map<String, Object>> themes = new ArrayList<>();
        for (Map<String, Object> theme : (List<Map<String, Object>>) evaluation.get("themes")) {
            themes.add(Map.of("coreThemeCode", theme.get("coreThemeCode"), "rating", "GREEN", "findings", "Volgens plan."));
        }
        Map<String, Object> filled = call("PUT", "/evaluations/" + id, municipality,
                Map.of("version", evaluation.get("version"), "generalConclusion", "Op koers.", "themes", themes));
        call("POST", "/evaluations/" + id + "/submit", municipality, Map.of("version", filled.get("version")));

        // The sender runs every few seconds in demo mode; the GGD sees the mail, the municipality none of it.
        String ggd = login("demo-ggd");
        List<Map<String, Object>> caught = List.of();
        for (int tries = 0; tries < 60 && caught.isEmpty(); tries++) {
            Thread.sleep(500);
            caught = list(ggd, "/demo/mails");
        }
        assertEquals(1, caught.size(), caught.toString());
        assertTrue(((String) caught.get(0).get("subject")).startsWith("Evaluatie 2032 van Groningen"), caught.toString());
        assertTrue(((String) caught.get(0).get("text")).contains("/beoordelen/" + id), "the mail leads to the review page");
        assertEquals("demo-ggd@" + DemoMailServer.DOMAIN, caught.get(0).get("to"));
        assertEquals(List.of(), list(municipality, "/demo/mails"), "nobody sees another user's mail");
    }

    @Test
    void theDemoMunicipalityWorksUnderGalaAndItsSuccessorAndItsSpukShowsTheRules() throws Exception {
        String municipality = login("demo-gemeente");
        long groningen = organisation(municipality, "GM0014");
        List<Map<String, Object>> active = list(municipality, "/agreements?owner=" + groningen + "&status=ACTIVE&size=10");
        assertEquals(2, active.stream().map(a -> a.get("nationalId")).distinct().count(), "one agreement under each programme: " + active);
        Map<String, Object> carried = active.stream().filter(a -> a.get("carriedFromId") != null).findFirst().orElseThrow();
        assertTrue(active.stream().anyMatch(a -> number(a.get("id")) == number(carried.get("carriedFromId"))),
                "the AZWA agreement was carried over from the GALA one: " + active);

        Map<String, Object> spuk = list(municipality, "/funding-streams?recipientId=" + groningen + "&size=100").stream()
                .filter(s -> String.valueOf(s.get("name")).startsWith("Brede SPUK sport")).findFirst().orElseThrow();
        String stream = "/funding-streams/" + number(spuk.get("id"));
        assertEquals(7, list(municipality, stream + "/parts").size());
        assertEquals(1, list(municipality, stream + "/shifts").size());
        List<Map<String, Object>> letters = list(municipality, stream + "/letters");
        assertEquals(List.of("CUT"), letters.stream().map(l -> l.get("kind")).toList());
    }

    private final HttpClient http = HttpClient.newHttpClient();

    private String login(String username) throws Exception {
        return (String) call("POST", "/login", null, Map.of("username", username, "password", DemoTools.PASSWORD)).get("access_token");
    }

    @SuppressWarnings("unchecked")
    private long organisation(String token, String code) throws Exception {
        return number(((List<Map<String, Object>>) call("GET", "/organisations?code=" + code, token, null).get("items")).get(0).get("id"));
    }

    private static long number(Object value) {
        return ((Number) value).longValue();
    }

    @SuppressWarnings("unchecked")
    private List<Map<String, Object>> list(String token, String path) throws Exception {
        HttpResponse<String> answer = send("GET", path, token, null);
        assertEquals(200, answer.statusCode(), answer.body());
        // Every list answers the paged envelope {items, page, size, totalItems, totalPages}.
        Map<String, Object> page = json().readValue(answer.body(), io.micronaut.core.type.Argument.mapOf(String.class, Object.class));
        return (List<Map<String, Object>>) page.get("items");
    }

    @SuppressWarnings("unchecked")
    private Map<String, Object> call(String method, String path, String token, Object body) throws Exception {
        HttpResponse<String> answer = send(method, path, token, body);
        assertTrue(answer.statusCode() / 100 == 2, method + " " + path + ": " + answer.statusCode() + " " + answer.body());
        return json().readValue(answer.body(), Map.class);
    }

    private HttpResponse<String> send(String method, String path, String token, Object body) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(server.getURI().resolve(path)).header("Accept", "application/json")
                .method(method, body == null ? HttpRequest.BodyPublishers.noBody()
                        : HttpRequest.BodyPublishers.ofString(json().writeValueAsString(body)));
        if (body != null) {
            request.header("Content-Type", "application/json");
        }
        if (token != null) {
            request.header("Authorization", "Bearer " + token);
        }
        return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    private JsonMapper json() {
        return server.getApplicationContext().getBean(JsonMapper.class);
    }

    private List<String> strings(String sql) throws SQLException {
        List<String> values = new ArrayList<>();
        try (Connection connection = database.connectAsApplication(); Statement statement = connection.createStatement();
             ResultSet rows = statement.executeQuery(sql)) {
            while (rows.next()) {
                values.add(rows.getString(1));
            }
        }
        return values;
    }
}
