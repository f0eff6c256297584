package nl.akkoordmonitor.agreements.internal.history;

import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.PathVariable;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.authentication.Authentication;
import io.micronaut.security.rules.SecurityRule;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import nl.akkoordmonitor.agreements.AgreementAccess;
import nl.akkoordmonitor.platform.audit.AuditRecord;
import nl.akkoordmonitor.platform.audit.AuditTrail;
import nl.akkoordmonitor.platform.security.Actor;

import java.util.List;

/** Who changed what in an agreement, when and why. */
@Controller("/agreements/{agreementId}/history")
@Secured(SecurityRule.IS_AUTHENTICATED)
@ExecuteOn(TaskExecutors.BLOCKING)
@Tag(name = "Agreements")
class HistoryController {

    private final AgreementAccess access;
    private final AuditTrail trail;

    HistoryController(AgreementAccess access, AuditTrail trail) {
        this.access = access;
        this.trail = trail;
    }

    @Get
    @Operation(summary = "The history of an agreement",
            description = "Every change to the agreement and what hangs under it, oldest first: who, when, what (before and after) and why.")
    List<AuditRecord> history(@PathVariable long agreementId, Authentication authentication) {
        access.readable(Actor.of(authentication), agreementId);
        return trail.ofAgreement(agreementId);
    }
}
