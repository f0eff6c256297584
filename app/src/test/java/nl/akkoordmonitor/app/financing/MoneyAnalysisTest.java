package nl.akkoordmonitor.app.financing;

import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import nl.akkoordmonitor.app.support.AgreementFixtures;
import nl.akkoordmonitor.app.support.AgreementFixtures.LocalAgreement;
import nl.akkoordmonitor.app.support.ApiResponse;
import nl.akkoordmonitor.app.support.IntegrationTest;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;

import static nl.akkoordmonitor.app.financing.Money.euros;
import static nl.akkoordmonitor.app.financing.StreamBuilder.aStream;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The money analyses on a hand-built dataset of Ameland that mixes three laws and both natures.
 * Every expected figure is worked out by hand below.
 *
 * <pre>
 * stream                         2025 budget   allocated 2025                spent in 2025
 * S1 Wpg structural               100.000,00   C1 30.000,00 + C2 20.000,00   C1 28.500,00 + C2 21.000,00 (C2 overspent 1.000,00)
 * S2 Wmo incidental 2024–2025,     40.000,00   C1 15.000,25                     9.999,99
 *    earmarked (2024: 20.000,00, allocated C1 5.000,00, spent 4.000,00 in 2024)
 * S3 Jeugdwet incidental 2025–26   25.000,50   C3 25.000,50                    25.000,50
 * S4 Jeugdwet structural           12.345,67   C2  2.345,67                       345,67
 * S5 Wmo structural                10.000,00   nothing (counts for Ameland, not for its agreement)
 * </pre>
 */
@MicronautTest(transactional = false)
class MoneyAnalysisTest extends IntegrationTest {

    private static final String AMELAND = "GM0060";
    private static final String FRYSLAN = "GG7206";

    private AgreementFixtures fixtures;
    private LocalAgreement local;
    private String ameland;
    private ApiResponse municipalityBefore;
    private ApiResponse regionBefore;
    private long s1;
    private long s2;
    private long c2;

    @Override
    protected Map<String, String> extraProperties() {
        return Map.of("akkoordmonitor.clock.fixed-instant", "2026-05-01T10:00:00Z");
    }

    @BeforeAll
    void buildTheDataset() {
        fixtures = new AgreementFixtures(api);
        Money money = new Money(api);
        local = fixtures.localAgreement(AMELAND).under(fixtures.nationalAgreement().signed())
                .withCommitment().withCommitment().withCommitment().draft();
        ameland = fixtures.tokenFor(AMELAND);
        // Other tests may put money in Ameland or Fryslân too; the organisation scopes are checked
        // on what this dataset adds.
        municipalityBefore = api.get(ameland, "/financing/analysis/money?year=2025&municipality=" + AMELAND);
        regionBefore = api.get(fixtures.tokenFor(FRYSLAN), "/financing/analysis/money?year=2025&region=" + FRYSLAN);
        long c1 = local.commitmentIds().get(0);
        c2 = local.commitmentIds().get(1);
        long c3 = local.commitmentIds().get(2);

        s1 = money.streamWithBudgets(ameland, aStream().named("S1 GGD-taken").law("WPG").structural(2024), "100000.00", 2025);
        s2 = money.stream(ameland, aStream().named("S2 SPUK").law("WMO").incidental(2024, 2025)
                .earmarked("Alleen voor het lokale preventieakkoord"));
        money.budget(ameland, s2, 2024, "20000.00");
        money.budget(ameland, s2, 2025, "40000.00");
        long s3 = money.streamWithBudgets(ameland, aStream().named("S3 Jeugd").law("JEUGDWET").incidental(2025, 2026), "25000.50", 2025);
        long s4 = money.streamWithBudgets(ameland, aStream().named("S4 Jeugd structureel").law("JEUGDWET").structural(2024), "12345.67", 2025);
        money.streamWithBudgets(ameland, aStream().named("S5 Wmo").law("WMO").structural(2024), "10000.00", 2025);

        money.spend(ameland, money.allocation(ameland, s1, 2025, c1, "30000.00"), 2025, "28500.00");
        money.spend(ameland, money.allocation(ameland, s1, 2025, c2, "20000.00"), 2025, "21000.00");
        money.spend(ameland, money.allocation(ameland, s2, 2024, c1, "5000.00"), 2024, "4000.00");
        money.spend(ameland, money.allocation(ameland, s2, 2025, c1, "15000.25"), 2025, "9999.99");
        money.spend(ameland, money.allocation(ameland, s3, 2025, c3, "25000.50"), 2025, "25000.50");
        money.spend(ameland, money.allocation(ameland, s4, 2025, c2, "2345.67"), 2025, "345.67");
    }

    @Test
    void theAgreementsMoneyPerLawAndNatureAgreesToTheCent() {
        ApiResponse overview = api.get(ameland, "/financing/analysis/money?year=2025&agreement=" + local.id());

        assertEquals(200, overview.status(), overview.toString());
        assertLine(line(overview, "WPG", "STRUCTURAL"), "100000.00", "50000.00", "49500.00");
        assertLine(line(overview, "WMO", "INCIDENTAL"), "40000.00", "15000.25", "9999.99");
        assertLine(line(overview, "WMO", "STRUCTURAL"), "0.00", "0.00", "0.00");
        assertLine(line(overview, "JEUGDWET", "INCIDENTAL"), "25000.50", "25000.50", "25000.50");
        assertLine(line(overview, "JEUGDWET", "STRUCTURAL"), "12345.67", "2345.67", "345.67");
        assertLine(line(overview, "ZVW", "STRUCTURAL"), "0.00", "0.00", "0.00");
        // Jeugdwet: 25.000,50 + 12.345,67 | 25.000,50 + 2.345,67 | 25.000,50 + 345,67
        assertLine(perLaw(overview, "JEUGDWET"), "37346.17", "27346.17", "25346.17");
        // structural: S1 + S4; incidental: S2 + S3
        assertLine((Map<String, Object>) overview.get("structural"), "112345.67", "52345.67", "49845.67");
        assertLine((Map<String, Object>) overview.get("incidental"), "65000.50", "40000.75", "35000.49");
        assertLine((Map<String, Object>) overview.get("total"), "177346.17", "92346.42", "84846.16");
        Map<String, Object> share = (Map<String, Object>) overview.get("structuralShare");
        // 112.345,67 / 177.346,17 = 63,35 %; 52.345,67 / 92.346,42 = 56,68 %; 49.845,67 / 84.846,16 = 58,75 %
        assertEquals(new BigDecimal("63.3"), new BigDecimal(String.valueOf(share.get("budgetedPercent"))));
        assertEquals(new BigDecimal("56.7"), new BigDecimal(String.valueOf(share.get("allocatedPercent"))));
        assertEquals(new BigDecimal("58.7"), new BigDecimal(String.valueOf(share.get("spentPercent"))));
    }

    @Test
    void theMunicipalityAndItsRegionCountEveryStreamTheMunicipalityReceives() {
        ApiResponse municipality = api.get(ameland, "/financing/analysis/money?year=2025&municipality=" + AMELAND);
        ApiResponse region = api.get(fixtures.tokenFor(FRYSLAN), "/financing/analysis/money?year=2025&region=" + FRYSLAN);

        for (ApiResponse[] pair : List.of(new ApiResponse[]{municipalityBefore, municipality}, new ApiResponse[]{regionBefore, region})) {
            assertEquals(200, pair[1].status(), pair[1].toString());
            // S5 adds 10.000,00 of structural Wmo budget to the agreement's figures.
            assertAdded(line(pair[0], "WMO", "STRUCTURAL"), line(pair[1], "WMO", "STRUCTURAL"), "10000.00", "0.00", "0.00");
            assertAdded(line(pair[0], "WPG", "STRUCTURAL"), line(pair[1], "WPG", "STRUCTURAL"), "100000.00", "50000.00", "49500.00");
            assertAdded((Map<String, Object>) pair[0].get("total"), (Map<String, Object>) pair[1].get("total"),
                    "187346.17", "92346.42", "84846.16");
        }
    }

    @Test
    void theMoneyPerStreamAddsUpToTheSameTotals() {
        ApiResponse streams = api.get(ameland, "/financing/analysis/streams?year=2025&agreement=" + local.id());

        List<Map<String, Object>> rows = streams.items();
        assertEquals(4, rows.size(), streams.toString());
        Map<String, Object> first = rows.stream().filter(r -> ((Number) r.get("streamId")).longValue() == s1).findFirst().orElseThrow();
        assertLine(first, "100000.00", "50000.00", "49500.00");
        assertEquals(euros("177346.17"), rows.stream().map(r -> euros(r.get("budgeted"))).reduce(BigDecimal.ZERO, BigDecimal::add));
        assertEquals(euros("84846.16"), rows.stream().map(r -> euros(r.get("spent"))).reduce(BigDecimal.ZERO, BigDecimal::add));
    }

    @Test
    void overspendingListsTheAllocationSpentBeyondItsAmount() {
        ApiResponse response = api.get(ameland, "/financing/analysis/overspending?year=2025&agreement=" + local.id());

        List<Map<String, Object>> rows = response.items();
        assertEquals(1, rows.size(), response.toString());
        assertEquals(c2, ((Number) rows.get(0).get("commitmentId")).longValue());
        assertEquals(euros("20000.00"), euros(rows.get(0).get("allocated")));
        assertEquals(euros("21000.00"), euros(rows.get(0).get("spent")));
        assertEquals(euros("1000.00"), euros(rows.get(0).get("overspentBy")));
    }

    @Test
    void earmarkedMoneyLeftAtTheEndOfEachYear() {
        Map<String, Object> of2025 = unspentOf(s2, 2025);
        Map<String, Object> of2024 = unspentOf(s2, 2024);

        // 40.000,00 − 9.999,99 and 20.000,00 − 4.000,00
        assertEquals(euros("30000.01"), euros(of2025.get("unspent")));
        assertEquals(euros("16000.00"), euros(of2024.get("unspent")));
        assertEquals(true, of2024.get("yearEnded"));
        assertEquals(true, of2025.get("yearEnded"));
        ApiResponse notEarmarked = api.get(ameland, "/financing/analysis/earmarked-unspent?year=2025&municipality=" + AMELAND);
        assertTrue(notEarmarked.items().stream()
                .noneMatch(r -> ((Number) r.get("streamId")).longValue() == s1));
    }

    @Test
    void theSpendingStatementHasTheSisaFigures() {
        ApiResponse statement = api.get(ameland, "/financing/analysis/spending-statement?year=2025&municipality=" + AMELAND);

        Map<String, Object> spuk = streamRow(statement, s2);
        assertEquals(euros("40000.00"), euros(spuk.get("budgetYear")));
        assertEquals(euros("9999.99"), euros(spuk.get("spendingYear")));
        assertEquals(euros("60000.00"), euros(spuk.get("cumulativeBudget")));
        // 4.000,00 in 2024 + 9.999,99 in 2025
        assertEquals(euros("13999.99"), euros(spuk.get("cumulativeSpending")));
        assertEquals(true, spuk.get("finalAccounting"));
        assertEquals("2026-07-15", String.valueOf(spuk.get("deadline")));
        Map<String, Object> structural = streamRow(statement, s1);
        assertEquals(false, structural.get("finalAccounting"));
        assertNull(structural.get("lastYear"));
    }

    @Test
    void eachScopeIsReadOnlyByThoseItBelongsTo() {
        String leeuwarden = fixtures.tokenFor("GM0080");
        String amsterdamRegion = fixtures.tokenFor("GG3406");

        assertEquals(403, api.get(leeuwarden, "/financing/analysis/money?year=2025&municipality=" + AMELAND).status());
        assertEquals(403, api.get(amsterdamRegion, "/financing/analysis/money?year=2025&municipality=" + AMELAND).status());
        assertEquals(403, api.get(ameland, "/financing/analysis/money?year=2025&region=" + FRYSLAN).status());
        assertEquals(403, api.get(ameland, "/financing/analysis/funding-cliffs?region=" + FRYSLAN).status());
        assertEquals(404, api.get(leeuwarden, "/financing/analysis/money?year=2025&agreement=" + local.id()).status());
        assertEquals(200, api.get(fixtures.vwsToken(), "/financing/analysis/money?year=2025").status());
        assertEquals(200, api.get(fixtures.tokenFor(FRYSLAN), "/financing/analysis/money?year=2025&municipality=" + AMELAND).status());
        assertEquals(200, api.get(fixtures.vwsToken(), "/financing/analysis/money?year=2025&agreement=" + local.id()).status());
        ApiResponse national = api.get(ameland, "/financing/analysis/money?year=2025");
        assertEquals(200, national.status(), "without a scope a municipality gets its own");
        assertEquals("MUNICIPALITY", ((Map<String, Object>) national.get("scope")).get("level"));
        ApiResponse unknown = api.get(ameland, "/financing/analysis/money?year=2025&municipality=GM9998");
        FundingStreamApiTest.assertProblemNaming(unknown, 400, "municipality");
    }

    private Map<String, Object> unspentOf(long stream, int year) {
        ApiResponse response = api.get(ameland, "/financing/analysis/earmarked-unspent?year=" + year + "&municipality=" + AMELAND);
        assertEquals(200, response.status(), response.toString());
        return streamRow(response, stream);
    }

    private static Map<String, Object> streamRow(ApiResponse response, long stream) {
        return response.items().stream()
                .filter(r -> ((Number) r.get("streamId")).longValue() == stream).findFirst()
                .orElseThrow(() -> new AssertionError("no row for stream " + stream + " in " + response));
    }

    private static Map<String, Object> line(ApiResponse overview, String legalBasis, String nature) {
        return ((List<Map<String, Object>>) overview.get("lines")).stream()
                .filter(l -> legalBasis.equals(l.get("legalBasis")) && nature.equals(l.get("nature"))).findFirst()
                .orElseThrow(() -> new AssertionError("no line " + legalBasis + " " + nature + " in " + overview));
    }

    private static Map<String, Object> perLaw(ApiResponse overview, String legalBasis) {
        return ((List<Map<String, Object>>) overview.get("perLegalBasis")).stream()
                .filter(l -> legalBasis.equals(l.get("legalBasis"))).findFirst().orElseThrow();
    }

    private static void assertLine(Map<String, Object> line, String budgeted, String allocated, String spent) {
        assertEquals(euros(budgeted), euros(line.get("budgeted")), "budgeted in " + line);
        assertEquals(euros(allocated), euros(line.get("allocated")), "allocated in " + line);
        assertEquals(euros(spent), euros(line.get("spent")), "spent in " + line);
    }

    private static void assertAdded(Map<String, Object> before, Map<String, Object> after, String budgeted, String allocated, String spent) {
        assertEquals(euros(budgeted), euros(after.get("budgeted")).subtract(euros(before.get("budgeted"))), "budgeted " + before + " → " + after);
        assertEquals(euros(allocated), euros(after.get("allocated")).subtract(euros(before.get("allocated"))), "allocated " + before + " → " + after);
        assertEquals(euros(spent), euros(after.get("spent")).subtract(euros(before.get("spent"))), "spent " + before + " → " + after);
    }
}
