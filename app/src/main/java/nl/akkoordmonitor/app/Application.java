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

/**
 * Starts Akkoordmonitor. Without a configured database it first starts the embedded
 * PostgreSQL (see {@link DatabaseChoice}).
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
})
public class Application {

    public static void main(String[] args) {
        DatabaseChoice database = DatabaseChoice.fromEnvironment();
        ApplicationContext context = Micronaut.build(args)
                .mainClass(Application.class)
                .properties(database.properties())
                .start();
        database.stopAfter(context);
    }
}
