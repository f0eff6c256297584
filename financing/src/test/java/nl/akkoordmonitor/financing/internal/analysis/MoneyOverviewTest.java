package nl.akkoordmonitor.financing.internal.analysis;

import nl.akkoordmonitor.agreements.Scope;
import nl.akkoordmonitor.financing.FundingNature;
import nl.akkoordmonitor.financing.FundingSource;
import nl.akkoordmonitor.financing.LegalBasis;
import nl.akkoordmonitor.financing.MoneyOverview;
import nl.akkoordmonitor.financing.StreamMoney;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.time.Clock;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

/** How the money per stream from the database becomes the full law × nature matrix with totals and the structural share. */
class MoneyOverviewTest {

    private static StreamMoney line(LegalBasis law, FundingNature nature, String budgeted, String allocated, String spent) {
        return new StreamMoney(1, "stroom", FundingSource.NATIONAL_GOVERNMENT, law, nature, false, 2, 2025,
                new BigDecimal(budgeted), new BigDecimal(allocated), new BigDecimal(spent));
    }

    private static AnalysisService serviceAnswering(List<StreamMoney> lines) {
        AnalysisQueries queries = new AnalysisQueries(null) {
            @Override
            List<StreamMoney> moneyPerStream(Analysed analysed, int year) {
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
                line(LegalBasis.WMO, FundingNature.STRUCTURAL, "0.01", "0.00", "0.00"),
                line(LegalBasis.WPG, FundingNature.STRUCTURAL, "0.00", "0.00", "0.00")))
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
    void theOverviewOfStreamsAlreadyReadAddsThemUpTheSameWay() {
        List<StreamMoney> streams = List.of(line(LegalBasis.WPG, FundingNature.STRUCTURAL, "300.00", "200.00", "100.00"),
                line(LegalBasis.WPG, FundingNature.STRUCTURAL, "0.50", "0.25", "0.00"),
                line(LegalBasis.JEUGDWET, FundingNature.INCIDENTAL, "100.00", "50.00", "25.00"));
        AnalysisService service = serviceAnswering(streams);

        MoneyOverview fromStreams = service.moneyByLawAndNature(Scope.region(7), 2025, streams);

        assertEquals(service.moneyByLawAndNature(Scope.region(7), 2025), fromStreams);
        assertEquals(new BigDecimal("300.50"), fromStreams.lines().get(0).budgeted());
        assertEquals(new BigDecimal("125.00"), fromStreams.total().spent());
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
