package nl.akkoordmonitor.app.financing;

import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import nl.akkoordmonitor.app.support.AgreementFixtures;
import nl.akkoordmonitor.app.support.AgreementFixtures.LocalAgreement;
import nl.akkoordmonitor.app.support.AgreementFixtures.NationalAgreement;
import nl.akkoordmonitor.app.support.ApiResponse;
import nl.akkoordmonitor.app.support.IntegrationTest;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;

import static nl.akkoordmonitor.app.financing.FundingStreamApiTest.assertProblemNaming;
import static nl.akkoordmonitor.app.financing.FundingStreamApiTest.violations;
import static nl.akkoordmonitor.app.financing.Money.euros;
import static nl.akkoordmonitor.app.financing.StreamBuilder.aStream;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Allocating budgets to commitments and reporting what was spent, one request at a time. */
@MicronautTest(transactional = false)
class AllocationApiTest extends IntegrationTest {

    private static final String VLIELAND = "GM0096";

    private AgreementFixtures fixtures;
    private Money money;
    private NationalAgreement national;
    private String vlieland;

    @Override
    protected Map<String, String> extraProperties() {
        return Map.of("akkoordmonitor.clock.fixed-instant", "2026-05-01T10:00:00Z");
    }

    @BeforeAll
    void setUp() {
        fixtures = new AgreementFixtures(api);
        money = new Money(api);
        national = fixtures.nationalAgreement().years(2024, 2027).signed();
        vlieland = fixtures.tokenFor(VLIELAND);
    }

    private LocalAgreement localAgreementWithCommitments(int commitments) {
        var builder = fixtures.localAgreement(VLIELAND).under(national).years(2024, 2027);
        for (int i = 0; i < commitments; i++) {
            builder.withCommitment();
        }
        return builder.draft();
    }

    @Test
    void anAllocationAboveWhatIsLeftIsRefusedWithTheExactRemainder() {
        LocalAgreement local = localAgreementWithCommitments(3);
        long stream = money.streamWithBudgets(vlieland, aStream().incidental(2024, 2025), "10000.00", 2025);
        money.allocation(vlieland, stream, 2025, local.commitmentIds().get(0), "5000.00");
        money.allocation(vlieland, stream, 2025, local.commitmentIds().get(1), "3749.99");

        ApiResponse refused = money.allocate(vlieland, stream, 2025, local.commitmentIds().get(2), "1250.02");

        assertEquals(409, refused.status(), refused.toString());
        assertTrue(refused.contentType().startsWith("application/problem+json"));
        assertTrue(((String) refused.get("detail")).startsWith("Van de begroting 2025 is nog € 1.250,01 over"), refused.toString());
        ApiResponse fits = money.allocate(vlieland, stream, 2025, local.commitmentIds().get(2), "1250.01");
        assertEquals(201, fits.status(), fits.toString());
        Map<String, Object> budget = budgetOf(stream, 2025);
        assertEquals(euros("10000.00"), euros(budget.get("allocated")));
        assertEquals(euros("0.00"), euros(budget.get("remaining")));
    }

    @Test
    void theSameAllocationTwiceIsAConflict() {
        LocalAgreement local = localAgreementWithCommitments(1);
        long stream = money.streamWithBudgets(vlieland, aStream().structural(2024), "10000.00", 2025);
        money.allocation(vlieland, stream, 2025, local.commitmentIds().get(0), "100.00");

        ApiResponse again = money.allocate(vlieland, stream, 2025, local.commitmentIds().get(0), "100.00");

        assertEquals(409, again.status(), again.toString());
        assertEquals(euros("100.00"), euros(budgetOf(stream, 2025).get("allocated")));
    }

    @Test
    void aYearWithoutBudgetOrOutsideTheCommitmentIsRefusedNamingTheYear() {
        LocalAgreement local = localAgreementWithCommitments(1);
        long stream = money.streamWithBudgets(vlieland, aStream().structural(2020), "10000.00", 2023);

        ApiResponse noBudget = money.allocate(vlieland, stream, 2025, local.commitmentIds().get(0), "1.00");
        ApiResponse outside = money.allocate(vlieland, stream, 2023, local.commitmentIds().get(0), "1.00");

        assertProblemNaming(noBudget, 422, "year");
        assertEquals("NO_BUDGET", violations(noBudget).get(0).get("rule"));
        assertProblemNaming(outside, 422, "year");
        assertEquals("YEAR_OUTSIDE_COMMITMENT", violations(outside).get(0).get("rule"));
    }

    @Test
    void aNegativeOrZeroAllocationIsRefusedNamingTheAmount() {
        LocalAgreement local = localAgreementWithCommitments(1);
        long stream = money.streamWithBudgets(vlieland, aStream().structural(2024), "100.00", 2025);

        assertProblemNaming(money.allocate(vlieland, stream, 2025, local.commitmentIds().get(0), "-5.00"), 400, "amount");
        assertProblemNaming(money.allocate(vlieland, stream, 2025, local.commitmentIds().get(0), "0.00"), 400, "amount");
    }

    @Test
    void raisingAnAllocationObeysTheBudgetAndTheVersion() {
        LocalAgreement local = localAgreementWithCommitments(2);
        long stream = money.streamWithBudgets(vlieland, aStream().structural(2024), "1000.00", 2025);
        long first = money.allocation(vlieland, stream, 2025, local.commitmentIds().get(0), "400.00");
        money.allocation(vlieland, stream, 2025, local.commitmentIds().get(1), "500.00");

        ApiResponse tooMuch = api.put(vlieland, "/allocations/" + first, Map.of("amount", new BigDecimal("500.01"), "version", 0));
        ApiResponse raised = api.put(vlieland, "/allocations/" + first, Map.of("amount", new BigDecimal("500.00"), "version", 0));
        ApiResponse stale = api.put(vlieland, "/allocations/" + first, Map.of("amount", new BigDecimal("450.00"), "version", 0));

        assertEquals(409, tooMuch.status(), tooMuch.toString());
        assertTrue(((String) tooMuch.get("detail")).startsWith("Van de begroting 2025 is nog € 500,00 over"), tooMuch.toString());
        assertEquals(200, raised.status(), raised.toString());
        assertEquals(409, stale.status(), stale.toString());
        assertEquals(euros("1000.00"), euros(budgetOf(stream, 2025).get("allocated")));
    }

    @Test
    void aBudgetCannotDropBelowItsAllocations() {
        LocalAgreement local = localAgreementWithCommitments(1);
        long stream = money.streamWithBudgets(vlieland, aStream().structural(2024), "1000.00", 2025);
        money.allocation(vlieland, stream, 2025, local.commitmentIds().get(0), "800.00");

        ApiResponse lowered = api.put(vlieland, "/funding-streams/" + stream + "/budgets/2025",
                Map.of("amount", new BigDecimal("799.99"), "version", 0));

        assertProblemNaming(lowered, 422, "amount");
        assertEquals("BUDGET_BELOW_ALLOCATED", violations(lowered).get(0).get("rule"));
    }

    @Test
    void spendingAboveTheAllocationIsAcceptedAndFlagged() {
        LocalAgreement local = localAgreementWithCommitments(1);
        long stream = money.streamWithBudgets(vlieland, aStream().incidental(2024, 2025), "5000.00", 2024);
        long allocation = money.allocation(vlieland, stream, 2024, local.commitmentIds().get(0), "3000.00");

        ApiResponse within = money.spend(vlieland, allocation, 2024, "2500.00");
        ApiResponse over = money.spend(vlieland, allocation, 2025, "600.50");

        assertEquals(false, within.get("overspent"));
        assertEquals(true, over.get("overspent"));
        assertEquals(euros("100.50"), euros(over.get("overspentBy")));
        assertEquals(euros("3100.50"), euros(over.get("spentOnAllocation")));
        ApiResponse fetched = api.get(vlieland, "/allocations/" + allocation);
        assertEquals(true, fetched.get("overspent"));
        ApiResponse history = api.get(vlieland, "/allocations/" + allocation + "/expenditures");
        assertEquals(List.of(2024, 2025), history.items().stream().map(e -> e.get("year")).toList());
    }

    @Test
    void spendingIsReportedOncePerYearAndCorrectedWithTheVersion() {
        LocalAgreement local = localAgreementWithCommitments(1);
        long stream = money.streamWithBudgets(vlieland, aStream().structural(2024), "5000.00", 2025);
        long allocation = money.allocation(vlieland, stream, 2025, local.commitmentIds().get(0), "3000.00");
        long expenditure = money.spend(vlieland, allocation, 2025, "1000.00").id();

        ApiResponse again = api.post(vlieland, "/allocations/" + allocation + "/expenditures",
                Map.of("year", 2025, "amount", new BigDecimal("1000.00")));
        ApiResponse corrected = api.put(vlieland, "/expenditures/" + expenditure, Map.of("amount", new BigDecimal("1200.00"), "version", 0));

        assertEquals(409, again.status(), again.toString());
        assertEquals(200, corrected.status(), corrected.toString());
        assertEquals(euros("1200.00"), euros(corrected.get("spentOnAllocation")));
    }

    @Test
    void spendingInAFutureYearOrBeforeTheAllocationIsRefused() {
        LocalAgreement local = localAgreementWithCommitments(1);
        long stream = money.streamWithBudgets(vlieland, aStream().structural(2024), "5000.00", 2025);
        long allocation = money.allocation(vlieland, stream, 2025, local.commitmentIds().get(0), "3000.00");

        ApiResponse future = api.post(vlieland, "/allocations/" + allocation + "/expenditures", Map.of("year", 2027, "amount", new BigDecimal("1.00")));
        ApiResponse before = api.post(vlieland, "/allocations/" + allocation + "/expenditures", Map.of("year", 2024, "amount", new BigDecimal("1.00")));
        ApiResponse negative = api.post(vlieland, "/allocations/" + allocation + "/expenditures", Map.of("year", 2025, "amount", new BigDecimal("-1.00")));

        assertProblemNaming(future, 422, "year");
        assertProblemNaming(before, 422, "year");
        assertProblemNaming(negative, 400, "amount");
    }

    @Test
    void anAllocationWithoutSpendingCanBeRemoved() {
        LocalAgreement local = localAgreementWithCommitments(2);
        long stream = money.streamWithBudgets(vlieland, aStream().structural(2024), "5000.00", 2025);
        long unused = money.allocation(vlieland, stream, 2025, local.commitmentIds().get(0), "1000.00");
        long used = money.allocation(vlieland, stream, 2025, local.commitmentIds().get(1), "1000.00");
        money.spend(vlieland, used, 2025, "10.00");

        assertEquals(204, api.delete(vlieland, "/allocations/" + unused).status());
        assertEquals(409, api.delete(vlieland, "/allocations/" + used).status());
        assertEquals(euros("1000.00"), euros(budgetOf(stream, 2025).get("allocated")));
    }

    @Test
    void otherOrganisationsNeitherSeeNorChangeTheAllocations() {
        LocalAgreement local = localAgreementWithCommitments(1);
        long stream = money.streamWithBudgets(vlieland, aStream().structural(2024), "5000.00", 2025);
        long allocation = money.allocation(vlieland, stream, 2025, local.commitmentIds().get(0), "1000.00");
        String leeuwarden = fixtures.tokenFor("GM0080");
        String fryslan = fixtures.tokenFor("GG7206");
        String amsterdamRegion = fixtures.tokenFor("GG3406");

        assertEquals(404, api.get(leeuwarden, "/allocations/" + allocation).status());
        assertEquals(404, api.get(amsterdamRegion, "/allocations/" + allocation).status());
        assertEquals(200, api.get(fryslan, "/allocations/" + allocation).status());
        assertEquals(200, api.get(fixtures.vwsToken(), "/allocations/" + allocation).status());
        assertEquals(404, api.put(leeuwarden, "/allocations/" + allocation, Map.of("amount", new BigDecimal("1.00"), "version", 0)).status());
        assertEquals(403, api.put(fryslan, "/allocations/" + allocation, Map.of("amount", new BigDecimal("1.00"), "version", 0)).status());
        assertEquals(404, money.allocate(leeuwarden, stream, 2025, local.commitmentIds().get(0), "1.00").status());
        assertEquals(403, api.post(fryslan, "/allocations/" + allocation + "/expenditures",
                Map.of("year", 2025, "amount", new BigDecimal("1.00"))).status());
        assertEquals(404, api.delete(leeuwarden, "/allocations/" + allocation).status());
    }

    @Test
    void aMunicipalityCannotFundAnotherMunicipalitysCommitment() {
        LocalAgreement leeuwardenAgreement = fixtures.localAgreement("GM0080").under(national).years(2024, 2027)
                .withCommitment().draft();
        long stream = money.streamWithBudgets(vlieland, aStream().structural(2024), "5000.00", 2025);

        ApiResponse response = money.allocate(vlieland, stream, 2025, leeuwardenAgreement.commitmentIds().get(0), "1.00");

        assertTrue(response.status() == 403 || response.status() == 404, response.toString());
        assertEquals(euros("0.00"), euros(budgetOf(stream, 2025).get("allocated")));
    }

    @Test
    void theListShowsOnlyWhatTheCallerMaySee() {
        LocalAgreement local = localAgreementWithCommitments(1);
        long stream = money.streamWithBudgets(vlieland, aStream().structural(2024), "5000.00", 2025);
        long allocation = money.allocation(vlieland, stream, 2025, local.commitmentIds().get(0), "1000.00");

        ApiResponse own = api.get(vlieland, "/allocations?agreementId=" + local.id());
        ApiResponse other = api.get(fixtures.tokenFor("GM0080"), "/allocations?agreementId=" + local.id());

        assertEquals(List.of(allocation), own.items().stream().map(a -> ((Number) a.get("id")).longValue()).toList());
        assertTrue(other.items().isEmpty(), other.toString());
    }

    @Test
    void everyChangeToAllocationsAndSpendingIsAudited() throws Exception {
        LocalAgreement local = localAgreementWithCommitments(2);
        long stream = money.streamWithBudgets(vlieland, aStream().structural(2024), "5000.00", 2025);
        long kept = money.allocation(vlieland, stream, 2025, local.commitmentIds().get(0), "1000.00");
        long removed = money.allocation(vlieland, stream, 2025, local.commitmentIds().get(1), "1000.00");
        api.put(vlieland, "/allocations/" + kept, Map.of("amount", new BigDecimal("1100.00"), "version", 0));
        long expenditure = money.spend(vlieland, kept, 2025, "10.00").id();
        api.put(vlieland, "/expenditures/" + expenditure, Map.of("amount", new BigDecimal("20.00"), "version", 0));
        api.delete(vlieland, "/allocations/" + removed);

        assertEquals(List.of("CREATE", "UPDATE"), FundingStreamApiTest.auditActions("allocation", kept));
        assertEquals(List.of("CREATE", "DELETE"), FundingStreamApiTest.auditActions("allocation", removed));
        assertEquals(List.of("CREATE", "UPDATE"), FundingStreamApiTest.auditActions("expenditure", expenditure));
    }

    private Map<String, Object> budgetOf(long stream, int year) {
        ApiResponse budgets = api.get(vlieland, "/funding-streams/" + stream + "/budgets");
        return budgets.items().stream().filter(b -> ((Number) b.get("year")).intValue() == year)
                .findFirst().orElseThrow();
    }
}
