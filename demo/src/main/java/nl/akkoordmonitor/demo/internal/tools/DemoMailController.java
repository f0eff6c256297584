package nl.akkoordmonitor.demo.internal.tools;

import io.micronaut.context.annotation.Requires;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.authentication.Authentication;
import io.micronaut.security.rules.SecurityRule;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import nl.akkoordmonitor.demo.DemoMailServer;
import nl.akkoordmonitor.platform.security.Actor;

import java.util.List;

/**
 * In demo mode only: the mails the embedded SMTP server caught for you (a demo user's address is
 * its username at {@value DemoMailServer#DOMAIN}). Nobody sees another user's mail.
 */
@Controller("/demo/mails")
@Requires(beans = DemoMailServer.class)
@Secured(SecurityRule.IS_AUTHENTICATED)
@ExecuteOn(TaskExecutors.BLOCKING)
@Tag(name = "Demo")
class DemoMailController {

    private final DemoMailServer server;

    DemoMailController(DemoMailServer server) {
        this.server = server;
    }

    @Get
    @Operation(operationId = "listDemoMails", summary = "The mails sent to you in demo mode (demo mode only)")
    List<DemoMailServer.CaughtMail> mine(Authentication authentication) {
        return server.mailsTo(Actor.of(authentication).username() + "@" + DemoMailServer.DOMAIN);
    }
}
