package nl.akkoordmonitor.reporting.internal.progress;

import nl.akkoordmonitor.platform.problem.Violation;
import nl.akkoordmonitor.milestones.ProgressStatus;
import nl.akkoordmonitor.reporting.internal.upload.UploadRejectedException;
import org.apache.poi.ss.usermodel.Row;
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
                    LocalDate.of(2025, 6, 30), "Niet gestart", null),
            new TemplateMilestone(102, "Lokaal akkoord Utrecht", "Overgewicht", "Gezonde kantines", "Tien kantines gezond",
                    LocalDate.of(2025, 12, 31), "Op schema", 40),
            new TemplateMilestone(103, "Lokaal akkoord Utrecht", "Alcohol", "Handhaving", "Nalevingsonderzoek",
                    LocalDate.of(2026, 3, 1), "Loopt achter", 10));
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
            assertEquals("I4:I6", status.getRegions().getCellRangeAddress(0).formatAsString());
            var xml = java.util.Arrays.stream(sheet.getCTWorksheet().getDataValidations().getDataValidationArray())
                    .filter(v -> v.getType() == org.openxmlformats.schemas.spreadsheetml.x2006.main.STDataValidationType.LIST)
                    .findFirst().orElseThrow();
            assertFalse(xml.getShowDropDown(), "showDropDown=1 would hide Excel's arrow");
        }
    }

    @Test
    void readsTheFilledInRowsAndSkipsTheUntouchedOnes() throws IOException {
        try (XSSFWorkbook workbook = template()) {
            fill(workbook, 0, "Afgerond", 100, "Alle pleinen zijn rookvrij.");
            fill(workbook, 2, " loopt ACHTER ", 15, null);

            ProgressUploadReader.Result result = ProgressUploadReader.read(workbook, OWN::contains);

            assertEquals(List.of(new ProgressRow(4, 101, ProgressStatus.ACHIEVED, 100, "Alle pleinen zijn rookvrij."),
                    new ProgressRow(6, 103, ProgressStatus.AT_RISK, 15, null)), result.rows());
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
            assertEquals(List.of("Voortgang!I4", "Voortgang!J5", "Voortgang!A6"), cells);
            assertEquals("Blad 'Voortgang', rij 4, kolom 'Nieuwe status': onbekende status 'Bijna klaar'; "
                    + "kies uit Niet gestart, Op schema, Loopt achter, Vertraagd, Afgerond, Geannuleerd.", e.violations().get(0).message().toString());
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
