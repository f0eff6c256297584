package nl.akkoordmonitor.app.web;

import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import nl.akkoordmonitor.app.milestones.AgreementWorld;
import nl.akkoordmonitor.app.milestones.AgreementWorld.Place;
import nl.akkoordmonitor.app.milestones.Evaluations;
import nl.akkoordmonitor.app.support.ApiResponse;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.net.URI;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The notifications ("Meldingen") and the calendar ("Agenda") in the browser. */
@MicronautTest(transactional = false)
class NotificationPagesTest extends BrowserTest {

    private static final String REASON = "Bij thema 2 ontbreken de bevindingen; vul ze aan.";

    private AgreementWorld world;
    private Evaluations evaluations;

    @BeforeAll
    void world() {
        world = new AgreementWorld(api);
        evaluations = new Evaluations(api);
    }

    @Test
    void aNotificationLeadsEachRecipientToTheirPageAndIsThenRead() {
        Place place = world.freshMunicipality();
        String[] municipality = newUser("MUNICIPALITY", place.municipalityId());
        String[] ggd = newUser("GGD", place.regionId());
        String token = api.login(municipality[0], municipality[1]);
        long evaluation = evaluations.opened(token, world.activeLocal(place, 2024, 2026).id(), 2025);
        evaluations.submitted(token, evaluation);

        // The GGD is told of the submission and goes from the notification to its review.
        logIn(ggd[0], ggd[1]);
        open("/meldingen");
        assertThat(page.locator(".am-notification--unread")).hasCount(1);
        assertThat(page.locator(".am-notification--unread")).containsText("Evaluatie 2025 van");
        check("meldingen");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Bekijken").setExact(false)).first().click();
        assertTrue(page.url().endsWith("/beoordelen/" + evaluation), page.url());
        assertThat(page.locator("h1")).isVisible();
        context.clearCookies();

        // Returned: the municipality reads why on the page the notification leads to.
        assertEquals("RETURNED", evaluations.transition(world.ggd(place.regionCode()), evaluation, "return", REASON).get("status"));
        logIn(municipality[0], municipality[1]);
        open("/meldingen?ongelezen=1");
        assertThat(page.locator(".am-notification--unread")).containsText("teruggestuurd");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Bekijken").setExact(false)).first().click();
        assertTrue(page.url().endsWith("/evaluatie/" + evaluation), page.url());
        assertThat(page.locator("main")).containsText(REASON);

        // Opening it marked it read.
        open("/meldingen?ongelezen=1");
        assertThat(page.getByText("U heeft geen ongelezen meldingen.")).isVisible();
        open("/meldingen");
        assertThat(page.locator(".am-notification--read")).hasCount(1);
        assertEquals(0L, ((Number) api.get(token, "/notifications/unread-count").get("unread")).longValue());
    }

    @Test
    void theCalendarShowsTheDatesRenewsItsSecretLinkAndKeepsTheMailSettings() {
        Place place = world.freshMunicipality();
        world.activeLocal(place, 2024, 2026);
        String[] user = newUser("MUNICIPALITY", place.municipalityId());
        logIn(user[0], user[1]);
        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Agenda")).click();
        open("/agenda?jaar=2026");
        assertThat(page.locator("#datums")).containsText("SiSa-verantwoording");
        assertThat(page.locator("#datums")).containsText("Deadline evaluatie");
        check("agenda");

        // A new secret link: the old one stops working at once, the new one is the user's calendar.
        String old = page.locator("#feed").inputValue();
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Nieuwe link maken")).click();
        assertThat(page.getByRole(AriaRole.STATUS)).containsText("Er is een nieuwe link naar uw agenda");
        String renewed = page.locator("#feed").inputValue();
        assertNotEquals(old, renewed);
        assertEquals(404, api.get(null, URI.create(old).getPath()).status(), "the old link stops working");
        ApiResponse feed = api.get(null, URI.create(renewed).getPath());
        assertEquals(200, feed.status());
        assertTrue(feed.text().contains("BEGIN:VCALENDAR"), feed.text());

        // Mail needs an address, unless it is switched off; what was chosen is kept when refused.
        page.getByLabel("Een e-mail per melding").check();
        page.getByLabel("E-mailadres").fill("");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Opslaan")).click();
        assertThat(page.locator("#email-error")).hasText("Vul een e-mailadres in, of kies \"Geen e-mail\"");
        assertThat(page.getByLabel("Een e-mail per melding")).isChecked();
        assertAccessible();
        page.getByLabel("E-mailadres").fill("beleid@gemeente.example.nl");
        page.getByLabel("Eén overzicht per week").check();
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Opslaan")).click();
        assertThat(page.getByRole(AriaRole.STATUS)).containsText("Uw e-mailinstellingen zijn opgeslagen");
        ApiResponse settings = api.get(api.login(user[0], user[1]), "/notifications/settings");
        assertEquals("DIGEST", settings.get("delivery"));
        assertEquals("beleid@gemeente.example.nl", settings.get("email"));
    }
}
