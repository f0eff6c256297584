package nl.akkoordmonitor.app.reporting;

import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import nl.akkoordmonitor.app.support.AgreementFixtures;
import nl.akkoordmonitor.app.support.AgreementFixtures.LocalAgreement;
import nl.akkoordmonitor.app.support.AgreementFixtures.NationalAgreement;
import nl.akkoordmonitor.app.support.AgreementFixtures.RegionalAgreement;
import nl.akkoordmonitor.app.support.ApiResponse;
import nl.akkoordmonitor.app.support.IntegrationTest;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.List;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** A municipality downloads its progress template, fills it in and uploads it. */
@MicronautTest(transactional = false)
class ProgressWorkbookApiTest extends IntegrationTest {

    private static final int HEADER_ROW = 3;
    private static final int ID = 0;
    private static final int STATUS = 9;
    private static final int PERCENT = 10;
    private static final int NARRATIVE = 11;

    private AgreementFixtures fixtures;
    private Workbooks workbooks;
    private String hilversum;
    private List<Long> milestones;
    private long foreignMilestone;

    @Override
    protected Map<String, String> extraProperties() {
        return Map.of("akkoordmonitor.clock.fixed-instant", "2025-06-01T10:00:00Z",
                "akkoordmonitor.reporting.upload.max-bytes", "200000");
    }

    @BeforeAll
    void world() {
        fixtures = new AgreementFixtures(api);
        workbooks = new Workbooks(api, httpClient);
        NationalAgreement national = fixtures.nationalAgreement().withThemes(4, 2).signed();
        RegionalAgreement region = fixtures.regionalAgreement("GG3606").under(national).signed();
        LocalAgreement local = fixtures.localAgreement("GM0402").under(region).completingBindingThemes().signed();
        LocalAgreement other = fixtures.localAgreement("GM0406").under(region).completingBindingThemes().signed();
        hilversum = local.ownerToken();
        long commitment = local.commitmentIds().get(0);
        milestones = List.of(milestone(hilversum, commitment, "Plan van aanpak", "2025-09-30"),
                milestone(hilversum, commitment, "Eerste activiteiten", "2025-12-31"),
                milestone(hilversum, local.commitmentIds().get(1), "Tussenmeting", "2026-03-31"));
        foreignMilestone = milestone(other.ownerToken(), other.commitmentIds().get(0), "Huizen: plan", "2025-09-30");
    }

    @Test
    void templateListsTheOpenMilestonesWithALockedIdColumn() {
        ApiResponse response = api.get(hilversum, "/progress-workbooks/template");

        assertEquals(200, response.status(), response::toString);
        assertTrue(response.contentType().startsWith(Workbooks.XLSX), response.contentType());
        try (XSSFWorkbook workbook = Workbooks.open(response)) {
            Sheet sheet = workbook.getSheet("Voortgang");
            assertEquals("Mijlpaal-id", sheet.getRow(HEADER_ROW).getCell(ID).getStringCellValue());
            // Open milestones only; another test may have reported the first one achieved.
            assertTrue(ids(sheet).containsAll(milestones.subList(1, 3)), ids(sheet)::toString);
            assertTrue(milestones.containsAll(ids(sheet)), "only this municipality's milestones");
            assertTrue(workbook.getSheet("Voortgang").getProtect());
            assertEquals(List.of("Niet gestart", "Op schema", "Loopt achter", "Vertraagd", "Afgerond", "Geannuleerd"),
                    List.of(workbook.getSheet("Voortgang").getDataValidations().get(0).getValidationConstraint().getExplicitListValues()));
        } catch (IOException e) {
            throw new AssertionError(e);
        }
    }

    @Test
    void aFilledInTemplateBecomesProgressReportsOnceEvenWhenUploadedTwice() throws IOException {
        byte[] filled;
        try (XSSFWorkbook workbook = template()) {
            fill(workbook, milestones.get(0), "Afgerond", 100, "Plan vastgesteld door het college.");
            fill(workbook, milestones.get(1), "Loopt achter", 20, "=HYPERLINK(\"http://x\",\"y\")");
            filled = Workbooks.bytes(workbook);
        }

        ApiResponse first = workbooks.upload(hilversum, "/progress-workbooks", "voortgang.xlsx", filled);
        ApiResponse second = workbooks.upload(hilversum, "/progress-workbooks", "voortgang (1).xlsx", filled);

        assertEquals(201, first.status(), first::toString);
        assertEquals(2, ((Number) first.get("reportsCreated")).intValue());
        assertEquals(200, second.status(), second::toString);
        assertEquals(0, ((Number) second.get("reportsCreated")).intValue());
        assertEquals(2, ((Number) second.get("alreadyRecorded")).intValue());
        List<Map<String, Object>> reports = reports(milestones.get(0));
        assertEquals(1, reports.size(), "a second upload of the same file adds nothing");
        assertEquals("ACHIEVED", reports.get(0).get("status"));
        assertEquals("Plan vastgesteld door het college.", reports.get(0).get("narrative"));
        assertEquals("=HYPERLINK(\"http://x\",\"y\")", reports(milestones.get(1)).get(0).get("narrative"));
        try (XSSFWorkbook after = template()) {
            assertTrue(!ids(after.getSheet("Voortgang")).contains(milestones.get(0)), "an achieved milestone is no longer open");
        }
    }

    @Test
    void oneBadRowStoresNothingAndEveryProblemIsNamedByCell() throws IOException {
        byte[] filled;
        try (XSSFWorkbook workbook = template()) {
            fill(workbook, milestones.get(2), "Op schema", 30, "Goed op weg");
            fill(workbook, milestones.get(1), "Bijna klaar", 140, null);
            filled = Workbooks.bytes(workbook);
        }
        int before = reports(milestones.get(2)).size();

        ApiResponse response = workbooks.upload(hilversum, "/progress-workbooks", "voortgang.xlsx", filled);

        assertEquals(400, response.status(), response::toString);
        assertEquals("application/problem+json", response.contentType());
        List<Map<String, Object>> violations = (List<Map<String, Object>>) response.get("violations");
        int row = rowOf(milestones.get(1));
        assertEquals(List.of("Voortgang!J" + row, "Voortgang!K" + row), violations.stream().map(v -> v.get("field")).toList());
        assertTrue(((String) violations.get(0).get("message")).startsWith("Blad 'Voortgang', rij " + row + ", kolom 'Nieuwe status'"));
        assertEquals(before, reports(milestones.get(2)).size(), "the good row is not stored either");
    }

    @Test
    void aRowForAnotherMunicipalitysMilestoneIsRefused() throws IOException {
        byte[] filled;
        try (XSSFWorkbook workbook = template()) {
            Row row = fill(workbook, milestones.get(2), "Op schema", 35, null);
            row.getCell(ID).setCellValue(foreignMilestone);
            filled = Workbooks.bytes(workbook);
        }

        ApiResponse response = workbooks.upload(hilversum, "/progress-workbooks", "voortgang.xlsx", filled);

        assertEquals(400, response.status(), response::toString);
        Map<String, Object> violation = ((List<Map<String, Object>>) response.get("violations")).get(0);
        assertEquals("MILESTONE_NOT_YOURS", violation.get("rule"));
        assertEquals(0, reports(foreignMilestone).size());
    }

    @Test
    void refusesWhatIsNotAWorkbookTooLargeOrAZipBomb() throws IOException {
        ApiResponse text = workbooks.upload(hilversum, "/progress-workbooks", "voortgang.xlsx", "id;status\n1;klaar".getBytes());
        byte[] large = new byte[300_000];
        large[0] = 'P';
        large[1] = 'K';
        large[2] = 3;
        large[3] = 4;
        ApiResponse tooLarge = workbooks.upload(hilversum, "/progress-workbooks", "voortgang.xlsx", large);
        ApiResponse bomb = workbooks.upload(hilversum, "/progress-workbooks", "voortgang.xlsx", zipBomb());

        assertEquals(400, text.status());
        assertTrue(((String) text.get("type")).endsWith("/upload-not-xlsx"), text::toString);
        assertEquals(400, tooLarge.status());
        assertTrue(((String) tooLarge.get("type")).endsWith("/upload-too-large"), tooLarge::toString);
        assertEquals(400, bomb.status());
        assertTrue(((String) bomb.get("type")).endsWith("/upload-zip-bomb"), bomb::toString);
    }

    @Test
    void aRequestWithoutAFileIsA400() {
        ApiResponse response = api.post(hilversum, "/progress-workbooks", Map.of("file", "voortgang.xlsx"));
        assertEquals(400, response.status(), response::toString);
    }

    @Test
    void anAdministratorHasNoMilestonesToReport() {
        assertEquals(403, api.get(api.admin(), "/progress-workbooks/template").status());
    }

    private XSSFWorkbook template() {
        return Workbooks.open(api.get(hilversum, "/progress-workbooks/template"));
    }

    private static Row fill(XSSFWorkbook workbook, long milestoneId, String status, int percent, String narrative) {
        Sheet sheet = workbook.getSheet("Voortgang");
        for (int r = HEADER_ROW + 1; r <= sheet.getLastRowNum(); r++) {
            Row row = sheet.getRow(r);
            if ((long) row.getCell(ID).getNumericCellValue() == milestoneId) {
                row.getCell(STATUS).setCellValue(status);
                row.getCell(PERCENT).setCellValue(percent);
                if (narrative != null) {
                    row.getCell(NARRATIVE).setCellValue(narrative);
                }
                return row;
            }
        }
        throw new AssertionError("Milestone " + milestoneId + " is not in the template");
    }

    /** The row number Excel shows for the milestone in the template. */
    private int rowOf(long milestoneId) {
        try (XSSFWorkbook workbook = template()) {
            return fill(workbook, milestoneId, "", 0, null).getRowNum() + 1;
        } catch (IOException e) {
            throw new AssertionError(e);
        }
    }

    private static List<Long> ids(Sheet sheet) {
        List<Long> ids = new java.util.ArrayList<>();
        for (int r = HEADER_ROW + 1; r <= sheet.getLastRowNum(); r++) {
            ids.add((long) sheet.getRow(r).getCell(ID).getNumericCellValue());
        }
        return ids;
    }

    private long milestone(String token, long commitment, String title, String due) {
        ApiResponse created = api.post(token, "/commitments/" + commitment + "/milestones", Map.of("title", title, "dueDate", due));
        assertEquals(201, created.status(), created::toString);
        return created.id();
    }

    private List<Map<String, Object>> reports(long milestoneId) {
        ApiResponse detail = api.get(api.admin(), "/milestones/" + milestoneId);
        assertEquals(200, detail.status(), detail::toString);
        return (List<Map<String, Object>>) detail.get("reports");
    }

    private static byte[] zipBomb() throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(bytes)) {
            zip.putNextEntry(new ZipEntry("[Content_Types].xml"));
            zip.write("<Types xmlns=\"http://schemas.openxmlformats.org/package/2006/content-types\"/>".getBytes());
            zip.putNextEntry(new ZipEntry("xl/worksheets/sheet1.xml"));
            byte[] block = new byte[1 << 16];
            java.util.Arrays.fill(block, (byte) ' ');
            for (int i = 0; i < 400; i++) {
                zip.write(block);
            }
        }
        return bytes.toByteArray();
    }
}
