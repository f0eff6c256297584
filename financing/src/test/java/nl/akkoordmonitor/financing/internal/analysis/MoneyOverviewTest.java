package nl.akkoordmonitor.financing.internal.analysis;

import nl.akkoordmonitor.agreements.Scope;
import nl.akkoordmonitor.financing.FundingNature;
import nl.akkoordmonitor.financing.LegalBasis;
import nl.akkoordmonitor.financing.MoneyLine;
import nl.akkoordmonitor.financing.MoneyOverview;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.time.Clock;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

/** How the per-law lines from the database become the full matrix with totals and the structural share. */
class MoneyOverviewTest {

    private static MoneyLine line(LegalBasis law, FundingNature nature, String budgeted, String allocated, String spent) {
        return new MoneyLine(law, nature, new BigDecimal(budgeted), new BigDecimal(allocated), new BigDecimal(spent));
    }

    private static AnalysisService serviceAnswering(List<MoneyLine> lines) {
        AnalysisQueries queries = new AnalysisQueries(null) {
            @Override
            List<MoneyLine> moneyByLawAndNature(Analysed analysed, int year) {
                return lines;
            }
        };
        return new AnalysisService(queries, null, null, Clock.systemUTC());
    }

    @Test
    void fillsEveryLawAndNatureAndAddsTheTotals() {
        MoneyOverview overview = serviceAnswering(List.of(
                line(LegalBasis.WPG, FundingNature.STRUCTURAL, "300.00", "200.00", "100.00"),
                line(LegalBasis.WMO, FundingNature.INCIDENTAL, "100.00", "50.00", "0.00"),
                line(LegalBasis.WMO, FundingNature.STRUCTURAL, "0.01", "0.00", "0.00")))
                .moneyByLawAndNature(Scope.national(), 2025);

        assertEquals(LegalBasis.values().length * FundingNature.values().length, overview.lines().size());
        assertEquals(new BigDecimal("0.00"), overview.lines().get(11).budgeted());
        assertEquals(new BigDecimal("100.01"), overview.perLegalBasis().get(1).budgeted());
        assertEquals(new BigDecimal("300.01"), overview.structural().budgeted());
        assertEquals(new BigDecimal("400.01"), overview.total().budgeted());
        assertEquals(new BigDecimal("250.00"), overview.total().allocated());
        // 300,01 / 400,01 = 75,0 %; 200 / 250 = 80,0 %; 100 / 100 = 100,0 %
        assertEquals(new BigDecimal("75.0"), overview.structuralShare().budgetedPercent());
        assertEquals(new BigDecimal("80.0"), overview.structuralShare().allocatedPercent());
        assertEquals(new BigDecimal("100.0"), overview.structuralShare().spentPercent());
    }

    @Test
    void noMoneyMeansNoShare() {
        MoneyOverview overview = serviceAnswering(List.of()).moneyByLawAndNature(Scope.region(7), 2025);

        assertEquals(new BigDecimal("0.00"), overview.total().spent());
        assertNull(overview.structuralShare().budgetedPercent());
    }

    @Test
    void sharesRoundHalfUpToOneDecimal() {
        assertEquals(new BigDecimal("33.3"), AnalysisService.percent(new BigDecimal("1.00"), new BigDecimal("3.00")));
        assertEquals(new BigDecimal("66.7"), AnalysisService.percent(new BigDecimal("2.00"), new BigDecimal("3.00")));
        assertEquals(new BigDecimal("0.1"), AnalysisService.percent(new BigDecimal("0.05"), new BigDecimal("100.00")));
    }
}
