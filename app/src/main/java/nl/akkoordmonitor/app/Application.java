package nl.akkoordmonitor.app;

import io.micronaut.context.ApplicationContext;
import io.micronaut.openapi.annotation.OpenAPIInclude;
import io.micronaut.runtime.Micronaut;
import io.swagger.v3.oas.annotations.OpenAPIDefinition;
import io.swagger.v3.oas.annotations.enums.SecuritySchemeType;
import io.swagger.v3.oas.annotations.info.Info;
import io.swagger.v3.oas.annotations.security.SecurityScheme;
import io.swagger.v3.oas.annotations.servers.Server;
import nl.akkoordmonitor.app.database.DatabaseChoice;
import nl.akkoordmonitor.platform.problem.Answers;
import nl.akkoordmonitor.demo.DemoMailServer;
import nl.akkoordmonitor.demo.DemoTools;
import org.apache.commons.io.file.PathUtils;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * Starts Akkoordmonitor. Without a configured database it first starts the embedded
 * PostgreSQL (see {@link DatabaseChoice}).
 *
 * <p>Two flags start something else: {@code --demo} runs the server on its own database
 * ({@code ./data/demo}) filled with a small demo dataset and a demo user per role;
 * {@code --benchmark} loads the national-scale dataset into a fresh temporary database, times the
 * national steering report, prints the figures, stops (no HTTP server) and removes the database;
 * {@code --benchmark --scale N} does so with N times the milestones, progress reports and money lines.
 */
@OpenAPIDefinition(
        info = @Info(title = "Akkoordmonitor", version = "0.1",
                description = "Prevention agreements from national to local: agreements, milestones, financing and reporting."),
        // Relative: the API is where this document is served from.
        servers = @Server(url = "/", description = "The server that serves this document"))
// Each operation that needs a login says so itself (Answers.LoggedIn and Answers.Restricted carry the
// requirement); the public ones (login, health, the calendar feed, the unsubscribe link) need none.
@SecurityScheme(name = Answers.BEARER, type = SecuritySchemeType.HTTP, scheme = "bearer", bearerFormat = "JWT")
// The controllers live in the modules; list each here so that the build-time OpenAPI document
// covers them all (OpenApiDocumentTest fails when one is missing). Login and health come with
// Micronaut, whose classes say nothing of tags, summaries or error answers: they are documented
// in src/main/openapi/problems.yml, merged into the document.
@OpenAPIInclude(classNames = {
        "nl.akkoordmonitor.platform.internal.user.UserController",
        "nl.akkoordmonitor.platform.internal.audit.AuditController",
        "nl.akkoordmonitor.agreements.internal.organisation.OrganisationController",
        "nl.akkoordmonitor.agreements.internal.organisation.IzaRegionController",
        "nl.akkoordmonitor.agreements.internal.agreement.AgreementController",
        "nl.akkoordmonitor.agreements.internal.theme.ThemeController",
        "nl.akkoordmonitor.agreements.internal.commitment.CommitmentController",
        "nl.akkoordmonitor.agreements.internal.party.PartyController",
        "nl.akkoordmonitor.agreements.internal.history.HistoryController",
        "nl.akkoordmonitor.agreements.internal.coverage.CoverageController",
        "nl.akkoordmonitor.agreements.internal.succession.SuccessionController",
        "nl.akkoordmonitor.financing.internal.part.PartController",
        "nl.akkoordmonitor.financing.internal.sisa.SisaController",
        "nl.akkoordmonitor.reporting.internal.sisa.SisaWorkbookController",
        "nl.akkoordmonitor.milestones.internal.indicator.IndicatorController",
        "nl.akkoordmonitor.milestones.internal.indicator.IndicatorTargetController",
        "nl.akkoordmonitor.milestones.internal.milestone.MilestoneController",
        "nl.akkoordmonitor.milestones.internal.evaluation.EvaluationController",
        "nl.akkoordmonitor.financing.internal.stream.FundingStreamController",
        "nl.akkoordmonitor.financing.internal.allocation.AllocationController",
        "nl.akkoordmonitor.financing.internal.analysis.AnalysisController",
        "nl.akkoordmonitor.reporting.internal.steering.SteeringReportController",
        "nl.akkoordmonitor.reporting.internal.progress.ProgressWorkbookController",
        "nl.akkoordmonitor.notifications.internal.inbox.InboxController",
        "nl.akkoordmonitor.notifications.internal.settings.SettingsController",
        "nl.akkoordmonitor.notifications.internal.calendar.CalendarController",
})
public class Application {

    static final String DEMO = "--demo";
    static final String BENCHMARK = "--benchmark";
    static final String BENCHMARK_PAGES = "--benchmark-pages";
    static final String SCALE = "--scale";
    private static final String DATA_DIR = "akkoordmonitor.embedded-postgres.data-dir";

    public static void main(String[] args) throws IOException {
        List<String> flags = List.of(args);
        if (flags.contains(BENCHMARK_PAGES)) {
            benchmarkPages();
            return;
        }
        if (flags.contains(BENCHMARK)) {
            benchmark(scale(flags));
            return;
        }
        if (flags.contains(DEMO) && System.getProperty(DATA_DIR) == null
                && System.getenv("AKKOORDMONITOR_EMBEDDED_POSTGRES_DATA_DIR") == null) {
            // The demo never mixes its made-up data with a real database.
            System.setProperty(DATA_DIR, "./data/demo");
        }
        DatabaseChoice database = DatabaseChoice.fromEnvironment();
        Map<String, Object> properties = new HashMap<>(database.properties());
        List<Object> singletons = new java.util.ArrayList<>(List.of(database.singletons()));
        if (flags.contains(DEMO)) {
            properties.putAll(DemoTools.demoProperties());
        }
        if (flags.contains(DEMO) && System.getenv("AKKOORDMONITOR_SMTP_HOST") == null) {
            // The demo sends its mail to an SMTP server of its own, which shows what would have been sent.
            DemoMailServer mail = DemoMailServer.start();
            Runtime.getRuntime().addShutdownHook(new Thread(mail::close));
            properties.putAll(mail.properties());
            singletons.add(mail);
        }
        ApplicationContext context = Micronaut.build(args)
                .mainClass(Application.class)
                .properties(properties)
                .singletons(singletons.toArray())
                .start();
        database.stopAfter(context);
        if (flags.contains(DEMO)) {
            // Loaded before the server took its first request (DemoStartup); this only says how to log in.
            String users = context.getBean(DemoTools.class).loadDemo();
            String address = context.findBean(io.micronaut.runtime.server.EmbeddedServer.class)
                    .map(server -> server.getURL() + "/inloggen").orElse("");
            System.out.println("=".repeat(72) + System.lineSeparator() + "Akkoordmonitor demo: open " + address
                    + System.lineSeparator() + users + System.lineSeparator() + "=".repeat(72));
        }
    }

    /** {@code --scale N}: the benchmark's dataset N times as large in milestones, reports and money; 1 without. */
    static int scale(List<String> flags) {
        int at = flags.indexOf(SCALE);
        if (at < 0) {
            return 1;
        }
        try {
            int scale = Integer.parseInt(flags.get(at + 1));
            if (scale >= 1 && scale <= 20) {
                return scale;
            }
        } catch (IndexOutOfBoundsException | NumberFormatException e) {
            // said below
        }
        System.err.println("--scale takes a whole number from 1 to 20, e.g. --benchmark --scale 4");
        System.exit(2);
        return 1;
    }

    private static void benchmark(int scale) throws IOException {
        Throwaway throwaway = Throwaway.prepare();
        ApplicationContext context = ApplicationContext.builder()
                .properties(throwaway.properties())
                .start();
        throwaway.stopWith(context);
        int status = 0;
        try {
            context.getBean(DemoTools.class).benchmark(System.out, scale);
        } catch (RuntimeException e) {
            e.printStackTrace();
            status = 1;
        }
        System.exit(status);
    }

    /**
     * Loads the national dataset into a fresh temporary database, starts the server on a free port
     * and times the steering pages of GGD, VWS and the administrator (see {@link PageBenchmark}).
     */
    private static void benchmarkPages() throws IOException {
        Throwaway throwaway = Throwaway.prepare();
        Map<String, Object> properties = new HashMap<>(throwaway.properties());
        properties.put("micronaut.server.port", -1);
        ApplicationContext context = Micronaut.build(new String[0]).mainClass(Application.class).properties(properties)
                .singletons(throwaway.database().singletons()).start();
        throwaway.stopWith(context);
        int status = 0;
        try {
            context.getBean(DemoTools.class).loadNational(System.out);
            String url = context.getBean(io.micronaut.runtime.server.EmbeddedServer.class).getURL().toString();
            new PageBenchmark(url).run(throwaway.adminPassword(), 2025, System.out);
        } catch (Exception e) {
            e.printStackTrace();
            status = 1;
        }
        // Stopped here, before the exit: otherwise the server's shutdown hook and the database's
        // both stop the context at once, and each waits for the other's lock forever.
        context.stop();
        System.exit(status);
    }

    /**
     * The benchmarks' own embedded database in a temporary directory, with a random administrator
     * password. The benchmarks fill it with made-up data: never someone's real database, so an
     * external one configured in the environment stops them.
     */
    private record Throwaway(Path directory, DatabaseChoice database, Map<String, Object> properties, String adminPassword) {

        static Throwaway prepare() throws IOException {
            if (DatabaseChoice.externalUrl() != null) {
                System.err.println("The benchmark loads a made-up national dataset and runs only on an embedded database of its own. "
                        + "Unset DATASOURCES_DEFAULT_URL (and -Ddatasources.default.url) and run it again.");
                System.exit(2);
            }
            Path directory = Files.createTempDirectory("akkoordmonitor-benchmark");
            System.setProperty(DATA_DIR, directory.toString());
            DatabaseChoice database = DatabaseChoice.fromEnvironment();
            Map<String, Object> properties = new HashMap<>(database.properties());
            String adminPassword = UUID.randomUUID().toString();
            properties.put("akkoordmonitor.admin.initial-password", adminPassword);
            return new Throwaway(directory, database, Map.copyOf(properties), adminPassword);
        }

        /** Also on Ctrl-C: stop the database with the context, then remove its few hundred MB of generated data. */
        void stopWith(ApplicationContext context) {
            database.stopWith(context, () -> deleteTree(directory));
        }
    }

    /** Removes the directory; retries for a few seconds while a stopping server still writes its last files. */
    private static void deleteTree(Path directory) {
        for (int attempt = 0; attempt < 25 && Files.exists(directory); attempt++) {
            try {
                PathUtils.deleteDirectory(directory);
            } catch (IOException | UncheckedIOException e) {
                // A file vanished or appeared while walking; the next attempt sees the rest.
            }
            if (Files.exists(directory)) {
                try {
                    Thread.sleep(200);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    break;
                }
            }
        }
        if (Files.exists(directory)) {
            System.err.println("Could not remove the benchmark's database " + directory + "; delete it by hand.");
        }
    }
}
