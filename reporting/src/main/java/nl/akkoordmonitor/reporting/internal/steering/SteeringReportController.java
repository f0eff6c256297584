package nl.akkoordmonitor.reporting.internal.steering;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.PathVariable;
import io.micronaut.http.annotation.QueryValue;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.authentication.Authentication;
import io.micronaut.security.rules.SecurityRule;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import nl.akkoordmonitor.platform.security.Actor;
import nl.akkoordmonitor.reporting.internal.workbook.Xlsx;

import java.io.ByteArrayOutputStream;

/** The yearly steering report (voortgangsrapportage) as an Excel workbook. */
@Controller("/steering-reports")
@Secured(SecurityRule.IS_AUTHENTICATED)
@ExecuteOn(TaskExecutors.BLOCKING)
@Tag(name = "Reporting")
public class SteeringReportController {

    private final SteeringReportService reports;

    SteeringReportController(SteeringReportService reports) {
        this.reports = reports;
    }

    @Get(value = "/{year}", produces = Xlsx.MEDIA_TYPE)
    @Operation(summary = "Download the steering report of a year for the country (scope=NL), a GGD region (GG3406) "
            + "or a municipality (GM0363); without scope, for your own part of the country")
    HttpResponse<byte[]> download(@PathVariable @Min(2000) @Max(2100) int year, @Nullable @QueryValue String scope,
                                  Authentication authentication) {
        SteeringReportService.Scope resolved = reports.resolve(Actor.of(authentication), scope);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        reports.write(resolved, year, out);
        return Xlsx.attachment(SteeringReportService.fileName(resolved, year), out.toByteArray());
    }
}
