package nl.akkoordmonitor.reporting.internal.progress;

import nl.akkoordmonitor.milestones.ProgressStatus;
import nl.akkoordmonitor.platform.message.Languages;
import nl.akkoordmonitor.platform.message.Messages;
import nl.akkoordmonitor.platform.problem.Violation;
import nl.akkoordmonitor.reporting.internal.upload.UploadRejectedException;
import nl.akkoordmonitor.reporting.internal.workbook.Labels;
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
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The progress template in English, and an upload that reads a template in either language. */
class EnglishTemplateTest {

    private static final List<TemplateMilestone> MILESTONES = List.of(
            new TemplateMilestone(101, "Lokaal akkoord Utrecht", "Roken", "Rookvrije schoolpleinen", "Alle pleinen rookvrij",
                    LocalDate.of(2025, 6, 30), "Not started", true, null),
            new TemplateMilestone(102, "Lokaal akkoord Utrecht", "Overgewicht", "Gezonde kantines", "Tien kantines gezond",
                    LocalDate.of(2025, 12, 31), "On schedule", false, 40));
    private static final Set<Long> OWN = Set.of(101L, 102L);

    @Test
    void theEnglishTemplateHasEnglishSheetHeadersInstructionAndDropDown() throws IOException {
        try (XSSFWorkbook workbook = template(Labels.ENGLISH)) {
            assertNull(workbook.getSheet("Voortgang"));
            XSSFSheet sheet = workbook.getSheet("Progress");
            assertEquals("Milestone progress – Utrecht", sheet.getRow(0).getCell(0).getStringCellValue());
            String instruction = sheet.getRow(1).getCell(0).getStringCellValue();
            assertTrue(instruction.startsWith("Fill in the three coloured columns for the milestones you are reporting on: New status "
                    + "(choose from Not started, On schedule, Falling behind, Delayed, Completed, Cancelled), Percentage complete"), instruction);
            assertTrue(instruction.contains("With Not started the percentage may be left empty (it is then 0); Completed is always 100."),
                    instruction);
            assertTrue(instruction.endsWith("Do not change the Milestone ID column."), instruction);
            Row header = sheet.getRow(ProgressTemplate.HEADER_ROW);
            assertEquals(List.of("Milestone ID", "Agreement", "Core theme", "Commitment", "Milestone", "Due date", "Last reported status",
                    "Past the due date", "Last reported %", "New status", "Percentage complete", "Explanation"),
                    java.util.stream.IntStream.range(0, 12).mapToObj(c -> header.getCell(c).getStringCellValue()).toList());
            assertEquals("Past its due date", sheet.getRow(ProgressTemplate.HEADER_ROW + 1).getCell(7).getStringCellValue());
            XSSFDataValidation status = sheet.getDataValidations().stream().map(XSSFDataValidation.class::cast)
                    .filter(v -> v.getValidationConstraint().getExplicitListValues() != null).findFirst().orElseThrow();
            assertEquals(List.of("Not started", "On schedule", "Falling behind", "Delayed", "Completed", "Cancelled"),
                    List.of(status.getValidationConstraint().getExplicitListValues()));
            assertEquals("Unknown status", status.getErrorBoxTitle());
            assertTrue(sheet.getFooter().getRight().startsWith("page &P of &N"), sheet.getFooter().getRight());
        }
    }

    @Test
    void anEnglishTemplateIsReadBackWhateverLanguageTheUploaderAsksFor() throws IOException {
        try (XSSFWorkbook workbook = template(Labels.ENGLISH)) {
            fill(workbook, 0, "Completed", 100);
            fill(workbook, 1, "op schema", 60);
            ProgressUploadReader.Result read = ProgressUploadReader.read(workbook, OWN::contains, Labels.DUTCH);
            assertEquals(List.of(new ProgressRow(5, 101, ProgressStatus.ACHIEVED, 100, null),
                    new ProgressRow(6, 102, ProgressStatus.ON_TRACK, 60, null)), read.rows());
            assertEquals(Labels.ENGLISH, read.labels());
        }
    }

    @Test
    void theSameRowsInEitherLanguageHaveTheSameHashSoASecondUploadAddsNothing() throws IOException {
        try (XSSFWorkbook english = template(Labels.ENGLISH); XSSFWorkbook dutch = template(Labels.DUTCH)) {
            fill(english, 1, "On schedule", 60);
            fill(dutch, 1, "Op schema", 60);
            assertEquals(ProgressUploadReader.read(dutch, OWN::contains).contentHash(),
                    ProgressUploadReader.read(english, OWN::contains, Labels.ENGLISH).contentHash());
        }
    }

    @Test
    void aWrongRowInAnEnglishTemplateNamesTheEnglishCellColumnAndStatuses() throws IOException {
        try (XSSFWorkbook workbook = template(Labels.ENGLISH)) {
            fill(workbook, 0, "Sideways", 50);
            UploadRejectedException e = assertThrows(UploadRejectedException.class,
                    () -> ProgressUploadReader.read(workbook, OWN::contains, Labels.ENGLISH));
            Violation violation = e.violations().get(0);
            assertEquals("STATUS_UNKNOWN", violation.rule());
            assertEquals("Progress!J5", violation.field());
            String english = Messages.of("reporting").render(violation.message(), Languages.ENGLISH);
            assertTrue(english.contains("'New status'") && english.contains("Not started, On schedule, Falling behind"), english);
        }
    }

    @Test
    void aWorkbookWithoutEitherSheetIsRefusedNamingTheSheetInTheAskedLanguage() throws IOException {
        try (XSSFWorkbook workbook = new XSSFWorkbook()) {
            workbook.createSheet("Blad1");
            UploadRejectedException e = assertThrows(UploadRejectedException.class,
                    () -> ProgressUploadReader.read(workbook, OWN::contains, Labels.ENGLISH));
            assertEquals("The workbook has no sheet 'Progress'. Use the downloaded progress template.",
                    Messages.of("reporting").render(e.detail(), Languages.ENGLISH));
        }
    }

    static XSSFWorkbook template(Labels labels) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ProgressTemplate.write(labels, "Utrecht", MILESTONES, out);
        return new XSSFWorkbook(new ByteArrayInputStream(out.toByteArray()));
    }

    static void fill(XSSFWorkbook workbook, int index, String status, int percent) {
        XSSFSheet sheet = workbook.getSheet("Progress") != null ? workbook.getSheet("Progress") : workbook.getSheet("Voortgang");
        Row row = sheet.getRow(ProgressTemplate.HEADER_ROW + 1 + index);
        row.getCell(ProgressTemplate.STATUS).setCellValue(status);
        row.getCell(ProgressTemplate.PERCENT).setCellValue(percent);
    }
}
