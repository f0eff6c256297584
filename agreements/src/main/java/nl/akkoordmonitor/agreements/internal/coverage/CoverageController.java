package nl.akkoordmonitor.agreements.internal.coverage;

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
import io.swagger.v3.oas.annotations.tags.Tag;
import nl.akkoordmonitor.agreements.AgreementAccess;
import nl.akkoordmonitor.agreements.AgreementLevel;
import nl.akkoordmonitor.agreements.AgreementSummary;
import nl.akkoordmonitor.agreements.Coverage;
import nl.akkoordmonitor.platform.message.Message;
import nl.akkoordmonitor.platform.problem.Answers;
import nl.akkoordmonitor.platform.problem.RuleViolatedException;
import nl.akkoordmonitor.platform.problem.Violation;
import nl.akkoordmonitor.platform.security.Actor;

import java.time.Clock;
import java.time.LocalDate;

/** Where are the gaps? Every region and municipality against every binding theme. */
@Controller("/agreements/{nationalId}/coverage")
@Secured(SecurityRule.IS_AUTHENTICATED)
@ExecuteOn(TaskExecutors.BLOCKING)
@Tag(name = "Coverage")
class CoverageController {

    private final AgreementAccess access;
    private final CoverageQuery query;
    private final Clock clock;

    CoverageController(AgreementAccess access, CoverageQuery query, Clock clock) {
        this.access = access;
        this.query = query;
        this.clock = clock;
    }

    @Get("{?year}")
    @Answers.Restricted @Answers.NotFound @Answers.RuleViolated
    @Operation(operationId = "getCoverage", summary = "Coverage of the binding themes of a national agreement in a year",
            description = "For every GGD region and municipality in your scope (VWS: all; a GGD region: itself and its municipalities; "
                    + "a municipality: itself) the state per binding theme, with totals per theme and per region. The year defaults to this year.")
    Coverage coverage(@PathVariable long nationalId, @Nullable @QueryValue Integer year, Authentication authentication) {
        Actor actor = Actor.of(authentication);
        AgreementSummary national = access.readable(actor, nationalId);
        if (national.level() != AgreementLevel.NATIONAL) {
            throw new RuleViolatedException(Violation.at("nationalId", Message.of("COVERAGE_OF_NATIONAL", nationalId, national.level(), national.nationalId())));
        }
        return query.coverage(nationalId, year == null ? LocalDate.now(clock).getYear() : year, access.scopeOf(actor));
    }
}
