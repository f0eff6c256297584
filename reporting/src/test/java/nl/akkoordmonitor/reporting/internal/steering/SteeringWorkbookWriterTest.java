package nl.akkoordmonitor.reporting.internal.steering;

import nl.akkoordmonitor.agreements.AgreementLevel;
import nl.akkoordmonitor.agreements.CoverageState;
import nl.akkoordmonitor.financing.FundingNature;
import nl.akkoordmonitor.financing.FundingSource;
import nl.akkoordmonitor.financing.LegalBasis;
import nl.akkoordmonitor.milestones.EvaluationStatus;
import nl.akkoordmonitor.milestones.IndicatorDirection;
import nl.akkoordmonitor.milestones.IndicatorSource;
import nl.akkoordmonitor.milestones.Judgement;
import nl.akkoordmonitor.milestones.MilestoneState;
import nl.akkoordmonitor.milestones.ProgressStatus;
import nl.akkoordmonitor.milestones.Rating;
import nl.akkoordmonitor.platform.vocabulary.Vocabulary;
import org.apache.poi.ss.SpreadsheetVersion;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.FillPatternType;
import org.apache.poi.ss.usermodel.PrintSetup;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.usermodel.XSSFCellStyle;
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
import java.util.HashSet;
import java.util.Locale;
import java.util.Set;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicBoolean;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
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
                int header = headerRow(sheet);
                assertTrue(sheet.getPaneInformation().isFreezePane(), table);
                assertEquals(header + 1, sheet.getPaneInformation().getHorizontalSplitPosition(), table);
                assertTrue(sheet.getCTWorksheet().getAutoFilter().getRef().startsWith("A" + (header + 1) + ":"), table);
            }
            Row coverageHeader = workbook.getSheet("Dekking kernthema's").getRow(1);
            assertEquals("Roken", coverageHeader.getCell(5).getStringCellValue());
            assertEquals("Geen actief akkoord", workbook.getSheet("Dekking kernthema's").getRow(3).getCell(6).getStringCellValue());
        }
    }

    @Test
    void everySheetPrintsLandscapeOnePageWideWithRepeatedHeaderAndFooter() throws IOException {
        try (XSSFWorkbook workbook = write(content())) {
            for (int i = 0; i < workbook.getNumberOfSheets(); i++) {
                XSSFSheet sheet = workbook.getSheetAt(i);
                String name = sheet.getSheetName();
                assertTrue(sheet.getPrintSetup().getLandscape(), name);
                assertEquals(PrintSetup.A4_PAPERSIZE, sheet.getPrintSetup().getPaperSize(), name);
                assertTrue(sheet.getFitToPage(), name);
                assertEquals(1, sheet.getPrintSetup().getFitWidth(), name);
                assertEquals(i == 0 ? 1 : 0, sheet.getPrintSetup().getFitHeight(), name + ": the summary is one page");
                assertEquals("Voortgangsrapportage 2025 – GGD Utrecht", sheet.getFooter().getLeft(), name);
                assertEquals("Gemaakt op 01-05-2026", sheet.getFooter().getCenter(), name);
                assertEquals("pagina &P van &N", sheet.getFooter().getRight(), name);
                assertEquals("&A", sheet.getHeader().getLeft(), name);
                assertNotNull(workbook.getPrintArea(i), name + " has a print area");
                if (i > 0) {
                    CellRangeAddress repeat = sheet.getRepeatingRows();
                    assertNotNull(repeat, name + " repeats its header row on every page");
                    assertEquals(headerRow(sheet), repeat.getLastRow(), name);
                    Row header = sheet.getRow(headerRow(sheet));
                    assertTrue(header.getHeightInPoints() >= 15, name + ": the header row is high enough for its labels");
                    header.forEach(cell -> assertTrue(cell.getCellStyle().getWrapText(), name + ": headers wrap, never cut off"));
                }
            }
            // A header with a long label in a narrow column gets a row of several lines.
            XSSFSheet risks = workbook.getSheet("Risico's");
            assertTrue(risks.getRow(headerRow(risks)).getHeightInPoints() >= 2 * 14.5f, "'Eerste jaar zonder geld' takes lines");
        }
    }

    @Test
    void yearsAndIdsHaveNoThousandsSeparator() throws IOException {
        try (XSSFWorkbook workbook = write(content())) {
            List<String> checked = new ArrayList<>();
            for (XSSFSheet sheet : List.of(workbook.getSheet("Mijlpalen"), workbook.getSheet("Evaluaties"),
                    workbook.getSheet("Indicatoren"), workbook.getSheet("Risico's"))) {
                int header = headerRow(sheet);
                for (Cell title : sheet.getRow(header)) {
                    String label = title.getStringCellValue();
                    if (!label.contains("Jaar") && !label.contains("jaar") && !label.endsWith("-id")) {
                        continue;
                    }
                    for (int r = header + 1; r <= sheet.getLastRowNum(); r++) {
                        Cell cell = sheet.getRow(r) == null ? null : sheet.getRow(r).getCell(title.getColumnIndex());
                        if (cell != null && cell.getCellType() == CellType.NUMERIC) {
                            assertEquals("0", cell.getCellStyle().getDataFormatString(), sheet.getSheetName() + "!" + label);
                            assertFalse(new DataFormatter(Locale.forLanguageTag("nl-NL")).formatCellValue(cell).contains("."),
                                    sheet.getSheetName() + "!" + label);
                            checked.add(sheet.getSheetName() + "!" + label);
                        }
                    }
                }
            }
            assertTrue(checked.containsAll(List.of("Mijlpalen!Mijlpaal-id", "Evaluaties!Jaar", "Indicatoren!Jaar nulmeting",
                    "Risico's!Eerste jaar zonder geld")), checked::toString);
        }
    }

    @Test
    void noCellShowsARawCode() throws IOException {
        Set<String> codes = new HashSet<>();
        for (Class<? extends Enum<?>> type : List.of(MilestoneState.class, ProgressStatus.class, EvaluationStatus.class,
                Rating.class, Judgement.class, IndicatorDirection.class, IndicatorSource.class, AgreementLevel.class,
                CoverageState.class, FundingSource.class, LegalBasis.class, FundingNature.class)) {
            for (Enum<?> value : type.getEnumConstants()) {
                if (!Vocabulary.label(value).equals(value.name())) {
                    codes.add(value.name());
                }
            }
        }
        codes.addAll(SteeringWorkbookWriter.RISK_KINDS);
        try (XSSFWorkbook workbook = write(content())) {
            List<String> raw = new ArrayList<>();
            for (org.apache.poi.ss.usermodel.Sheet sheet : workbook) {
                for (Row row : sheet) {
                    for (Cell cell : row) {
                        if (cell.getCellType() == CellType.STRING && codes.contains(cell.getStringCellValue().strip())) {
                            raw.add(sheet.getSheetName() + "!" + cell.getAddress() + " " + cell.getStringCellValue());
                        }
                    }
                }
            }
            assertEquals(List.of(), raw);
            XSSFSheet financing = workbook.getSheet("Financiering");
            assertEquals("Rijk", financing.getRow(3).getCell(1).getStringCellValue(), "the source in Dutch");
        }
    }

    @Test
    void mijlpalenShowsTheReportedStatusWithOverdueBesideIt() throws IOException {
        try (XSSFWorkbook workbook = write(content())) {
            XSSFSheet sheet = workbook.getSheet("Mijlpalen");
            assertEquals("Status gemeld", sheet.getRow(1).getCell(9).getStringCellValue());
            assertEquals("Over de einddatum", sheet.getRow(1).getCell(10).getStringCellValue());
            assertEquals("Op schema", sheet.getRow(2).getCell(9).getStringCellValue());
            assertEquals("", sheet.getRow(2).getCell(10).getStringCellValue());
            assertEquals("Vertraagd", sheet.getRow(3).getCell(9).getStringCellValue(), "what was reported stays visible");
            assertEquals("Over de einddatum", sheet.getRow(3).getCell(10).getStringCellValue());
        }
    }

    @Test
    void everyDetailRowSaysWhatItHolds() throws IOException {
        SteeringReportContent c = content();
        List<ReportLines.EvaluationLine> evaluations = new ArrayList<>(c.evaluations());
        evaluations.add(new ReportLines.EvaluationLine("GG3014", "Zeist", "Akkoord Zeist", "LOCAL", 2025, "NOT_STARTED",
                null, null, null, Map.of(), null));
        evaluations.add(new ReportLines.EvaluationLine("GG3014", "Houten", "Akkoord Houten", "LOCAL", 2025, "SUBMITTED",
                LocalDate.of(2026, 4, 20), false, null, new java.util.LinkedHashMap<>(Map.of("Roken", "RED")), null));
        List<ReportLines.StreamLine> streams = List.of(new ReportLines.StreamLine("Precies op", "MUNICIPALITY", "WPG", "STRUCTURAL",
                "Utrecht", true, new BigDecimal("300.00"), new BigDecimal("200.00"), new BigDecimal("200.00")));
        SteeringReportContent edges = new SteeringReportContent(c.summary(), c.bindingThemes(), c.coverage(), evaluations,
                c.indicators(), c.money(), streams, c.risks(), true);
        List<ReportLines.MilestoneLine> milestones = List.of(new ReportLines.MilestoneLine(13, "GG3014", "Zeist", "Akkoord Zeist",
                "Roken", "Rookvrij", "Nog niets gemeld", "Zeist", LocalDate.of(2025, 12, 31), "NOT_STARTED", null, null, null, null));

        try (XSSFWorkbook workbook = write(edges, milestones)) {
            XSSFSheet sheet = workbook.getSheet("Evaluaties");
            Row returned = sheet.getRow(2);
            assertEquals("Ja", returned.getCell(7).getStringCellValue(), "submitted on time");
            assertEquals(1.0, returned.getCell(9).getNumericCellValue(), "one theme rated green");
            assertEquals("Roken: Groen", returned.getCell(12).getStringCellValue());
            Row notStarted = sheet.getRow(3);
            assertEquals("Niet gestart", notStarted.getCell(5).getStringCellValue());
            assertEquals("", notStarted.getCell(7).getStringCellValue(), "nothing submitted, so neither on time nor late");
            assertEquals(0.0, notStarted.getCell(9).getNumericCellValue());
            Row late = sheet.getRow(4);
            assertEquals("Nee", late.getCell(7).getStringCellValue());
            assertEquals(1.0, late.getCell(11).getNumericCellValue(), "one theme rated red");
            assertEquals("Roken: Rood", late.getCell(12).getStringCellValue());

            XSSFSheet financing = workbook.getSheet("Financiering");
            Row exact = financing.getRow(headerRow(financing) + 1);
            assertEquals("Ja", exact.getCell(5).getStringCellValue(), "earmarked");
            assertEquals(FillPatternType.NO_FILL, exact.getCell(8).getCellStyle().getFillPattern(), "spending all of the allocation is no overspending");
            assertEquals(CellType.BLANK, exact.getCell(10).getCellType());
            assertEquals(100.0, exact.getCell(9).getNumericCellValue(), "budgeted less allocated");

            Row milestone = workbook.getSheet("Mijlpalen").getRow(2);
            assertEquals("Niet gestart", milestone.getCell(9).getStringCellValue(), "nothing reported yet");

            XSSFSheet risks = workbook.getSheet("Risico's");
            assertTrue(rowStartingWithText(risks, "Voor heel Nederland"), "the national risks say they are grouped per region");
        }
    }

    private static boolean rowStartingWithText(XSSFSheet sheet, String start) {
        for (Row row : sheet) {
            if (row.getCell(0) != null && row.getCell(0).getCellType() == CellType.STRING
                    && row.getCell(0).getStringCellValue().startsWith(start)) {
                return true;
            }
        }
        return false;
    }

    @Test
    void financingKeepsItsTotalsOutsideTheFilterAndMarksOverspendingRed() throws IOException {
        try (XSSFWorkbook workbook = write(content())) {
            XSSFSheet financing = workbook.getSheet("Financiering");
            CellRangeAddress filter = CellRangeAddress.valueOf(financing.getCTWorksheet().getAutoFilter().getRef());
            double budgetInFilter = 0;
            for (int r = filter.getFirstRow() + 1; r <= filter.getLastRow(); r++) {
                budgetInFilter += financing.getRow(r).getCell(6).getNumericCellValue();
            }
            assertEquals(1500.00, budgetInFilter, 0.001, "summing the filtered streams gives the real total, once");
            Row total = rowStartingWith(financing, "Totaal");
            assertTrue(total.getRowNum() > filter.getLastRow() + 1, "the totals are below the table, outside its filter");
            assertEquals(1500.00, total.getCell(6).getNumericCellValue(), 0.001);

            Row spuk = financing.getRow(filter.getFirstRow() + 2);
            assertEquals("SPUK GALA", spuk.getCell(0).getStringCellValue());
            assertEquals(150.00, spuk.getCell(10).getNumericCellValue(), 0.001, "the amount over");
            XSSFCellStyle red = (XSSFCellStyle) spuk.getCell(8).getCellStyle();
            assertEquals(FillPatternType.SOLID_FOREGROUND, red.getFillPattern());
            assertArrayEquals(new byte[]{(byte) 0xFF, (byte) 0xC7, (byte) 0xCE}, red.getFillForegroundXSSFColor().getRGB());
            assertEquals(FillPatternType.NO_FILL, financing.getRow(filter.getFirstRow() + 1).getCell(8).getCellStyle().getFillPattern(),
                    "spending within the allocation is not marked");
        }
    }

    @Test
    void summaryAnswersTheFourQuestionsWithFiguresThatAddUp() throws IOException {
        try (XSSFWorkbook workbook = write(content())) {
            XSSFSheet summary = workbook.getSheet("Samenvatting");
            assertEquals(1, summary.getDrawingPatriarch().getCharts().size());
            Row roken = rowStartingWith(summary, "Roken");
            // Utrecht covers it, Amersfoort has no agreement: 1 + 0 + 1 = 2.
            assertEquals(List.of(1.0, 0.0, 1.0, 2.0), List.of(roken.getCell(1).getNumericCellValue(), roken.getCell(2).getNumericCellValue(),
                    roken.getCell(3).getNumericCellValue(), roken.getCell(4).getNumericCellValue()));
            assertEquals("GG3014", roken.getCell(5).getStringCellValue());
            assertTrue(text(summary).contains("2 mijlpalen met einddatum in 2025"), text(summary));
            assertTrue(text(summary).contains("Daarvan zijn er 1 over de einddatum"), text(summary));
            Row alcohol = rowStartingWith(summary, "Alcohol", rowStartingWith(summary, "2. Welke mijlpalen lopen achter?").getRowNum());
            assertEquals(List.of(1.0, 1.0, 0.0, 0.0), List.of(alcohol.getCell(1).getNumericCellValue(), alcohol.getCell(2).getNumericCellValue(),
                    alcohol.getCell(3).getNumericCellValue(), alcohol.getCell(4).getNumericCellValue()), "Alcohol has the overdue milestone");
            assertEquals("Voorlichting scholen", rowStartingWith(summary, "Het langst over de einddatum").getSheet()
                    .getRow(rowStartingWith(summary, "Het langst over de einddatum").getRowNum() + 1).getCell(0).getStringCellValue());
            assertTrue(text(summary).contains("1 verwacht (één per actief akkoord) = 0 geaccepteerd + 0 ingediend en wacht op beoordeling + 1 teruggestuurd + 0 niet ingediend"),
                    text(summary));
            assertEquals("Utrecht (GG3014)", rowStartingWith(summary, "Teruggestuurd (1)").getCell(1).getStringCellValue());
            Row total = rowStartingWith(summary, "Totaal");
            assertEquals(1500.00, total.getCell(3).getNumericCellValue(), 0.001);
            assertEquals(1000.00, total.getCell(1).getNumericCellValue(), 0.001);
        }
    }

    @Test
    void textStandsOneCharacterApartFromTheNumberOrDateBeforeIt() throws IOException {
        try (XSSFWorkbook workbook = write(content())) {
            XSSFSheet milestones = workbook.getSheet("Mijlpalen");
            // Einddatum (right-aligned) then Status gemeld: "30-06-2025 Op schema", not "30-06-2025Op schema".
            for (Cell cell : List.of(milestones.getRow(2).getCell(9), milestones.getRow(2).getCell(2),
                    rowStartingWith(workbook.getSheet("Samenvatting"), "Roken").getCell(5))) {
                assertEquals(org.apache.poi.ss.usermodel.HorizontalAlignment.LEFT, cell.getCellStyle().getAlignment(), cell.getAddress().toString());
                assertEquals(1, cell.getCellStyle().getIndention(), cell.getAddress() + " is indented by one character");
            }
        }
    }

    @Test
    void aHeaderRowIsHighEnoughForItsBoldLabelsToWrap() throws IOException {
        try (XSSFWorkbook workbook = write(content())) {
            XSSFSheet evaluations = workbook.getSheet("Evaluaties");
            Row header = evaluations.getRow(headerRow(evaluations));
            assertEquals("GGD-regio", header.getCell(0).getStringCellValue());
            assertTrue(header.getHeightInPoints() >= 2 * 14.5f, "'GGD-regio' takes two lines in its column: " + header.getHeightInPoints());
            Row label = rowStartingWith(workbook.getSheet("Risico's"), "Mijlpaal loopt achter of vertraagd");
            assertTrue(label.getHeightInPoints() >= 2 * 14.5f, "a bold label wraps too: " + label.getHeightInPoints());
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
    void risksExplainEachKindAndKeepCliffYearAndAmountInColumnsOfTheirOwn() throws IOException {
        try (XSSFWorkbook workbook = write(content())) {
            XSSFSheet risks = workbook.getSheet("Risico's");
            assertTrue(text(risks).contains("Eerste jaar zonder geld: het jaar na het laatste jaar met incidenteel geld"), text(risks));
            int header = headerRow(risks);
            assertEquals(List.of("Risico", "GGD-regio", "Organisatie", "Aantal", "Waarover", "Toelichting", "Datum",
                    "Eerste jaar zonder geld", "Bedrag"), cells(risks.getRow(header)));
            Row cliff = risks.getRow(header + 1);
            assertEquals("Financieringsklif", cliff.getCell(0).getStringCellValue());
            assertEquals(2027, cliff.getCell(7).getNumericCellValue());
            assertEquals(40000.00, cliff.getCell(8).getNumericCellValue(), 0.001);
            assertEquals("Overbesteding", risks.getRow(header + 2).getCell(0).getStringCellValue());
            Row overdue = risks.getRow(header + 3);
            assertEquals("Mijlpaal over de einddatum", overdue.getCell(0).getStringCellValue());
            assertEquals("Voorlichting scholen", overdue.getCell(4).getStringCellValue());
            assertEquals(header + 3, risks.getLastRowNum(), "the milestone that is on schedule is no risk");
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

    /** The header row of a table sheet: the one its filter starts on. */
    @Test
    void forTheWholeCountryRisicosHasOneLineRowsAndPrintsOnAtMostThreePages() throws IOException {
        SteeringReportContent regional = content();
        List<ReportLines.RiskLine> risks = new ArrayList<>();
        for (String subject : List.of("Gezonde leefomgeving rond scholen in Utrecht", "Welzijn op recept in Zeist",
                "Werkgevers en mentale gezondheid in Houten")) {
            risks.add(new ReportLines.RiskLine("FUNDING_CLIFF", "GG3014", subject.substring(subject.lastIndexOf(' ') + 1), subject,
                    "Incidenteel geld tot en met 2026; geen structureel geld voor 2027, 2028", null, 2027, new BigDecimal("1000.00")));
        }
        SteeringReportContent national = new SteeringReportContent(regional.summary(), regional.bindingThemes(), regional.coverage(),
                regional.evaluations(), regional.indicators(), regional.money(), regional.streams(), risks, true);
        try (XSSFWorkbook workbook = write(national)) {
            XSSFSheet sheet = workbook.getSheet("Risico's");
            assertEquals(SteeringWorkbookWriter.RISK_PAGES_NATIONAL, sheet.getPrintSetup().getFitHeight());
            assertEquals(1, sheet.getPrintSetup().getFitWidth());
            Row cliffs = sheet.getRow(headerRow(sheet) + 1);
            assertEquals("Financieringsklif", cliffs.getCell(0).getStringCellValue());
            assertEquals("3 organisaties", cliffs.getCell(2).getStringCellValue());
            assertEquals("Gezonde leefomgeving rond scholen in Utrecht, en 2 meer", cliffs.getCell(4).getStringCellValue());
            assertEquals(3000.0, cliffs.getCell(8).getNumericCellValue());
            assertTrue(cliffs.getHeightInPoints() <= 16f, "one line of 14.5 points: " + cliffs.getHeightInPoints());
        }
        try (XSSFWorkbook workbook = write(regional)) {
            assertEquals(0, workbook.getSheet("Risico's").getPrintSetup().getFitHeight(), "a region's risks print at full size");
        }
    }

    @Test
    void twoProgrammesStandSideBySideInTheSummaryAndOnDekking() throws IOException {
        SteeringReportContent one = content();
        ReportLines.ProgrammeCoverage gala = new ReportLines.ProgrammeCoverage(1, "GALA", one.bindingThemes(), one.coverage());
        ReportLines.ProgrammeCoverage azwa = new ReportLines.ProgrammeCoverage(2, "AZWA",
                List.of(new ReportLines.Theme(7, "WELZIJN", "Welzijn")),
                List.of(new ReportLines.CoverageLine("GG3014", "GM0344", "Utrecht", "LOCAL", "AZWA Utrecht", Map.of(7L, "ADOPTED_WITHOUT_COMMITMENTS")),
                        new ReportLines.CoverageLine("GG3014", "GM0307", "Amersfoort", "LOCAL", null, Map.of())));
        SteeringReportContent both = new SteeringReportContent(one.summary(), one.bindingThemes(), one.coverage(), one.evaluations(),
                one.indicators(), one.money(), one.streams(), one.risks(), false, List.of(gala, azwa));
        try (XSSFWorkbook workbook = write(both)) {
            XSSFSheet dekking = workbook.getSheet("Dekking kernthema's");
            int header = headerRow(dekking);
            assertEquals(List.of("Programma", "GGD-regio", "Code", "Organisatie", "Niveau", "Akkoord", "Roken", "Alcohol", "Welzijn"),
                    cells(dekking.getRow(header)).subList(0, 9));
            Row galaUtrecht = dekking.getRow(header + 1);
            assertEquals("GALA", galaUtrecht.getCell(0).getStringCellValue());
            assertEquals(null, galaUtrecht.getCell(8), "a GALA row has no AZWA theme");
            Row azwaUtrecht = dekking.getRow(header + 3);
            assertEquals("AZWA", azwaUtrecht.getCell(0).getStringCellValue());
            assertEquals(null, azwaUtrecht.getCell(6), "an AZWA row has no GALA theme");
            assertEquals("Ingevuld zonder afspraken", azwaUtrecht.getCell(8).getStringCellValue());

            XSSFSheet summary = workbook.getSheet("Samenvatting");
            Row galaLine = rowStartingWith(summary, "GALA");
            Row azwaLine = rowStartingWith(summary, "AZWA");
            // GALA: two themes over Utrecht (both covered) and Amersfoort (no agreement); AZWA: one theme, a gap and no agreement.
            assertEquals(List.of(2.0, 0.0, 2.0, 4.0), List.of(galaLine.getCell(1).getNumericCellValue(), galaLine.getCell(2).getNumericCellValue(),
                    galaLine.getCell(3).getNumericCellValue(), galaLine.getCell(4).getNumericCellValue()));
            assertEquals(List.of(0.0, 1.0, 1.0, 2.0), List.of(azwaLine.getCell(1).getNumericCellValue(), azwaLine.getCell(2).getNumericCellValue(),
                    azwaLine.getCell(3).getNumericCellValue(), azwaLine.getCell(4).getNumericCellValue()));
            assertTrue(text(summary).contains("Hieronder het programma GALA"), text(summary));
        }
        try (XSSFWorkbook workbook = write(one)) {
            assertEquals("GGD-regio", workbook.getSheet("Dekking kernthema's").getRow(headerRow(workbook.getSheet("Dekking kernthema's"))).getCell(0).getStringCellValue(),
                    "one programme: the sheet as it always was");
            assertTrue(!text(workbook.getSheet("Samenvatting")).contains("naast elkaar"));
        }
    }

    static int headerRow(XSSFSheet sheet) {
        return CellRangeAddress.valueOf(sheet.getCTWorksheet().getAutoFilter().getRef()).getFirstRow();
    }

    static List<String> cells(Row row) {
        List<String> values = new ArrayList<>();
        row.forEach(cell -> values.add(cell.getStringCellValue()));
        return values;
    }

    static String text(XSSFSheet sheet) {
        StringBuilder text = new StringBuilder();
        for (Row row : sheet) {
            for (Cell cell : row) {
                text.append(new DataFormatter().formatCellValue(cell)).append(' ');
            }
            text.append('\n');
        }
        return text.toString();
    }

    private static Row rowStartingWith(XSSFSheet sheet, String text) {
        return rowStartingWith(sheet, text, 0);
    }

    private static Row rowStartingWith(XSSFSheet sheet, String text, int from) {
        for (Row row : sheet) {
            if (row.getRowNum() < from) {
                continue;
            }
            if (row.getCell(0) != null && row.getCell(0).getCellType() == CellType.STRING
                    && text.equals(row.getCell(0).getStringCellValue())) {
                return row;
            }
        }
        throw new AssertionError("No row " + text);
    }

    static XSSFWorkbook write(SteeringReportContent content) throws IOException {
        return write(content, List.of(
                new ReportLines.MilestoneLine(11, "GG3014", "Utrecht", "Akkoord Utrecht", "Roken", "Rookvrij",
                        "Pleinen rookvrij", "Utrecht", LocalDate.of(2025, 6, 30), "ON_TRACK", "ON_TRACK", 50,
                        LocalDate.of(2025, 4, 1), "=HYPERLINK(\"http://x\",\"y\")"),
                new ReportLines.MilestoneLine(12, "GG3014", "Utrecht", "Akkoord Utrecht", "Alcohol", "Nix18",
                        "Voorlichting scholen", "Utrecht", LocalDate.of(2025, 3, 31), "OVERDUE", "DELAYED", 20, null, null)));
    }

    static XSSFWorkbook write(SteeringReportContent content, List<ReportLines.MilestoneLine> lines) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        SteeringReportContent.RowSource<ReportLines.MilestoneLine> milestones = SteeringReportContent.RowSource.of(lines);
        // The other sheets are written on a thread of their own, as in the application.
        SteeringWorkbookWriter.write("Voortgangsrapportage 2025 – GGD Utrecht", milestones, () -> content,
                task -> new Thread(task).start(), LocalDate.of(2026, 5, 1), out);
        return new XSSFWorkbook(new ByteArrayInputStream(out.toByteArray()));
    }

    static SteeringReportContent content() {
        List<ReportLines.Theme> themes = List.of(new ReportLines.Theme(1, "ROKEN", "Roken"), new ReportLines.Theme(2, "ALCOHOL", "Alcohol"));
        return new SteeringReportContent(new SummaryFigures(2025, "GGD Utrecht", 2, new BigDecimal("0.6667")),
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
                                null, null, new BigDecimal("150.00")),
                        new ReportLines.RiskLine("FUNDING_CLIFF", "GG3014", "Utrecht", "Rookvrij", "Incidenteel geld tot en met 2026",
                                null, 2027, new BigDecimal("40000.00"))), false);
    }
}
