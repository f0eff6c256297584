package nl.akkoordmonitor.app.reporting;

import io.micronaut.http.HttpHeaders;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.MediaType;
import io.micronaut.http.client.multipart.MultipartBody;
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

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * A caller who asks for English ({@code Accept-Language: en}) gets the steering report, the
 * progress template and the SiSa workbook in English, and an upload's refusal in English; anyone
 * else gets Dutch. Region Hollands-Noorden (GG2707) is this test's own.
 */
@MicronautTest(transactional = false)
class EnglishWorkbooksApiTest extends IntegrationTest {

    private static final String REGION = "GG2707";
    private static final int HEADER_ROW = 3;
    private static final int ID = 0;
    private static final int STATUS = 9;
    private static final int PERCENT = 10;

    private String ggd;
    private String alkmaar;
    private List<Long> milestones;

    @Override
    protected Map<String, String> extraProperties() {
        return Map.of("akkoordmonitor.clock.fixed-instant", "2025-06-01T10:00:00Z");
    }

    @BeforeAll
    void world() {
        AgreementFixtures fixtures = new AgreementFixtures(api);
        NationalAgreement national = fixtures.nationalAgreement().withThemes(4, 2).signed();
        RegionalAgreement region = fixtures.regionalAgreement(REGION).under(national).signed();
        LocalAgreement local = fixtures.localAgreement("GM0361").under(region).completingBindingThemes().signed();
        fixtures.localAgreement("GM0373").under(region).completingBindingThemes().signed();
        ggd = region.ownerToken();
        alkmaar = local.ownerToken();
        long commitment = local.commitmentIds().get(0);
        milestones = List.of(milestone(commitment, "Plan van aanpak", "2025-03-31"),
                milestone(commitment, "Eerste activiteiten", "2025-12-31"));
    }

    @Test
    void theSteeringReportInEnglishHasEnglishSheetsHeadersAndFileName() throws IOException {
        HttpResponse<byte[]> response = download(ggd, "/steering-reports/2025?scope=" + REGION, "en-GB,en;q=0.9,nl;q=0.5");

        assertEquals(200, response.code());
        assertEquals("attachment; filename=\"progress-report-2025-GG2707.xlsx\"; filename*=utf-8''progress-report-2025-GG2707.xlsx",
                response.getHeaders().get(HttpHeaders.CONTENT_DISPOSITION));
        try (XSSFWorkbook workbook = open(response)) {
            assertEquals(List.of("Summary", "Core theme coverage", "Milestones", "Evaluations", "Indicators", "Funding", "Risks"),
                    sheetNames(workbook));
            Sheet summary = workbook.getSheet("Summary");
            assertTrue(summary.getRow(0).getCell(0).getStringCellValue().startsWith("Progress report 2025 – GGD Hollands-Noorden"),
                    summary.getRow(0).getCell(0).getStringCellValue());
            assertTrue(summary.getRow(1).getCell(0).getStringCellValue().startsWith("Produced on 01/06/2025. Counted for GGD"),
                    summary.getRow(1).getCell(0).getStringCellValue());
            Sheet milestonesSheet = workbook.getSheet("Milestones");
            Row header = rowStartingWith(milestonesSheet, "Milestone ID");
            assertEquals("Reported status", header.getCell(9).getStringCellValue());
            Row overdue = rowWithId(milestonesSheet, milestones.get(0));
            assertEquals("Not started", overdue.getCell(9).getStringCellValue(), "the vocabulary, in English");
            assertEquals("Past its due date", overdue.getCell(10).getStringCellValue());
            assertEquals("page &P of &N", milestonesSheet.getFooter().getRight());
        }
    }

    @Test
    void withoutEnglishInTheHeaderTheReportIsDutch() throws IOException {
        for (String language : new String[]{null, "nl", "de-DE", "nl;q=0.9,en;q=0.5"}) {
            HttpResponse<byte[]> response = download(ggd, "/steering-reports/2025?scope=" + REGION, language);
            assertEquals(200, response.code());
            assertTrue(response.getHeaders().get(HttpHeaders.CONTENT_DISPOSITION).contains("voortgangsrapportage-2025-GG2707.xlsx"));
            try (XSSFWorkbook workbook = open(response)) {
                assertEquals("Samenvatting", workbook.getSheetName(0), "Accept-Language: " + language);
            }
        }
    }

    @Test
    void theTemplateInEnglishIsReadBackAndStoresTheReport() throws IOException {
        HttpResponse<byte[]> response = download(alkmaar, "/progress-workbooks/template", "en");

        assertEquals(200, response.code());
        assertTrue(response.getHeaders().get(HttpHeaders.CONTENT_DISPOSITION).contains("milestone-progress-GM0361-2025-06-01.xlsx"),
                response.getHeaders().get(HttpHeaders.CONTENT_DISPOSITION));
        try (XSSFWorkbook workbook = open(response)) {
            Sheet sheet = workbook.getSheet("Progress");
            assertNotNull(sheet, sheetNames(workbook)::toString);
            assertEquals("Milestone ID", sheet.getRow(HEADER_ROW).getCell(ID).getStringCellValue());
            assertEquals("New status", sheet.getRow(HEADER_ROW).getCell(STATUS).getStringCellValue());
            assertEquals(List.of("Not started", "On schedule", "Falling behind", "Delayed", "Completed", "Cancelled"),
                    List.of(sheet.getDataValidations().get(0).getValidationConstraint().getExplicitListValues()));

            Row row = rowWithId(sheet, milestones.get(1));
            row.getCell(STATUS).setCellValue("On schedule");
            row.getCell(PERCENT).setCellValue(25);
            // The caller's language is Dutch this time: the file says which language it is in.
            ApiResponse stored = upload(alkmaar, Workbooks.bytes(workbook), "nl");
            assertEquals(201, stored.status(), stored::toString);
            assertEquals(1, ((Number) stored.get("reportsCreated")).intValue(), stored::toString);
        }
        ApiResponse detail = api.get(api.admin(), "/milestones/" + milestones.get(1));
        @SuppressWarnings("unchecked")
        List<Map<String, Object>> reports = (List<Map<String, Object>>) detail.get("reports");
        assertEquals("ON_TRACK", reports.get(reports.size() - 1).get("status"), detail::toString);
    }

    @Test
    @SuppressWarnings("unchecked")
    void aRefusedUploadIsExplainedInEnglishCellByCell() throws IOException {
        try (XSSFWorkbook workbook = open(download(alkmaar, "/progress-workbooks/template", "en"))) {
            Row row = rowWithId(workbook.getSheet("Progress"), milestones.get(1));
            row.getCell(STATUS).setCellValue("Sideways");
            row.getCell(PERCENT).setCellValue(140);
            int excelRow = row.getRowNum() + 1;

            ApiResponse refused = upload(alkmaar, Workbooks.bytes(workbook), "en");

            assertEquals(400, refused.status(), refused::toString);
            assertEquals("Upload refused: rows do not pass", refused.get("title"));
            assertEquals("2 problem(s) in the file; nothing was stored. See 'violations'.", refused.get("detail"));
            List<Map<String, Object>> violations = (List<Map<String, Object>>) refused.get("violations");
            assertEquals(List.of("Progress!J" + excelRow, "Progress!K" + excelRow), violations.stream().map(v -> v.get("field")).toList());
            assertEquals("Sheet 'Progress', row " + excelRow + ", column 'New status': unknown status 'Sideways'; choose from "
                    + "Not started, On schedule, Falling behind, Delayed, Completed, Cancelled.", violations.get(0).get("message"));
            assertEquals("Sheet 'Progress', row " + excelRow + ", column 'Percentage complete': '140' is not a whole number from 0 to 100.",
                    violations.get(1).get("message"));

            ApiResponse dutch = upload(alkmaar, Workbooks.bytes(workbook), null);
            assertEquals("Upload geweigerd: rijen kloppen niet", dutch.get("title"), dutch::toString);
        }
        ApiResponse notAWorkbook = uploadBytes(alkmaar, "notities.xlsx", "just some text".getBytes(StandardCharsets.UTF_8), "en");
        assertEquals(400, notAWorkbook.status(), notAWorkbook::toString);
        assertEquals("Upload refused: not an Excel workbook", notAWorkbook.get("title"));
        assertEquals("This is not an Excel workbook (.xlsx). Upload the filled-in progress template.", notAWorkbook.get("detail"));
    }

    @Test
    void theSisaWorkbookInEnglish() throws IOException {
        HttpResponse<byte[]> response = download(alkmaar, "/sisa-workbooks/2025", "en");

        assertEquals(200, response.code());
        try (XSSFWorkbook workbook = open(response)) {
            assertEquals("SiSa 2025", workbook.getSheetName(0));
            Sheet sheet = workbook.getSheetAt(0);
            assertEquals("SiSa statement 2025 – Alkmaar", sheet.getRow(0).getCell(0).getStringCellValue());
            assertTrue(sheet.getRow(1).getCell(0).getStringCellValue().startsWith("Submit to CBS by 15 July 2026"),
                    sheet.getRow(1).getCell(0).getStringCellValue());
            assertEquals("Specific grant", sheet.getRow(3).getCell(2).getStringCellValue());
        }
    }

    private HttpResponse<byte[]> download(String token, String path, String acceptLanguage) {
        var request = HttpRequest.GET(path).bearerAuth(token);
        if (acceptLanguage != null) {
            request.header(HttpHeaders.ACCEPT_LANGUAGE, acceptLanguage);
        }
        return httpClient.toBlocking().exchange(request, byte[].class);
    }

    private ApiResponse upload(String token, byte[] bytes, String acceptLanguage) {
        return uploadBytes(token, "voortgang.xlsx", bytes, acceptLanguage);
    }

    private ApiResponse uploadBytes(String token, String fileName, byte[] bytes, String acceptLanguage) {
        MultipartBody body = MultipartBody.builder().addPart("file", fileName, MediaType.of(Workbooks.XLSX), bytes).build();
        var request = HttpRequest.POST("/progress-workbooks", body).contentType(MediaType.MULTIPART_FORM_DATA_TYPE);
        if (acceptLanguage != null) {
            request.header(HttpHeaders.ACCEPT_LANGUAGE, acceptLanguage);
        }
        return api.send(request, token);
    }

    private static XSSFWorkbook open(HttpResponse<byte[]> response) throws IOException {
        return new XSSFWorkbook(new ByteArrayInputStream(response.body()));
    }

    private static List<String> sheetNames(XSSFWorkbook workbook) {
        List<String> names = new ArrayList<>();
        workbook.forEach(s -> names.add(s.getSheetName()));
        return names;
    }

    private static Row rowStartingWith(Sheet sheet, String text) {
        for (Row row : sheet) {
            if (row.getCell(0) != null && text.equals(row.getCell(0).toString())) {
                return row;
            }
        }
        throw new AssertionError("No row starting with " + text + " on " + sheet.getSheetName());
    }

    private static Row rowWithId(Sheet sheet, long id) {
        for (Row row : sheet) {
            if (row.getCell(0) != null && row.getCell(0).getCellType() == org.apache.poi.ss.usermodel.CellType.NUMERIC
                    && (long) row.getCell(0).getNumericCellValue() == id) {
                return row;
            }
        }
        throw new AssertionError("No row for milestone " + id + " on " + sheet.getSheetName());
    }

    private long milestone(long commitment, String title, String due) {
        ApiResponse created = api.post(alkmaar, "/commitments/" + commitment + "/milestones", Map.of("title", title, "dueDate", due));
        assertEquals(201, created.status(), created::toString);
        return created.id();
    }
}
