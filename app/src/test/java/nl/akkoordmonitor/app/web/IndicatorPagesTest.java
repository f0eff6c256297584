package nl.akkoordmonitor.app.web;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import com.microsoft.playwright.options.SelectOption;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import nl.akkoordmonitor.app.milestones.AgreementWorld;
import org.junit.jupiter.api.Test;

import java.util.Map;
import java.util.UUID;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertEquals;

/** The indicators of the own agreement: targets, measurements per year with their judgement, entering a measurement. */
@MicronautTest(transactional = false)
class IndicatorPagesTest extends BrowserTest {

    @Test
    void aMunicipalitySeesItsTargetsAndEntersAMeasurement() {
        AgreementWorld world = new AgreementWorld(api);
        AgreementWorld.Place place = world.freshMunicipality();
        AgreementWorld.Agreement agreement = world.activeLocal(place, 2024, 2026);
        String owner = world.municipality(place);
        long smoking = indicator(world.vws(), "Volwassenen die roken", "LOWER_IS_BETTER");
        // From 20% in 2022 to 12% in 2030: one point a year, so 18 in 2024 and 17 in 2025.
        assertEquals(201, api.post(owner, "/agreements/" + agreement.id() + "/indicator-targets", Map.of("indicatorId", smoking,
                "baselineValue", "20", "baselineYear", 2022, "targetValue", "12", "targetYear", 2030)).status());
        assertEquals(201, api.post(owner, "/indicators/" + smoking + "/measurements",
                Map.of("organisationId", place.municipalityId(), "year", 2024, "value", "18")).status());

        String[] user = newUser("MUNICIPALITY", place.municipalityId());
        logIn(user[0], user[1]);
        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Indicatoren").setExact(true)).click();
        assertThat(page.locator("h1")).hasText("Indicatoren");
        Locator section = page.locator("section", new Page.LocatorOptions().setHas(page.getByRole(AriaRole.HEADING,
                new Page.GetByRoleOptions().setName("Volwassenen die roken"))));
        assertThat(section).containsText("20 in 2022");
        assertThat(section).containsText("12 in 2030");
        assertThat(section.locator("tbody tr")).hasCount(1);
        assertThat(section.locator("tbody tr").first()).containsText("2024");
        assertThat(section.locator("tbody tr").first()).containsText("Gehaald");
        check("indicatoren");

        // A value that is not a number is refused beside its field, and what was typed stays.
        page.getByLabel("Indicator", new Page.GetByLabelOptions().setExact(true)).selectOption(new SelectOption().setLabel("Volwassenen die roken"));
        page.getByLabel("Jaar van de meting").fill("2025");
        page.getByLabel("Gemeten waarde").fill("zeventien");
        button("Meting opslaan").click();
        assertEquals("Fout:", page.title().substring(0, 5));
        assertThat(page.locator("#value-error")).hasText("Vul een getal in, bijvoorbeeld 17,5");
        assertThat(page.getByLabel("Gemeten waarde")).hasValue("zeventien");
        assertThat(page.getByLabel("Jaar van de meting")).hasValue("2025");
        check("indicatoren-geweigerd");

        // 17,5 in 2025 is above the path of 17: lower is better, so not met.
        page.getByLabel("Gemeten waarde").fill("17,5");
        button("Meting opslaan").click();
        assertThat(page.getByRole(AriaRole.STATUS).first()).containsText("De meting is opgeslagen");
        assertThat(section.locator("tbody tr")).hasCount(2);
        Locator row2025 = section.locator("tbody tr").nth(1);
        assertThat(row2025).containsText("17,5");
        assertThat(row2025).containsText("17");
        assertThat(row2025).containsText("Niet gehaald");
        assertThat(section.locator("dl")).containsText("Niet gehaald (2025)");

        // A second value for the same year is refused with what to do, not with the API's words.
        page.getByLabel("Indicator", new Page.GetByLabelOptions().setExact(true)).selectOption(new SelectOption().setLabel("Volwassenen die roken"));
        page.getByLabel("Jaar van de meting").fill("2025");
        page.getByLabel("Gemeten waarde").fill("16");
        button("Meting opslaan").click();
        assertThat(page.locator("#year-error")).containsText("Voor 2025 is al een waarde vastgelegd");
        assertEquals("17.5", measuredIn2025(owner, smoking, place.municipalityId()), "the first value stays");
    }

    @Test
    void anAgreementWithoutTargetsSaysSoAndOffersNoForm() {
        AgreementWorld world = new AgreementWorld(api);
        AgreementWorld.Place place = world.freshMunicipality();
        world.activeLocal(place, 2024, 2026);
        String[] user = newUser("MUNICIPALITY", place.municipalityId());
        logIn(user[0], user[1]);
        open("/indicatoren");
        assertThat(page.locator("main")).containsText("heeft nog geen streefwaarden op indicatoren");
        assertThat(page.locator("main form")).hasCount(0);
        check("indicatoren-geen");
    }

    private Locator button(String name) {
        return page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName(name).setExact(true));
    }

    private long indicator(String vws, String name, String direction) {
        var created = api.post(vws, "/indicators", Map.of("code", "WEB_" + UUID.randomUUID().toString().substring(0, 8).toUpperCase(),
                "name", name, "unit", "%", "direction", direction, "source", "GGD_GEZONDHEIDSMONITOR", "family", "RISK_FACTOR"));
        assertEquals(201, created.status(), created.toString());
        return created.id();
    }

    @SuppressWarnings("unchecked")
    private String measuredIn2025(String token, long indicator, long organisation) {
        var targets = (java.util.List<Map<String, Object>>) api.get(token, "/indicators/" + indicator + "/measurements?fromYear=2025&toYear=2025")
                .get("items");
        assertEquals(1, targets.size());
        return new java.math.BigDecimal(String.valueOf(targets.get(0).get("value"))).stripTrailingZeros().toPlainString();
    }
}
