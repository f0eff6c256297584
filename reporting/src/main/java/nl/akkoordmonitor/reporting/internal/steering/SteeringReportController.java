package nl.akkoordmonitor.reporting.internal.steering;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpRequest;
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
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import nl.akkoordmonitor.platform.message.Languages;
import nl.akkoordmonitor.platform.problem.Answers;
import nl.akkoordmonitor.platform.security.Actor;
import nl.akkoordmonitor.reporting.internal.workbook.Labels;
import nl.akkoordmonitor.reporting.internal.workbook.Xlsx;

import io.micronaut.http.MediaType;
import io.micronaut.http.server.types.files.StreamedFile;
import jakarta.inject.Named;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.io.IOException;
import java.io.PipedInputStream;
import java.io.PipedOutputStream;
import java.util.concurrent.ExecutorService;

/** The yearly steering report (voortgangsrapportage) as an Excel workbook. */
@Controller("/steering-reports")
@Secured(SecurityRule.IS_AUTHENTICATED)
@ExecuteOn(TaskExecutors.BLOCKING)
@Tag(name = "Reporting")
public class SteeringReportController {

    private static final Logger LOG = LoggerFactory.getLogger(SteeringReportController.class);
    /** What the zipper may run ahead of the client. */
    private static final int PIPE_BYTES = 256 * 1024;

    private final SteeringReportService reports;
    private final ExecutorService executor;

    SteeringReportController(SteeringReportService reports, @Named(TaskExecutors.BLOCKING) ExecutorService executor) {
        this.reports = reports;
        this.executor = executor;
    }

    @Get(value = "/{year}", produces = Xlsx.MEDIA_TYPE)
    @Answers.Restricted @Answers.NotFound
    @Operation(operationId = "downloadSteeringReport", summary = "Download the steering report of a year for the country (scope=NL), a GGD region (GG3406) "
            + "or a municipality (GM0363); without scope, for your own part of the country")
    StreamedFile download(@PathVariable @Min(2000) @Max(2100) int year, @Nullable @QueryValue String scope,
                          @Parameter(description = "The programme (national agreement) whose coverage the report shows: its id; "
                                  + "'all' for every programme the scope's active agreements hang under, side by side; "
                                  + "left out, the one most of them hang under.")
                          @Nullable @QueryValue String programme,
                          Authentication authentication, HttpRequest<?> request) throws IOException {
        // In the caller's language (Accept-Language: en gets English), like the API's problems.
        Labels labels = Labels.of(Languages.of(request));
        Actor actor = Actor.of(authentication);
        SteeringReportService.NamedScope resolved = reports.resolve(actor, scope, labels).showing(reports.programme(programme));
        // The sheets are made first, within a report slot: a full server (503) or a failure up to
        // here is still a problem+json answer. Then the file is zipped straight into the response.
        SteeringReportService.PreparedReport report = reports.prepare(resolved, year, labels);
        try {
            PipedInputStream in = new PipedInputStream(PIPE_BYTES);
            PipedOutputStream out = new PipedOutputStream(in);
            executor.execute(() -> send(report, out));
            return new StreamedFile(in, MediaType.of(Xlsx.MEDIA_TYPE)).attach(SteeringReportService.fileName(labels, resolved, year));
        } catch (IOException | RuntimeException | Error e) {
            report.close();
            throw e;
        }
    }

    /** Zips the report into the pipe the response reads; removes its temporary files when done or when the client went away. */
    private static void send(SteeringReportService.PreparedReport report, PipedOutputStream out) {
        try (report; out) {
            report.writeTo(out);
        } catch (IOException | java.io.UncheckedIOException e) {
            LOG.info("A steering report download stopped before its end: {}", e.getMessage());
        }
    }
}
