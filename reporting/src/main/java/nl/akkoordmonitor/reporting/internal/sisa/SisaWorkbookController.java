package nl.akkoordmonitor.reporting.internal.sisa;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpRequest;
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
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import nl.akkoordmonitor.agreements.Organisation;
import nl.akkoordmonitor.agreements.Organisations;
import nl.akkoordmonitor.financing.SisaStatement;
import nl.akkoordmonitor.financing.SisaStatements;
import nl.akkoordmonitor.platform.message.Message;
import nl.akkoordmonitor.platform.problem.Answers;
import nl.akkoordmonitor.platform.problem.BadRequestException;
import nl.akkoordmonitor.platform.problem.Violation;
import nl.akkoordmonitor.platform.message.Languages;
import nl.akkoordmonitor.platform.security.Actor;
import nl.akkoordmonitor.reporting.internal.workbook.Labels;
import nl.akkoordmonitor.reporting.internal.workbook.Xlsx;

/** The SiSa statement as an Excel sheet shaped like the SiSa annex; the same figures as GET /sisa-statements/{year}. */
@Controller("/sisa-workbooks")
@Secured(SecurityRule.IS_AUTHENTICATED)
@ExecuteOn(TaskExecutors.BLOCKING)
@Tag(name = "Reporting")
class SisaWorkbookController {

    private final SisaStatements statements;
    private final Organisations organisations;

    SisaWorkbookController(SisaStatements statements, Organisations organisations) {
        this.statements = statements;
        this.organisations = organisations;
    }

    @Get(value = "/{year}{?organisation}", produces = Xlsx.MEDIA_TYPE)
    @Answers.Restricted @Answers.NotFound
    // The file itself, not base64 text (what byte[] would otherwise be documented as).
    @ApiResponse(responseCode = "200", description = "The SiSa sheet (Excel)", content = @Content(mediaType = Xlsx.MEDIA_TYPE,
            schema = @Schema(type = "string", format = "binary")))
    @Operation(operationId = "downloadSisaWorkbook", summary = "Download the SiSa accounting of year T as an Excel sheet",
            description = "One row per regulation indicator in SiSa's order: spending in T, cumulative to T, final accounting yes/no, "
                    + "and the deadline (15 July of T+1). For your own organisation unless a CBS code is given.")
    HttpResponse<byte[]> download(@PathVariable @Min(2000) @Max(2100) int year,
                                  @Parameter(description = "CBS code, e.g. GM0363") @Nullable @QueryValue String organisation,
                                  Authentication authentication, HttpRequest<?> request) {
        Actor actor = Actor.of(authentication);
        Labels labels = Labels.of(Languages.of(request));
        Organisation target;
        if (organisation == null || organisation.isBlank()) {
            if (actor.organisationId() == null) {
                throw new BadRequestException(Violation.at("organisation", Message.of("SISA_WORKBOOK_ORGANISATION_REQUIRED")));
            }
            target = organisations.get(actor.organisationId());
        } else {
            target = organisations.findByCode(organisation.strip().toUpperCase()).orElseThrow(() -> new BadRequestException(Violation.at("organisation",
                    Message.of("SISA_WORKBOOK_ORGANISATION_UNKNOWN", organisation))));
        }
        SisaStatement statement = statements.statement(actor, target.id(), year);
        String code = target.code() == null ? String.valueOf(target.id()) : target.code();
        return Xlsx.attachment(SisaWorkbook.word(labels, "fileName", String.valueOf(year), code),
                SisaWorkbook.write(labels, statement, target.name()));
    }
}
