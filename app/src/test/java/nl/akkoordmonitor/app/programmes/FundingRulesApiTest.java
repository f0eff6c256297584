package nl.akkoordmonitor.app.programmes;

import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import nl.akkoordmonitor.app.financing.Money;
import nl.akkoordmonitor.app.support.AgreementFixtures;
import nl.akkoordmonitor.app.support.AgreementFixtures.LocalAgreement;
import nl.akkoordmonitor.app.support.AgreementFixtures.NationalAgreement;
import nl.akkoordmonitor.app.support.ApiResponse;
import nl.akkoordmonitor.app.support.IntegrationTest;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import static nl.akkoordmonitor.app.financing.StreamBuilder.aStream;
import static nl.akkoordmonitor.app.support.Problems.assertProblem;
import static nl.akkoordmonitor.app.support.Problems.assertRule;
import static nl.akkoordmonitor.app.support.Problems.rules;
import static nl.akkoordmonitor.app.support.Problems.violations;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The brede SPUK's rules: parts under main themes, 15% shifts, carry-over, budget letters and co-financing. */
@MicronautTest(transactional = false)
class FundingRulesApiTest extends IntegrationTest {

    private static final String ASSEN = "GM0106";

    private AgreementFixtures fixtures;
    private Money money;
    private String assen;
    private LocalAgreement local;

    @Override
    protected Map<String, String> extraProperties() {
        return Map.of("akkoordmonitor.clock.fixed-instant", "2026-05-01T10:00:00Z");
    }

    @BeforeAll
    void setUp() {
        fixtures = new AgreementFixtures(api);
        money = new Money(api);
        NationalAgreement gala = fixtures.nationalAgreement().years(2023, 2026).signed();
        local = fixtures.localAgreement(ASSEN).under(gala).years(2023, 2026).withCommitment().withCommitment().draft();
        assen = fixtures.tokenFor(ASSEN);
    }

    /** A SPUK stream with buurtsportcoaches and lokale sportakkoorden under sport, Kansrijke Start under health. */
    private Spuk spuk(String carryOverShare) {
        long stream = money.stream(assen, aStream().incidental(2023, 2026).named("Brede SPUK " + System.nanoTime())
                .earmarked("Regeling specifieke uitkering sport, gezondheid, cultuur en sociale basis").with("carryOverShare", carryOverShare));
        long bsc = part(stream, "BSC", "Buurtsportcoaches", "Sport en bewegen");
        long lsa = part(stream, "LSA", "Lokale sportakkoorden", "Sport en bewegen");
        long ks = part(stream, "KS", "Kansrijke Start", "Gezondheidsbevordering");
        setBudget(stream, bsc, 2025, "100000.00");
        setBudget(stream, lsa, 2025, "20000.00");
        setBudget(stream, ks, 2025, "30000.00");
        return new Spuk(stream, bsc, lsa, ks);
    }

    private record Spuk(long stream, long bsc, long lsa, long ks) {
    }

    @Test
    void aShiftAboveFifteenPercentOfThePartIsRefusedWithTheFigures() {
        Spuk spuk = spuk("0.20");
        assertEquals(201, shift(spuk, spuk.bsc(), spuk.lsa(), "10000.00").status());
        assertEquals(201, shift(spuk, spuk.bsc(), spuk.lsa(), "5000.00").status());

        ApiResponse refused = shift(spuk, spuk.bsc(), spuk.lsa(), "0.01");
        assertEquals(List.of("SHIFT_ABOVE_15_PERCENT"), rules(refused), refused.toString());
        String message = (String) violations(refused).get(0).get("message");
        assertTrue(message.contains("15% van € 100.000,00 = € 15.000,00") && message.contains("eerder verschoven € 15.000,00")
                && message.contains("€ 0,01 te veel"), message);

        assertEquals(euros("85000.00"), euros(history(spuk, spuk.bsc(), 2025).get("amount")));
        assertEquals(euros("35000.00"), euros(history(spuk, spuk.lsa(), 2025).get("amount")));
        // The stream's budget is the sum of its parts; a shift leaves it as it was.
        assertEquals(euros("150000.00"), euros(budgetOf(spuk.stream(), 2025).get("amount")));
        assertEquals(2, api.get(assen, "/funding-streams/" + spuk.stream() + "/shifts").items().size());
    }

    @Test
    void moneyNeverShiftsAcrossMainThemes() {
        Spuk spuk = spuk("0.20");
        ApiResponse refused = shift(spuk, spuk.bsc(), spuk.ks(), "100.00");
        assertRule(refused, 422, "SHIFT_WITHIN_MAIN_THEME");
        assertTrue(refused.toString().contains("Gezondheidsbevordering"), refused.toString());
        assertEquals(euros("100000.00"), euros(history(spuk, spuk.bsc(), 2025).get("amount")));

        Map<String, Object> noReason = new HashMap<>(Map.of("fromPartId", spuk.bsc(), "toPartId", spuk.lsa(), "year", 2025, "amount", "1.00"));
        assertProblem(api.post(assen, "/funding-streams/" + spuk.stream() + "/shifts", noReason), 400);
        assertProblem(api.post(fixtures.tokenFor("GG0706"), "/funding-streams/" + spuk.stream() + "/shifts",
                shiftBody(spuk.bsc(), spuk.lsa(), "1.00")), 403);
    }

    @Test
    void carryOverAboveTheStreamsShareIsRefusedAndWithinItMovesTheMoney() {
        Spuk spuk = spuk("0.20");
        String path = "/funding-streams/" + spuk.stream() + "/carry-overs";
        assertEquals(201, api.post(assen, path, carry(spuk.ks(), "25000.00")).status());

        ApiResponse refused = api.post(assen, path, carry(spuk.bsc(), "5000.01"));
        assertEquals(List.of("CARRY_OVER_ABOVE_SHARE"), rules(refused), refused.toString());
        String message = (String) violations(refused).get(0).get("message");
        assertTrue(message.contains("20% van € 150.000,00 = € 30.000,00") && message.contains("€ 0,01 te veel"), message);
        assertEquals(201, api.post(assen, path, carry(spuk.bsc(), "5000.00")).status());

        assertEquals(euros("120000.00"), euros(budgetOf(spuk.stream(), 2025).get("amount")));
        assertEquals(euros("30000.00"), euros(budgetOf(spuk.stream(), 2026).get("amount")));
        Map<String, Object> ks2026 = history(spuk, spuk.ks(), 2026);
        assertEquals(euros("25000.00"), euros(ks2026.get("carriedIn")));
        assertRule(api.post(assen, path, Map.of("fromYear", 2026, "partId", spuk.ks(), "amount", "1.00", "reason", "Na 2026")),
                422, "CARRY_OVER_INSIDE_PERIOD");

        // A stream with its own share: 10% of 150.000 is 15.000.
        Spuk strict = spuk("0.10");
        assertRule(api.post(assen, "/funding-streams/" + strict.stream() + "/carry-overs", carry(strict.bsc(), "15000.01")),
                422, "CARRY_OVER_ABOVE_SHARE");
    }

    @Test
    void aBudgetLetterWithACutShowsInTheBudgetsHistory() {
        Spuk spuk = spuk("0.20");
        setBudget(spuk.stream(), spuk.bsc(), 2026, "100000.00");
        String path = "/funding-streams/" + spuk.stream() + "/letters";
        Map<String, Object> cut = letter("CUT", "2026-0000123456", "-10000.00", spuk.bsc());
        ApiResponse recorded = api.post(assen, path, cut);
        assertEquals(201, recorded.status(), recorded.toString());
        assertProblem(api.post(assen, path, cut), 409);
        assertRule(api.post(assen, path, letter("CUT", "2026-0000999999", "500.00", spuk.bsc())), 422, "CUT_LOWERS");
        assertRule(api.post(assen, path, letter("CORRECTION", "2026-0000999998", "-90000.01", spuk.bsc())), 422, "PART_BUDGET_NOT_NEGATIVE");
        assertEquals(201, api.post(assen, path, letter("INDEXATION", "2026-0000222222", "1800.00", spuk.bsc())).status());

        Map<String, Object> history = history(spuk, spuk.bsc(), 2026);
        assertEquals(euros("91800.00"), euros(history.get("amount")));
        @SuppressWarnings("unchecked")
        List<Map<String, Object>> changes = (List<Map<String, Object>>) history.get("changes");
        assertEquals(List.of("SET", "LETTER", "LETTER"), changes.stream().map(c -> c.get("kind")).toList());
        Map<String, Object> letterChange = changes.get(1);
        assertEquals(euros("-10000.00"), euros(letterChange.get("amount")));
        assertEquals(euros("90000.00"), euros(letterChange.get("balance")));
        assertEquals("2026-01-15", letterChange.get("letterDate"));
        assertTrue(((String) letterChange.get("reference")).startsWith("2026-0000123456"), letterChange.toString());
        assertEquals("Korting van 10% op de SPUK in 2026", letterChange.get("reason"));
        assertEquals(2, api.get(assen, path).items().size());

        // The stream's budget follows its parts and is not changed past them.
        assertEquals(euros("91800.00"), euros(budgetOf(spuk.stream(), 2026).get("amount")));
        assertRule(api.put(assen, "/funding-streams/" + spuk.stream() + "/budgets/2026", Map.of("amount", "1.00", "version", 0)),
                409, "BUDGET_FROM_PARTS");
    }

    @Test
    void theCoFinancingFigureShowsWhetherTheOwnShareWasSpent() {
        long state = money.streamWithBudgets(assen, aStream().incidental(2023, 2026).named("Buurtsportcoaches rijk " + System.nanoTime())
                .earmarked("Brede SPUK, onderdeel buurtsportcoaches").with("coFinancingShare", "0.60"), "40000.00", 2025);
        long own = money.streamWithBudgets(assen, aStream().structural(2023).source("MUNICIPALITY").named("Eigen bijdrage bsc " + System.nanoTime())
                .with("coFinancesStreamId", state), "60000.00", 2025);
        long commitment = local.commitmentIds().get(0);
        long stateAllocation = money.allocation(assen, state, 2025, commitment, "40000.00");
        long ownAllocation = money.allocation(assen, own, 2025, commitment, "60000.00");
        money.spend(assen, stateAllocation, 2025, "40000.00");
        ApiResponse ownSpent = money.spend(assen, ownAllocation, 2025, "50000.00");

        ApiResponse figure = api.get(assen, "/funding-streams/" + state + "/co-financing?year=2025");
        assertEquals(200, figure.status(), figure.toString());
        assertEquals(euros("40000.00"), euros(figure.get("stateSpent")));
        assertEquals(euros("60000.00"), euros(figure.get("ownRequired")));
        assertEquals(euros("50000.00"), euros(figure.get("ownSpent")));
        assertFalse((Boolean) figure.get("met"));
        assertEquals(euros("10000.00"), euros(figure.get("shortfall")));

        api.put(assen, "/expenditures/" + ownSpent.id(), Map.of("amount", "60000.00", "version", ownSpent.get("version")));
        ApiResponse met = api.get(assen, "/funding-streams/" + state + "/co-financing?year=2025");
        assertTrue((Boolean) met.get("met"), met.toString());
        assertEquals(euros("0.00"), euros(met.get("shortfall")));

        assertRule(api.post(assen, "/funding-streams", aStream().named("Eigen geld van een ander").with("coFinancesStreamId", 999_999_999L).body()),
                422, "CO_FINANCED_STREAM");
        assertProblem(api.get(fixtures.tokenFor("GM0109"), "/funding-streams/" + state + "/co-financing?year=2025"), 404);
    }

    // ---------------------------------------------------------------- steps

    private long part(long stream, String code, String name, String mainTheme) {
        ApiResponse created = api.post(assen, "/funding-streams/" + stream + "/parts", Map.of("code", code, "name", name, "mainTheme", mainTheme));
        assertEquals(201, created.status(), created.toString());
        return created.id();
    }

    private void setBudget(long stream, long part, int year, String amount) {
        ApiResponse set = api.post(assen, "/funding-streams/" + stream + "/parts/" + part + "/budgets", Map.of("year", year, "amount", amount));
        assertEquals(201, set.status(), set.toString());
    }

    private ApiResponse shift(Spuk spuk, long from, long to, String amount) {
        return api.post(assen, "/funding-streams/" + spuk.stream() + "/shifts", shiftBody(from, to, amount));
    }

    private static Map<String, Object> shiftBody(long from, long to, String amount) {
        return Map.of("fromPartId", from, "toPartId", to, "year", 2025, "amount", amount, "reason", "Meer vraag naar sportakkoorden");
    }

    private static Map<String, Object> carry(long part, String amount) {
        return Map.of("fromYear", 2025, "partId", part, "amount", amount, "reason", "Projecten lopen door in 2026");
    }

    private static Map<String, Object> letter(String kind, String reference, String amount, long part) {
        return Map.of("letterDate", "2026-01-15", "reference", reference, "kind", kind, "reason", "Korting van 10% op de SPUK in 2026",
                "changes", List.of(Map.of("partId", part, "year", 2026, "amount", amount)));
    }

    @SuppressWarnings("unchecked")
    private Map<String, Object> history(Spuk spuk, long part, int year) {
        ApiResponse history = api.get(assen, "/funding-streams/" + spuk.stream() + "/parts/" + part + "/budgets/" + year);
        assertEquals(200, history.status(), history.toString());
        return history.body();
    }

    @SuppressWarnings("unchecked")
    private Map<String, Object> budgetOf(long stream, int year) {
        List<Map<String, Object>> budgets = api.get(assen, "/funding-streams/" + stream + "/budgets").items();
        return budgets.stream().filter(b -> ((Number) b.get("year")).intValue() == year).findFirst().orElseThrow();
    }

    static BigDecimal euros(Object value) {
        return new BigDecimal(String.valueOf(value)).setScale(2);
    }
}
