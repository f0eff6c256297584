package nl.akkoordmonitor.app.programmes;

import io.micronaut.http.HttpRequest;
import io.micronaut.http.MediaType;
import io.micronaut.http.client.multipart.MultipartBody;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import nl.akkoordmonitor.app.financing.Money;
import nl.akkoordmonitor.app.milestones.Evaluations;
import nl.akkoordmonitor.app.support.AgreementFixtures;
import nl.akkoordmonitor.app.support.AgreementFixtures.LocalAgreement;
import nl.akkoordmonitor.app.support.AgreementFixtures.NationalAgreement;
import nl.akkoordmonitor.app.support.ApiResponse;
import nl.akkoordmonitor.app.support.IntegrationTest;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static nl.akkoordmonitor.app.financing.StreamBuilder.aStream;
import static nl.akkoordmonitor.app.support.Problems.assertProblem;
import static nl.akkoordmonitor.app.support.Problems.assertRule;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * An accepted evaluation closes its year: progress, measurements and spending in it are refused,
 * in the API and in the Excel upload, until the reviewer reopens the year with a reason.
 */
@MicronautTest(transactional = false)
class ClosedYearApiTest extends IntegrationTest {

    private static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";
    /** The progress template's layout (as ProgressWorkbookApiTest reads it). */
    private static final int TEMPLATE_HEADER_ROW = 3;
    private static final int TEMPLATE_ID = 0;
    private static final int TEMPLATE_STATUS = 9;
    private static final int TEMPLATE_PERCENT = 10;

    private AgreementFixtures fixtures;
    private Evaluations evaluations;
    private Money money;

    @Override
    protected Map<String, String> extraProperties() {
        return Map.of("akkoordmonitor.clock.fixed-instant", "2026-12-01T10:00:00Z");
    }

    @BeforeAll
    void setUp() {
        fixtures = new AgreementFixtures(api);
        evaluations = new Evaluations(api);
        money = new Money(api);
    }

    @Test
    void anAcceptedEvaluationClosesTheYearUntilTheReviewerReopensIt() {
        NationalAgreement national = fixtures.nationalAgreement().years(2024, 2026).signed();
        LocalAgreement local = fixtures.localAgreement("GM0114").under(national).years(2024, 2026).withCommitment().signed();
        String emmen = local.ownerToken();
        String vws = fixtures.vwsToken();
        long commitment = local.commitmentIds().get(0);
        long milestone = api.post(emmen, "/commitments/" + commitment + "/milestones", Map.of("title", "Valpreventie gestart",
                "dueDate", "2026-06-01")).id();
        long stream = money.streamWithBudgets(emmen, aStream().incidental(2024, 2026), "10000.00", 2025);
        long allocation = money.allocation(emmen, stream, 2025, commitment, "10000.00");
        ApiResponse spent = money.spend(emmen, allocation, 2025, "4000.00");
        long indicator = api.post(vws, "/indicators", Map.of("code", "FALLS_" + UUID.randomUUID().toString().substring(0, 6).toUpperCase(),
                "name", "Valincidenten 65+", "unit", "%", "direction", "LOWER_IS_BETTER", "source", "OWN", "family", "OUTCOME")).id();

        long evaluation = evaluations.opened(emmen, local.id(), 2025);
        assertEquals(200, evaluations.fillIn(emmen, evaluation, "GREEN").status());
        assertEquals(200, evaluations.submit(emmen, evaluation).status());
        assertEquals("ACCEPTED", evaluations.transition(vws, evaluation, "accept", null).get("status"));

        assertRule(api.post(emmen, "/milestones/" + milestone + "/reports", report("2025-11-01")), 409, "YEAR_CLOSED");
        assertRule(api.post(emmen, "/indicators/" + indicator + "/measurements", measurement(local.ownerId(), 2025)), 409, "YEAR_CLOSED");
        assertRule(api.put(emmen, "/expenditures/" + spent.id(), Map.of("amount", "4500.00", "version", spent.get("version"))), 409, "YEAR_CLOSED");
        long allocation2026 = money.allocation(emmen, money.streamWithBudgets(emmen, aStream().incidental(2024, 2026), "500.00", 2025), 2025,
                commitment, "500.00");
        assertRule(api.post(emmen, "/allocations/" + allocation2026 + "/expenditures", Map.of("year", 2025, "amount", "100.00")),
                409, "YEAR_CLOSED");
        // The next year is open.
        assertEquals(201, api.post(emmen, "/milestones/" + milestone + "/reports", report("2026-01-10")).status());
        assertEquals(201, api.post(emmen, "/allocations/" + allocation2026 + "/expenditures", Map.of("year", 2026, "amount", "100.00")).status());
        assertEquals(201, api.post(emmen, "/indicators/" + indicator + "/measurements", measurement(local.ownerId(), 2026)).status());

        // Only the reviewer reopens, only with a reason, and only a closed year.
        assertProblem(evaluations.transition(emmen, evaluation, "reopen", "Correctie"), 403);
        assertRule(evaluations.transition(vws, evaluation, "reopen", null), 422, "REOPEN_REASON_REQUIRED");
        ApiResponse reopened = evaluations.transition(vws, evaluation, "reopen", "Besteding 2025 bleek onvolledig; gemeente corrigeert");
        assertEquals(200, reopened.status(), reopened.toString());
        assertEquals("DRAFT", reopened.get("status"));
        assertTrue(reopened.toString().contains("Besteding 2025 bleek onvolledig"), "the reason is in the evaluation's history");
        assertRule(evaluations.transition(vws, evaluation, "reopen", "Nog eens"), 409, "REOPEN_ONLY_ACCEPTED");
        ApiResponse audit = api.get(vws, "/audit?entity=evaluation&entityId=" + evaluation + "&action=REOPEN");
        assertEquals(1, audit.items().size(), audit.toString());

        assertEquals(201, api.post(emmen, "/milestones/" + milestone + "/reports", report("2025-11-01")).status());
        assertEquals(200, api.put(emmen, "/expenditures/" + spent.id(), Map.of("amount", "4500.00", "version", spent.get("version"))).status());
        assertEquals(201, api.post(emmen, "/indicators/" + indicator + "/measurements", measurement(local.ownerId(), 2025)).status());
    }

    @Test
    void theExcelUploadRefusesProgressInAClosedYear() throws IOException {
        NationalAgreement national = fixtures.nationalAgreement().years(2024, 2026).signed();
        LocalAgreement local = fixtures.localAgreement("GM0118").under(national).years(2024, 2026).withCommitment().signed();
        String token = local.ownerToken();
        long milestone = api.post(token, "/commitments/" + local.commitmentIds().get(0) + "/milestones",
                Map.of("title", "Wijkaanpak", "dueDate", "2026-12-31")).id();
        // The upload reports progress as of today (1 December 2026); close 2026.
        long evaluation = evaluations.opened(token, local.id(), 2026);
        evaluations.fillIn(token, evaluation, "GREEN");
        evaluations.submit(token, evaluation);
        assertEquals("ACCEPTED", evaluations.transition(fixtures.vwsToken(), evaluation, "accept", null).get("status"));

        ApiResponse template = api.get(token, "/progress-workbooks/template");
        byte[] filled;
        try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(template.bytes()))) {
            Sheet sheet = workbook.getSheet("Voortgang");
            boolean found = false;
            // Title, instruction, what each column is for, the header; then one row per milestone.
            for (int r = TEMPLATE_HEADER_ROW + 1; r <= sheet.getLastRowNum(); r++) {
                Row row = sheet.getRow(r);
                if ((long) row.getCell(TEMPLATE_ID).getNumericCellValue() == milestone) {
                    row.getCell(TEMPLATE_STATUS).setCellValue("Op schema");
                    row.getCell(TEMPLATE_PERCENT).setCellValue(50);
                    found = true;
                }
            }
            assertTrue(found, "the milestone is in the template");
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            workbook.write(out);
            filled = out.toByteArray();
        }
        MultipartBody body = MultipartBody.builder().addPart("file", "voortgang.xlsx", MediaType.of(XLSX), filled).build();
        ApiResponse refused = api.send(HttpRequest.POST("/progress-workbooks", body).contentType(MediaType.MULTIPART_FORM_DATA_TYPE), token);

        assertRule(refused, 400, "YEAR_CLOSED");
        assertTrue(refused.toString().contains("2026 is afgesloten"), refused.toString());
        assertEquals(List.of(), api.get(token, "/milestones/" + milestone).get("latestStatus") == null ? List.of() : List.of("stored"),
                "nothing was stored");
    }

    private static Map<String, Object> report(String date) {
        return Map.of("reportDate", date, "status", "ON_TRACK", "percentComplete", 40, "narrative", "Loopt");
    }

    private static Map<String, Object> measurement(long organisationId, int year) {
        return Map.of("organisationId", organisationId, "year", year, "value", "12.5");
    }
}
