package nl.akkoordmonitor.app;

import io.micronaut.context.ApplicationContext;
import io.micronaut.openapi.annotation.OpenAPIInclude;
import io.micronaut.runtime.Micronaut;
import io.swagger.v3.oas.annotations.OpenAPIDefinition;
import io.swagger.v3.oas.annotations.enums.SecuritySchemeType;
import io.swagger.v3.oas.annotations.info.Info;
import io.swagger.v3.oas.annotations.security.SecurityRequirement;
import io.swagger.v3.oas.annotations.security.SecurityScheme;
import nl.akkoordmonitor.app.database.DatabaseChoice;
import nl.akkoordmonitor.reporting.ReportingTools;

import java.io.IOException;
import java.nio.file.Files;
import java.util.List;

/**
 * Starts Akkoordmonitor. Without a configured database it first starts the embedded
 * PostgreSQL (see {@link DatabaseChoice}).
 *
 * <p>Two flags start something else: {@code --demo} runs the server on its own database
 * ({@code ./data/demo}) filled with a small demo dataset and a demo user per role;
 * {@code --benchmark} loads the national-scale dataset into a fresh temporary database, times the
 * national steering report, prints the figures and stops (no HTTP server).
 */
@OpenAPIDefinition(
        info = @Info(title = "Akkoordmonitor", version = "0.1",
                description = "Prevention agreements from national to local: agreements, milestones, financing and reporting."),
        security = @SecurityRequirement(name = "bearer"))
@SecurityScheme(name = "bearer", type = SecuritySchemeType.HTTP, scheme = "bearer", bearerFormat = "JWT")
// The controllers live in the modules; list each here so that the build-time OpenAPI document
// covers them all (OpenApiDocumentTest fails when one is missing).
@OpenAPIInclude(classNames = {
        "io.micronaut.security.endpoints.LoginController",
        "io.micronaut.management.endpoint.health.HealthEndpoint",
        "nl.akkoordmonitor.platform.internal.user.UserController",
        "nl.akkoordmonitor.platform.internal.audit.AuditController",
        "nl.akkoordmonitor.agreements.internal.organisation.OrganisationController",
        "nl.akkoordmonitor.agreements.internal.agreement.AgreementController",
        "nl.akkoordmonitor.agreements.internal.theme.ThemeController",
        "nl.akkoordmonitor.agreements.internal.commitment.CommitmentController",
        "nl.akkoordmonitor.agreements.internal.party.PartyController",
        "nl.akkoordmonitor.agreements.internal.history.HistoryController",
        "nl.akkoordmonitor.agreements.internal.coverage.CoverageController",
        "nl.akkoordmonitor.milestones.internal.indicator.IndicatorController",
        "nl.akkoordmonitor.milestones.internal.indicator.IndicatorTargetController",
        "nl.akkoordmonitor.milestones.internal.milestone.MilestoneController",
        "nl.akkoordmonitor.milestones.internal.evaluation.EvaluationController",
        "nl.akkoordmonitor.financing.internal.stream.FundingStreamController",
        "nl.akkoordmonitor.financing.internal.allocation.AllocationController",
        "nl.akkoordmonitor.financing.internal.analysis.AnalysisController",
        "nl.akkoordmonitor.reporting.internal.steering.SteeringReportController",
        "nl.akkoordmonitor.reporting.internal.progress.ProgressWorkbookController",
})
public class Application {

    static final String DEMO = "--demo";
    static final String BENCHMARK = "--benchmark";
    private static final String DATA_DIR = "akkoordmonitor.embedded-postgres.data-dir";

    public static void main(String[] args) throws IOException {
        List<String> flags = List.of(args);
        if (flags.contains(BENCHMARK)) {
            benchmark();
            return;
        }
        if (flags.contains(DEMO) && System.getProperty(DATA_DIR) == null
                && System.getenv("AKKOORDMONITOR_EMBEDDED_POSTGRES_DATA_DIR") == null) {
            // The demo never mixes its made-up data with a real database.
            System.setProperty(DATA_DIR, "./data/demo");
        }
        DatabaseChoice database = DatabaseChoice.fromEnvironment();
        ApplicationContext context = Micronaut.build(args)
                .mainClass(Application.class)
                .properties(database.properties())
                .start();
        database.stopAfter(context);
        if (flags.contains(DEMO)) {
            String users = context.getBean(ReportingTools.class).loadDemo();
            System.out.println("=".repeat(72) + System.lineSeparator() + "Akkoordmonitor demo" + System.lineSeparator()
                    + users + System.lineSeparator() + "=".repeat(72));
        }
    }

    private static void benchmark() throws IOException {
        System.setProperty(DATA_DIR, Files.createTempDirectory("akkoordmonitor-benchmark").toString());
        DatabaseChoice database = DatabaseChoice.fromEnvironment();
        ApplicationContext context = ApplicationContext.builder()
                .properties(database.properties())
                .start();
        database.stopAfter(context);
        context.getBean(ReportingTools.class).benchmark(System.out);
        System.exit(0);
    }
}
