package nl.akkoordmonitor.reporting.internal.steering;

import nl.akkoordmonitor.reporting.internal.workbook.TrafficLight;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.usermodel.XSSFChart;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The Samenvatting's figures, row by row, for a made-up country of two GGD regions and four
 * municipalities whose every number is worked out by hand in the comments: coverage per binding
 * theme and the region with most gaps, milestones per theme with the rest added up, the names of
 * who has not submitted, funding cliffs per year and money per law.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class SummaryFiguresTest {

    private static final String UTRECHT = "GG3014";
    private static final String GOOI = "GG3015";

    private XSSFWorkbook workbook;
    private XSSFSheet summary;

    @BeforeAll
    void write() throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        SteeringWorkbookWriter.write("Voortgangsrapportage 2025 – Nederland", SteeringReportContent.RowSource.of(milestones()),
                SummaryFiguresTest::content, task -> new Thread(task).start(), LocalDate.of(2026, 5, 1), out);
        workbook = new XSSFWorkbook(new ByteArrayInputStream(out.toByteArray()));
        summary = workbook.getSheet("Samenvatting");
    }

    @Test
    void coveragePerThemeAddsUpAndNamesTheRegionWithMostGaps() {
        Row roken = row("Roken", 0);
        // Covered: GGD Utrecht, Utrecht (explained deviation). Gap: GGD Gooi, Hilversum, Huizen. None: Zeist.
        assertEquals(List.of(2.0, 3.0, 1.0, 6.0), numbers(roken, 1, 4));
        assertEquals("GGD Gooi", roken.getCell(5).getStringCellValue(), "three of Gooi's do not cover it, one of Utrecht's");
        assertEquals(3.0, roken.getCell(6).getNumericCellValue());

        Row alcohol = row("Alcohol", 0);
        // Covered: both regions (Gooi by deviation) and Huizen. Gap: Utrecht, Hilversum (no commitments). None: Zeist.
        assertEquals(List.of(3.0, 2.0, 1.0, 6.0), numbers(alcohol, 1, 4));
        assertEquals("GGD Utrecht", alcohol.getCell(5).getStringCellValue());
        assertEquals(2.0, alcohol.getCell(6).getNumericCellValue());

        Row bewegen = row("Bewegen", 0);
        // Covered: GGD Utrecht, Huizen. Gap: GGD Gooi, Hilversum. None: Utrecht (no cell), Zeist. Two each: the first region by code.
        assertEquals(List.of(2.0, 2.0, 2.0, 6.0), numbers(bewegen, 1, 4));
        assertEquals("GGD Utrecht", bewegen.getCell(5).getStringCellValue(), "a tie names the first region by code");
        assertEquals(2.0, bewegen.getCell(6).getNumericCellValue());

        assertTrue(text().contains("Geteld voor Nederland: 6 GGD-regio's en gemeenten, 5 actieve akkoorden"), text());
        assertTrue(text().contains("= 6."), "the line says what each theme's row adds up to: " + text());
    }

    @Test
    void milestonesPerThemeWorstFirstWithTheRestAddedUp() {
        int from = row("2. Welke mijlpalen lopen achter?", 0).getRowNum();
        assertTrue(text().contains("18 mijlpalen met einddatum in 2025"), text());
        assertTrue(text().contains("1 niet gestart + 8 op schema + 3 loopt achter + 4 vertraagd + 2 afgerond + 0 geannuleerd"), text());
        assertTrue(text().contains("Daarvan zijn er 6 over de einddatum"), text());

        Row alcohol = row("Alcohol", from);
        assertEquals(alcohol.getRowNum(), from + 3, "the theme with most overdue comes first, under its header");
        assertEquals(List.of(5.0, 5.0, 0.0, 0.0), numbers(alcohol, 1, 4));
        assertEquals("GGD Gooi", alcohol.getCell(5).getStringCellValue());
        assertEquals(4.0, alcohol.getCell(6).getNumericCellValue());

        Row roken = row("Roken", from);
        assertEquals(alcohol.getRowNum() + 1, roken.getRowNum());
        assertEquals(List.of(3.0, 1.0, 1.0, 1.0), numbers(roken, 1, 4));
        assertEquals("GGD Utrecht", roken.getCell(5).getStringCellValue());

        Row bewegen = row("Bewegen", from);
        assertEquals(roken.getRowNum() + 1, bewegen.getRowNum(), "then by name");
        assertEquals(List.of(1.0, 0.0, 1.0, 0.0), numbers(bewegen, 1, 4));
        assertEquals(CellType.BLANK, cellType(bewegen, 5), "no region is worst without overdue milestones");

        // Ten themes by name; Thema 11 and Thema 12 added up in one row.
        Row rest = row("Overige 2 kernthema's", from);
        assertEquals(bewegen.getRowNum() + 8, rest.getRowNum(), "Thema 04 to Thema 10 in between");
        assertEquals(List.of(2.0, 0.0, 1.0, 1.0), numbers(rest, 1, 4));
        assertFalse(text().contains("Thema 11 "), "the eleventh theme is not named");

        Row header = row("Het langst over de einddatum", from);
        List<String> oldest = new ArrayList<>();
        for (int r = header.getRowNum() + 1; r <= header.getRowNum() + MilestoneTally.OLDEST; r++) {
            oldest.add(summary.getRow(r).getCell(0).getStringCellValue());
        }
        assertEquals(List.of("Nulmeting januari", "Nulmeting februari", "Plan maart", "Scholen april", "Campagne mei"), oldest,
                "the five longest overdue, oldest first; June's is not among them");
        assertEquals("Vertraagd", summary.getRow(header.getRowNum() + 1).getCell(2).getStringCellValue());
        assertEquals("Niet gestart", summary.getRow(header.getRowNum() + 2).getCell(2).getStringCellValue(),
                "a milestone never reported shows as not started");
    }

    @Test
    void evaluationsNameWhoHasNotSubmittedAndWhichWereReturned() {
        // 2 accepted + 1 awaiting review + 1 returned + (1 draft + 62 never started) = 67.
        assertTrue(text().contains("67 verwacht (één per actief akkoord) = 2 geaccepteerd + 1 ingediend en wacht op beoordeling"
                + " + 1 teruggestuurd + 63 niet ingediend"), text());
        String missing = row("Niet ingediend (63)", 0).getCell(1).getStringCellValue();
        assertTrue(missing.startsWith("Gemeente 001 (GG3015), Gemeente 002 (GG3015)"), missing);
        assertTrue(missing.endsWith("Gemeente 059 (GG3015), Gemeente 060 (GG3015), en 3 meer"), "sixty names and the count of the rest: " + missing);
        assertFalse(missing.contains("Gemeente 061"), missing);
        assertEquals("GGD Gooi", row("Teruggestuurd (1)", 0).getCell(1).getStringCellValue(), "a region is named without its code");
    }

    @Test
    void fundingCliffsPerFirstYearWithoutMoneyAndMoneyPerLaw() {
        assertTrue(text().contains("6 afspraken lopen door na hun laatste jaar met incidenteel geld"), text());
        assertTrue(text().contains("Samen valt er dan € 58.500 per jaar weg"), text());
        Row cliffs2027 = rowWithYear(2027);
        assertEquals(4.0, cliffs2027.getCell(1).getNumericCellValue());
        assertEquals(56000.0, cliffs2027.getCell(2).getNumericCellValue());
        assertEquals("Rookvrij (Utrecht, € 40.000); Welzijn op recept (Zeist, € 10.000); Valpreventie (Huizen, € 5.000)",
                cliffs2027.getCell(3).getStringCellValue(), "the three largest, largest first");
        Row cliffs2028 = rowWithYear(2028);
        assertEquals(cliffs2027.getRowNum() + 1, cliffs2028.getRowNum(), "years in order");
        assertEquals(2.0, cliffs2028.getCell(1).getNumericCellValue(), "a cliff without an amount still counts");
        assertEquals(2500.0, cliffs2028.getCell(2).getNumericCellValue());

        int from = row("Wet", 0).getRowNum();
        // WPG: 1000 structural + 200 incidental; WMO: 500 incidental; Jeugdwet: 300 structural.
        assertEquals(List.of(1000.0, 200.0, 1200.0, 800.0), numbers(row("Wpg", from), 1, 4));
        assertEquals(List.of(0.0, 500.0, 500.0, 650.0), numbers(row("Wmo 2015", from), 1, 4));
        assertEquals(List.of(300.0, 0.0, 300.0, 300.0), numbers(row("Jeugdwet", from), 1, 4));
        assertEquals(List.of(1300.0, 700.0, 2000.0, 1750.0), numbers(row("Totaal", from), 1, 4));
        assertTrue(text().contains("Aandeel structureel geld: 65% van het begrote geld."), text());

        XSSFChart chart = summary.getDrawingPatriarch().getCharts().get(0);
        assertEquals(2, chart.getChartSeries().get(0).getSeriesCount(), "structural and incidental");
        String values = chart.getCTChart().getPlotArea().getBarChartArray(0).getSerArray(0).getVal().getNumRef().getF();
        int wpg = row("Wpg", from).getRowNum() + 1;
        assertEquals("Samenvatting!$B$" + wpg + ":$B$" + (wpg + SteeringWorkbookWriter.LAWS.size() - 1), values,
                "the structural bars read the structural column of the law rows");
    }

    @ParameterizedTest
    @CsvSource({"ACHIEVED,GREEN", "ON_TRACK,GREEN", "AT_RISK,AMBER", "DELAYED,RED", "NOT_STARTED,NONE", "CANCELLED,NONE"})
    void aReportedStatusHasItsLight(String status, TrafficLight light) {
        assertEquals(light, SteeringWorkbookWriter.reportedLight(status));
    }

    @ParameterizedTest
    @CsvSource({"ACCEPTED,GREEN", "SUBMITTED,GREEN", "DRAFT,AMBER", "RETURNED,RED", "NOT_STARTED,RED", "OTHER,NONE"})
    void anEvaluationHasItsLight(String status, TrafficLight light) {
        assertEquals(light, SteeringWorkbookWriter.evaluationLight(status));
    }

    @ParameterizedTest
    @CsvSource({"ADOPTED_WITH_COMMITMENTS,GREEN", "ADOPTED_WITHOUT_COMMITMENTS,AMBER", "DEVIATION,AMBER", "NOT_ADOPTED,RED",
            "NO_ACTIVE_AGREEMENT,RED", "OTHER,NONE"})
    void aCoverageCellHasItsLight(String cell, TrafficLight light) {
        assertEquals(light, SteeringWorkbookWriter.coverageLight(cell));
    }

    @ParameterizedTest
    @CsvSource({"ON_COURSE,GREEN", "OFF_COURSE,RED", "NO_DATA,AMBER", "NOT_JUDGED,AMBER"})
    void aJudgementHasItsLight(String judgement, TrafficLight light) {
        assertEquals(light, SteeringWorkbookWriter.judgementLight(judgement));
    }

    @ParameterizedTest
    @CsvSource({"AT_RISK,AMBER", "EVALUATION_RETURNED,AMBER", "OVERSPENDING,AMBER", "OVERDUE,RED", "EVALUATION_MISSING,RED",
            "FUNDING_CLIFF,RED"})
    void aRiskHasItsLight(String kind, TrafficLight light) {
        assertEquals(light, SteeringWorkbookWriter.riskLight(kind));
    }

    private static SteeringReportContent content() {
        List<ReportLines.Theme> themes = List.of(new ReportLines.Theme(1, "ROKEN", "Roken"), new ReportLines.Theme(2, "ALCOHOL", "Alcohol"),
                new ReportLines.Theme(3, "BEWEGEN", "Bewegen"));
        List<ReportLines.CoverageLine> coverage = List.of(
                new ReportLines.CoverageLine(UTRECHT, UTRECHT, "GGD Utrecht", "REGIONAL", "Regionaal akkoord Utrecht",
                        Map.of(1L, "ADOPTED_WITH_COMMITMENTS", 2L, "ADOPTED_WITH_COMMITMENTS", 3L, "ADOPTED_WITH_COMMITMENTS")),
                new ReportLines.CoverageLine(GOOI, GOOI, "GGD Gooi", "REGIONAL", "Regionaal akkoord Gooi",
                        Map.of(1L, "NOT_ADOPTED", 2L, "DEVIATION", 3L, "ADOPTED_WITHOUT_COMMITMENTS")),
                new ReportLines.CoverageLine(UTRECHT, "GM0344", "Utrecht", "LOCAL", "Akkoord Utrecht",
                        Map.of(1L, "DEVIATION", 2L, "NOT_ADOPTED")),
                new ReportLines.CoverageLine(UTRECHT, "GM0355", "Zeist", "LOCAL", null, Map.of()),
                new ReportLines.CoverageLine(GOOI, "GM0402", "Hilversum", "LOCAL", "Akkoord Hilversum",
                        Map.of(1L, "NOT_ADOPTED", 2L, "ADOPTED_WITHOUT_COMMITMENTS", 3L, "NOT_ADOPTED")),
                new ReportLines.CoverageLine(GOOI, "GM0406", "Huizen", "LOCAL", "Akkoord Huizen",
                        Map.of(1L, "NOT_ADOPTED", 2L, "ADOPTED_WITH_COMMITMENTS", 3L, "DEVIATION")));

        List<ReportLines.EvaluationLine> evaluations = new ArrayList<>();
        evaluations.add(evaluation(UTRECHT, "GGD Utrecht", "REGIONAL", "ACCEPTED"));
        evaluations.add(evaluation(UTRECHT, "Utrecht", "LOCAL", "ACCEPTED"));
        evaluations.add(evaluation(GOOI, "Hilversum", "LOCAL", "SUBMITTED"));
        evaluations.add(evaluation(GOOI, "GGD Gooi", "REGIONAL", "RETURNED"));
        evaluations.add(evaluation(GOOI, "Gemeente 001", "LOCAL", "DRAFT"));
        for (int i = 63; i >= 2; i--) { // not in name order: the summary sorts them
            evaluations.add(evaluation(GOOI, String.format("Gemeente %03d", i), "LOCAL", "NOT_STARTED"));
        }

        List<ReportLines.LawNatureLine> money = List.of(
                new ReportLines.LawNatureLine("WPG", "STRUCTURAL", money(1000), money(800), money(700)),
                new ReportLines.LawNatureLine("WPG", "INCIDENTAL", money(200), money(200), money(100)),
                new ReportLines.LawNatureLine("WMO", "INCIDENTAL", money(500), money(500), money(650)),
                new ReportLines.LawNatureLine("JEUGDWET", "STRUCTURAL", money(300), money(300), money(300)));
        List<ReportLines.RiskLine> risks = List.of(
                cliff("Welzijn op recept", "Zeist", 2027, money(10000)),
                cliff("Rookvrij", "Utrecht", 2027, money(40000)),
                cliff("Beweegroutes", "Hilversum", 2027, money(1000)),
                cliff("Valpreventie", "Huizen", 2027, money(5000)),
                cliff("Kansrijke start", "Utrecht", 2028, money(2500)),
                cliff("Eenzaamheid", "Zeist", 2028, null),
                new ReportLines.RiskLine("OVERSPENDING", GOOI, "Hilversum", "SPUK", "€ 150 boven de toewijzing", null, null, money(150)));
        return new SteeringReportContent(new SummaryFigures(2025, "Nederland", 5, new BigDecimal("0.65")), themes, coverage,
                evaluations, List.of(), money, List.of(), risks, true);
    }

    private static List<ReportLines.MilestoneLine> milestones() {
        List<ReportLines.MilestoneLine> lines = new ArrayList<>();
        lines.add(milestone(1, GOOI, "Alcohol", "Nulmeting januari", "2025-01-31", "OVERDUE", "DELAYED"));
        lines.add(milestone(2, GOOI, "Alcohol", "Nulmeting februari", "2025-02-28", "OVERDUE", null));
        lines.add(milestone(3, UTRECHT, "Alcohol", "Plan maart", "2025-03-31", "OVERDUE", "ON_TRACK"));
        lines.add(milestone(4, UTRECHT, "Roken", "Scholen april", "2025-04-30", "OVERDUE", "AT_RISK"));
        lines.add(milestone(5, GOOI, "Alcohol", "Campagne mei", "2025-05-31", "OVERDUE", "DELAYED"));
        lines.add(milestone(6, GOOI, "Alcohol", "Campagne juni", "2025-06-30", "OVERDUE", "DELAYED"));
        lines.add(milestone(7, UTRECHT, "Roken", "Rookvrije pleinen", "2025-12-31", "AT_RISK", "AT_RISK"));
        lines.add(milestone(8, GOOI, "Roken", "Werkgroep", "2025-11-30", "ACHIEVED", "ACHIEVED"));
        lines.add(milestone(9, GOOI, "Bewegen", "Beweegroute", "2025-10-31", "DELAYED", "DELAYED"));
        for (int theme = 4; theme <= 10; theme++) {
            lines.add(milestone(10 + theme, UTRECHT, String.format("Thema %02d", theme), "Stap " + theme, "2025-12-31", "ON_TRACK", "ON_TRACK"));
        }
        lines.add(milestone(21, UTRECHT, "Thema 11", "Stap 11", "2025-09-30", "ACHIEVED", "ACHIEVED"));
        lines.add(milestone(22, GOOI, "Thema 12", "Stap 12", "2025-12-31", "AT_RISK", "AT_RISK"));
        return lines;
    }

    private static ReportLines.MilestoneLine milestone(long id, String region, String theme, String title, String due, String state,
                                                       String reported) {
        return new ReportLines.MilestoneLine(id, region, GOOI.equals(region) ? "Hilversum" : "Utrecht", "Akkoord", theme, "Afspraak",
                title, "Beleid", LocalDate.parse(due), state, reported, reported == null ? null : 50, null, null);
    }

    private static ReportLines.EvaluationLine evaluation(String region, String name, String level, String status) {
        return new ReportLines.EvaluationLine(region, name, "Akkoord " + name, level, 2025, status, null, null, null, Map.of(), null);
    }

    private static ReportLines.RiskLine cliff(String subject, String organisation, int year, BigDecimal amount) {
        return new ReportLines.RiskLine("FUNDING_CLIFF", UTRECHT, organisation, subject, "Incidenteel geld tot en met " + (year - 1),
                null, year, amount);
    }

    private static BigDecimal money(long euros) {
        return BigDecimal.valueOf(euros).setScale(2);
    }

    private Row row(String first, int from) {
        for (Row row : summary) {
            if (row.getRowNum() >= from && row.getCell(0) != null && row.getCell(0).getCellType() == CellType.STRING
                    && first.equals(row.getCell(0).getStringCellValue())) {
                return row;
            }
        }
        throw new AssertionError("No row '" + first + "' after row " + from + ":\n" + text());
    }

    private Row rowWithYear(int year) {
        for (Row row : summary) {
            Cell first = row.getCell(0);
            if (first != null && first.getCellType() == CellType.NUMERIC && first.getNumericCellValue() == year) {
                return row;
            }
        }
        throw new AssertionError("No row for " + year + ":\n" + text());
    }

    private static List<Double> numbers(Row row, int first, int last) {
        Double[] values = new Double[last - first + 1];
        for (int c = first; c <= last; c++) {
            values[c - first] = row.getCell(c).getNumericCellValue();
        }
        return Arrays.asList(values);
    }

    private static CellType cellType(Row row, int column) {
        Cell cell = row.getCell(column);
        return cell == null ? CellType.BLANK : cell.getCellType();
    }

    private String text() {
        return SteeringWorkbookWriterTest.text(summary);
    }
}
