package nl.akkoordmonitor.app.milestones;

import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import nl.akkoordmonitor.app.milestones.AgreementWorld.Agreement;
import nl.akkoordmonitor.app.milestones.AgreementWorld.Place;
import nl.akkoordmonitor.app.support.ApiResponse;
import nl.akkoordmonitor.app.support.IntegrationTest;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** A milestone shows its core theme's current name, also after the theme of a signed agreement was renamed. */
@MicronautTest(transactional = false)
class ThemeRenameTest extends IntegrationTest {

    private AgreementWorld world;

    @BeforeAll
    void world() {
        world = new AgreementWorld(api);
    }

    @Test
    @SuppressWarnings("unchecked")
    void renamingAThemeOfASignedAgreementShowsTheNewNameOnItsMilestones() {
        Place place = world.freshMunicipality();
        Agreement agreement = world.activeLocal(place, 2024, 2026);
        String user = world.municipality(place);
        long milestone = new MilestoneSteps(api).planned(user, agreement.commitment(), "Rookvrije schoolpleinen", "2025-06-30");
        Map<String, Object> before = (Map<String, Object>) api.get(user, "/milestones/" + milestone).get("milestone");
        long themeId = ((Number) before.get("coreThemeId")).longValue();
        long nationalId = ((Number) api.get(user, "/agreements/" + agreement.id()).get("nationalId")).longValue();
        String vws = world.vws();
        Map<String, Object> theme = api.get(vws, "/agreements/" + nationalId + "/core-themes").items()
                .stream().filter(t -> ((Number) t.get("id")).longValue() == themeId).findFirst().orElseThrow();
        String newName = before.get("coreThemeName") + " (herzien)";

        Map<String, Object> rename = new HashMap<>();
        rename.put("name", newName);
        rename.put("description", theme.get("description"));
        rename.put("binding", theme.get("binding"));
        rename.put("version", theme.get("version"));
        rename.put("reason", "Naam aangepast na de midterm review");
        ApiResponse renamed = api.put(vws, "/agreements/" + nationalId + "/core-themes/" + themeId, rename);

        assertEquals(200, renamed.status(), renamed.toString());
        assertEquals(newName, ((Map<String, Object>) api.get(user, "/milestones/" + milestone).get("milestone")).get("coreThemeName"));
        List<Map<String, Object>> listed = api.get(user, "/milestones?agreement=" + agreement.id()).items();
        assertEquals(List.of(newName), listed.stream().filter(m -> ((Number) m.get("id")).longValue() == milestone)
                .map(m -> m.get("coreThemeName")).toList());
    }
}
