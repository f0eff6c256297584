package nl.akkoordmonitor.app.programmes;

import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import nl.akkoordmonitor.app.support.AgreementFixtures;
import nl.akkoordmonitor.app.support.AgreementFixtures.Commitment;
import nl.akkoordmonitor.app.support.AgreementFixtures.LocalAgreement;
import nl.akkoordmonitor.app.support.AgreementFixtures.NationalAgreement;
import nl.akkoordmonitor.app.support.AgreementFixtures.Theme;
import nl.akkoordmonitor.app.support.ApiResponse;
import nl.akkoordmonitor.app.support.IntegrationTest;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import static nl.akkoordmonitor.app.support.Problems.assertProblem;
import static nl.akkoordmonitor.app.support.Problems.assertRule;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** AZWA continues GALA: VWS maps the themes, a municipality carries its local GALA agreement over. */
@MicronautTest(transactional = false)
class SuccessionApiTest extends IntegrationTest {

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
    @SuppressWarnings("unchecked")
    void aLocalGalaAgreementCarriedIntoAzwaCopiesTheMatchedThemesAndListsTheRest() {
        NationalAgreement gala = fixtures.nationalAgreement().withThemes(3, 2).years(2023, 2026).signed();
        NationalAgreement azwa = fixtures.nationalAgreement().withThemes(2, 1).years(2025, 2028).succeeding(gala).signed();
        Theme healthy = gala.themes().get(0);
        Theme unmatched = gala.themes().get(1);
        Theme optional = gala.themes().get(2);
        String vws = fixtures.vwsToken();

        // VWS maps GALA's first theme to AZWA's first, the optional one to AZWA's second; the second GALA theme has no match.
        ApiResponse wrong = api.put(vws, "/agreements/" + azwa.id() + "/theme-successions", Map.of("successions",
                List.of(Map.of("fromThemeId", azwa.themes().get(0).id(), "toThemeId", healthy.id()))));
        assertRule(wrong, 422, "FROM_THEME_OF_PREDECESSOR");
        assertRule(wrong, 422, "TO_THEME_OF_SUCCESSOR");
        ApiResponse mapped = api.put(vws, "/agreements/" + azwa.id() + "/theme-successions", Map.of("successions", List.of(
                Map.of("fromThemeId", healthy.id(), "toThemeId", azwa.themes().get(0).id()),
                Map.of("fromThemeId", optional.id(), "toThemeId", azwa.themes().get(1).id()))));
        assertEquals(200, mapped.status(), mapped.toString());
        assertEquals(2, mapped.items().size(), "the new mapping, in the paged envelope");
        assertProblem(api.put(fixtures.tokenFor("GM0037"), "/agreements/" + azwa.id() + "/theme-successions",
                Map.of("successions", List.of())), 403);

        LocalAgreement local = fixtures.localAgreement("GM0037").under(gala).years(2024, 2026)
                .withCommitment(healthy).withCommitment(optional).withCommitment(unmatched).signed();
        String token = local.ownerToken();
        Commitment first = local.commitments().stream().filter(c -> c.theme().equals(healthy)).findFirst().orElseThrow();
        Commitment lost = local.commitments().stream().filter(c -> c.theme().equals(unmatched)).findFirst().orElseThrow();
        long open = planned(token, first.id(), "Schoolprogramma gestart", "2024-09-01");
        long achieved = planned(token, first.id(), "Nulmeting gedaan", "2024-03-01");
        assertEquals(201, api.post(token, "/milestones/" + achieved + "/reports", Map.of("reportDate", "2024-04-01",
                "status", "ACHIEVED", "percentComplete", 100)).status());
        planned(token, lost.id(), "Valt weg", "2025-06-01");

        ApiResponse carried = api.post(token, "/agreements/" + local.id() + "/carry-over", Map.of("successorId", azwa.id()));
        assertEquals(201, carried.status(), carried.toString());
        Map<String, Object> draft = (Map<String, Object>) carried.get("agreement");
        long draftId = ((Number) draft.get("id")).longValue();
        assertEquals("DRAFT", draft.get("status"));
        assertEquals(local.id(), ((Number) draft.get("carriedFromId")).longValue());
        assertEquals(azwa.id(), ((Number) draft.get("nationalId")).longValue());
        assertEquals(2025, draft.get("firstYear"));
        assertEquals(2028, draft.get("lastYear"));

        Map<String, String> adoptions = ((List<Map<String, Object>>) carried.get("adoptions")).stream()
                .collect(Collectors.toMap(a -> (String) a.get("fromThemeCode"), a -> (String) a.get("toThemeCode")));
        assertEquals(Map.of(healthy.code(), azwa.themes().get(0).code(), optional.code(), azwa.themes().get(1).code()), adoptions);
        List<Map<String, Object>> commitments = (List<Map<String, Object>>) carried.get("commitments");
        assertEquals(2, commitments.size(), commitments.toString());
        Map<String, Object> copiedFirst = commitments.stream().filter(c -> ((Number) c.get("fromCommitmentId")).longValue() == first.id())
                .findFirst().orElseThrow();
        assertEquals(2025, copiedFirst.get("firstYear"));
        assertEquals(2026, copiedFirst.get("lastYear"));
        List<Map<String, Object>> notCarried = (List<Map<String, Object>>) carried.get("notCarried");
        assertTrue(notCarried.stream().allMatch(n -> "NO_MATCHING_THEME".equals(n.get("reason")) && unmatched.code().equals(n.get("themeCode"))),
                notCarried.toString());
        assertTrue(notCarried.stream().anyMatch(n -> n.get("commitmentId") != null && ((Number) n.get("commitmentId")).longValue() == lost.id()),
                notCarried.toString());

        // Open milestones follow their commitment, linked to where they came from; achieved ones stay behind.
        ApiResponse milestones = api.get(token, "/milestones?agreement=" + draftId);
        assertEquals(1, milestones.items().size(), milestones.toString());
        Map<String, Object> copy = milestones.items().get(0);
        assertEquals(open, ((Number) copy.get("carriedFromId")).longValue());
        assertEquals(((Number) copiedFirst.get("toCommitmentId")).longValue(), ((Number) copy.get("commitmentId")).longValue());
        assertEquals("2025-01-01", copy.get("dueDate"), "a due date before the new period moves to its first day");

        // The parties come along, so that the same organisations can sign the draft.
        assertEquals(parties(token, local.id()), parties(token, draftId));
        assertTrue(parties(token, draftId).contains("SIGNATORY:" + local.ownerId()), parties(token, draftId).toString());

        // The old agreement is untouched and the history of both tells the story.
        assertEquals("ACTIVE", api.get(token, "/agreements/" + local.id()).get("status"));
        assertTrue(api.get(token, "/agreements/" + draftId + "/history").toString().contains("CARRY_OVER"));
        assertTrue(api.get(token, "/agreements/" + local.id() + "/history").toString().contains("CARRIED_OVER"));

        assertRule(api.post(token, "/agreements/" + local.id() + "/carry-over", Map.of("successorId", azwa.id())), 422, "CARRIED_OVER_ONCE");
    }

    @Test
    void anAgreementIsCarriedOnlyIntoTheSuccessorOfItsOwnProgrammeAndOnlyByItsOwner() {
        NationalAgreement gala = fixtures.nationalAgreement().signed();
        NationalAgreement unrelated = fixtures.nationalAgreement().years(2025, 2028).signed();
        LocalAgreement local = fixtures.localAgreement("GM0047").under(gala).signed();

        assertRule(api.post(local.ownerToken(), "/agreements/" + local.id() + "/carry-over", Map.of("successorId", unrelated.id())),
                422, "SUCCESSOR_OF_PROGRAMME");
        assertProblem(api.post(fixtures.tokenFor("GM0050"), "/agreements/" + local.id() + "/carry-over",
                Map.of("successorId", unrelated.id())), 403);
        assertRule(api.post(gala.ownerToken(), "/agreements/" + gala.id() + "/carry-over", Map.of("successorId", unrelated.id())),
                422, "CARRY_OVER_ONLY_CHILD");
    }

    private long planned(String token, long commitmentId, String title, String dueDate) {
        ApiResponse created = api.post(token, "/commitments/" + commitmentId + "/milestones", Map.of("title", title, "dueDate", dueDate));
        assertEquals(201, created.status(), created.toString());
        return created.id();
    }

    private List<String> parties(String token, long agreementId) {
        ApiResponse parties = api.get(token, "/agreements/" + agreementId + "/parties");
        assertEquals(200, parties.status(), parties.toString());
        return parties.items().stream().map(p -> p.get("role") + ":" + ((Number) p.get("organisationId")).longValue()).sorted().toList();
    }
}
