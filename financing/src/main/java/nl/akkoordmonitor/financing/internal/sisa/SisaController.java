package nl.akkoordmonitor.financing.internal.sisa;

import io.micronaut.core.annotation.Nullable;
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
import nl.akkoordmonitor.agreements.Organisation;
import nl.akkoordmonitor.agreements.Organisations;
import nl.akkoordmonitor.financing.SisaStatement;
import nl.akkoordmonitor.financing.SisaStatements;
import nl.akkoordmonitor.platform.message.Message;
import nl.akkoordmonitor.platform.problem.Answers;
import nl.akkoordmonitor.platform.problem.BadRequestException;
import nl.akkoordmonitor.platform.problem.Violation;
import nl.akkoordmonitor.platform.security.Actor;

/** The SiSa accounting of a municipality per year, as a table. */
@Controller("/sisa-statements")
@Secured(SecurityRule.IS_AUTHENTICATED)
@ExecuteOn(TaskExecutors.BLOCKING)
@Tag(name = "Financing")
class SisaController {

    private final SisaStatements statements;
    private final Organisations organisations;

    SisaController(SisaStatements statements, Organisations organisations) {
        this.statements = statements;
        this.organisations = organisations;
    }

    @Get("/{year}{?organisation}")
    @Answers.Restricted @Answers.NotFound
    @Operation(operationId = "getSisaStatement", summary = "The SiSa accounting of year T: spending in T, cumulative to T, final yes/no",
            description = "Per regulation (earmarked national money) and part, in SiSa's order, with the deadline (15 July of T+1). "
                    + "For your own organisation unless a CBS code is given (GGD: its municipalities; VWS: any).")
    SisaStatement statement(@PathVariable int year,
                            @Parameter(description = "CBS code, e.g. GM0363") @Nullable @QueryValue String organisation,
                            Authentication authentication) {
        Actor actor = Actor.of(authentication);
        long organisationId;
        if (organisation == null || organisation.isBlank()) {
            if (actor.organisationId() == null) {
                throw new BadRequestException(Violation.at("organisation", Message.of("SISA_ORGANISATION_REQUIRED")));
            }
            organisationId = actor.organisationId();
        } else {
            organisationId = organisations.findByCode(organisation.strip().toUpperCase()).map(Organisation::id)
                    .orElseThrow(() -> new BadRequestException(Violation.at("organisation", Message.of("SISA_ORGANISATION_UNKNOWN", organisation))));
        }
        return statements.statement(actor, organisationId, year);
    }
}
