package nl.akkoordmonitor.demo.internal.tools;

import io.micronaut.context.annotation.Requires;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.QueryValue;
import io.micronaut.http.annotation.RequestBean;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.authentication.Authentication;
import io.micronaut.security.rules.SecurityRule;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import nl.akkoordmonitor.demo.DemoMailServer;
import nl.akkoordmonitor.platform.paging.PageResponse;
import nl.akkoordmonitor.platform.paging.Paging;
import nl.akkoordmonitor.platform.paging.Sorting;
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

    /** What the list sorts on; oldest first unless asked otherwise. */
    static final Sorting<DemoMailServer.CaughtMail> MAILS = Sorting.by("receivedAt", DemoMailServer.CaughtMail::receivedAt)
            .and("subject", DemoMailServer.CaughtMail::subject);

    @Get
    @Operation(operationId = "listDemoMails", summary = "The mails sent to you in demo mode (demo mode only)")
    PageResponse<DemoMailServer.CaughtMail> mine(@RequestBean Paging paging, @Nullable @QueryValue String sort, Authentication authentication) {
        // The same paged envelope as every other list.
        List<DemoMailServer.CaughtMail> mails = server.mailsTo(Actor.of(authentication).username() + "@" + DemoMailServer.DOMAIN);
        return paging.sortedBy(sort).page(mails, MAILS);
    }
}
