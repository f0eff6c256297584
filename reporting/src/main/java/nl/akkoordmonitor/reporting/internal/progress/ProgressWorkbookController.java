package nl.akkoordmonitor.reporting.internal.progress;

import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.Part;
import io.micronaut.http.annotation.Post;
import io.micronaut.http.multipart.CompletedFileUpload;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.authentication.Authentication;
import io.micronaut.security.rules.SecurityRule;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import nl.akkoordmonitor.platform.message.Languages;
import nl.akkoordmonitor.platform.problem.Answers;
import nl.akkoordmonitor.platform.security.Actor;
import nl.akkoordmonitor.reporting.internal.upload.WorkbookUploadGuard;
import nl.akkoordmonitor.reporting.internal.workbook.Labels;
import nl.akkoordmonitor.reporting.internal.workbook.Xlsx;

import java.io.IOException;
import java.io.UncheckedIOException;

/** The milestone-progress workbook: download the template, upload it filled in. */
@Controller("/progress-workbooks")
@Secured(SecurityRule.IS_AUTHENTICATED)
@ExecuteOn(TaskExecutors.BLOCKING)
@Tag(name = "Reporting")
public class ProgressWorkbookController {

    private final ProgressRoundTrip roundTrip;
    private final WorkbookUploadGuard guard;

    ProgressWorkbookController(ProgressRoundTrip roundTrip, WorkbookUploadGuard guard) {
        this.roundTrip = roundTrip;
        this.guard = guard;
    }

    @Get(value = "/template", produces = Xlsx.MEDIA_TYPE)
    @Answers.Restricted
    // The file itself, not base64 text (what byte[] would otherwise be documented as).
    @ApiResponse(responseCode = "200", description = "The progress template (Excel)", content = @Content(mediaType = Xlsx.MEDIA_TYPE,
            schema = @Schema(type = "string", format = "binary")))
    @Operation(operationId = "downloadProgressTemplate", summary = "Download the progress template with the open milestones of your organisation's agreements")
    HttpResponse<byte[]> template(Authentication authentication, HttpRequest<?> request) {
        ProgressRoundTrip.TemplateFile file = roundTrip.template(Actor.of(authentication), Labels.of(Languages.of(request)));
        return Xlsx.attachment(file.fileName(), file.bytes());
    }

    // JSON is accepted only so that the route matches before security runs: a request without a
    // token gets 401 like everywhere else (not 415), one with a token 400 for the missing file.
    @Post(consumes = {MediaType.MULTIPART_FORM_DATA, MediaType.APPLICATION_JSON})
    @Answers.Restricted @Answers.Conflict @Answers.RuleViolated
    @Operation(operationId = "uploadProgressWorkbook", summary = "Upload a filled-in progress template; every filled-in row is recorded, or none "
            + "(400 with every problem per sheet, row and column)")
    HttpResponse<UploadReceipt> upload(@Part("file") CompletedFileUpload file, Authentication authentication, HttpRequest<?> request) {
        guard.checkSize(file.getSize());
        byte[] bytes;
        try {
            bytes = file.getBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        UploadReceipt receipt = roundTrip.upload(Actor.of(authentication), file.getFilename(), bytes, Labels.of(Languages.of(request)));
        // A repeated upload changes nothing: 200 instead of 201.
        return HttpResponse.<UploadReceipt>status(receipt.reportsCreated() > 0 ? HttpStatus.CREATED : HttpStatus.OK).body(receipt);
    }
}
