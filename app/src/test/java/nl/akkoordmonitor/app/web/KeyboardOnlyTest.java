package nl.akkoordmonitor.app.web;

import com.microsoft.playwright.options.AriaRole;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import nl.akkoordmonitor.app.milestones.AgreementWorld;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

/**
 * One whole task without the mouse: log in, find the milestone and report its progress with only
 * Tab, Enter, Space, arrow keys and typing. Every element that gets the focus on the way must show
 * it (WCAG 2.4.7).
 */
@MicronautTest(transactional = false)
class KeyboardOnlyTest extends BrowserTest {

    private static final String MILESTONE = "Sportakkoord ondertekend door de verenigingen";

    @Test
    void aMunicipalityReportsProgressOnAMilestoneWithTheKeyboardOnly() {
        AgreementWorld world = new AgreementWorld(api);
        int year = LocalDate.now().getYear();
        AgreementWorld.Place place = world.freshMunicipality();
        AgreementWorld.Agreement agreement = world.activeLocal(place, year - 1, year);
        String owner = world.municipality(place);
        long milestone = api.post(owner, "/commitments/" + agreement.commitment() + "/milestones",
                Map.of("title", MILESTONE, "dueDate", LocalDate.of(year, 12, 31).toString())).id();
        String[] user = newUser("MUNICIPALITY", place.municipalityId());

        open("/inloggen");
        tabTo("input#username");
        page.keyboard().type(user[0]);
        tabTo("input#password");
        page.keyboard().type(user[1]);
        page.keyboard().press("Enter");
        page.waitForURL("**/mijn-akkoord");

        // The skip link is the first stop and shows itself.
        page.keyboard().press("Tab");
        assertFocusVisible();
        assertEquals("Naar de inhoud", page.evaluate("() => document.activeElement.textContent.trim()"));

        tabTo("nav a[href='/mijlpalen']");
        page.keyboard().press("Enter");
        page.waitForURL("**/mijlpalen");
        tabTo("a[href='/mijlpalen/" + milestone + "']");
        page.keyboard().press("Enter");
        page.waitForURL("**/mijlpalen/" + milestone);

        // A radio group is one Tab stop; the arrow keys choose within it, as in every browser.
        tabTo("input[name=status]");
        page.keyboard().press("Space");
        assertEquals("ON_TRACK", page.evaluate("() => document.activeElement.value"));
        page.keyboard().press("ArrowDown");
        assertEquals("AT_RISK", page.evaluate("() => document.activeElement.value"));
        assertFocusVisible();
        tabTo("input#percentComplete");
        page.keyboard().type("35");
        tabTo("textarea#narrative");
        page.keyboard().type("Twee verenigingen tekenen nog");
        tabTo("form.am-form button[type=submit]");
        page.keyboard().press("Enter");

        assertThat(page.getByRole(AriaRole.STATUS).first()).containsText("De voortgang is gemeld");
        @SuppressWarnings("unchecked")
        List<Map<String, Object>> reports = (List<Map<String, Object>>) api.get(owner, "/milestones/" + milestone).get("reports");
        assertEquals(1, reports.size());
        assertEquals("AT_RISK", reports.get(0).get("status"));
        assertEquals(35, ((Number) reports.get(0).get("percentComplete")).intValue());
        assertEquals("Twee verenigingen tekenen nog", reports.get(0).get("narrative"));
    }

    /** Presses Tab until the element matching the selector has the focus, checking each stop shows its focus. */
    private void tabTo(String selector) {
        for (int i = 0; i < 80; i++) {
            page.keyboard().press("Tab");
            assertFocusVisible();
            if ((Boolean) page.evaluate("s => document.activeElement.matches(s)", selector)) {
                return;
            }
        }
        fail("Tab never reached " + selector + " on " + page.url());
    }

    /** The focused element is :focus-visible and drawn with an outline (or the skip link's own style). */
    private void assertFocusVisible() {
        @SuppressWarnings("unchecked")
        Map<String, Object> focus = (Map<String, Object>) page.evaluate("() => { const e = document.activeElement; "
                + "const s = getComputedStyle(e); return {tag: e.tagName, visible: e.matches(':focus-visible'), "
                + "outline: s.outlineStyle + ' ' + s.outlineWidth, shadow: s.boxShadow, "
                + "box: e.getBoundingClientRect().width * e.getBoundingClientRect().height}; }");
        String where = focus + " on " + page.url();
        assertTrue(!"BODY".equals(focus.get("tag")), "the focus is lost: " + where);
        assertTrue(Boolean.TRUE.equals(focus.get("visible")), "not :focus-visible: " + where);
        boolean outlined = !String.valueOf(focus.get("outline")).startsWith("none") && !String.valueOf(focus.get("outline")).endsWith(" 0px");
        boolean shadowed = !"none".equals(focus.get("shadow"));
        assertTrue(outlined || shadowed, "the focus is not drawn: " + where);
        assertTrue(((Number) focus.get("box")).doubleValue() > 0, "the focused element is not on screen: " + where);
    }
}
