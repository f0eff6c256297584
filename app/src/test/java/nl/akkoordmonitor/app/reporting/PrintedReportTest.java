package nl.akkoordmonitor.app.reporting;

import io.micronaut.context.ApplicationContext;
import nl.akkoordmonitor.agreements.Organisations;
import nl.akkoordmonitor.app.database.EmbeddedDatabase;
import nl.akkoordmonitor.demo.DemoTools;
import nl.akkoordmonitor.platform.security.Actor;
import nl.akkoordmonitor.platform.security.Role;
import nl.akkoordmonitor.reporting.SteeringReports;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
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
    void theNationalReportPrintsWithinFortyPages() throws Exception {
        Path pdf = print("NL");
        int pages = pages(pdf);
        assertTrue(pages <= 40, "national report: " + pages + " pages");
    }

    @Test
    void aRegionsReportPrintsWithinFifteenPages() throws Exception {
        Path pdf = print("GG0111");
        int pages = pages(pdf);
        assertTrue(pages <= 15, "region report: " + pages + " pages");
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
