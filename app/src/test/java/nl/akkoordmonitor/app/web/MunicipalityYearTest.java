package nl.akkoordmonitor.app.web;

import com.microsoft.playwright.Download;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.options.FilePayload;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import com.microsoft.playwright.options.SelectOption;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import nl.akkoordmonitor.app.support.AgreementFixtures;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.Map;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * A municipality's whole year in a real Chromium: every step through the pages, every page
 * checked with axe-core and photographed at 375 and 1280 px.
 */
@MicronautTest(transactional = false)
class MunicipalityYearTest extends BrowserTest {

    private Locator button(String name) {
        return page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName(name).setExact(true));
    }

    private Locator link(String name) {
        return page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName(name).setExact(true));
    }

    @Test
    void aMunicipalityDoesItsYearInTheBrowser() {
        AgreementFixtures fixtures = new AgreementFixtures(api);
        AgreementFixtures.NationalAgreement national = fixtures.nationalAgreement().withThemes(3, 2).years(2025, 2028).signed();
        AgreementFixtures.RegionalAgreement regional = fixtures.regionalAgreement("GG0111").under(national).years(2025, 2028)
                .completingBindingThemes().signed();
        String[] user = newUser("MUNICIPALITY", api.organisationId(api.admin(), "GM1966"));
        logIn(user[0], user[1]);

        // Create the agreement under the regional one.
        link("Akkoord").click();
        check("akkoord-geen");
        page.getByText("Nieuw akkoord").first().click();
        page.getByLabel("Titel").fill("Gezond Het Hogeland 2026–2028");
        page.getByLabel("Valt onder").selectOption(new SelectOption().setLabel(regionalTitle(regional)));
        page.getByLabel("Eerste jaar").fill("2026");
        page.getByLabel("Laatste jaar").fill("2028");
        check("akkoord-nieuw");
        button("Akkoord aanmaken").click();
        assertThat(page.getByRole(AriaRole.STATUS)).containsText("Het akkoord is aangemaakt");
        check("akkoord-overzicht-concept");

        // The start page says what is still missing before it can be signed, and leads there.
        String overview = page.url();
        link("Mijn akkoord").click();
        assertThat(page.locator(".am-todo")).containsText("Het akkoord is nog niet ondertekend: er ontbreken nog 3 punten.");
        link("Controleren en ondertekenen").first().click();
        assertTrue(page.url().endsWith("/ondertekenen"), page.url());
        page.navigate(overview);

        // Signing too early is refused, with every missing item at once, each a link.
        link("Controleren en ondertekenen").click();
        check("akkoord-controleren");
        button("Akkoord ondertekenen").click();
        Locator refusal = page.getByRole(AriaRole.ALERT);
        assertThat(refusal).containsText("kan nog niet worden ondertekend");
        assertEquals(3, refusal.locator("li").count(), "two binding themes and the signatory: " + refusal.innerText());
        assertEquals(3, refusal.locator("li a").count(), "each missing item links to where it is fixed");
        check("akkoord-ondertekenen-geweigerd");

        // The first binding theme: adopt it with an ambition and a commitment.
        AgreementFixtures.Theme first = national.bindingThemes().get(0);
        AgreementFixtures.Theme second = national.bindingThemes().get(1);
        refusal.locator("li a").first().click();
        assertThat(page.locator("h1")).containsText(first.name());
        button("Opslaan").click();
        assertThat(page.locator("#choice-error")).containsText("Kies of u het kernthema overneemt");
        page.getByLabel("Overnemen met een eigen ambitie").check();
        page.getByLabel("Ambitie", new Page.GetByLabelOptions().setExact(true)).fill("Minder jongeren die roken en drinken");
        check("thema-overnemen");
        button("Opslaan").click();
        assertThat(page.getByRole(AriaRole.STATUS)).containsText("Het kernthema is opgeslagen");

        page.locator("#thema-" + first.code()).getByText("Afspraak toevoegen").click();
        button("Afspraak toevoegen").click();
        assertThat(page.locator(".am-error-summary")).containsText("Kies ten minste één doelgroep");
        page.getByLabel("Titel van de afspraak").fill("Rookvrije schoolpleinen");
        page.getByLabel("Jeugd", new Page.GetByLabelOptions().setExact(true)).check();
        page.getByLabel("Leefomgeving").selectOption("EDUCATION");
        page.getByLabel("Universeel").check();
        check("afspraak-nieuw");
        button("Afspraak toevoegen").click();
        assertThat(page.getByRole(AriaRole.STATUS)).containsText("De afspraak is toegevoegd");

        // The second binding theme: deviate, and explain why.
        page.locator("#thema-" + second.code()).getByText("Invullen").click();
        page.getByLabel("Afwijken en uitleggen waarom").check();
        button("Opslaan").click();
        assertThat(page.locator("#justification-error")).isVisible();
        page.getByLabel("Uitleg van de afwijking").fill("De regio pakt dit thema voor alle gemeenten samen op.");
        button("Opslaan").click();
        assertThat(page.getByRole(AriaRole.STATUS)).containsText("Het kernthema is opgeslagen");

        // A signatory.
        link("Partijen").click();
        page.getByLabel("Rol").selectOption("SIGNATORY");
        check("partijen");
        button("Partij toevoegen").click();
        assertThat(page.getByRole(AriaRole.STATUS)).containsText("De partij is toegevoegd");

        // Now it signs.
        link("Terug naar het akkoord").click();
        link("Controleren en ondertekenen").click();
        button("Akkoord ondertekenen").click();
        assertThat(page.getByRole(AriaRole.STATUS)).containsText("Het akkoord is ondertekend");
        check("akkoord-overzicht-actief");

        // After signing, a change asks for its reason, and the history shows it.
        link("Titel of looptijd wijzigen").click();
        page.getByLabel("Titel").fill("Gezond Het Hogeland 2026–2028 (herzien)");
        button("Opslaan").click();
        assertThat(page.locator("#reason-error")).containsText("Schrijf waarom");
        assertThat(page.getByLabel("Titel")).hasValue("Gezond Het Hogeland 2026–2028 (herzien)");
        page.getByLabel("Reden van de wijziging").fill("Titel afgestemd met de raad");
        button("Opslaan").click();
        assertThat(page.getByRole(AriaRole.STATUS)).containsText("Het akkoord is gewijzigd");
        link("Geschiedenis").click();
        assertThat(page.locator("table")).containsText("Titel afgestemd met de raad");
        assertThat(page.locator("table")).containsText("Akkoord ondertekend");
        check("akkoord-geschiedenis");
        assertTrue(page.url().contains("/geschiedenis"));

        // Milestones under the commitment (made through the API, as a planner would).
        String token = api.login(user[0], user[1]);
        long agreementId = Long.parseLong(page.url().replaceAll(".*/akkoord/(\\d+)/.*", "$1"));
        @SuppressWarnings("unchecked")
        long commitmentId = ((Number) api.get(token, "/agreements/" + agreementId + "/commitments").items()
                .get(0).get("id")).longValue();
        LocalDate today = LocalDate.now();
        long soon = api.post(token, "/commitments/" + commitmentId + "/milestones",
                Map.of("title", "Beleid rookvrije schoolpleinen vastgesteld", "dueDate", today.plusDays(20).toString())).id();
        api.post(token, "/commitments/" + commitmentId + "/milestones",
                Map.of("title", "Alle basisscholen rookvrij", "dueDate", today.plusDays(200).toString()));

        link("Mijn akkoord").click();
        assertThat(page.locator(".am-todo")).containsText("Beleid rookvrije schoolpleinen vastgesteld");
        check("mijn-akkoord");

        // Report progress on a milestone, with a refused percentage first.
        link("Mijlpalen").click();
        assertThat(page.locator("table")).containsText("Alle basisscholen rookvrij");
        page.getByLabel("Sorteer op").selectOption("status");
        check("mijlpalen");
        link("Beleid rookvrije schoolpleinen vastgesteld").click();
        page.getByLabel("Op schema").check();
        page.getByLabel("Percentage gereed").fill("140");
        page.getByLabel("Toelichting").fill("Concept ligt bij het college");
        button("Voortgang melden").click();
        assertThat(page.locator("#percentComplete-error")).hasText("Vul een percentage van 0 tot en met 100 in");
        assertThat(page.getByLabel("Toelichting")).hasValue("Concept ligt bij het college");
        page.getByLabel("Percentage gereed").fill("60");
        button("Voortgang melden").click();
        assertThat(page.getByRole(AriaRole.STATUS).first()).containsText("De voortgang is gemeld");
        assertThat(page.locator("table")).containsText("Concept ligt bij het college");
        check("mijlpaal");

        // Money: a stream with a budget; allocating more than the budget is refused, then spending is reported.
        int year = today.getYear();
        long stream = api.post(token, "/funding-streams", nl.akkoordmonitor.app.financing.StreamBuilder.aStream()
                .named("SPUK Gezond en Actief Leven").law("WPG").incidental(year, year + 2).body()).id();
        assertEquals(201, api.post(token, "/funding-streams/" + stream + "/budgets", Map.of("year", year, "amount", "50000.00")).status());
        link("Geld").click();
        link("Geld toewijzen aan een afspraak").click();
        page.getByLabel("Financieringsstroom").selectOption(String.valueOf(stream));
        page.getByLabel("Afspraak").selectOption(String.valueOf(commitmentId));
        page.getByLabel("Bedrag").fill("60.000,00");
        button("Toewijzen").click();
        assertThat(page.locator(".am-error-summary")).containsText("60.000,00");
        assertThat(page.getByLabel("Bedrag")).hasValue("60.000,00");
        check("geld-toewijzen-geweigerd");
        page.getByLabel("Bedrag").fill("20.000,00");
        button("Toewijzen").click();
        assertThat(page.getByRole(AriaRole.STATUS).first()).containsText("Het geld is toegewezen");
        check("geld");
        page.getByText("Besteding melden").first().click();
        page.getByLabel("Besteed bedrag").fill("7500,00");
        assertThat(page.locator("#over")).containsText("€ 12.500,00");
        page.getByLabel("Besteed bedrag").fill("-5");
        button("Besteding melden").click();
        assertThat(page.locator(".am-error-summary")).isVisible();
        page.getByLabel("Besteed bedrag").fill("7500,00");
        check("besteding");
        button("Besteding melden").click();
        assertThat(page.getByRole(AriaRole.STATUS).first()).containsText("De besteding is gemeld");

        // The Excel round trip: a refused file, then the filled-in template.
        link("Excel").click();
        page.getByLabel("Ingevuld voortgangssjabloon").setInputFiles(new FilePayload("voortgang.xlsx",
                "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", "geen excel".getBytes()));
        button("Uploaden").click();
        assertThat(page.locator(".am-error-summary")).isVisible();
        check("excel-geweigerd");
        Download template = page.waitForDownload(() -> page.getByText("Voortgangssjabloon downloaden").click());
        byte[] filled = fillTemplate(template.path(), "Op schema", 30, "Scholen benaderd");
        page.getByLabel("Ingevuld voortgangssjabloon").setInputFiles(new FilePayload("voortgang.xlsx",
                "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", filled));
        button("Uploaden").click();
        assertThat(page.getByRole(AriaRole.STATUS).first()).containsText("1 melding opgeslagen");
        check("excel");

        // The yearly evaluation: a draft, a refused submission (amber without steering), submitted,
        // returned by the GGD with its reason, resubmitted.
        link("Evaluatie").click();
        check("evaluatie-lijst");
        button("Evaluatie starten").click();
        assertThat(page.locator("h1")).hasText("Evaluatie " + year);
        Locator themes = page.locator("fieldset.am-theme");
        assertTrue(themes.count() >= 1, "the adopted themes are evaluated");
        for (int i = 0; i < themes.count(); i++) {
            themes.nth(i).getByLabel(i == 0 ? "Oranje" : "Groen").check();
            themes.nth(i).getByLabel("Bevindingen").fill(i == 0 ? "Twee van de vijf scholen rookvrij" : "Uitvoering volgens plan");
        }
        page.getByLabel("Algemene conclusie").fill("Het akkoord komt op gang");
        check("evaluatie-concept");
        button("Opslaan als concept").click();
        assertThat(page.getByRole(AriaRole.STATUS).first()).containsText("De evaluatie is als concept opgeslagen");
        assertThat(themes.first().getByLabel("Bevindingen")).hasValue("Twee van de vijf scholen rookvrij");
        button("Controleren en indienen").click();
        assertThat(page.locator("main")).containsText("Twee van de vijf scholen rookvrij");
        check("evaluatie-controleren");
        button("Evaluatie indienen").click();
        assertThat(page.locator(".am-error-summary")).isVisible();
        Locator steering = themes.first().getByLabel("Bijsturing");
        assertThat(steering).hasAttribute("aria-invalid", "true");
        check("evaluatie-indienen-geweigerd");
        steering.fill("Extra gesprekken met de schoolbesturen");
        button("Controleren en indienen").click();
        button("Evaluatie indienen").click();
        assertThat(page.getByRole(AriaRole.STATUS).first()).containsText("De evaluatie is ingediend");
        assertThat(page.locator("dl").first()).containsText("Ingediend");
        check("evaluatie-ingediend");

        long evaluationId = Long.parseLong(page.url().replaceAll(".*/evaluatie/(\\d+).*", "$1"));
        String ggd = api.userFor("GGD", api.organisationId(api.admin(), "GG0111"));
        var returned = new nl.akkoordmonitor.app.milestones.Evaluations(api).transition(ggd, evaluationId, "return",
                "Onderbouw de bevindingen met cijfers uit de GGD-monitor");
        assertEquals("RETURNED", returned.get("status"), returned.toString());
        link("Mijn akkoord").click();
        assertThat(page.locator(".am-todo")).containsText("Onderbouw de bevindingen met cijfers uit de GGD-monitor");
        check("mijn-akkoord-teruggestuurd");
        link("Evaluatie").click();
        page.getByText("Evaluatie " + year).first().click();
        assertThat(page.locator("dl").first()).containsText("Teruggestuurd");
        assertThat(page.getByRole(AriaRole.NOTE)).containsText("Onderbouw de bevindingen met cijfers uit de GGD-monitor");
        check("evaluatie-teruggestuurd");
        themes.first().getByLabel("Bevindingen").fill("Twee van de vijf scholen rookvrij (GGD-monitor: 38% rookvrije pleinen)");
        button("Controleren en indienen").click();
        button("Evaluatie indienen").click();
        assertThat(page.getByRole(AriaRole.STATUS).first()).containsText("De evaluatie is ingediend");
        assertEquals("SUBMITTED", api.get(token, "/evaluations/" + evaluationId).get("status"));

        // The municipality's own steering report, downloaded from the page.
        link("Rapportage").click();
        check("rapportage");
        Download report = page.waitForDownload(() -> link("Voortgangsrapportage " + year + " downloaden (Excel)").click());
        assertTrue(report.suggestedFilename().endsWith(".xlsx"), report.suggestedFilename());
        try (var workbook = new org.apache.poi.xssf.usermodel.XSSFWorkbook(java.nio.file.Files.newInputStream(report.path()))) {
            assertTrue(workbook.getSheet("Samenvatting") != null, "the report opens with its Samenvatting");
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }

        // And log out.
        button("Uitloggen").click();
        assertThat(page.getByRole(AriaRole.STATUS)).containsText("U bent uitgelogd");
    }

    private static byte[] fillTemplate(java.nio.file.Path template, String status, int percent, String narrative) {
        try (var workbook = new org.apache.poi.xssf.usermodel.XSSFWorkbook(java.nio.file.Files.newInputStream(template));
             var out = new java.io.ByteArrayOutputStream()) {
            // Found by the header the user reads, as a person filling it in would: the first milestone's row.
            var sheet = workbook.getSheet("Voortgang");
            int headerRow = -1;
            java.util.Map<String, Integer> columns = new java.util.HashMap<>();
            for (var row : sheet) {
                if (row.getCell(0) != null && row.getCell(0).toString().equals("Mijlpaal-id")) {
                    headerRow = row.getRowNum();
                    row.forEach(cell -> columns.putIfAbsent(cell.toString(), cell.getColumnIndex()));
                    break;
                }
            }
            var row = sheet.getRow(headerRow + 1);
            row.createCell(columns.get("Nieuwe status")).setCellValue(status);
            row.createCell(columns.get("Percentage gereed")).setCellValue(percent);
            row.createCell(columns.get("Toelichting")).setCellValue(narrative);
            workbook.write(out);
            return out.toByteArray();
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    private String regionalTitle(AgreementFixtures.RegionalAgreement regional) {
        return (String) api.get(regional.ownerToken(), "/agreements/" + regional.id()).get("title") + " (Actief)";
    }
}
