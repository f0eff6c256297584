package nl.akkoordmonitor.app.reporting;

import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import nl.akkoordmonitor.app.milestones.Evaluations;
import nl.akkoordmonitor.app.support.AgreementFixtures;
import nl.akkoordmonitor.app.support.AgreementFixtures.LocalAgreement;
import nl.akkoordmonitor.app.support.AgreementFixtures.NationalAgreement;
import nl.akkoordmonitor.app.support.AgreementFixtures.RegionalAgreement;
import nl.akkoordmonitor.app.support.ApiResponse;
import nl.akkoordmonitor.app.support.IntegrationTest;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The steering report of a GGD region for 2025, checked against what the milestones, evaluation and
 * financing endpoints answer for the same scope and year at the same moment.
 */
@MicronautTest(transactional = false)
class SteeringReportApiTest extends IntegrationTest {

    private static final String REGION = "GG3606";
    private static final String HOSTILE = "=HYPERLINK(\"http://x\",\"y\")";

    private AgreementFixtures fixtures;
    private String ggd;
    private String blaricum;
    private long blaricumAgreement;

    @Override
    protected Map<String, String> extraProperties() {
        return Map.of("akkoordmonitor.clock.fixed-instant", "2025-11-15T10:00:00Z");
    }

    @BeforeAll
    void world() {
        fixtures = new AgreementFixtures(api);
        NationalAgreement national = fixtures.nationalAgreement().withThemes(4, 2).signed();
        RegionalAgreement region = fixtures.regionalAgreement(REGION).under(national).signed();
        LocalAgreement local = fixtures.localAgreement("GM0376").under(region).completingBindingThemes().signed();
        fixtures.localAgreement("GM1696").under(region).completingBindingThemes().signed();
        ggd = region.ownerToken();
        blaricum = local.ownerToken();
        blaricumAgreement = local.id();
        long commitment = local.commitmentIds().get(0);

        milestone(commitment, "Plan van aanpak", "2025-03-31");
        long atRisk = milestone(commitment, "Eerste activiteiten", "2025-12-31");
        expect(201, api.post(blaricum, "/milestones/" + atRisk + "/reports", Map.of("reportDate", "2025-10-01",
                "status", "AT_RISK", "percentComplete", 30, "narrative", HOSTILE)));
        milestone(commitment, "Tussenmeting", "2026-06-30");

        long structural = expect(201, api.post(blaricum, "/funding-streams", Map.of("name", "Gemeentefonds Blaricum",
                "source", "MUNICIPALITY", "legalBasis", "WPG", "nature", "STRUCTURAL", "firstYear", 2024, "earmarked", false))).id();
        expect(201, api.post(blaricum, "/funding-streams/" + structural + "/budgets", Map.of("year", 2025, "amount", "10000.00")));
        long allocation = expect(201, api.post(blaricum, "/allocations", Map.of("streamId", structural, "year", 2025,
                "commitmentId", commitment, "amount", "8000.00"))).id();
        expect(201, api.post(blaricum, "/allocations/" + allocation + "/expenditures", Map.of("year", 2025, "amount", "9000.00")));
        long incidental = expect(201, api.post(blaricum, "/funding-streams", Map.of("name", "SPUK Blaricum",
                "source", "NATIONAL_GOVERNMENT", "legalBasis", "WMO", "nature", "INCIDENTAL", "firstYear", 2024, "lastYear", 2025,
                "earmarked", false))).id();
        expect(201, api.post(blaricum, "/funding-streams/" + incidental + "/budgets", Map.of("year", 2025, "amount", "5000.00")));
        expect(201, api.post(blaricum, "/allocations", Map.of("streamId", incidental, "year", 2025,
                "commitmentId", local.commitmentIds().get(1), "amount", "5000.00")));
    }

    @Test
    void regionReportHasTheDutchSheetsWithFrozenFilteredHeaders() throws Exception {
        ApiResponse response = api.get(ggd, "/steering-reports/2025?scope=" + REGION);

        assertEquals(200, response.status(), response::toString);
        assertTrue(response.contentType().startsWith(Workbooks.XLSX), response.contentType());
        try (XSSFWorkbook workbook = Workbooks.open(response)) {
            List<String> names = new ArrayList<>();
            workbook.forEach(s -> names.add(s.getSheetName()));
            assertEquals(List.of("Samenvatting", "Dekking kernthema's", "Mijlpalen", "Evaluaties", "Indicatoren",
                    "Financiering", "Risico's"), names);
            for (String table : names.subList(1, names.size())) {
                XSSFSheet sheet = workbook.getSheet(table);
                assertTrue(sheet.getPaneInformation().isFreezePane(), table);
                assertTrue(sheet.getCTWorksheet().isSetAutoFilter(), table);
            }
            assertEquals(List.of("Mijlpaal-id", "GGD-regio", "Organisatie", "Akkoord", "Kernthema", "Afspraak", "Mijlpaal",
                    "Verantwoordelijke", "Einddatum", "Status gemeld", "Over de einddatum", "Percentage gereed", "Laatste melding",
                    "Toelichting"),
                    texts(workbook.getSheet("Mijlpalen").getRow(1)));
            assertEquals(1, workbook.getSheet("Samenvatting").getDrawingPatriarch().getCharts().size());

            XSSFSheet coverage = workbook.getSheet("Dekking kernthema's");
            assertEquals(1 + 6, coverage.getLastRowNum() - 1, "the region and its six municipalities");
            Row blaricum = rowContaining(coverage, 1, "GM0376");
            assertEquals("Ingevuld met afspraken", blaricum.getCell(5).getStringCellValue());
            assertEquals("Geen actief akkoord", rowContaining(coverage, 1, "GM0402").getCell(5).getStringCellValue());
        }
    }

    @Test
    void figuresAgreeWithTheModulesOwnEndpoints() throws Exception {
        Map<String, Object> overview = expect(200, api.get(ggd, "/milestones/overview?region=" + REGION + "&year=2025")).body();
        Map<String, Object> completeness = expect(200, api.get(ggd, "/evaluations/completeness?year=2025&region=" + REGION)).body();
        Map<String, Object> money = expect(200, api.get(ggd, "/financing/analysis/money?year=2025&region=" + REGION)).body();

        try (XSSFWorkbook workbook = Workbooks.open(api.get(ggd, "/steering-reports/2025?scope=" + REGION))) {
            XSSFSheet milestones = workbook.getSheet("Mijlpalen");
            assertEquals(((Number) overview.get("total")).intValue(), milestones.getLastRowNum() - 1, "one row per milestone due in 2025");
            Map<String, Object> counts = (Map<String, Object>) overview.get("counts");
            String summary = text(workbook.getSheet("Samenvatting"));
            assertTrue(summary.contains(overview.get("total") + " mijlpalen met einddatum in 2025"), summary);
            assertTrue(summary.contains("Daarvan zijn er " + counts.getOrDefault("OVERDUE", 0) + " over de einddatum"), summary);
            assertEquals(((Number) completeness.get("expected")).intValue(), workbook.getSheet("Evaluaties").getLastRowNum() - 1);
            assertTrue(summary.contains(completeness.get("expected") + " verwacht (één per actief akkoord) = "
                    + completeness.get("accepted") + " geaccepteerd"), summary);
            assertTrue(summary.contains("Niet ingediend (" + completeness.get("missing") + ")"), summary);

            Map<String, Object> total = (Map<String, Object>) money.get("total");
            Row totalRow = rowStartingWith(workbook.getSheet("Financiering"), "Totaal");
            assertEquals(new BigDecimal(total.get("budgeted").toString()).doubleValue(), totalRow.getCell(6).getNumericCellValue(), 0.001);
            assertEquals(new BigDecimal(total.get("allocated").toString()).doubleValue(), totalRow.getCell(7).getNumericCellValue(), 0.001);
            assertEquals(new BigDecimal(total.get("spent").toString()).doubleValue(), totalRow.getCell(8).getNumericCellValue(), 0.001);
            assertTrue(totalRow.getCell(6).getNumericCellValue() >= 15000.00, "Blaricum's budgets are in the region's total");
        }
    }

    @Test
    void risksListTheOverdueMilestoneTheFundingCliffAndTheOverspending() throws Exception {
        try (XSSFWorkbook workbook = Workbooks.open(api.get(blaricum, "/steering-reports/2025"))) {
            List<String> risks = new ArrayList<>();
            XSSFSheet sheet = workbook.getSheet("Risico's");
            int header = rowStartingWith(sheet, "Risico").getRowNum();
            for (int r = header + 1; r <= sheet.getLastRowNum(); r++) {
                risks.add(sheet.getRow(r).getCell(0).getStringCellValue() + " | " + sheet.getRow(r).getCell(4).getStringCellValue());
            }
            assertTrue(risks.contains("Mijlpaal over de einddatum | Plan van aanpak"), risks::toString);
            assertTrue(risks.contains("Mijlpaal loopt achter of vertraagd | Eerste activiteiten"), risks::toString);
            assertTrue(risks.stream().anyMatch(r -> r.startsWith("Financieringsklif")), risks::toString);
            assertTrue(risks.stream().anyMatch(r -> r.startsWith("Overbesteding")), risks::toString);

            Cell narrative = rowContaining(workbook.getSheet("Mijlpalen"), 6, "Eerste activiteiten").getCell(13);
            assertEquals(CellType.STRING, narrative.getCellType());
            assertEquals(HOSTILE, narrative.getStringCellValue());
        }
    }

    @Test
    void aReturnedEvaluationSaysWhyInEvaluatiesAndRisicos() throws Exception {
        Evaluations evaluations = new Evaluations(api);
        long evaluation = evaluations.opened(blaricum, blaricumAgreement, 2025);
        evaluations.submitted(blaricum, evaluation);
        assertEquals("RETURNED", evaluations.transition(ggd, evaluation, "return", "Bereik per wijk ontbreekt").get("status"));

        try (XSSFWorkbook workbook = Workbooks.open(api.get(ggd, "/steering-reports/2025?scope=GM0376"))) {
            Row row = rowContaining(workbook.getSheet("Evaluaties"), 1, "Blaricum");
            assertEquals("Teruggestuurd", row.getCell(5).getStringCellValue());
            assertEquals("Bereik per wijk ontbreekt", row.getCell(13).getStringCellValue());
            XSSFSheet risks = workbook.getSheet("Risico's");
            Row risk = rowContaining(risks, 0, "Evaluatie teruggestuurd", rowStartingWith(risks, "Risico").getRowNum());
            assertEquals("Evaluatie 2025 teruggestuurd: Bereik per wijk ontbreekt. Opnieuw indienen", risk.getCell(5).getStringCellValue());
        }
    }

    @Test
    void eachUserGetsTheReportOfTheirOwnPartOfTheCountry() {
        Workbooks workbooks = new Workbooks(api, httpClient);
        Workbooks.Download own = workbooks.download(blaricum, "/steering-reports/2025");
        assertEquals(200, own.status());
        assertTrue(own.contentDisposition().startsWith("attachment; filename=\"voortgangsrapportage-2025-GM0376.xlsx\""), own.contentDisposition());
        assertEquals(403, api.get(blaricum, "/steering-reports/2025?scope=" + REGION).status());
        assertEquals(403, api.get(blaricum, "/steering-reports/2025?scope=GM1696").status());
        assertEquals(200, api.get(ggd, "/steering-reports/2025?scope=GM0376").status());
        assertEquals(403, api.get(ggd, "/steering-reports/2025?scope=GG3406").status());
        Workbooks.Download national = workbooks.download(fixtures.vwsToken(), "/steering-reports/2025?scope=NL");
        assertEquals(200, national.status());
        assertTrue(national.contentDisposition().startsWith("attachment; filename=\"voortgangsrapportage-2025-NL.xlsx\""), national.contentDisposition());
        assertEquals(404, api.get(ggd, "/steering-reports/2025?scope=GG9999").status());
        assertEquals(400, api.get(ggd, "/steering-reports/1999").status());
    }

    private long milestone(long commitment, String title, String due) {
        return expect(201, api.post(blaricum, "/commitments/" + commitment + "/milestones", Map.of("title", title, "dueDate", due))).id();
    }

    private static ApiResponse expect(int status, ApiResponse response) {
        assertEquals(status, response.status(), response::toString);
        return response;
    }

    private static List<String> texts(Row row) {
        List<String> texts = new ArrayList<>();
        row.forEach(c -> texts.add(c.getStringCellValue()));
        return texts;
    }

    private static String text(XSSFSheet sheet) {
        StringBuilder text = new StringBuilder();
        org.apache.poi.ss.usermodel.DataFormatter formatter = new org.apache.poi.ss.usermodel.DataFormatter();
        sheet.forEach(row -> row.forEach(cell -> text.append(formatter.formatCellValue(cell)).append(' ')));
        return text.toString();
    }

    private static Row rowStartingWith(XSSFSheet sheet, String text) {
        return rowContaining(sheet, 0, text);
    }

    private static Row rowContaining(XSSFSheet sheet, int column, String text) {
        return rowContaining(sheet, column, text, 0);
    }

    private static Row rowContaining(XSSFSheet sheet, int column, String text, int after) {
        for (Row row : sheet) {
            if (row.getRowNum() <= after && after > 0) {
                continue;
            }
            Cell cell = row.getCell(column);
            if (cell != null && cell.getCellType() == CellType.STRING && text.equals(cell.getStringCellValue())) {
                return row;
            }
        }
        throw new AssertionError("No row with '" + text + "' in column " + column + " of " + sheet.getSheetName());
    }
}
