package nl.akkoordmonitor.app.programmes;

import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import nl.akkoordmonitor.app.financing.Money;
import nl.akkoordmonitor.app.support.AgreementFixtures;
import nl.akkoordmonitor.app.support.AgreementFixtures.LocalAgreement;
import nl.akkoordmonitor.app.support.AgreementFixtures.NationalAgreement;
import nl.akkoordmonitor.app.support.ApiResponse;
import nl.akkoordmonitor.app.support.IntegrationTest;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import static nl.akkoordmonitor.app.financing.StreamBuilder.aStream;
import static nl.akkoordmonitor.app.support.Problems.assertProblem;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The SiSa statement: the table in the API and the Excel sheet tell the same figures, and cumulative spending adds up. */
@MicronautTest(transactional = false)
class SisaStatementTest extends IntegrationTest {

    private static final String HARDENBERG = "GM0160";

    private AgreementFixtures fixtures;
    private Money money;
    private String token;
    private long spuk;
    private long sport;

    @Override
    protected Map<String, String> extraProperties() {
        return Map.of("akkoordmonitor.clock.fixed-instant", "2026-05-01T10:00:00Z");
    }

    @BeforeAll
    void setUp() {
        fixtures = new AgreementFixtures(api);
        money = new Money(api);
        NationalAgreement gala = fixtures.nationalAgreement().years(2023, 2026).signed();
        LocalAgreement local = fixtures.localAgreement(HARDENBERG).under(gala).years(2023, 2026).withCommitment().withCommitment().draft();
        token = fixtures.tokenFor(HARDENBERG);
        long commitment = local.commitmentIds().get(0);

        // The brede SPUK with two parts, and a grant without parts that ends in 2025 (its final accounting).
        spuk = money.stream(token, aStream().incidental(2023, 2026).named("Brede SPUK").with("sisaCode", "H12")
                .earmarked("Regeling specifieke uitkering sport, gezondheid, cultuur en sociale basis"));
        long bsc = part(spuk, "BSC", "Buurtsportcoaches", "Sport en bewegen", "01", 1);
        long ks = part(spuk, "KS", "Kansrijke Start", "Gezondheidsbevordering", "02", 2);
        for (int year : new int[]{2024, 2025}) {
            budget(spuk, bsc, year, "50000.00");
            budget(spuk, ks, year, "20000.00");
        }
        sport = money.streamWithBudgets(token, aStream().incidental(2023, 2025).named("Sportakkoord II").with("sisaCode", "H04")
                .earmarked("Lokaal sportakkoord uitvoeren"), "15000.00", 2024, 2025);
        long own = money.streamWithBudgets(token, aStream().structural(2023).source("MUNICIPALITY").named("Eigen middelen"), "9999.00", 2025);

        long bsc2024 = allocation(spuk, 2024, commitment, "50000.00", bsc);
        long bsc2025 = allocation(spuk, 2025, commitment, "50000.00", bsc);
        long ks2025 = allocation(spuk, 2025, commitment, "20000.00", ks);
        long sport2024 = allocation(sport, 2024, commitment, "15000.00", null);
        long sport2025 = allocation(sport, 2025, commitment, "15000.00", null);
        money.spend(token, bsc2024, 2024, "41000.50");
        money.spend(token, bsc2024, 2025, "8999.50");
        money.spend(token, bsc2025, 2025, "47000.00");
        money.spend(token, ks2025, 2025, "12345.67");
        money.spend(token, sport2024, 2024, "14000.00");
        money.spend(token, sport2025, 2025, "15000.00");
        money.spend(token, allocation(own, 2025, commitment, "9999.00", null), 2025, "9999.00");
    }

    @Test
    void theApiGivesSpendingInTheYearCumulativeSpendingAndTheFinalAccountingInSisasOrder() {
        ApiResponse statement = api.get(token, "/sisa-statements/2025");
        assertEquals(200, statement.status(), statement.toString());
        assertEquals("2026-07-15", statement.get("deadline"));
        List<Map<String, Object>> lines = lines(statement);
        assertEquals(List.of("H04", "H12", "H12"), lines.stream().map(l -> l.get("sisaCode")).toList(), "own money is not in SiSa");
        assertEquals(java.util.Arrays.asList(null, "01", "02"), lines.stream().map(l -> l.get("partSisaCode")).toList());

        Map<String, Object> sportLine = lines.get(0);
        assertEquals(euros("15000.00"), euros(sportLine.get("spentInYear")));
        assertEquals(euros("29000.00"), euros(sportLine.get("spentCumulative")));
        assertEquals(true, sportLine.get("finalAccounting"), "2025 is the last year of the sport grant");
        Map<String, Object> bscLine = lines.get(1);
        assertEquals(euros("55999.50"), euros(bscLine.get("spentInYear")));
        assertEquals(euros("97000.00"), euros(bscLine.get("spentCumulative")));
        assertEquals(false, bscLine.get("finalAccounting"));
        assertEquals(euros("12345.67"), euros(lines.get(2).get("spentInYear")));

        assertProblem(api.get(fixtures.tokenFor("GM0163"), "/sisa-statements/2025?organisation=" + HARDENBERG), 404);
        assertEquals(200, api.get(fixtures.vwsToken(), "/sisa-statements/2025?organisation=" + HARDENBERG).status());
    }

    @Test
    void cumulativeSpendingAddsUpOverTheYears() {
        List<Map<String, Object>> y2024 = lines(api.get(token, "/sisa-statements/2024"));
        List<Map<String, Object>> y2025 = lines(api.get(token, "/sisa-statements/2025"));
        assertEquals(y2024.size(), y2025.size());
        for (int i = 0; i < y2025.size(); i++) {
            assertEquals(euros(y2024.get(i).get("spentCumulative")).add(euros(y2025.get(i).get("spentInYear"))),
                    euros(y2025.get(i).get("spentCumulative")), "line " + y2025.get(i));
            assertEquals(euros(y2024.get(i).get("spentInYear")), euros(y2024.get(i).get("spentCumulative")), "nothing before 2024");
        }
    }

    @Test
    void theExcelSheetHasTheSameFiguresAsTheApi() throws IOException {
        List<Map<String, Object>> lines = lines(api.get(token, "/sisa-statements/2025"));
        ApiResponse download = api.get(token, "/sisa-workbooks/2025");
        assertEquals(200, download.status(), download.toString());
        assertTrue(download.contentType().startsWith("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"));
        Files.createDirectories(Path.of("target"));
        Files.write(Path.of("target", "sisa-2025-" + HARDENBERG + ".xlsx"), download.bytes());
        try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(download.bytes()))) {
            Sheet sheet = workbook.getSheet("SiSa 2025");
            DataFormatter text = new DataFormatter();
            assertTrue(text.formatCellValue(sheet.getRow(1).getCell(0)).contains("15 juli 2026"), "the deadline is shown");
            assertEquals("Besteding jaar 2025", text.formatCellValue(sheet.getRow(3).getCell(4)));
            List<List<Object>> rows = new ArrayList<>();
            for (int r = 4; r < 4 + lines.size(); r++) {
                Row row = sheet.getRow(r);
                rows.add(List.of(text.formatCellValue(row.getCell(1)), BigDecimal.valueOf(row.getCell(4).getNumericCellValue()).setScale(2),
                        BigDecimal.valueOf(row.getCell(5).getNumericCellValue()).setScale(2), text.formatCellValue(row.getCell(6))));
            }
            List<List<Object>> expected = lines.stream().map(l -> List.<Object>of(
                    l.get("partSisaCode") == null ? l.get("sisaCode") : l.get("sisaCode") + " / " + l.get("partSisaCode"),
                    euros(l.get("spentInYear")), euros(l.get("spentCumulative")),
                    Boolean.TRUE.equals(l.get("finalAccounting")) ? "Ja" : "Nee")).toList();
            assertEquals(expected, rows);
            assertEquals("SUM(E5:E7)", sheet.getRow(4 + lines.size()).getCell(4).getCellFormula());
        }
        assertProblem(api.get(fixtures.tokenFor("GM0163"), "/sisa-workbooks/2025?organisation=" + HARDENBERG), 404);
    }

    // ---------------------------------------------------------------- steps

    @SuppressWarnings("unchecked")
    private static List<Map<String, Object>> lines(ApiResponse statement) {
        return (List<Map<String, Object>>) statement.get("lines");
    }

    private long part(long stream, String code, String name, String mainTheme, String sisaCode, int position) {
        ApiResponse created = api.post(token, "/funding-streams/" + stream + "/parts",
                Map.of("code", code, "name", name, "mainTheme", mainTheme, "sisaCode", sisaCode, "position", position));
        assertEquals(201, created.status(), created.toString());
        return created.id();
    }

    private void budget(long stream, long part, int year, String amount) {
        assertEquals(201, api.post(token, "/funding-streams/" + stream + "/parts/" + part + "/budgets", Map.of("year", year, "amount", amount)).status());
    }

    private long allocation(long stream, int year, long commitment, String amount, Long part) {
        Map<String, Object> body = new HashMap<>(Map.of("streamId", stream, "year", year, "commitmentId", commitment, "amount", amount));
        if (part != null) {
            body.put("partId", part);
        }
        ApiResponse created = api.post(token, "/allocations", body);
        assertEquals(201, created.status(), created.toString());
        return created.id();
    }

    private static BigDecimal euros(Object value) {
        return new BigDecimal(String.valueOf(value)).setScale(2);
    }
}
