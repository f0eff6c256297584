package nl.akkoordmonitor.reporting.internal.steering;

import org.apache.poi.ss.SpreadsheetVersion;
import org.apache.poi.ss.usermodel.Name;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.util.AreaReference;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicBoolean;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class SteeringWorkbookWriterTest {

    @Test
    void writesTheSevenDutchSheetsEachWithAFrozenFilteredHeader() throws IOException {
        try (XSSFWorkbook workbook = write(content())) {
            List<String> names = new ArrayList<>();
            workbook.forEach(s -> names.add(s.getSheetName()));
            assertEquals(List.of("Samenvatting", "Dekking kernthema's", "Mijlpalen", "Evaluaties", "Indicatoren",
                    "Financiering", "Risico's"), names);
            for (String table : names.subList(1, names.size())) {
                XSSFSheet sheet = workbook.getSheet(table);
                assertTrue(sheet.getPaneInformation().isFreezePane(), table);
                assertEquals(2, sheet.getPaneInformation().getHorizontalSplitPosition(), table);
                assertTrue(sheet.getCTWorksheet().isSetAutoFilter(), table);
            }
            Row coverageHeader = workbook.getSheet("Dekking kernthema's").getRow(1);
            assertEquals("Roken", coverageHeader.getCell(5).getStringCellValue());
            assertEquals("Geen actief akkoord", workbook.getSheet("Dekking kernthema's").getRow(3).getCell(6).getStringCellValue());
        }
    }

    @Test
    void summaryHasTheChartAndTotalsThatAgreeWithTheFinancingSheet() throws IOException {
        try (XSSFWorkbook workbook = write(content())) {
            XSSFSheet summary = workbook.getSheet("Samenvatting");
            assertEquals(1, summary.getDrawingPatriarch().getCharts().size());
            Row total = rowStartingWith(summary, "Totaal");
            assertEquals(1500.00, total.getCell(3).getNumericCellValue(), 0.001);
            assertEquals(1000.00, total.getCell(1).getNumericCellValue(), 0.001);

            double streamBudget = 0;
            XSSFSheet financing = workbook.getSheet("Financiering");
            for (int r = 2; r <= financing.getLastRowNum(); r++) {
                if ("Stroom".equals(financing.getRow(r).getCell(0).getStringCellValue())) {
                    streamBudget += financing.getRow(r).getCell(7).getNumericCellValue();
                }
            }
            assertEquals(1500.00, streamBudget, 0.001);
            assertEquals("Op schema", workbook.getSheet("Mijlpalen").getRow(2).getCell(9).getStringCellValue());
            XSSFSheet evaluations = workbook.getSheet("Evaluaties");
            assertEquals("Reden teruggestuurd", evaluations.getRow(1).getCell(13).getStringCellValue());
            assertEquals("Onderbouwing bij Roken ontbreekt", evaluations.getRow(2).getCell(13).getStringCellValue());
        }
    }

    @Test
    void opensOnTheSummaryAlthoughTheMilestonesAreWrittenFirst() throws IOException {
        try (XSSFWorkbook workbook = write(content())) {
            assertEquals(0, workbook.getActiveSheetIndex());
            assertTrue(workbook.getSheet("Samenvatting").isSelected());
            assertFalse(workbook.getSheet("Mijlpalen").isSelected(), "only the first tab is selected");
            // Each filter's hidden name follows its sheet when the sheets are put in order.
            List<? extends Name> filters = workbook.getNames("_xlnm._FilterDatabase");
            assertEquals(6, filters.size());
            for (Name filter : filters) {
                String sheet = new AreaReference(filter.getRefersToFormula(), SpreadsheetVersion.EXCEL2007).getFirstCell().getSheetName();
                assertEquals(workbook.getSheetIndex(sheet), filter.getSheetIndex(), filter.getRefersToFormula());
            }
        }
    }

    @Test
    void listsOverdueMilestonesAfterTheOtherRisks() throws IOException {
        try (XSSFWorkbook workbook = write(content())) {
            XSSFSheet risks = workbook.getSheet("Risico's");
            assertEquals("Overbesteding", risks.getRow(2).getCell(0).getStringCellValue());
            assertEquals("Mijlpaal over de einddatum", risks.getRow(3).getCell(0).getStringCellValue());
            assertEquals("Voorlichting scholen", risks.getRow(3).getCell(3).getStringCellValue());
            assertEquals("Akkoord Utrecht – Alcohol", risks.getRow(3).getCell(4).getStringCellValue());
            assertEquals(3, risks.getLastRowNum(), "the milestone that is on track is no risk");
        }
    }

    @Test
    void aFailureWhileGatheringTheOtherFiguresReachesTheCaller() {
        IllegalStateException failure = assertThrows(IllegalStateException.class, () -> SteeringWorkbookWriter.write("Titel",
                SteeringReportContent.RowSource.of(List.of()), () -> {
                    throw new IllegalStateException("database gone");
                }, task -> new Thread(task).start(), LocalDate.of(2026, 5, 1), OutputStream.nullOutputStream()));
        assertEquals("database gone", failure.getMessage());
    }

    @Test
    void aFailureWhileWritingTheMilestonesWaitsForTheOtherSheetsBeforeClosing() {
        AtomicBoolean othersDone = new AtomicBoolean();
        IllegalStateException failure = assertThrows(IllegalStateException.class, () -> SteeringWorkbookWriter.write("Titel",
                sink -> {
                    throw new IllegalStateException("connection lost");
                }, () -> {
                    sleep(200);
                    othersDone.set(true);
                    return content();
                }, task -> new Thread(task).start(), LocalDate.of(2026, 5, 1), OutputStream.nullOutputStream()));
        assertEquals("connection lost", failure.getMessage());
        assertTrue(othersDone.get(), "the other thread finished before the workbook was closed");
    }

    private static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private static Row rowStartingWith(XSSFSheet sheet, String text) {
        for (Row row : sheet) {
            if (row.getCell(0) != null && text.equals(row.getCell(0).getStringCellValue())) {
                return row;
            }
        }
        throw new AssertionError("No row " + text);
    }

    static XSSFWorkbook write(SteeringReportContent content) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        SteeringReportContent.RowSource<ReportLines.MilestoneLine> milestones = SteeringReportContent.RowSource.of(List.of(
                new ReportLines.MilestoneLine(11, "GG3014", "Utrecht", "Akkoord Utrecht", "Roken", "Rookvrij",
                        "Pleinen rookvrij", "Utrecht", LocalDate.of(2025, 6, 30), "ON_TRACK", 50,
                        LocalDate.of(2025, 4, 1), "=HYPERLINK(\"http://x\",\"y\")"),
                new ReportLines.MilestoneLine(12, "GG3014", "Utrecht", "Akkoord Utrecht", "Alcohol", "Nix18",
                        "Voorlichting scholen", "Utrecht", LocalDate.of(2025, 3, 31), "OVERDUE", 20, null, null)));
        // The other sheets are written on a thread of their own, as in the application.
        SteeringWorkbookWriter.write("Voortgangsrapportage 2025 – GGD Utrecht", milestones, () -> content,
                task -> new Thread(task).start(), LocalDate.of(2026, 5, 1), out);
        return new XSSFWorkbook(new ByteArrayInputStream(out.toByteArray()));
    }

    static SteeringReportContent content() {
        Map<String, Long> states = new LinkedHashMap<>();
        states.put("ON_TRACK", 3L);
        states.put("OVERDUE", 1L);
        List<ReportLines.Theme> themes = List.of(new ReportLines.Theme(1, "ROKEN", "Roken"), new ReportLines.Theme(2, "ALCOHOL", "Alcohol"));
        return new SteeringReportContent(new SummaryFigures(2, 1, 1, 3, states, 2, 1, 1, 0, 1, 1, 0, new BigDecimal("0.6667")),
                themes,
                List.of(new ReportLines.CoverageLine("GG3014", "GM0344", "Utrecht", "LOCAL", "Akkoord Utrecht",
                                Map.of(1L, "ADOPTED_WITH_COMMITMENTS", 2L, "DEVIATION")),
                        new ReportLines.CoverageLine("GG3014", "GM0307", "Amersfoort", "LOCAL", null, Map.of())),
                List.of(new ReportLines.EvaluationLine("GG3014", "Utrecht", "Akkoord Utrecht", "LOCAL", 2025, "RETURNED",
                        LocalDate.of(2026, 3, 1), true, LocalDate.of(2026, 3, 10), Map.of("Roken", "GREEN"),
                        "Onderbouwing bij Roken ontbreekt")),
                List.of(new ReportLines.IndicatorLine("ROK-VOLW", "Rokers volwassenen", "%", "LOWER_IS_BETTER", "GGD Gezondheidsmonitor",
                        "Utrecht", "Akkoord Utrecht", new BigDecimal("20.0"), 2020, new BigDecimal("5.0"), 2040,
                        new BigDecimal("17.5"), 2024, "ON_COURSE")),
                List.of(new ReportLines.LawNatureLine("WPG", "STRUCTURAL", new BigDecimal("1000.00"), new BigDecimal("800.00"), new BigDecimal("700.00")),
                        new ReportLines.LawNatureLine("WMO", "INCIDENTAL", new BigDecimal("500.00"), new BigDecimal("500.00"), new BigDecimal("650.00"))),
                List.of(new ReportLines.StreamLine("Gemeentefonds", "MUNICIPALITY", "WPG", "STRUCTURAL", "Utrecht", false,
                                new BigDecimal("1000.00"), new BigDecimal("800.00"), new BigDecimal("700.00")),
                        new ReportLines.StreamLine("SPUK GALA", "NATIONAL_GOVERNMENT", "WMO", "INCIDENTAL", "Utrecht", true,
                                new BigDecimal("500.00"), new BigDecimal("500.00"), new BigDecimal("650.00"))),
                List.of(new ReportLines.RiskLine("OVERSPENDING", "GG3014", "Utrecht", "SPUK GALA", "€ 150,00 boven de toewijzing",
                        null, new BigDecimal("150.00"))));
    }
}
