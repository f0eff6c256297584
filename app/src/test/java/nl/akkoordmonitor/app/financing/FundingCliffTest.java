package nl.akkoordmonitor.app.financing;

import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import nl.akkoordmonitor.app.support.AgreementFixtures;
import nl.akkoordmonitor.app.support.AgreementFixtures.LocalAgreement;
import nl.akkoordmonitor.app.support.ApiResponse;
import nl.akkoordmonitor.app.support.IntegrationTest;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import static nl.akkoordmonitor.app.financing.Money.euros;
import static nl.akkoordmonitor.app.financing.StreamBuilder.aStream;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** A commitment that outlives its incidental money is a funding cliff until structural money covers it. */
@MicronautTest(transactional = false)
class FundingCliffTest extends IntegrationTest {

    private static final String SCHIERMONNIKOOG = "GM0088";

    private AgreementFixtures fixtures;
    private Money money;
    private String schiermonnikoog;

    @BeforeAll
    void setUp() {
        fixtures = new AgreementFixtures(api);
        money = new Money(api);
        schiermonnikoog = fixtures.tokenFor(SCHIERMONNIKOOG);
    }

    /** A local agreement for 2024–2027 with one commitment over the whole period. */
    private LocalAgreement agreement2024To2027() {
        return fixtures.localAgreement(SCHIERMONNIKOOG)
                .under(fixtures.nationalAgreement().years(2024, 2027).signed())
                .years(2024, 2027).withCommitment().draft();
    }

    @Test
    void incidentalMoneyFor2024And2025LeavesACliffIn2026And2027UntilStructuralMoneyCoversThem() {
        LocalAgreement local = agreement2024To2027();
        long commitment = local.commitmentIds().get(0);
        long incidental = money.streamWithBudgets(schiermonnikoog, aStream().incidental(2024, 2025), "50000.00", 2024, 2025);
        money.allocation(schiermonnikoog, incidental, 2024, commitment, "20000.00");
        money.allocation(schiermonnikoog, incidental, 2025, commitment, "22500.00");

        List<Map<String, Object>> cliffs = cliffsOf(local);

        assertEquals(1, cliffs.size(), cliffs.toString());
        Map<String, Object> cliff = cliffs.get(0);
        assertEquals(commitment, ((Number) cliff.get("commitmentId")).longValue());
        assertEquals(2025, cliff.get("lastIncidentalYear"));
        assertEquals(euros("22500.00"), euros(cliff.get("lastIncidentalAmount")));
        assertEquals(List.of(2026, 2027), cliff.get("uncoveredYears"));

        long structural = money.streamWithBudgets(schiermonnikoog, aStream().law("WMO").structural(2026), "30000.00", 2026, 2027);
        money.allocation(schiermonnikoog, structural, 2026, commitment, "22500.00");
        assertEquals(List.of(2027), cliffsOf(local).get(0).get("uncoveredYears"));

        money.allocation(schiermonnikoog, structural, 2027, commitment, "22500.00");
        assertTrue(cliffsOf(local).isEmpty(), "structural money for 2026 and 2027 removes the cliff");
    }

    @Test
    void incidentalMoneyForTheWholePeriodIsNoCliff() {
        LocalAgreement local = agreement2024To2027();
        long commitment = local.commitmentIds().get(0);
        long incidental = money.streamWithBudgets(schiermonnikoog, aStream().incidental(2024, 2027), "1000.00", 2024, 2027);
        money.allocation(schiermonnikoog, incidental, 2024, commitment, "500.00");
        money.allocation(schiermonnikoog, incidental, 2027, commitment, "500.00");

        assertTrue(cliffsOf(local).isEmpty());
    }

    @Test
    void theCliffShowsInTheMunicipalityRegionAndCountryButNotElsewhere() {
        LocalAgreement local = agreement2024To2027();
        long commitment = local.commitmentIds().get(0);
        long incidental = money.streamWithBudgets(schiermonnikoog, aStream().incidental(2024, 2025), "1000.00", 2024);
        money.allocation(schiermonnikoog, incidental, 2024, commitment, "1000.00");

        assertTrue(containsCommitment(api.get(schiermonnikoog, "/financing/analysis/funding-cliffs?size=1000"), commitment));
        assertTrue(containsCommitment(api.get(fixtures.tokenFor("GG7206"), "/financing/analysis/funding-cliffs?size=1000"), commitment));
        assertTrue(containsCommitment(api.get(fixtures.vwsToken(), "/financing/analysis/funding-cliffs?size=1000"), commitment));
        assertTrue(!containsCommitment(api.get(fixtures.tokenFor("GG3406"), "/financing/analysis/funding-cliffs?size=1000"), commitment));
    }

    @Test
    void theCliffFollowsAChangedCommitmentOrAgreementPeriod() {
        LocalAgreement local = agreement2024To2027();
        long commitment = local.commitmentIds().get(0);
        long incidental = money.streamWithBudgets(schiermonnikoog, aStream().incidental(2024, 2025), "1000.00", 2024, 2025);
        money.allocation(schiermonnikoog, incidental, 2025, commitment, "1000.00");
        assertEquals(List.of(2026, 2027), cliffsOf(local).get(0).get("uncoveredYears"));

        assertEquals(200, changeCommitmentPeriod(commitment, 2024, 2026).status());
        assertEquals(List.of(2026), cliffsOf(local).get(0).get("uncoveredYears"), "the commitment now ends in 2026");

        assertEquals(200, changeCommitmentPeriod(commitment, 2024, 2027).status());
        ApiResponse agreement = api.get(schiermonnikoog, "/agreements/" + local.id());
        ApiResponse shorter = api.put(schiermonnikoog, "/agreements/" + local.id(), Map.of("title", agreement.get("title"),
                "firstYear", 2024, "lastYear", 2025, "version", agreement.get("version")));
        assertEquals(200, shorter.status(), shorter.toString());
        assertTrue(cliffsOf(local).isEmpty(), "the agreement now ends with the incidental money");
    }

    @Test
    void aCommitmentCannotBeShortenedPastAYearItHasMoneyFor() {
        LocalAgreement local = agreement2024To2027();
        long commitment = local.commitmentIds().get(0);
        long structural = money.streamWithBudgets(schiermonnikoog, aStream().law("WMO").structural(2026), "5000.00", 2027);
        money.allocation(schiermonnikoog, structural, 2027, commitment, "5000.00");

        ApiResponse refused = changeCommitmentPeriod(commitment, 2024, 2026);

        assertEquals(409, refused.status(), refused.toString());
        assertTrue(refused.contentType().startsWith("application/problem+json"), refused.toString());
        assertTrue(refused.text().contains("MONEY_OUTSIDE_PERIOD") && refused.text().contains("2027"), refused.toString());
        assertEquals(2027, api.get(schiermonnikoog, "/commitments/" + commitment).get("lastYear"), "nothing changed");
    }

    /** Changes only the period of a commitment of a draft agreement, keeping the rest as it is. */
    private ApiResponse changeCommitmentPeriod(long commitment, int firstYear, int lastYear) {
        Map<String, Object> current = api.get(schiermonnikoog, "/commitments/" + commitment).body();
        Map<String, Object> body = new HashMap<>();
        for (String field : List.of("title", "description", "targetGroups", "livingEnvironment", "preventionLevel",
                "responsibleOrganisationId", "version")) {
            body.put(field, current.get(field));
        }
        body.put("firstYear", firstYear);
        body.put("lastYear", lastYear);
        return api.put(schiermonnikoog, "/commitments/" + commitment, body);
    }

    private List<Map<String, Object>> cliffsOf(LocalAgreement local) {
        ApiResponse response = api.get(schiermonnikoog, "/financing/analysis/funding-cliffs?agreement=" + local.id());
        assertEquals(200, response.status(), response.toString());
        return response.items();
    }

    private static boolean containsCommitment(ApiResponse response, long commitment) {
        assertEquals(200, response.status(), response.toString());
        return response.items().stream()
                .anyMatch(c -> ((Number) c.get("commitmentId")).longValue() == commitment);
    }
}
