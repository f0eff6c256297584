package nl.akkoordmonitor.app.reporting;

import io.micronaut.context.ApplicationContext;
import nl.akkoordmonitor.agreements.Organisations;
import nl.akkoordmonitor.agreements.Scope;
import nl.akkoordmonitor.app.database.EmbeddedDatabase;
import nl.akkoordmonitor.demo.DemoTools;
import nl.akkoordmonitor.financing.FinancingAnalysis;
import nl.akkoordmonitor.financing.FundingCliff;
import nl.akkoordmonitor.milestones.CompletenessFigure;
import nl.akkoordmonitor.milestones.EvaluationReporting;
import nl.akkoordmonitor.milestones.EvaluationRow;
import nl.akkoordmonitor.platform.security.Actor;
import nl.akkoordmonitor.platform.security.Role;
import nl.akkoordmonitor.reporting.SteeringReports;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

import java.io.IOException;
import java.io.OutputStream;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The steering report as the steering table gets it on paper: the demo data's reports, printed to
 * PDF by LibreOffice, fit the page targets, and page one answers the four steering questions.
 * Runs in a database of its own, because the demo data fills whole regions.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class PrintedReportTest {

    static final int YEAR = 2025;
    static final Path OUTPUT = Path.of("target", "printed-report");

    private Path directory;
    private EmbeddedDatabase database;
    private ApplicationContext context;
    private Actor vws;

    @BeforeAll
    void start() throws Exception {
        directory = Files.createTempDirectory("akkoordmonitor-printed-report");
        database = EmbeddedDatabase.start(directory.resolve("db"), 0);
        Map<String, Object> properties = new HashMap<>(database.datasourceProperties());
        properties.put("akkoordmonitor.security.bcrypt-cost", "4");
        // The demo data are dated relative to the clock; on this day they are the ones the page counts are for.
        properties.put("akkoordmonitor.clock.fixed-instant", "2025-11-01T10:00:00Z");
        context = ApplicationContext.builder().properties(properties).start();
        context.getBean(DemoTools.class).loadDemo();
        vws = new Actor(0, "printed-report-test", Role.VWS,
                context.getBean(Organisations.class).findByCode("VWS").orElseThrow().id());
        Files.createDirectories(OUTPUT);
    }

    @AfterAll
    void stop() throws IOException {
        context.close();
        database.close();
        try (Stream<Path> files = Files.walk(directory)) {
            files.sorted(Comparator.reverseOrder()).forEach(path -> path.toFile().delete());
        }
    }

    @Test
    void theNationalReportPrintsWithinFortyPagesAndPageOneAnswersTheFourQuestions() throws Exception {
        Path pdf = print("NL");
        int pages = pages(pdf);
        assertTrue(pages <= 40, "national report: " + pages + " pages");

        List<String> perPage = pageTexts(pdf);
        Map<String, Long> pagesPerSheet = pagesPerSheet(perPage);
        assertEquals(1L, pagesPerSheet.get("Samenvatting"), "the summary is one page: " + pagesPerSheet);
        assertTrue(pagesPerSheet.get("Risico's") <= 3, "Risico's: " + pagesPerSheet);
        String first = perPage.get(0);
        for (String answer : List.of("1. Bindende kernthema's: waar zitten de gaten?", "2. Welke mijlpalen lopen achter?",
                "3. Evaluaties 2025: wie heeft niet ingediend, welke zijn teruggestuurd?", "4. Waar houdt het incidentele geld op?",
                "Niet ingediend (", "Teruggestuurd (", "Eerste jaar zonder geld", "Het langst over de einddatum",
                "Voortgangsrapportage 2025 – Nederland", "pagina 1 van " + pages)) {
            assertTrue(first.contains(answer), "page 1 says '" + answer + "':\n" + first);
        }
        // Dutch figures: no thousands separator in a year, Dutch separators in euros.
        assertFalse(first.contains("2.025"), first);
        assertTrue(first.matches("(?s).*€ \\d{1,3}(\\.\\d{3})+.*"), first);

        // The README shows this page.
        run(List.of("pdftoppm", "-png", "-r", "110", "-f", "1", "-l", "1", "-singlefile", pdf.toString(),
                OUTPUT.resolve("samenvatting-NL").toString()));
        assertTrue(Files.size(OUTPUT.resolve("samenvatting-NL.png")) > 10_000);
    }

    @Test
    void aRegionsReportPrintsWithinFifteenPages() throws Exception {
        Path pdf = print("GG0111");
        int pages = pages(pdf);
        assertTrue(pages <= 15, "region report: " + pages + " pages");
        assertTrue(pageTexts(pdf).get(0).contains("Voortgangsrapportage 2025 – GGD Groningen"));
    }

    @Test
    void theSummarysNamedListsAreTheApisOwn() throws Exception {
        Path xlsx = OUTPUT.resolve("voortgangsrapportage-" + YEAR + "-NL-lists.xlsx");
        try (OutputStream out = Files.newOutputStream(xlsx)) {
            context.getBean(SteeringReports.class).write(vws, "NL", YEAR, out);
        }
        EvaluationReporting evaluations = context.getBean(EvaluationReporting.class);
        List<EvaluationRow> missing = evaluations.rows(Scope.national(), YEAR, CompletenessFigure.MISSING);
        List<EvaluationRow> returned = evaluations.rows(Scope.national(), YEAR, CompletenessFigure.RETURNED);
        Map<Integer, List<FundingCliff>> cliffs = new TreeMap<>(context.getBean(FinancingAnalysis.class)
                .fundingCliffs(Scope.national()).stream().collect(Collectors.groupingBy(c -> c.lastIncidentalYear() + 1)));
        assertFalse(missing.isEmpty(), "the demo data has evaluations that were not submitted");
        assertFalse(cliffs.isEmpty(), "the demo data has funding cliffs");

        try (XSSFWorkbook workbook = new XSSFWorkbook(Files.newInputStream(xlsx))) {
            XSSFSheet summary = workbook.getSheet("Samenvatting");
            Row notSubmitted = row(summary, "Niet ingediend (" + missing.size() + ")");
            for (EvaluationRow row : missing) {
                assertTrue(notSubmitted.getCell(1).getStringCellValue().contains(row.ownerName()), row.ownerName());
            }
            // Nobody else is named (a name may hold a comma itself: "Ministerie van Volksgezondheid, Welzijn en Sport").
            String others = notSubmitted.getCell(1).getStringCellValue();
            for (String name : missing.stream().map(EvaluationRow::ownerName).sorted(Comparator.comparingInt(String::length).reversed()).toList()) {
                others = others.replace(name, "");
            }
            assertEquals("", others.replaceAll("\\(GG\\d{4}\\)|[ ,]", ""), "only the API's names: " + notSubmitted.getCell(1));
            Row returnedRow = row(summary, "Teruggestuurd (" + returned.size() + ")");
            for (EvaluationRow row : returned) {
                assertTrue(returnedRow.getCell(1).getStringCellValue().contains(row.ownerName()), row.ownerName());
            }

            int header = row(summary, "Eerste jaar zonder geld").getRowNum();
            Map<Integer, List<Double>> shown = new TreeMap<>();
            for (int r = header + 1; summary.getRow(r) != null && summary.getRow(r).getCell(0) != null
                    && summary.getRow(r).getCell(0).getCellType() == CellType.NUMERIC; r++) {
                Row line = summary.getRow(r);
                shown.put((int) line.getCell(0).getNumericCellValue(),
                        List.of(line.getCell(1).getNumericCellValue(), line.getCell(2).getNumericCellValue()));
            }
            Map<Integer, List<Double>> api = new TreeMap<>();
            cliffs.forEach((year, list) -> api.put(year, List.of((double) list.size(), list.stream()
                    .map(FundingCliff::lastIncidentalAmount).reduce(BigDecimal.ZERO, BigDecimal::add).doubleValue())));
            assertEquals(api, shown);
        }
    }

    private static Row row(XSSFSheet sheet, String first) {
        for (Row row : sheet) {
            Cell cell = row.getCell(0);
            if (cell != null && cell.getCellType() == CellType.STRING && cell.getStringCellValue().equals(first)) {
                return row;
            }
        }
        throw new AssertionError("no row '" + first + "' on " + sheet.getSheetName());
    }

    /** The text of each page; the first line of a page is its sheet's name (the page header). */
    static List<String> pageTexts(Path pdf) throws Exception {
        String text = run(List.of("pdftotext", "-layout", pdf.toString(), "-"));
        List<String> pages = new ArrayList<>(List.of(text.split("\f")));
        pages.removeIf(String::isBlank);
        return pages;
    }

    static Map<String, Long> pagesPerSheet(List<String> pages) {
        return pages.stream().map(page -> page.strip().lines().findFirst().orElse("").strip())
                .collect(Collectors.groupingBy(name -> name, java.util.LinkedHashMap::new, Collectors.counting()));
    }

    private Path print(String scope) throws Exception {
        Path xlsx = OUTPUT.resolve("voortgangsrapportage-" + YEAR + "-" + scope + ".xlsx");
        try (OutputStream out = Files.newOutputStream(xlsx)) {
            context.getBean(SteeringReports.class).write(vws, scope, YEAR, out);
        }
        Path profile = directory.resolve("libreoffice-profile");
        run(List.of("soffice", "-env:UserInstallation=" + profile.toUri(), "--headless", "--convert-to", "pdf",
                "--outdir", OUTPUT.toString(), xlsx.toString()));
        return OUTPUT.resolve(xlsx.getFileName().toString().replace(".xlsx", ".pdf"));
    }

    static int pages(Path pdf) throws Exception {
        String info = run(List.of("pdfinfo", pdf.toString()));
        return info.lines().filter(l -> l.startsWith("Pages:")).map(l -> Integer.parseInt(l.substring(6).strip()))
                .findFirst().orElseThrow();
    }

    static String run(List<String> command) throws Exception {
        ProcessBuilder builder = new ProcessBuilder(new ArrayList<>(command)).redirectErrorStream(true);
        // LibreOffice formats numbers as its locale does; the steering team's is Dutch (€ 1.234,56).
        builder.environment().put("LC_ALL", "nl_NL.UTF-8");
        builder.environment().put("LANG", "nl_NL.UTF-8");
        Process process = builder.start();
        String output = new String(process.getInputStream().readAllBytes());
        assertTrue(process.waitFor(180, TimeUnit.SECONDS), "timed out: " + command);
        assertEquals(0, process.exitValue(), command + ": " + output);
        return output;
    }
}
