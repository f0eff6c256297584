package nl.akkoordmonitor.app.web;

import com.microsoft.playwright.Download;
import com.microsoft.playwright.Keyboard;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Response;
import com.microsoft.playwright.options.AriaRole;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import nl.akkoordmonitor.app.financing.Money;
import nl.akkoordmonitor.app.milestones.Evaluations;
import nl.akkoordmonitor.app.milestones.MilestoneSteps;
import nl.akkoordmonitor.app.support.AgreementFixtures;
import nl.akkoordmonitor.app.support.AgreementFixtures.LocalAgreement;
import nl.akkoordmonitor.app.support.AgreementFixtures.NationalAgreement;
import nl.akkoordmonitor.app.support.AgreementFixtures.RegionalAgreement;
import nl.akkoordmonitor.app.support.ApiResponse;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.io.ByteArrayInputStream;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static nl.akkoordmonitor.app.financing.StreamBuilder.aStream;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The GGD's and VWS's pages in a real Chromium: the region's start page with its map, the review
 * of an evaluation (returned with a reason, also by keyboard alone), the national dashboard with
 * its drill-down to a municipality, the report download, and the administrator's user pages.
 * Every page passes axe-core. Region IJsselland (GG1009) is this test's own; Zuid-Limburg (GG6106)
 * is "another region".
 */
@MicronautTest(transactional = false)
class SteeringPagesTest extends BrowserTest {

    private static final String REGION = "GG1009";
    private static final String ZWOLLE = "GM0193";
    private static final String KAMPEN = "GM0166";
    private static final String DEVENTER = "GM0150";
    private static final String OTHER_REGION = "GG6106";
    private static final String ZWOLLE_MILESTONE = "Rookvrij schoolplein bij alle basisscholen";
    private static final String DEVENTER_MILESTONE = "Sportaanbod voor jongeren in elke wijk";
    private static final String KAMPEN_EXPLAINS = "Kampen werkt hieraan al met het eigen jeugdbeleid tot en met 2026.";
    private static final String MAASTRICHT = "GM0935";

    private AgreementFixtures fixtures;
    private Evaluations evaluations;
    private String[] ggd;
    private String[] vws;
    private String[] admin;
    private String zwolleToken;
    private long zwolleAgreement;
    private long deventerAgreement;
    private String deventerToken;
    private long maastrichtDraft;
    private String regionToken;
    private String firstTheme;
    private long regionAgreement;

    @Override
    protected Map<String, String> extraProperties() {
        // Spring 2026: the evaluations over 2025 are being submitted (deadline 1 April 2026).
        // An account locks after three wrong passwords, so that the unlock test need not wait out delays.
        return Map.of("akkoordmonitor.clock.fixed-instant", "2026-03-02T10:00:00Z",
                "akkoordmonitor.login.throttle.account.delay-after", "3",
                "akkoordmonitor.login.throttle.account.lock-after", "3");
    }

    @BeforeAll
    void world() {
        fixtures = new AgreementFixtures(api);
        evaluations = new Evaluations(api);
        NationalAgreement national = fixtures.nationalAgreement().withThemes(3, 2).signed();
        RegionalAgreement region = fixtures.regionalAgreement(REGION).under(national).signed();
        regionToken = region.ownerToken();
        regionAgreement = region.id();
        LocalAgreement zwolle = fixtures.localAgreement(ZWOLLE).under(region).completingBindingThemes().signed();
        // Kampen explains why it does not take over the second binding theme (comply or explain).
        fixtures.localAgreement(KAMPEN).under(region).deviatingFrom(national.bindingThemes().get(1), KAMPEN_EXPLAINS)
                .completingBindingThemes().signed();
        LocalAgreement deventer = fixtures.localAgreement(DEVENTER).under(region).completingBindingThemes().signed();
        zwolleToken = zwolle.ownerToken();
        // Zwolle's money over 2025, so that the money figures have something to agree on.
        Money money = new Money(api);
        long stream = money.streamWithBudgets(zwolleToken, aStream().named("Gezonde school Zwolle").law("WMO").incidental(2025, 2025),
                "12345.67", 2025);
        money.spend(zwolleToken, money.allocation(zwolleToken, stream, 2025, zwolle.commitments().get(0).id(), "10000.50"), 2025, "7654.32");
        zwolleAgreement = zwolle.id();
        deventerToken = deventer.ownerToken();
        deventerAgreement = deventer.id();
        // Two milestones of the first binding theme that were due in 2025 and have no report: over the due date.
        MilestoneSteps steps = new MilestoneSteps(api);
        AgreementFixtures.Theme first = national.bindingThemes().get(0);
        firstTheme = first.code();
        steps.planned(zwolleToken, commitmentOn(zwolle, first), ZWOLLE_MILESTONE, "2025-06-30");
        steps.planned(deventerToken, commitmentOn(deventer, first), DEVENTER_MILESTONE, "2025-09-30");
        // Zwolle and Deventer submit their evaluation over 2025; Kampen does not.
        evaluations.submitted(zwolleToken, evaluations.opened(zwolleToken, zwolleAgreement, 2025));
        evaluations.submitted(deventerToken, evaluations.opened(deventerToken, deventerAgreement, 2025));
        // Another region's draft, which the GGD of IJsselland must never see.
        RegionalAgreement other = fixtures.regionalAgreement(OTHER_REGION).under(national).signed();
        maastrichtDraft = fixtures.localAgreement(MAASTRICHT).under(other).completingBindingThemes().draft().id();

        ggd = newUser("GGD", fixtures.organisationId(REGION));
        vws = newUser("VWS", fixtures.organisationId("VWS"));
        admin = new String[]{"admin", ADMIN_PASSWORD};
    }

    private static long commitmentOn(LocalAgreement agreement, AgreementFixtures.Theme theme) {
        return agreement.commitments().stream().filter(c -> c.theme().equals(theme)).findFirst().orElseThrow().id();
    }

    @Test
    void theGgdSeesItsRegionWithEveryMunicipalityOnTheMapAndInTheTable() {
        logIn(ggd[0], ggd[1]);
        open("/regio");
        assertTrue(page.url().contains("/regio/" + REGION), page.url());
        open("/regio/" + REGION + "?jaar=2025");
        assertThat(page.locator("h1")).hasText("GGD IJsselland");
        Locator table = page.locator("#gemeenten-tabel tbody tr");
        assertEquals(11, table.count(), "every municipality of IJsselland");
        assertThat(page.locator("#gemeenten-tabel tr[data-code='" + ZWOLLE + "']")).containsText("Actief");
        assertThat(page.locator("#gemeenten-tabel tr[data-code='" + KAMPEN + "']")).containsText("Niet gestart");
        // The map: one titled shape per municipality of the region, the other regions grey and silent.
        Locator shapes = page.locator("svg.akm-map path[role='img']");
        assertEquals(11, shapes.count());
        assertThat(page.locator("svg.akm-map path[role='img'] title").first()).not().isEmpty();
        assertThat(page.getByText("Bron kaart: CBS/PDOK")).isVisible();
        // The deviations for advice, each with the municipality's own explanation.
        assertThat(page.locator("#afwijkingen-lijst li[data-code='" + KAMPEN + "']")).containsText(KAMPEN_EXPLAINS);
        assertThat(page.locator("#afwijkingen-lijst li")).hasCount(1);
        check("ggd-regio");

        // Filtered: only those that did not submit; the address can be shared.
        page.getByLabel("Toon").selectOption("niet-ingediend");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Filter")).click();
        assertTrue(page.url().contains("filter=niet-ingediend"), page.url());
        assertThat(page.locator("#gemeenten-tabel tbody tr")).hasCount(1);
        assertThat(page.locator("#gemeenten-tabel tbody tr")).containsText("Kampen");
        // Sorted by overdue milestones, keeping the filter.
        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Over de einddatum")).click();
        assertTrue(page.url().contains("sorteer=te-laat") && page.url().contains("filter=niet-ingediend"), page.url());
    }

    @Test
    void aGgdReturnsAnEvaluationWithAReasonAndTheMunicipalitySeesIt() {
        logIn(ggd[0], ggd[1]);
        open("/beoordelen");
        assertThat(page.locator("#wachtrij")).containsText("Zwolle");
        check("ggd-beoordelen");
        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Evaluatie 2025 van Zwolle")).click();
        assertThat(page.locator("h1")).hasText("Evaluatie 2025 van Zwolle");
        assertThat(page.locator("#thema-vergelijking")).containsText("Uitvoering volgens plan");
        check("ggd-beoordeling");

        // Without a reason the page says what to do, next to the field.
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Evaluatie terugsturen")).click();
        assertThat(page.locator("#reden-error")).hasText("Vul de reden in waarom u de evaluatie terugstuurt");
        assertThat(page.getByRole(AriaRole.ALERT)).containsText("Vul de reden in");
        assertAccessible();

        page.getByLabel("Reden om terug te sturen").fill("Onderbouw het oordeel over kernthema 1 met cijfers.");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Evaluatie terugsturen")).click();
        assertThat(page.getByRole(AriaRole.STATUS).first()).containsText("teruggestuurd");
        assertThat(page.locator("main")).not().containsText("Evaluatie 2025 van Zwolle");

        // The municipality sees it returned, with the reason.
        Map<String, Object> returned = evaluationOf(zwolleToken, zwolleAgreement);
        assertEquals("RETURNED", returned.get("status"));
        assertTrue(String.valueOf(returned.get("history")).contains("Onderbouw het oordeel over kernthema 1 met cijfers."));
        open("/gemeente/" + ZWOLLE + "?jaar=2025");
        assertThat(page.locator("[data-figure='evaluationStatus']")).hasText("Teruggestuurd");
        assertThat(page.locator("main")).containsText("Onderbouw het oordeel over kernthema 1 met cijfers.");
    }

    @Test
    void aGgdAcceptsAnEvaluationWithTheKeyboardAlone() {
        logIn(ggd[0], ggd[1]);
        open("/beoordelen");
        Keyboard keyboard = page.keyboard();
        // From the top of the page: tab to the Deventer evaluation and open it with Enter.
        for (int i = 0; i < 60 && !focusedText().contains("Deventer"); i++) {
            keyboard.press("Tab");
        }
        assertTrue(focusedText().contains("Deventer"), "the link to Deventer's evaluation is reachable by Tab");
        keyboard.press("Enter");
        page.waitForURL(java.util.regex.Pattern.compile(".*/beoordelen/\\d+$"));
        for (int i = 0; i < 60 && !focusedText().equals("Evaluatie accepteren"); i++) {
            keyboard.press("Tab");
        }
        assertEquals("Evaluatie accepteren", focusedText());
        keyboard.press("Enter");
        page.waitForURL(java.util.regex.Pattern.compile(".*/beoordelen\\?gelukt=geaccepteerd$"));
        assertEquals("ACCEPTED", evaluationOf(deventerToken, deventerAgreement).get("status"));
    }

    @Test
    void vwsReturnsARegionsEvaluationWithAReasonAndTheGgdSeesIt() {
        // The GGD evaluates its own regional agreement over 2025; VWS reviews it.
        long evaluation = evaluations.opened(regionToken, regionAgreement, 2025);
        evaluations.submitted(regionToken, evaluation);
        logIn(vws[0], vws[1]);
        open("/beoordelen");
        assertThat(page.locator("#wachtrij")).containsText("GGD IJsselland");
        assertThat(page.locator("#wachtrij")).not().containsText("Zwolle");
        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Evaluatie 2025 van GGD IJsselland")).click();
        assertThat(page.locator("h1")).hasText("Evaluatie 2025 van GGD IJsselland");
        check("vws-beoordeling-regio");
        page.getByLabel("Reden om terug te sturen").fill("Noem per kernthema wat de gemeenten samen bereikten.");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Evaluatie terugsturen")).click();
        assertThat(page.getByRole(AriaRole.STATUS).first()).containsText("teruggestuurd");
        assertThat(page.locator("main")).not().containsText("GGD IJsselland");

        // The GGD sees its evaluation returned, with VWS's reason, on its own evaluation page.
        assertEquals("RETURNED", evaluationOf(regionToken, regionAgreement).get("status"));
        logIn(ggd[0], ggd[1]);
        open("/evaluatie/" + evaluation);
        assertThat(page.locator("main")).containsText("Teruggestuurd, met deze reden:");
        assertThat(page.locator("main")).containsText("Noem per kernthema wat de gemeenten samen bereikten.");
        assertAccessible();
        // A GGD does not review its own region's evaluation: it is not in its queue.
        open("/beoordelen");
        assertThat(page.locator("main")).not().containsText("Evaluatie 2025 van GGD IJsselland");
    }

    @SuppressWarnings("unchecked")
    private Map<String, Object> evaluationOf(String token, long agreement) {
        return api.get(token, "/agreements/" + agreement + "/evaluations").items().get(0);
    }

    private String focusedText() {
        // Only links and buttons count: Chromium also lets Tab stop on a scrollable table wrapper.
        return String.valueOf(page.evaluate("() => document.activeElement && document.activeElement.matches('a, button')"
                + " ? document.activeElement.textContent.trim() : ''"));
    }

    @Test
    void vwsClicksFromNotSubmittedInARegionToTheMunicipality() {
        logIn(vws[0], vws[1]);
        open("/sturing?jaar=2025");
        assertThat(page.locator("h1")).hasText("Dashboard 2025");
        assertEquals(342, page.locator("svg.akm-map path[role='img']").count(), "the map has every municipality");
        check("vws-dashboard");
        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Evaluaties per regio, met de namen")).click();
        assertAccessible();
        page.locator("#per-regio tr[data-region='" + REGION + "'] td[data-figure='MISSING'] a").click();
        assertTrue(page.url().contains("regio=" + REGION) && page.url().contains("cijfer=MISSING"), page.url());
        assertAccessible();
        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Kampen")).click();
        assertTrue(page.url().contains("/gemeente/" + KAMPEN), page.url());
        assertThat(page.locator("h1")).hasText("Kampen");
        assertThat(page.locator("[data-figure='evaluationStatus']")).hasText("Niet gestart");
        check("vws-gemeente");
    }

    @Test
    void vwsReadsTheMapThroughItsTableAndTheOtherDetailPages() {
        logIn(vws[0], vws[1]);
        open("/sturing/dekking?jaar=2025");
        // The table alternative of the map: the regions, and every municipality with its state in words.
        assertThat(page.locator("#kaart-tabel tbody tr")).hasCount(25);
        page.getByText("Alle gemeenten in een tabel").click();
        assertThat(page.locator("#gemeenten-tabel tbody tr")).hasCount(342);
        String mapTitle = String.valueOf(page.evaluate("() => document.querySelector(\"svg.akm-map a[href^='/gemeente/" + ZWOLLE
                + "'] title\").textContent"));
        String tableCell = page.locator("#gemeenten-tabel tr[data-code='" + ZWOLLE + "'] td").nth(1).textContent().trim();
        assertEquals("Zwolle: " + tableCell, mapTitle, "the map's title and the table say the same");
        assertThat(page.locator("#matrix tbody tr")).hasCount(25);
        check("vws-kaart");
        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Kleur de kaart naar GGD-regio")).click();
        assertTrue(page.url().contains("kaart=regio"), page.url());
        assertAccessible();
        for (String path : List.of("/sturing/mijlpalen?jaar=2025", "/sturing/geld?jaar=2025", "/sturing/evaluaties?jaar=2025",
                "/regio/" + REGION + "?jaar=2025", "/gemeente/" + ZWOLLE + "?jaar=2025", "/rapporten", "/beoordelen")) {
            Response response = open(path);
            assertEquals(200, response.status(), path);
            assertAccessible();
        }
        open("/sturing/geld?jaar=2025");
        assertThat(page.locator("svg.akm-chart")).isVisible();
        assertThat(page.locator("#geld tbody tr")).hasCount(12);
    }

    @Test
    void vwsClicksFromOverdueMilestonesOfARegionAndThemeToTheMilestonesThemselves() {
        logIn(vws[0], vws[1]);
        open("/sturing/mijlpalen?jaar=2025");
        // Per region: the number over the due date leads to the list behind it, its filters in the address.
        Locator overdue = page.locator("#per-regio tr[data-region='" + REGION + "'] td[data-state='OVERDUE']");
        assertEquals("2", overdue.textContent().trim());
        overdue.locator("a").click();
        assertTrue(page.url().contains("regio=" + REGION) && page.url().contains("staat=OVERDUE"), page.url());
        assertThat(page.locator("h1")).containsText("GGD IJsselland");
        assertThat(page.locator("#mijlpalen caption")).hasText("2 mijlpalen");
        assertThat(page.locator("#mijlpalen tbody tr")).hasCount(2);
        assertThat(page.locator("#mijlpalen")).containsText(ZWOLLE_MILESTONE);
        assertThat(page.locator("#mijlpalen")).containsText(DEVENTER_MILESTONE);
        check("vws-mijlpalen-lijst");

        // Per theme, and region and theme together: the same two, as the address says.
        open("/sturing/mijlpalen?jaar=2025");
        page.locator("#per-thema tr[data-theme='" + firstTheme + "'] td[data-state='OVERDUE'] a").click();
        assertTrue(page.url().contains("thema=" + firstTheme), page.url());
        assertThat(page.locator("#mijlpalen tbody tr")).hasCount(2);
        open("/sturing/mijlpalen/lijst?jaar=2025&regio=" + REGION + "&thema=" + firstTheme + "&staat=OVERDUE");
        assertThat(page.locator("#mijlpalen tbody tr")).hasCount(2);
        open("/sturing/mijlpalen/lijst?jaar=2024&regio=" + REGION + "&staat=OVERDUE");
        assertThat(page.getByText("Er zijn geen mijlpalen met deze filters.")).isVisible();

        // From a milestone to its municipality.
        open("/sturing/mijlpalen/lijst?jaar=2025&regio=" + REGION + "&staat=OVERDUE");
        page.locator("#mijlpalen tr[data-owner='" + ZWOLLE + "'] a").click();
        assertTrue(page.url().contains("/gemeente/" + ZWOLLE), page.url());
        assertThat(page.locator("main")).containsText(ZWOLLE_MILESTONE);

        // A state that does not exist is a bad address, and an unknown region a 404.
        assertEquals(400, open("/sturing/mijlpalen/lijst?jaar=2025&staat=ONZIN").status());
        assertEquals(404, open("/sturing/mijlpalen/lijst?jaar=2025&regio=GG9999").status());
    }

    @Test
    void vwsDownloadsTheNationalReportAndSeesItBeingPrepared() throws Exception {
        logIn(vws[0], vws[1]);
        open("/rapporten?scope=NL&jaar=2025");
        check("vws-rapporten");
        // The message may come and go within one poll when the report is quick: watch it appear.
        page.evaluate("() => { const p = document.querySelector('[data-preparing]'); window.sawPreparing = false;"
                + " new MutationObserver(() => { if (!p.hidden) window.sawPreparing = true; })"
                + ".observe(p, {attributes: true}); }");
        Download download = page.waitForDownload(() ->
                page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Download de rapportage")).click());
        assertEquals(Boolean.TRUE, page.evaluate("() => window.sawPreparing"), "'De rapportage wordt gemaakt' was shown");
        assertEquals("De rapportage wordt gemaakt. Even geduld, de download begint vanzelf.",
                page.locator("[data-preparing]").textContent().trim().replaceAll("\\s+", " "));
        assertEquals("voortgangsrapportage-2025-NL.xlsx", download.suggestedFilename());
        try (XSSFWorkbook workbook = new XSSFWorkbook(Files.newInputStream(download.path()))) {
            assertTrue(workbook.getSheetIndex("Samenvatting") >= 0);
        }
        assertThat(page.getByText("De rapportage is gedownload.")).isVisible();
    }

    @Test
    @SuppressWarnings("unchecked")
    void theDashboardSaysWhatTheApiAndTheReportSay() throws Exception {
        logIn(vws[0], vws[1]);
        open("/sturing?jaar=2025");
        Map<String, String> shown = new HashMap<>();
        for (Locator figure : page.locator("[data-figure]").all()) {
            shown.put(figure.getAttribute("data-figure"), figure.textContent().trim());
        }
        String token = api.login(vws[0], vws[1]);
        ApiResponse completeness = api.get(token, "/evaluations/completeness?year=2025");
        assertEquals(String.valueOf(completeness.get("expected")), shown.get("evaluationsExpected"));
        assertEquals(String.valueOf(completeness.get("submitted")), shown.get("evaluationsSubmitted"));
        assertEquals(String.valueOf(completeness.get("onTime")), shown.get("evaluationsOnTime"));
        assertEquals(String.valueOf(completeness.get("accepted")), shown.get("evaluationsAccepted"));
        assertEquals(String.valueOf(completeness.get("returned")), shown.get("evaluationsReturned"));
        assertEquals(String.valueOf(completeness.get("missing")), shown.get("evaluationsMissing"));
        ApiResponse milestones = api.get(token, "/milestones/overview?year=2025");
        assertEquals(String.valueOf(count(milestones, "OVERDUE")), shown.get("overdue"));
        assertEquals(String.valueOf(count(milestones, "AT_RISK")), shown.get("atRisk"));
        // Money: the dashboard's totals, and the money page's every law × nature line, as the API adds them up.
        ApiResponse money = api.get(token, "/financing/analysis/money?year=2025");
        Map<String, Object> total = (Map<String, Object>) money.get("total");
        // Other tests share the database and may add money of their own: Zwolle's budget is at least in it.
        assertTrue(euros(total.get("budgeted")).compareTo(new BigDecimal("12345.67")) >= 0, "Zwolle's budget counts: " + total);
        for (String figure : List.of("budgeted", "allocated", "spent")) {
            assertEquals(euros(total.get(figure)), shownEuros(shown.get(figure)), figure);
        }
        open("/sturing/geld?jaar=2025");
        for (Map<String, Object> line : (List<Map<String, Object>>) money.get("lines")) {
            Locator row = page.locator("#geld tbody tr[data-law='" + line.get("legalBasis") + "'][data-nature='" + line.get("nature") + "'] td");
            assertEquals(euros(line.get("budgeted")), shownEuros(row.nth(1).textContent()), line.toString());
            assertEquals(euros(line.get("allocated")), shownEuros(row.nth(2).textContent()), line.toString());
            assertEquals(euros(line.get("spent")), shownEuros(row.nth(3).textContent()), line.toString());
        }
        for (String figure : List.of("budgeted", "allocated", "spent")) {
            assertEquals(euros(total.get(figure)), shownEuros(page.locator("#geld tfoot [data-figure='" + figure + "']").textContent()), figure);
        }

        // The report through the page's download, with the browser's session; a national report may
        // take longer than the test client's read timeout on a busy machine.
        com.microsoft.playwright.APIResponse report = page.request().get("/rapporten/download?scope=NL&jaar=2025",
                com.microsoft.playwright.options.RequestOptions.create().setTimeout(120_000));
        assertEquals(200, report.status());
        List<List<String>> summary = new ArrayList<>();
        try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(report.body()))) {
            for (Row row : workbook.getSheet("Samenvatting")) {
                List<String> cells = new ArrayList<>();
                for (int c = 0; c < 8; c++) {
                    cells.add(row.getCell(c) == null ? "" : row.getCell(c).toString().replaceAll("\\.0$", ""));
                }
                summary.add(cells);
            }
        }
        // 1. Every binding theme's row counts the organisations without an active agreement the dashboard shows.
        List<List<String>> themes = table(summary, "Kernthema", "Gedekt");
        assertFalse(themes.isEmpty());
        themes.forEach(row -> assertEquals(shown.get("withoutAgreement"), row.get(3), row.toString()));
        // 2. The overdue milestones, summed over the themes.
        assertEquals(shown.get("overdue"), String.valueOf(table(summary, "Kernthema", "Mijlpalen").stream()
                .mapToInt(row -> Integer.parseInt(row.get(2))).sum()));
        // 3. Who has not submitted and who was returned: the counts in the labels.
        assertEquals(shown.get("evaluationsMissing"), countIn(summary, "Niet ingediend ("));
        assertEquals(shown.get("evaluationsReturned"), countIn(summary, "Teruggestuurd ("));
        // 4. The funding cliffs: commitments summed over the years in which the money stops.
        assertEquals(shown.get("fundingCliffs"), String.valueOf(table(summary, "Eerste jaar zonder geld", "Afspraken").stream()
                .mapToInt(row -> Integer.parseInt(row.get(1))).sum()));
        assertFalse(shown.get("withoutAgreement").isBlank());
    }

    /** "€ 12.345,67" as the pages write it, read back as an amount. */
    private static BigDecimal shownEuros(String shown) {
        return new BigDecimal(shown.replace("€", "").strip().replace(".", "").replace(",", ".")).setScale(2);
    }

    private static BigDecimal euros(Object value) {
        return new BigDecimal(String.valueOf(value)).setScale(2);
    }

    @SuppressWarnings("unchecked")
    private static long count(ApiResponse overview, String state) {
        Object n = ((Map<String, Object>) overview.get("counts")).get(state);
        return n == null ? 0 : ((Number) n).longValue();
    }

    @Test
    void aGgdSeesNothingOfAnotherRegion() {
        logIn(ggd[0], ggd[1]);
        for (String path : List.of("/regio/" + OTHER_REGION, "/gemeente/" + MAASTRICHT, "/rapporten/download?scope=" + MAASTRICHT,
                "/beoordelen/999999999")) {
            Response response = open(path);
            assertTrue(response.status() == 403 || response.status() == 404, path + " answered " + response.status());
            assertFalse(page.content().contains("Maastricht"), path + " shows nothing of the other region");
        }
        open("/regio/" + REGION);
        assertThat(page.locator("main")).not().containsText("Maastricht");
        open("/beoordelen");
        assertThat(page.locator("main")).not().containsText("Maastricht");
        assertTrue(maastrichtDraft > 0);
        // VWS pages are not the GGD's.
        assertEquals(403, open("/sturing").status());
    }

    @Test
    void aMunicipalityOpensNoSteeringPage() {
        String[] municipality = newUser("MUNICIPALITY", fixtures.organisationId(ZWOLLE));
        logIn(municipality[0], municipality[1]);
        for (String path : List.of("/sturing", "/sturing/dekking", "/sturing/mijlpalen", "/sturing/mijlpalen/lijst", "/sturing/evaluaties", "/sturing/geld",
                "/regio", "/regio/" + REGION, "/gemeente/" + ZWOLLE, "/beoordelen", "/rapporten", "/beheer/gebruikers", "/beheer/audit")) {
            Response response = open(path);
            assertEquals(403, response.status(), path);
            assertThat(page.locator("h1")).hasText("Geen toegang");
        }
    }

    @Test
    void theAdministratorCreatesAUserAndDisablesIt() {
        logIn(admin[0], admin[1]);
        open("/beheer/gebruikers");
        check("beheer-gebruikers");
        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Nieuwe gebruiker")).click();
        // Nothing filled in: every problem at once, beside its field.
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Gebruiker aanmaken")).click();
        assertThat(page.locator("#username-error")).hasText("Vul een gebruikersnaam in");
        assertThat(page.locator("#organisationId-error")).hasText("Kies de organisatie waarvoor de gebruiker werkt");
        check("beheer-nieuwe-gebruiker");

        String username = "zwolle-" + System.nanoTime();
        page.getByLabel("Gebruikersnaam").fill(username);
        page.getByLabel("Eerste wachtwoord").fill("een-lang-eerste-wachtwoord");
        page.getByLabel("Rol").selectOption("MUNICIPALITY");
        page.getByLabel("Organisatie").selectOption(new com.microsoft.playwright.options.SelectOption().setLabel("Zwolle (GM0193)"));
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Gebruiker aanmaken")).click();
        assertThat(page.getByRole(AriaRole.STATUS).first()).containsText("De gebruiker is aangemaakt.");
        assertThat(page.locator("tr[data-username='" + username + "']")).containsText("Zwolle");
        assertEquals(200, api.post(null, "/login", Map.of("username", username, "password", "een-lang-eerste-wachtwoord")).status());

        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName(username)).click();
        assertAccessible();
        page.getByLabel("Nee, blokkeer het account").check();
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Wijzigingen opslaan")).click();
        assertThat(page.getByRole(AriaRole.STATUS).first()).containsText("geblokkeerd");
        assertThat(page.locator("tr[data-username='" + username + "']")).containsText("Nee, geblokkeerd");
        assertEquals(401, api.post(null, "/login", Map.of("username", username, "password", "een-lang-eerste-wachtwoord")).status());

        open("/beheer/audit?wat=user&actie=UPDATE");
        assertThat(page.locator("#audit tbody tr").first()).containsText("UPDATE");
        check("beheer-audit");
    }

    @Test
    void theAdministratorSeesALockedLoginAndUnlocksIt() {
        String[] locked = newUser("MUNICIPALITY", fixtures.organisationId(KAMPEN));
        for (int i = 1; i <= 3; i++) {
            assertEquals(401, api.post(null, "/login", Map.of("username", locked[0], "password", "verkeerd-wachtwoord-" + i)).status());
        }
        assertEquals(429, api.post(null, "/login", Map.of("username", locked[0], "password", locked[1])).status(), "locked");

        logIn(admin[0], admin[1]);
        open("/beheer/gebruikers");
        Locator login = page.locator("tr[data-username='" + locked[0] + "'] td[data-login]");
        assertEquals("vergrendeld", login.getAttribute("data-login"));
        assertThat(login).containsText("Vergrendeld tot");
        assertThat(login).containsText("3 mislukt op rij");
        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName(locked[0])).click();
        assertThat(page.locator("#inloggen")).containsText("Na 3 mislukte pogingen op rij kan deze gebruiker niet inloggen tot");
        check("beheer-ontgrendelen");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Ontgrendelen")).click();
        assertThat(page.getByRole(AriaRole.STATUS).first()).containsText("ontgrendeld");
        assertEquals("vrij", login.getAttribute("data-login"));
        assertThat(login).hasText("Geen mislukte");
        assertEquals(200, api.post(null, "/login", Map.of("username", locked[0], "password", locked[1])).status(), "unlocked");

        // Unlocking twice is harmless: nothing left to lift, the account stays free.
        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName(locked[0])).click();
        assertThat(page.locator("#inloggen")).hasCount(0);
        open("/beheer/audit?wat=user&actie=UNLOCK");
        assertThat(page.locator("#audit tbody tr").first()).containsText("UNLOCK");
    }

    /** The rows of the Samenvatting's table under the header row that starts with these two cells. */
    private static List<List<String>> table(List<List<String>> sheet, String first, String second) {
        List<List<String>> rows = new ArrayList<>();
        for (int r = 0; r < sheet.size(); r++) {
            if (sheet.get(r).get(0).equals(first) && sheet.get(r).get(1).equals(second)) {
                for (int t = r + 1; t < sheet.size() && !sheet.get(t).get(0).isBlank() && sheet.get(t).get(1).matches("\\d+"); t++) {
                    rows.add(sheet.get(t));
                }
                return rows;
            }
        }
        throw new AssertionError("no table " + first + " / " + second + " in the Samenvatting");
    }

    /** The number in "Niet ingediend (2)". */
    private static String countIn(List<List<String>> sheet, String label) {
        return sheet.stream().map(row -> row.get(0)).filter(cell -> cell.startsWith(label)).findFirst()
                .map(cell -> cell.substring(label.length(), cell.indexOf(')'))).orElseThrow(() -> new AssertionError(label));
    }
}
