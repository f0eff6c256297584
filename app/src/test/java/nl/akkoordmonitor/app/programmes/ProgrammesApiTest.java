package nl.akkoordmonitor.app.programmes;

import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import nl.akkoordmonitor.app.support.AgreementFixtures;
import nl.akkoordmonitor.app.support.AgreementFixtures.LocalAgreement;
import nl.akkoordmonitor.app.support.AgreementFixtures.NationalAgreement;
import nl.akkoordmonitor.app.support.ApiResponse;
import nl.akkoordmonitor.app.support.IntegrationTest;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import static nl.akkoordmonitor.app.support.Problems.assertProblem;
import static nl.akkoordmonitor.app.support.Problems.assertRule;
import static nl.akkoordmonitor.app.support.Problems.rules;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Several national programmes at once (GALA and AZWA), and one ACTIVE agreement per programme and level. */
@MicronautTest(transactional = false)
class ProgrammesApiTest extends IntegrationTest {

    private AgreementFixtures fixtures;

    @Override
    protected Map<String, String> extraProperties() {
        return Map.of("akkoordmonitor.clock.fixed-instant", "2025-10-01T10:00:00Z");
    }

    @BeforeAll
    void fixtures() {
        fixtures = new AgreementFixtures(api);
    }

    @Test
    void aMunicipalityWorksUnderTwoProgrammesAtOnceButHasOneActiveAgreementPerProgramme() {
        NationalAgreement gala = fixtures.nationalAgreement().years(2023, 2026).signed();
        NationalAgreement azwa = fixtures.nationalAgreement().years(2025, 2028).succeeding(gala).signed();
        assertEquals("ACTIVE", api.get(gala.ownerToken(), "/agreements/" + gala.id()).get("status"));
        assertEquals("ACTIVE", api.get(azwa.ownerToken(), "/agreements/" + azwa.id()).get("status"));
        assertEquals(gala.id(), ((Number) api.get(azwa.ownerToken(), "/agreements/" + azwa.id()).get("predecessorId")).longValue());

        LocalAgreement underGala = fixtures.localAgreement("GM0014").under(gala).years(2024, 2026).signed();
        LocalAgreement underAzwa = fixtures.localAgreement("GM0014").under(azwa).years(2025, 2028).signed();
        assertEquals("ACTIVE", api.get(underGala.ownerToken(), "/agreements/" + underGala.id()).get("status"));
        assertEquals("ACTIVE", api.get(underAzwa.ownerToken(), "/agreements/" + underAzwa.id()).get("status"));

        LocalAgreement third = fixtures.localAgreement("GM0014").under(gala).years(2025, 2026).completingBindingThemes().draft();
        api.post(third.ownerToken(), "/agreements/" + third.id() + "/parties", Map.of("organisationId", third.ownerId(), "role", "SIGNATORY"));
        ApiResponse refused = api.post(third.ownerToken(), "/agreements/" + third.id() + "/sign", Map.of());
        assertEquals(List.of("ONE_ACTIVE_PER_PROGRAMME_AND_LEVEL"), rules(refused), refused.toString());
        assertTrue(refused.toString().contains(String.valueOf(underGala.id())), refused.toString());
        assertTrue(refused.toString().contains(String.valueOf(underGala.id())) && !refused.toString().contains("[" + underAzwa.id() + "]"),
                "only the agreement under the same programme is in the way: " + refused);

        ApiResponse perProgramme = api.get(underAzwa.ownerToken(), "/agreements?status=ACTIVE&owner=" + underAzwa.ownerId()
                + "&programme=" + azwa.id());
        assertEquals(List.of(underAzwa.id()), perProgramme.items().stream().map(a -> ((Number) a.get("id")).longValue()).toList());
    }

    @Test
    void onlyANationalAgreementNamesAPredecessor() {
        NationalAgreement gala = fixtures.nationalAgreement().signed();
        LocalAgreement local = fixtures.localAgreement("GM0034").under(gala).signed();
        Map<String, Object> body = national("Opvolger van een lokaal akkoord", local.id());
        assertRule(api.post(fixtures.vwsToken(), "/agreements", body), 422, "PREDECESSOR_IS_NATIONAL");

        Map<String, Object> regional = new HashMap<>(Map.of("level", "REGIONAL", "title", "Regio met voorganger", "ownerId",
                fixtures.organisationId("GG0706"), "parentId", gala.id(), "firstYear", 2024, "lastYear", 2026, "predecessorId", gala.id()));
        assertRule(api.post(fixtures.tokenFor("GG0706"), "/agreements", regional), 422, "PREDECESSOR_IS_NATIONAL");

        assertRule(api.post(fixtures.vwsToken(), "/agreements", national("Opvolger van niets", 999_999_999L)), 422, "PREDECESSOR_EXISTS");
    }

    private Map<String, Object> national(String title, long predecessorId) {
        return new HashMap<>(Map.of("level", "NATIONAL", "title", title, "ownerId", fixtures.organisationId("VWS"),
                "firstYear", 2025, "lastYear", 2028, "predecessorId", predecessorId));
    }

    @Test
    void aDraftNationalAgreementWithoutPredecessorHasNone() {
        NationalAgreement gala = fixtures.nationalAgreement().draft();
        assertNull(api.get(gala.ownerToken(), "/agreements/" + gala.id()).get("predecessorId"));
        assertProblem(api.get(fixtures.tokenFor("GM0014"), "/agreements/" + gala.id()), 404);
    }
}
