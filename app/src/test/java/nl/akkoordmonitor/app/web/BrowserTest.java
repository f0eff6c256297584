package nl.akkoordmonitor.app.web;

import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Browser;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Response;
import io.micronaut.runtime.server.EmbeddedServer;
import jakarta.inject.Inject;
import nl.akkoordmonitor.app.support.IntegrationTest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Base of the tests that use the pages in a real Chromium against the running application. Each
 * test gets a fresh browser context (no cookies), a page in it, and helpers to log in, check a page
 * with axe-core and take screenshots.
 */
public abstract class BrowserTest extends IntegrationTest {

    static final Path SCREENSHOTS = Path.of("target", "screenshots");
    private static final String AXE = readAxe();

    @Inject
    protected EmbeddedServer server;

    protected BrowserContext context;
    protected Page page;

    @BeforeEach
    void openBrowser() {
        context = Chromium.browser().newContext(new Browser.NewContextOptions()
                .setViewportSize(1280, 900).setLocale("nl-NL")
                // axe-core is injected as a script tag, which the pages' Content-Security-Policy
                // (script-src 'self') would block; the pages themselves keep the policy.
                .setBypassCSP(true).setBaseURL(server.getURL().toString()));
        context.setDefaultTimeout(15_000);
        page = context.newPage();
    }

    @AfterEach
    void closeBrowser(org.junit.jupiter.api.TestInfo test) throws IOException {
        // The last page of each test, to see what the browser saw when a test fails.
        java.nio.file.Files.createDirectories(SCREENSHOTS);
        java.nio.file.Files.writeString(SCREENSHOTS.resolve("last-" + test.getTestMethod().map(m -> m.getName()).orElse("test") + ".html"),
                page.url() + "\n" + page.content());
        context.close();
    }

    protected Response open(String path) {
        return page.navigate(path);
    }

    /** Logs in through the login page and lands on the start page. */
    protected void logIn(String username, String password) {
        open("/inloggen");
        page.getByLabel("Gebruikersnaam").fill(username);
        page.getByLabel("Wachtwoord", new Page.GetByLabelOptions().setExact(true)).fill(password);
        page.getByRole(com.microsoft.playwright.options.AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Inloggen")).click();
        page.waitForLoadState();
    }

    /** A user of the role and organisation, with a fresh name; returns {username, password}. */
    protected String[] newUser(String role, Long organisationId) {
        String username = role.toLowerCase() + "-" + UUID.randomUUID().toString().substring(0, 8);
        String password = "wachtwoord-" + UUID.randomUUID();
        Map<String, Object> body = new java.util.HashMap<>();
        body.put("username", username);
        body.put("password", password);
        body.put("role", role);
        if (organisationId != null) {
            body.put("organisationId", organisationId);
        }
        var created = api.post(api.admin(), "/users", body);
        assertEquals(201, created.status(), created.toString());
        return new String[]{username, password};
    }

    /**
     * Runs axe-core on the page as it is and fails listing every violation of WCAG 2.0/2.1 A and AA.
     * Also checks that the page has exactly one h1.
     */
    protected void assertAccessible() {
        assertAccessible(page);
    }

    /** {@link #assertAccessible()} for a page of a test that runs a server of its own. */
    @SuppressWarnings("unchecked")
    static void assertAccessible(Page page) {
        page.addScriptTag(new Page.AddScriptTagOptions().setContent(AXE));
        Object result = page.evaluate("async () => { const r = await axe.run(document, {runOnly: {type: 'tag', values: "
                + "['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']}}); "
                + "return r.violations.map(v => v.id + ': ' + v.help + ' -> ' + v.nodes.map(n => n.target.join(' ')).join(', ')); }");
        List<String> violations = (List<String>) result;
        assertTrue(violations.isEmpty(), "axe-core violations on " + page.url() + ":\n" + String.join("\n", violations));
        assertEquals(1, page.locator("h1").count(), "a page has exactly one h1: " + page.url());
    }

    /** Screenshots of the whole page at 375 px (phone) and 1280 px (laptop) wide. */
    protected void screenshots(String name) {
        for (int width : new int[]{375, 1280}) {
            page.setViewportSize(width, 900);
            // Usable on a phone: nothing makes the page itself scroll sideways (wide tables scroll in their own box).
            Number scrollWidth = (Number) page.evaluate("() => document.documentElement.scrollWidth");
            assertTrue(scrollWidth.intValue() <= width, page.url() + " is " + scrollWidth + " px wide at " + width + " px");
            page.screenshot(new Page.ScreenshotOptions().setFullPage(true)
                    .setPath(SCREENSHOTS.resolve(name + "-" + width + ".png")));
        }
        page.setViewportSize(1280, 900);
    }

    /** Checks the page with axe-core and takes its screenshots. */
    protected void check(String screenshotName) {
        assertAccessible();
        screenshots(screenshotName);
    }

    private static String readAxe() {
        try (InputStream in = BrowserTest.class.getResourceAsStream("/axe-core-4.11.4/axe.min.js")) {
            if (in == null) {
                throw new IllegalStateException("axe.min.js is missing from the test resources");
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
