package nl.akkoordmonitor.app.web;

import com.microsoft.playwright.APIResponse;
import com.microsoft.playwright.Response;
import com.microsoft.playwright.options.FormData;
import com.microsoft.playwright.options.RequestOptions;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import nl.akkoordmonitor.app.financing.StreamBuilder;
import nl.akkoordmonitor.app.milestones.AgreementWorld;
import nl.akkoordmonitor.app.milestones.Evaluations;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * A municipality in the browser gets nothing of another municipality: its draft agreement, the
 * inside of its signed one (milestones, money, evaluation) and every form on them answer 403 or
 * 404, and no page shows the other's names. The pages ask the API as the user, so this is the
 * API's access rule seen from the browser.
 */
@MicronautTest(transactional = false)
class OtherMunicipalityPagesTest extends BrowserTest {

    private static final String MILESTONE = "Geheime mijlpaal van de buurgemeente";
    private static final String STREAM = "Geheime stroom van de buurgemeente";

    @Test
    void anotherMunicipalitysPagesAndFormsAnswer403Or404AndShowNothingOfIt() {
        AgreementWorld world = new AgreementWorld(api);
        int year = java.time.LocalDate.now().getYear();

        // The other municipality: a signed agreement with a milestone, money and an evaluation in draft ...
        AgreementWorld.Place other = world.freshMunicipality();
        AgreementWorld.Agreement active = world.activeLocal(other, year - 1, year);
        String owner = world.municipality(other);
        long milestone = api.post(owner, "/commitments/" + active.commitment() + "/milestones",
                Map.of("title", MILESTONE, "dueDate", java.time.LocalDate.of(year, 12, 31).toString())).id();
        long stream = api.post(owner, "/funding-streams", StreamBuilder.aStream().named(STREAM).law("WPG").incidental(year, year).body()).id();
        assertEquals(201, api.post(owner, "/funding-streams/" + stream + "/budgets", Map.of("year", year, "amount", "1000.00")).status());
        long allocation = api.post(owner, "/allocations", Map.of("streamId", stream, "commitmentId", active.commitment(),
                "year", year, "amount", "500.00")).id();
        long evaluation = new Evaluations(api).opened(owner, active.id(), year - 1);
        // ... and a third one's agreement still in draft.
        AgreementWorld.Place third = world.freshMunicipality();
        AgreementWorld.Agreement draft = world.draftLocal(third, year - 1, year);
        String draftOwner = world.municipality(third);
        String draftTitle = (String) api.get(draftOwner, "/agreements/" + draft.id()).get("title");
        String otherName = (String) api.get(owner, "/agreements/" + active.id()).get("ownerName");
        String thirdName = (String) api.get(draftOwner, "/agreements/" + draft.id()).get("ownerName");
        List<String> secrets = List.of(MILESTONE, STREAM, draftTitle, thirdName, otherName);

        String[] user = newUser("MUNICIPALITY", world.freshMunicipality().municipalityId());
        logIn(user[0], user[1]);
        String csrf = page.locator("input[name=csrf]").first().inputValue();

        // Pages: the draft agreement, and the inside of the signed one.
        for (String path : List.of("/akkoord/" + draft.id(), "/akkoord/" + draft.id() + "/geschiedenis",
                "/akkoord/" + draft.id() + "/partijen", "/akkoord/" + draft.id() + "/wijzigen", "/akkoord/" + draft.id() + "/ondertekenen",
                "/mijlpalen/" + milestone, "/geld/toewijzing/" + allocation, "/geld/toewijzing/" + allocation + "/over?amount=10",
                "/evaluatie/" + evaluation, "/evaluatie/" + evaluation + "/indienen")) {
            Response response = open(path);
            assertTrue(response.status() == 403 || response.status() == 404, path + " answered " + response.status());
            String html = page.content();
            secrets.forEach(secret -> assertFalse(html.contains(secret), path + " shows " + secret));
            assertAccessible();
        }

        // Forms, posted with a valid CSRF token of the user's own session.
        Map<String, Map<String, String>> forms = new java.util.LinkedHashMap<>();
        forms.put("/mijlpalen/" + milestone, Map.of("status", "ON_TRACK", "percentComplete", "50", "narrative", "ingebroken"));
        forms.put("/geld/toewijzing/" + allocation, Map.of("year", String.valueOf(year), "amount", "100,00"));
        forms.put("/evaluatie/" + evaluation, Map.of("generalConclusion", "ingebroken"));
        forms.put("/evaluatie/" + evaluation + "/indienen", Map.of());
        // The signed agreement itself is public (what it promises), so these forms are complete and
        // valid: what refuses them is that the user does not act for its owner.
        String version = String.valueOf(api.get(owner, "/agreements/" + active.id()).get("version"));
        forms.put("/akkoord/" + active.id() + "/wijzigen", Map.of("title", "Overgenomen", "firstYear", String.valueOf(year - 1),
                "lastYear", String.valueOf(year), "reason", "ingebroken", "version", version));
        forms.put("/akkoord/" + active.id() + "/partijen", Map.of("organisationId", String.valueOf(other.municipalityId()),
                "role", "ADVISER", "reason", "ingebroken"));
        forms.put("/akkoord/" + draft.id() + "/ondertekenen", Map.of());
        forms.forEach((path, fields) -> {
            FormData form = FormData.create().set("csrf", csrf);
            fields.forEach(form::set);
            APIResponse response = page.request().post(path, RequestOptions.create().setForm(form).setMaxRedirects(0));
            assertTrue(response.status() == 403 || response.status() == 404, "POST " + path + " answered " + response.status());
            String html = response.text();
            secrets.forEach(secret -> assertFalse(html.contains(secret), "POST " + path + " shows " + secret));
        });

        // Nothing changed.
        Map<String, Object> detail = api.get(owner, "/milestones/" + milestone).body();
        assertEquals(List.of(), detail.getOrDefault("reports", List.of()), "no progress was reported");
        assertEquals(0, new java.math.BigDecimal(String.valueOf(api.get(owner, "/allocations/" + allocation).get("spent"))).signum());
        var evaluationNow = api.get(owner, "/evaluations/" + evaluation);
        assertEquals("DRAFT", evaluationNow.get("status"));
        assertNull(evaluationNow.get("generalConclusion"));
        assertEquals("ACTIVE", api.get(owner, "/agreements/" + active.id()).get("status"));
        assertFalse(String.valueOf(api.get(owner, "/agreements/" + active.id()).get("title")).equals("Overgenomen"));
        assertEquals("DRAFT", api.get(draftOwner, "/agreements/" + draft.id()).get("status"));
    }
}
