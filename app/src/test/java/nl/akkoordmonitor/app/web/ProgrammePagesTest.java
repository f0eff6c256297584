package nl.akkoordmonitor.app.web;

import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import nl.akkoordmonitor.app.support.AgreementFixtures;
import nl.akkoordmonitor.app.support.AgreementFixtures.NationalAgreement;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.util.Map;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * VWS reads the coverage of two programmes at once (GALA and its successor AZWA) on the coverage
 * page: every programme side by side in a table, and the matrix of the one chosen; and the
 * evaluations of each programme side by side. Friesland (GG7206) and Leeuwarden (GM0080) are this
 * test's own.
 */
@MicronautTest(transactional = false)
class ProgrammePagesTest extends BrowserTest {

    private NationalAgreement gala;
    private NationalAgreement azwa;
    private String galaTitle;
    private String azwaTitle;
    private String[] vws;

    @Override
    protected Map<String, String> extraProperties() {
        return Map.of("akkoordmonitor.clock.fixed-instant", "2025-11-15T10:00:00Z");
    }

    @BeforeAll
    void twoProgrammes() {
        AgreementFixtures fixtures = new AgreementFixtures(api);
        gala = fixtures.nationalAgreement().years(2023, 2026).withThemes(3, 2).signed();
        azwa = fixtures.nationalAgreement().years(2025, 2028).succeeding(gala).withThemes(2, 1).signed();
        var galaRegion = fixtures.regionalAgreement("GG7206").under(gala).signed();
        fixtures.localAgreement("GM0080").under(galaRegion).signed();
        fixtures.localAgreement("GM0080").under(azwa).years(2025, 2028).signed();
        galaTitle = (String) api.get(fixtures.vwsToken(), "/agreements/" + gala.id()).get("title");
        azwaTitle = (String) api.get(fixtures.vwsToken(), "/agreements/" + azwa.id()).get("title");
        vws = newUser("VWS", fixtures.organisationId("VWS"));
    }

    @Test
    void vwsSeesEveryProgrammeSideBySideAndChoosesOne() {
        logIn(vws[0], vws[1]);
        open("/sturing/dekking?jaar=2025");
        assertThat(page.locator("#programma-tabel")).isVisible();
        assertThat(page.locator("#programma-tabel tbody")).containsText(galaTitle);
        assertThat(page.locator("#programma-tabel tbody")).containsText(azwaTitle);
        assertThat(page.locator("#programma-tabel thead")).containsText("Alle bindende thema's gedekt");

        page.getByLabel("Programma").selectOption(String.valueOf(azwa.id()));
        page.locator("form:has(#programma)").getByRole(com.microsoft.playwright.options.AriaRole.BUTTON).click();
        page.waitForLoadState();
        assertTrue(page.url().contains("programma=" + azwa.id()), page.url());
        assertThat(page.locator("#programma-tabel tbody")).containsText(azwaTitle + " (getoond)");
        // The matrix now has the AZWA's one binding theme as its column.
        assertThat(page.locator("#matrix thead")).containsText(azwa.bindingThemes().get(0).name());
        assertThat(page.locator("#matrix thead")).not().containsText(gala.bindingThemes().get(0).name());
        check("vws-dekking-programmas");

        page.getByRole(com.microsoft.playwright.options.AriaRole.LINK, new com.microsoft.playwright.Page.GetByRoleOptions().setName(galaTitle)).click();
        assertTrue(page.url().contains("programma=" + gala.id()), page.url());
        assertThat(page.locator("#matrix thead")).containsText(gala.bindingThemes().get(0).name());
    }

    @Test
    void vwsSeesTheEvaluationsOfEveryProgrammeSideBySide() {
        logIn(vws[0], vws[1]);
        open("/sturing/evaluaties?jaar=2025");
        assertThat(page.locator("#per-programma")).isVisible();
        // Other tests' programmes may stand beside these two; each row counts only its own agreements,
        // as the API does for that programme (GALA: the Frisian regional agreement and Leeuwarden's
        // among them; AZWA: Leeuwarden's other one), and the two differ.
        String token = new AgreementFixtures(api).vwsToken();
        long galaExpected = ((Number) api.get(token, "/evaluations/completeness?year=2025&programme=" + gala.id()).get("expected")).longValue();
        long azwaExpected = ((Number) api.get(token, "/evaluations/completeness?year=2025&programme=" + azwa.id()).get("expected")).longValue();
        assertTrue(galaExpected >= 2 && azwaExpected >= 1 && galaExpected != azwaExpected, galaExpected + " / " + azwaExpected);
        assertThat(page.locator("#per-programma tr[data-programme='" + gala.id() + "'] th")).hasText(galaTitle);
        assertThat(page.locator("#per-programma tr[data-programme='" + gala.id() + "'] td").first()).hasText(String.valueOf(galaExpected));
        assertThat(page.locator("#per-programma tr[data-programme='" + azwa.id() + "'] td").first()).hasText(String.valueOf(azwaExpected));
        assertThat(page.locator("#per-programma thead")).containsText("Verwacht");
        check("vws-evaluaties-programmas");
    }
}
