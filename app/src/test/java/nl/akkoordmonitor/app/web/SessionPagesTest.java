package nl.akkoordmonitor.app.web;

import com.microsoft.playwright.APIResponse;
import com.microsoft.playwright.Response;
import com.microsoft.playwright.options.AriaRole;
import com.microsoft.playwright.options.Cookie;
import com.microsoft.playwright.options.FormData;
import com.microsoft.playwright.options.RequestOptions;
import com.microsoft.playwright.Page;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import nl.akkoordmonitor.app.support.ApiResponse;
import org.junit.jupiter.api.Test;

import java.util.Map;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Logging in and out in the browser, the session cookie, CSRF, error pages and the password page. */
@MicronautTest(transactional = false)
class SessionPagesTest extends BrowserTest {

    @Test
    void aMunicipalityLogsInAndOut() {
        String[] user = newUser("MUNICIPALITY", api.organisationId(api.admin(), "GM0014"));
        open("/mijn-akkoord");
        assertTrue(page.url().contains("/inloggen"), "a page without a session leads to the login page: " + page.url());
        check("inloggen");

        logIn(user[0], user[1]);
        assertTrue(page.url().endsWith("/mijn-akkoord"), page.url());
        assertThat(page.locator("h1")).hasText("Mijn akkoord");
        assertThat(page.locator("header")).containsText("Groningen");
        Cookie session = context.cookies().stream().filter(c -> c.name.equals("akkoord_sessie")).findFirst().orElseThrow();
        assertTrue(session.httpOnly, "the session cookie is HttpOnly");
        assertEquals("Lax", session.sameSite.toString().substring(0, 1) + session.sameSite.toString().substring(1).toLowerCase());
        assertFalse(session.secure, "not Secure over plain http (it is over https)");
        // The API keeps its bearer tokens; the session token is not one it gives out in a body.
        assertEquals(401, api.get(null, "/agreements").status());

        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Uitloggen")).click();
        assertTrue(page.url().contains("/inloggen"), page.url());
        assertThat(page.getByRole(AriaRole.STATUS)).containsText("U bent uitgelogd");
        open("/mijn-akkoord");
        assertTrue(page.url().contains("/inloggen"), "after logging out the pages ask for a login again");
    }

    @Test
    void aWrongPasswordIsShownInDutchAndTheUsernameIsKept() {
        String[] user = newUser("MUNICIPALITY", api.organisationId(api.admin(), "GM0014"));
        open("/inloggen");
        page.getByLabel("Gebruikersnaam").fill(user[0]);
        page.getByLabel("Wachtwoord", new Page.GetByLabelOptions().setExact(true)).fill("niet-het-goede-wachtwoord");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Inloggen")).click();
        assertThat(page.getByRole(AriaRole.ALERT)).containsText("De gebruikersnaam of het wachtwoord klopt niet");
        assertThat(page.getByLabel("Gebruikersnaam")).hasValue(user[0]);
        assertTrue(page.title().startsWith("Fout:"), page.title());
        check("inloggen-fout");

        open("/inloggen");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Inloggen")).click();
        assertThat(page.locator("#username-error")).hasText("Vul uw gebruikersnaam in");
        assertThat(page.locator("#password-error")).hasText("Vul uw wachtwoord in");
        page.locator(".am-error-summary a[href='#username']").click();
        assertThat(page.getByLabel("Gebruikersnaam")).isFocused();
    }

    @Test
    void aFormPostedWithoutItsCsrfTokenIsRefused() {
        String[] user = newUser("MUNICIPALITY", api.organisationId(api.admin(), "GM0014"));
        logIn(user[0], user[1]);
        APIResponse withoutToken = page.request().post("/wachtwoord", RequestOptions.create().setForm(FormData.create()
                .set("currentPassword", user[1]).set("newPassword", "een-heel-nieuw-wachtwoord").set("repeatPassword", "een-heel-nieuw-wachtwoord")));
        assertEquals(403, withoutToken.status());
        assertTrue(withoutToken.text().contains("Geen toegang"), withoutToken.text());
        APIResponse wrongToken = page.request().post("/uitloggen", RequestOptions.create().setForm(FormData.create().set("csrf", "abc")));
        assertEquals(403, wrongToken.status());
        // Still logged in, the password unchanged: the old one still logs in.
        assertEquals(200, api.post(null, "/login", Map.of("username", user[0], "password", user[1])).status());
        open("/mijn-akkoord");
        assertTrue(page.url().endsWith("/mijn-akkoord"));
    }

    @Test
    void aDisabledAccountIsLoggedOutAtItsNextClick() {
        long groningen = api.organisationId(api.admin(), "GM0014");
        String[] user = newUser("MUNICIPALITY", groningen);
        logIn(user[0], user[1]);
        assertTrue(page.url().endsWith("/mijn-akkoord"));

        String admin = api.admin();
        Map<String, Object> account = api.get(admin, "/users?size=1000").items().stream()
                .filter(u -> user[0].equals(u.get("username"))).findFirst().orElseThrow();
        ApiResponse disabled = api.put(admin, "/users/" + account.get("id"), Map.of("role", "MUNICIPALITY",
                "organisationId", groningen, "enabled", false, "version", account.get("version")));
        assertEquals(200, disabled.status(), disabled.toString());

        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Mijn akkoord").setExact(true)).click();
        assertTrue(page.url().contains("/inloggen"), page.url());
        assertThat(page.getByRole(AriaRole.STATUS)).containsText("Uw sessie is beëindigd");
        assertTrue(context.cookies().stream().noneMatch(c -> c.name.equals("akkoord_sessie") && !c.value.isEmpty()),
                "the browser forgets the session");
    }

    @Test
    void unknownPagesAndForbiddenPagesAnswerInDutch() {
        String[] user = newUser("MUNICIPALITY", api.organisationId(api.admin(), "GM0014"));
        logIn(user[0], user[1]);
        Response missing = open("/bestaat-niet");
        assertEquals(404, missing.status());
        assertThat(page.locator("h1")).hasText("Pagina niet gevonden");
        check("niet-gevonden");

        Response forbidden = open("/beheer");
        assertEquals(403, forbidden.status());
        assertThat(page.locator("h1")).hasText("Geen toegang");
        check("geen-toegang");

        // An API client still gets problem+json for an unknown path.
        ApiResponse apiMissing = api.get(null, "/bestaat-niet");
        assertEquals(404, apiMissing.status());
        assertTrue(apiMissing.contentType().contains("problem+json"), apiMissing.contentType());
    }

    @Test
    void aUserChangesTheirPasswordInTheBrowser() {
        String[] user = newUser("MUNICIPALITY", api.organisationId(api.admin(), "GM0014"));
        logIn(user[0], user[1]);
        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Wachtwoord wijzigen")).click();
        check("wachtwoord");
        page.getByLabel("Huidig wachtwoord").fill(user[1]);
        page.getByLabel("Nieuw wachtwoord", new Page.GetByLabelOptions().setExact(true)).fill("mijn-nieuwe-wachtwoord-1");
        page.getByLabel("Herhaal het nieuwe wachtwoord").fill("iets-anders-dan-dat");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Wachtwoord wijzigen")).click();
        assertThat(page.locator("#repeatPassword-error")).hasText("Herhaal precies hetzelfde nieuwe wachtwoord");
        assertAccessible();

        page.getByLabel("Huidig wachtwoord").fill(user[1]);
        page.getByLabel("Nieuw wachtwoord", new Page.GetByLabelOptions().setExact(true)).fill("mijn-nieuwe-wachtwoord-1");
        page.getByLabel("Herhaal het nieuwe wachtwoord").fill("mijn-nieuwe-wachtwoord-1");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Wachtwoord wijzigen")).click();
        assertThat(page.getByRole(AriaRole.STATUS)).containsText("Uw wachtwoord is gewijzigd");
        assertEquals(200, api.post(null, "/login", Map.of("username", user[0], "password", "mijn-nieuwe-wachtwoord-1")).status());
    }
}
