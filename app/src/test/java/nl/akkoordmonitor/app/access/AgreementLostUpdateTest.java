package nl.akkoordmonitor.app.access;

import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import nl.akkoordmonitor.app.support.AgreementFixtures;
import nl.akkoordmonitor.app.support.AgreementFixtures.LocalAgreement;
import nl.akkoordmonitor.app.support.AgreementFixtures.NationalAgreement;
import nl.akkoordmonitor.app.support.AgreementFixtures.RegionalAgreement;
import nl.akkoordmonitor.app.support.ApiResponse;
import nl.akkoordmonitor.app.support.IntegrationTest;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;

import static nl.akkoordmonitor.app.access.LostUpdateTest.assertOneWinsOneConflicts;
import static nl.akkoordmonitor.app.access.LostUpdateTest.race;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Two colleagues of one municipality save the same agreement at once, both from the version they read. */
@MicronautTest(transactional = false)
class AgreementLostUpdateTest extends IntegrationTest {

    @Test
    void twoConcurrentUpdatesOfTheSameAgreementWithTheSameVersion() throws Exception {
        AgreementFixtures fixtures = new AgreementFixtures(api);
        NationalAgreement national = fixtures.nationalAgreement().signed();
        RegionalAgreement region = fixtures.regionalAgreement("GG3406").under(national).signed();
        LocalAgreement draft = fixtures.localAgreement("GM0363").under(region).draft();
        String colleague = api.userFor("MUNICIPALITY", fixtures.organisationId("GM0363"));
        String path = "/agreements/" + draft.id();
        long version = ((Number) api.get(draft.ownerToken(), path).get("version")).longValue();

        List<ApiResponse> answers = race(
                () -> api.put(draft.ownerToken(), path, Map.of("title", "Versie van de eerste collega",
                        "firstYear", draft.firstYear(), "lastYear", draft.lastYear(), "version", version)),
                () -> api.put(colleague, path, Map.of("title", "Versie van de tweede collega",
                        "firstYear", draft.firstYear(), "lastYear", draft.lastYear(), "version", version)));

        assertOneWinsOneConflicts(answers);
        ApiResponse winner = answers.stream().filter(a -> a.status() == 200).findFirst().orElseThrow();
        assertEquals(winner.get("title"), api.get(draft.ownerToken(), path).get("title"));
        List<Map<String, Object>> changes = api.get(api.admin(), "/audit?entity=agreement&entityId=" + draft.id() + "&action=UPDATE").items();
        assertEquals(1, changes.size(), changes.toString());
        assertEquals(winner.get("title"), ((Map<?, ?>) changes.get(0).get("after")).get("title"), changes.toString());
    }
}
