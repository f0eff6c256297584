package nl.akkoordmonitor.reporting.internal.progress;

import nl.akkoordmonitor.platform.problem.Violation;
import nl.akkoordmonitor.milestones.ProgressStatus;
import nl.akkoordmonitor.platform.message.Messages;
import nl.akkoordmonitor.reporting.internal.upload.UploadRejectedException;
import org.apache.poi.ss.usermodel.FillPatternType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.usermodel.XSSFCellStyle;
import org.apache.poi.xssf.usermodel.XSSFDataValidation;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class ProgressTemplateRoundTripTest {

    private static final List<TemplateMilestone> MILESTONES = List.of(
            new TemplateMilestone(101, "Lokaal akkoord Utrecht", "Roken", "Rookvrije schoolpleinen", "Alle pleinen rookvrij",
                    LocalDate.of(2025, 6, 30), "Niet gestart", true, null),
            new TemplateMilestone(102, "Lokaal akkoord Utrecht", "Overgewicht", "Gezonde kantines", "Tien kantines gezond",
                    LocalDate.of(2025, 12, 31), "Op schema", false, 40),
            new TemplateMilestone(103, "Lokaal akkoord Utrecht", "Alcohol", "Handhaving", "Nalevingsonderzoek",
                    LocalDate.of(2026, 3, 1), "Vertraagd", false, 10));
    private static final Set<Long> OWN = Set.of(101L, 102L, 103L);

    @Test
    void templateLocksTheIdsAndOffersTheDutchStatusesAsADropDown() throws IOException {
        try (XSSFWorkbook workbook = template()) {
            XSSFSheet sheet = workbook.getSheet("Voortgang");
            assertTrue(sheet.getProtect(), "the sheet is protected");
            Row first = sheet.getRow(ProgressTemplate.HEADER_ROW + 1);
            assertEquals(101, first.getCell(ProgressTemplate.ID).getNumericCellValue());
            assertTrue(first.getCell(ProgressTemplate.ID).getCellStyle().getLocked());
            assertFalse(first.getCell(ProgressTemplate.STATUS).getCellStyle().getLocked());
            assertFalse(first.getCell(ProgressTemplate.PERCENT).getCellStyle().getLocked());
            assertFalse(first.getCell(ProgressTemplate.NARRATIVE).getCellStyle().getLocked());
            assertEquals("Mijlpaal-id", sheet.getRow(ProgressTemplate.HEADER_ROW).getCell(0).getStringCellValue());

            XSSFDataValidation status = sheet.getDataValidations().stream()
                    .map(XSSFDataValidation.class::cast)
                    .filter(v -> v.getValidationConstraint().getExplicitListValues() != null)
                    .findFirst().orElseThrow();
            assertEquals(List.of("Niet gestart", "Op schema", "Loopt achter", "Vertraagd", "Afgerond", "Geannuleerd"),
                    List.of(status.getValidationConstraint().getExplicitListValues()));
            assertEquals("J5:J7", status.getRegions().getCellRangeAddress(0).formatAsString());
            var xml = java.util.Arrays.stream(sheet.getCTWorksheet().getDataValidations().getDataValidationArray())
                    .filter(v -> v.getType() == org.openxmlformats.schemas.spreadsheetml.x2006.main.STDataValidationType.LIST)
                    .findFirst().orElseThrow();
            assertFalse(xml.getShowDropDown(), "showDropDown=1 would hide Excel's arrow");
        }
    }

    @Test
    void templateColoursAndDescribesTheInputColumnsAndShowsTheLastReportedStatus() throws IOException {
        try (XSSFWorkbook workbook = template()) {
            XSSFSheet sheet = workbook.getSheet("Voortgang");
            String instruction = sheet.getRow(1).getCell(0).getStringCellValue();
            assertTrue(instruction.contains("Een rij waarin die drie kolommen leeg zijn, wordt overgeslagen"), instruction);
            assertTrue(instruction.contains("Een rij met een percentage of toelichting maar zonder status wordt geweigerd"), instruction);
            assertTrue(instruction.contains("Niet gestart"), instruction);
            Row described = sheet.getRow(ProgressTemplate.HEADER_ROW - 1);
            assertEquals("Invullen: kies uit de lijst.", described.getCell(ProgressTemplate.STATUS).getStringCellValue());
            assertTrue(described.getCell(ProgressTemplate.ID).getStringCellValue().startsWith("Niet wijzigen"));
            Row header = sheet.getRow(ProgressTemplate.HEADER_ROW);
            assertEquals(List.of("Laatst gemelde status", "Over de einddatum"),
                    List.of(header.getCell(6).getStringCellValue(), header.getCell(7).getStringCellValue()));
            Row first = sheet.getRow(ProgressTemplate.HEADER_ROW + 1);
            Row third = sheet.getRow(ProgressTemplate.HEADER_ROW + 3);
            assertEquals("Niet gestart", first.getCell(6).getStringCellValue());
            assertEquals("Over de einddatum", first.getCell(7).getStringCellValue());
            assertEquals("Vertraagd", third.getCell(6).getStringCellValue(), "the reported status, not only 'overdue'");
            for (int column : List.of(ProgressTemplate.STATUS, ProgressTemplate.PERCENT, ProgressTemplate.NARRATIVE)) {
                XSSFCellStyle input = (XSSFCellStyle) first.getCell(column).getCellStyle();
                assertEquals(FillPatternType.SOLID_FOREGROUND, input.getFillPattern(), "input column " + column + " is coloured");
                assertEquals(FillPatternType.SOLID_FOREGROUND, header.getCell(column).getCellStyle().getFillPattern());
                assertNotEquals(((XSSFCellStyle) header.getCell(0).getCellStyle()).getFillForegroundXSSFColor().getARGBHex(),
                        ((XSSFCellStyle) header.getCell(column).getCellStyle()).getFillForegroundXSSFColor().getARGBHex(),
                        "its header differs from the read-only columns'");
            }
            assertEquals(FillPatternType.NO_FILL, first.getCell(4).getCellStyle().getFillPattern());
            assertTrue(sheet.getPrintSetup().getLandscape());
        }
    }

    @Test
    void notStartedNeedsNoPercentage() throws IOException {
        try (XSSFWorkbook workbook = template()) {
            Row row = workbook.getSheet("Voortgang").getRow(ProgressTemplate.HEADER_ROW + 1);
            row.getCell(ProgressTemplate.STATUS).setCellValue("Niet gestart");
            assertEquals(List.of(new ProgressRow(5, 101, ProgressStatus.NOT_STARTED, 0, null)),
                    ProgressUploadReader.read(workbook, OWN::contains).rows());
        }
    }

    @Test
    void aRowWithATextButNoStatusIsRefusedNotSkipped() throws IOException {
        try (XSSFWorkbook workbook = template()) {
            workbook.getSheet("Voortgang").getRow(ProgressTemplate.HEADER_ROW + 2).getCell(ProgressTemplate.NARRATIVE)
                    .setCellValue("Wethouder vertrokken");
            UploadRejectedException e = assertThrows(UploadRejectedException.class,
                    () -> ProgressUploadReader.read(workbook, OWN::contains));
            assertEquals(List.of("STATUS_MISSING", "PERCENT_MISSING"), e.violations().stream().map(Violation::rule).toList());
        }
    }

    @Test
    void oneMilestoneOnTwoRowsIsRefusedAtTheSecond() throws IOException {
        try (XSSFWorkbook workbook = template()) {
            fill(workbook, 0, "Op schema", 30, null);
            fill(workbook, 2, "Op schema", 50, null);
            workbook.getSheet("Voortgang").getRow(ProgressTemplate.HEADER_ROW + 3).getCell(ProgressTemplate.ID).setCellValue(101);
            UploadRejectedException e = assertThrows(UploadRejectedException.class,
                    () -> ProgressUploadReader.read(workbook, OWN::contains));
            assertEquals(1, e.violations().size());
            assertEquals("DUPLICATE_MILESTONE", e.violations().get(0).rule());
            assertEquals("Voortgang!A7", e.violations().get(0).field());
            String dutch = Messages.of("reporting").dutch(e.violations().get(0).message());
            assertTrue(dutch.contains("mijlpaal 101 staat ook in rij 5"), dutch);
        }
    }

    @Test
    void aTemplateWhoseHeaderWasChangedIsRefused() throws IOException {
        try (XSSFWorkbook workbook = template()) {
            fill(workbook, 0, "Op schema", 30, null);
            // As Excel saves it: a new text in the cell (POI cannot overwrite the template's inline text in place).
            Row header = workbook.getSheet("Voortgang").getRow(ProgressTemplate.HEADER_ROW);
            header.removeCell(header.getCell(ProgressTemplate.PERCENT));
            header.createCell(ProgressTemplate.PERCENT).setCellValue("Procent");
            UploadRejectedException e = assertThrows(UploadRejectedException.class,
                    () -> ProgressUploadReader.read(workbook, OWN::contains));
            assertEquals("upload-not-template", e.type());
            assertEquals("Blad 'Voortgang' heeft niet de kolommen van het sjabloon. Gebruik het gedownloade voortgangssjabloon.",
                    Messages.of("reporting").dutch(e.detail()));
        }
    }

    @Test
    void readsTheFilledInRowsAndSkipsTheUntouchedOnes() throws IOException {
        try (XSSFWorkbook workbook = template()) {
            fill(workbook, 0, "Afgerond", 100, "Alle pleinen zijn rookvrij.");
            fill(workbook, 2, " loopt ACHTER ", 15, null);

            ProgressUploadReader.Result result = ProgressUploadReader.read(workbook, OWN::contains);

            assertEquals(List.of(new ProgressRow(5, 101, ProgressStatus.ACHIEVED, 100, "Alle pleinen zijn rookvrij."),
                    new ProgressRow(7, 103, ProgressStatus.AT_RISK, 15, null)), result.rows());
        }
    }

    @Test
    void listsEveryProblemWithSheetRowAndColumn() throws IOException {
        try (XSSFWorkbook workbook = template()) {
            fill(workbook, 0, "Bijna klaar", 100, null);
            fill(workbook, 1, "Op schema", 140, null);
            fill(workbook, 2, "Op schema", 50, null);
            workbook.getSheet("Voortgang").getRow(ProgressTemplate.HEADER_ROW + 3).getCell(ProgressTemplate.ID).setCellValue(999);

            UploadRejectedException e = assertThrows(UploadRejectedException.class,
                    () -> ProgressUploadReader.read(workbook, OWN::contains));

            assertEquals("upload-rows-refused", e.type());
            List<String> cells = e.violations().stream().map(Violation::field).toList();
            assertEquals(List.of("Voortgang!J5", "Voortgang!K6", "Voortgang!A7"), cells);
            assertEquals("Blad 'Voortgang', rij 5, kolom 'Nieuwe status': onbekende status 'Bijna klaar'; "
                    + "kies uit Niet gestart, Op schema, Loopt achter, Vertraagd, Afgerond, Geannuleerd.", Messages.of("reporting").dutch(e.violations().get(0).message()));
            assertEquals("MILESTONE_NOT_YOURS", e.violations().get(2).rule());
        }
    }

    @Test
    void theSameContentHasTheSameHashWhateverTheBytes() throws IOException {
        String first;
        try (XSSFWorkbook workbook = template()) {
            fill(workbook, 1, "Vertraagd", 45, "Leverancier failliet");
            first = ProgressUploadReader.read(workbook, OWN::contains).contentHash();
        }
        try (XSSFWorkbook workbook = template()) {
            fill(workbook, 1, "Vertraagd", 45, "Leverancier failliet");
            workbook.getSheet("Voortgang").getRow(0).getCell(0).setCellValue("anders opgeslagen");
            assertEquals(first, ProgressUploadReader.read(workbook, OWN::contains).contentHash());
            fill(workbook, 1, "Vertraagd", 46, "Leverancier failliet");
            assertNotEquals(first, ProgressUploadReader.read(workbook, OWN::contains).contentHash());
        }
    }

    @Test
    void refusesAFileWithNothingFilledIn() throws IOException {
        try (XSSFWorkbook workbook = template()) {
            UploadRejectedException e = assertThrows(UploadRejectedException.class,
                    () -> ProgressUploadReader.read(workbook, OWN::contains));
            assertEquals("upload-empty-template", e.type());
        }
    }

    @Test
    void refusesAWorkbookThatIsNotTheTemplate() throws IOException {
        try (XSSFWorkbook workbook = new XSSFWorkbook()) {
            workbook.createSheet("Blad1");
            assertEquals("upload-not-template", assertThrows(UploadRejectedException.class,
                    () -> ProgressUploadReader.read(workbook, OWN::contains)).type());
        }
    }

    @Test
    void aPercentageTypedAsTextIsReadAndTheEdgesZeroAndHundredAreAccepted() throws IOException {
        try (XSSFWorkbook workbook = template()) {
            fill(workbook, 0, "Op schema", 0, null);
            fill(workbook, 1, "Afgerond", 100, null);
            workbook.getSheet("Voortgang").getRow(ProgressTemplate.HEADER_ROW + 3).getCell(ProgressTemplate.STATUS).setCellValue("Op schema");
            workbook.getSheet("Voortgang").getRow(ProgressTemplate.HEADER_ROW + 3).getCell(ProgressTemplate.PERCENT).setCellValue("12,0 %");
            assertEquals(List.of(new ProgressRow(5, 101, ProgressStatus.ON_TRACK, 0, null),
                            new ProgressRow(6, 102, ProgressStatus.ACHIEVED, 100, null),
                            new ProgressRow(7, 103, ProgressStatus.ON_TRACK, 12, null)),
                    ProgressUploadReader.read(workbook, OWN::contains).rows());
        }
    }

    @Test
    void aPercentageAboveHundredBelowZeroOrWithAFractionIsRefused() throws IOException {
        try (XSSFWorkbook workbook = template()) {
            fill(workbook, 0, "Op schema", 101, null);
            fill(workbook, 1, "Op schema", -1, null);
            workbook.getSheet("Voortgang").getRow(ProgressTemplate.HEADER_ROW + 3).getCell(ProgressTemplate.STATUS).setCellValue("Op schema");
            workbook.getSheet("Voortgang").getRow(ProgressTemplate.HEADER_ROW + 3).getCell(ProgressTemplate.PERCENT).setCellValue(12.5);
            UploadRejectedException e = assertThrows(UploadRejectedException.class,
                    () -> ProgressUploadReader.read(workbook, OWN::contains));
            assertEquals(List.of("Voortgang!K5", "Voortgang!K6", "Voortgang!K7"), e.violations().stream().map(Violation::field).toList());
            assertEquals(List.of("PERCENT_INVALID", "PERCENT_INVALID", "PERCENT_INVALID"),
                    e.violations().stream().map(Violation::rule).toList());
        }
    }

    @Test
    void aNarrativeOfExactlyTheMaximumIsKeptOneCharacterMoreIsRefused() throws IOException {
        String longest = "x".repeat(ProgressUploadReader.MAX_NARRATIVE);
        try (XSSFWorkbook workbook = template()) {
            fill(workbook, 0, "Op schema", 10, longest);
            assertEquals(longest, ProgressUploadReader.read(workbook, OWN::contains).rows().get(0).narrative());
            fill(workbook, 0, "Op schema", 10, longest + "x");
            UploadRejectedException e = assertThrows(UploadRejectedException.class,
                    () -> ProgressUploadReader.read(workbook, OWN::contains));
            assertEquals(List.of("NARRATIVE_TOO_LONG"), e.violations().stream().map(Violation::rule).toList());
        }
    }

    @Test
    void aRowWithoutAMilestoneIdOrWithAWordForItIsRefusedAtTheIdCell() throws IOException {
        try (XSSFWorkbook workbook = template()) {
            fill(workbook, 0, "Op schema", 10, null);
            fill(workbook, 1, "Op schema", 20, null);
            Row first = workbook.getSheet("Voortgang").getRow(ProgressTemplate.HEADER_ROW + 1);
            first.removeCell(first.getCell(ProgressTemplate.ID));
            workbook.getSheet("Voortgang").getRow(ProgressTemplate.HEADER_ROW + 2).getCell(ProgressTemplate.ID).setCellValue("mijlpaal");
            UploadRejectedException e = assertThrows(UploadRejectedException.class,
                    () -> ProgressUploadReader.read(workbook, OWN::contains));
            assertEquals(List.of("MILESTONE_ID_MISSING", "MILESTONE_ID_INVALID"), e.violations().stream().map(Violation::rule).toList());
            assertEquals(List.of("Voortgang!A5", "Voortgang!A6"), e.violations().stream().map(Violation::field).toList());
        }
    }

    @Test
    void aFormulaCountsWithTheValueTheMunicipalitySawNeverRun() throws IOException {
        try (XSSFWorkbook workbook = template()) {
            fill(workbook, 0, "Op schema", 10, null);
            Row row = workbook.getSheet("Voortgang").getRow(ProgressTemplate.HEADER_ROW + 1);
            row.getCell(ProgressTemplate.PERCENT).setCellFormula("20+20");
            workbook.getCreationHelper().createFormulaEvaluator().evaluateAll();
            row.getCell(ProgressTemplate.NARRATIVE).setCellFormula("\"Loopt\"");
            workbook.getCreationHelper().createFormulaEvaluator().evaluateAll();
            assertEquals(List.of(new ProgressRow(5, 101, ProgressStatus.ON_TRACK, 40, "Loopt")),
                    ProgressUploadReader.read(workbook, OWN::contains).rows());
        }
    }

    static XSSFWorkbook template() throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ProgressTemplate.write("Utrecht", MILESTONES, out);
        return new XSSFWorkbook(new ByteArrayInputStream(out.toByteArray()));
    }

    static void fill(XSSFWorkbook workbook, int index, String status, int percent, String narrative) {
        Row row = workbook.getSheet("Voortgang").getRow(ProgressTemplate.HEADER_ROW + 1 + index);
        row.getCell(ProgressTemplate.STATUS).setCellValue(status);
        row.getCell(ProgressTemplate.PERCENT).setCellValue(percent);
        if (narrative != null) {
            row.getCell(ProgressTemplate.NARRATIVE).setCellValue(narrative);
        }
    }
}
