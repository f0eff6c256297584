package nl.akkoordmonitor.app.reporting;

import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import nl.akkoordmonitor.app.support.AgreementFixtures;
import nl.akkoordmonitor.app.support.AgreementFixtures.LocalAgreement;
import nl.akkoordmonitor.app.support.AgreementFixtures.NationalAgreement;
import nl.akkoordmonitor.app.support.IntegrationTest;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static nl.akkoordmonitor.app.support.Problems.assertProblem;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The steering report of a municipality that works under two programmes at once (GALA and its
 * successor AZWA): one chosen programme, or all of them side by side.
 */
@MicronautTest(transactional = false)
class ProgrammeReportTest extends IntegrationTest {

    private static final String MUNICIPALITY = "GM1680";

    private AgreementFixtures fixtures;
    private NationalAgreement gala;
    private NationalAgreement azwa;
    private LocalAgreement underGala;
    private LocalAgreement underAzwa;
    private String token;

    @Override
    protected Map<String, String> extraProperties() {
        return Map.of("akkoordmonitor.clock.fixed-instant", "2025-11-15T10:00:00Z");
    }

    @BeforeAll
    void twoProgrammes() {
        fixtures = new AgreementFixtures(api);
        gala = fixtures.nationalAgreement().years(2023, 2026).signed();
        azwa = fixtures.nationalAgreement().years(2025, 2028).succeeding(gala).withThemes(2, 2).signed();
        underGala = fixtures.localAgreement(MUNICIPALITY).under(gala).years(2024, 2026).signed();
        underAzwa = fixtures.localAgreement(MUNICIPALITY).under(azwa).years(2025, 2028).signed();
        token = fixtures.tokenFor(MUNICIPALITY);
    }

    @Test
    void allProgrammesStandSideBySideOnDekkingAndInTheSummary() throws Exception {
        try (XSSFWorkbook workbook = Workbooks.open(api.get(token, "/steering-reports/2025?programme=all"))) {
            XSSFSheet dekking = workbook.getSheet("Dekking kernthema's");
            List<String> header = texts(dekking.getRow(headerRow(dekking)));
            assertEquals("Programma", header.get(0), header.toString());
            for (AgreementFixtures.Theme theme : gala.bindingThemes()) {
                assertTrue(header.contains(theme.name()), "GALA's binding themes have columns: " + header);
            }
            for (AgreementFixtures.Theme theme : azwa.bindingThemes()) {
                assertTrue(header.contains(theme.name()), "AZWA's binding themes have columns: " + header);
            }
            List<String> programmes = new ArrayList<>();
            List<String> agreements = new ArrayList<>();
            for (int r = headerRow(dekking) + 1; r <= dekking.getLastRowNum(); r++) {
                Row row = dekking.getRow(r);
                if (row != null && row.getCell(0) != null) {
                    programmes.add(row.getCell(0).getStringCellValue());
                    agreements.add(row.getCell(5) == null ? "" : row.getCell(5).getStringCellValue());
                }
            }
            String galaTitle = title(gala.id());
            String azwaTitle = title(azwa.id());
            assertTrue(programmes.contains(galaTitle) && programmes.contains(azwaTitle), programmes.toString());
            assertEquals(title(underGala.id()), agreements.get(programmes.indexOf(galaTitle)), "the GALA row shows the GALA agreement");
            assertEquals(title(underAzwa.id()), agreements.get(programmes.indexOf(azwaTitle)), "the AZWA row shows the AZWA agreement");

            String summary = text(workbook.getSheet("Samenvatting"));
            assertTrue(summary.contains("Alle programma's naast elkaar"), summary);
            assertTrue(summary.contains(galaTitle) && summary.contains(azwaTitle), summary);
        }
    }

    @Test
    void oneChosenProgrammeIsShownAsAReportOfOneProgrammeAlways() throws Exception {
        try (XSSFWorkbook workbook = Workbooks.open(api.get(token, "/steering-reports/2025?programme=" + azwa.id()))) {
            XSSFSheet dekking = workbook.getSheet("Dekking kernthema's");
            List<String> header = texts(dekking.getRow(headerRow(dekking)));
            assertEquals("GGD-regio", header.get(0), "one programme: no programme column");
            assertEquals(azwa.bindingThemes().stream().map(AgreementFixtures.Theme::name).toList(), header.subList(5, header.size()));
            assertEquals(title(underAzwa.id()), dekking.getRow(headerRow(dekking) + 1).getCell(4).getStringCellValue());
            assertFalse(text(workbook.getSheet("Samenvatting")).contains("naast elkaar"));
        }
        try (XSSFWorkbook workbook = Workbooks.open(api.get(token, "/steering-reports/2025?programme=" + gala.id()))) {
            XSSFSheet dekking = workbook.getSheet("Dekking kernthema's");
            assertEquals(title(underGala.id()), dekking.getRow(headerRow(dekking) + 1).getCell(4).getStringCellValue());
        }
    }

    @Test
    @SuppressWarnings("unchecked")
    void aProgrammeThatIsNoNationalAgreementIsRefusedInDutch() {
        var unknown = api.get(token, "/steering-reports/2025?programme=" + underGala.id());
        assertProblem(unknown, 404);
        assertTrue(String.valueOf(unknown.get("detail")).contains("geen landelijk akkoord (programma) met id " + underGala.id()), unknown.toString());
        var word = api.get(token, "/steering-reports/2025?programme=gala");
        assertProblem(word, 400);
        assertEquals("programme", ((List<Map<String, Object>>) word.get("violations")).get(0).get("field"));
    }

    private String title(long agreementId) {
        return (String) api.get(fixtures.vwsToken(), "/agreements/" + agreementId).get("title");
    }

    /** The header row of a table sheet: the one its filter starts on. */
    private static int headerRow(XSSFSheet sheet) {
        return CellRangeAddress.valueOf(sheet.getCTWorksheet().getAutoFilter().getRef()).getFirstRow();
    }

    private static String text(XSSFSheet sheet) {
        StringBuilder text = new StringBuilder();
        DataFormatter formatter = new DataFormatter();
        for (Row row : sheet) {
            for (Cell cell : row) {
                text.append(formatter.formatCellValue(cell)).append(' ');
            }
            text.append('\n');
        }
        return text.toString();
    }

    private static List<String> texts(Row row) {
        List<String> texts = new ArrayList<>();
        for (Cell cell : row) {
            texts.add(cell.getStringCellValue());
        }
        return texts;
    }
}
