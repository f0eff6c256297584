package nl.akkoordmonitor.notifications.internal.inbox;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.PathVariable;
import io.micronaut.http.annotation.Post;
import io.micronaut.http.annotation.QueryValue;
import io.micronaut.http.annotation.RequestBean;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.authentication.Authentication;
import io.micronaut.security.rules.SecurityRule;
import io.micronaut.serde.annotation.Serdeable;
import io.micronaut.transaction.annotation.Transactional;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.tags.Tag;
import nl.akkoordmonitor.platform.message.Message;
import nl.akkoordmonitor.platform.paging.ListRequest;
import nl.akkoordmonitor.platform.paging.PageResponse;
import nl.akkoordmonitor.platform.paging.Paging;
import nl.akkoordmonitor.platform.paging.SqlOrder;
import nl.akkoordmonitor.platform.problem.Answers;
import nl.akkoordmonitor.platform.problem.NotFoundException;
import nl.akkoordmonitor.platform.security.Actor;
import nl.akkoordmonitor.platform.sql.Rows;
import nl.akkoordmonitor.platform.sql.Where;

import java.time.Clock;
import java.time.Instant;
import java.util.List;

/** The user's own notifications: what needs them, newest first, unread until read. */
@Controller("/notifications")
@Secured(SecurityRule.IS_AUTHENTICATED)
@ExecuteOn(TaskExecutors.BLOCKING)
@Tag(name = "Notifications")
class InboxController {

    /** Only what was made for the organisation the user acts for now: a user who moved does not see the old one's. */
    private static final String MINE = "user_id = ? AND organisation_id IS NOT DISTINCT FROM ?";

    private final Rows rows;
    private final Clock clock;

    InboxController(Rows rows, Clock clock) {
        this.rows = rows;
        this.clock = clock;
    }

    private static Where mine(Actor actor) {
        return new Where().and(MINE, actor.userId(), actor.organisationId());
    }

    /**
     * One notification.
     *
     * @param id        its id
     * @param kind      what it is about
     * @param subject   one line
     * @param body      what happened and what to do
     * @param link      the path of the page the notification is about (where it is seen or done)
     * @param createdAt when it was made
     * @param read      whether the user marked it read
     */
    @Serdeable
    record NotificationView(long id, NotificationKind kind, String subject, String body, @Nullable String link,
                            Instant createdAt, boolean read) {
    }

    /** What the list of notifications sorts on; newest first unless asked otherwise. */
    static final SqlOrder ORDER = SqlOrder.by("createdAt", "created_at").and("kind", "kind").and("subject", "subject")
            .otherwise("created_at DESC, id DESC");

    /** How many notifications the user has not read. */
    @Serdeable
    record UnreadCount(long unread) {
    }

    @Get
    @Answers.LoggedIn
    @Operation(operationId = "listNotifications", summary = "List your notifications, newest first",
            description = "With unread=true only those not yet read.")
    @Transactional
    PageResponse<NotificationView> list(@QueryValue(defaultValue = "false") boolean unread,
                                        @RequestBean Paging paging,
            @Parameter(description = "Sort on createdAt, kind or subject; add ,desc to reverse.",
                    schema = @Schema(allowableValues = {"createdAt", "createdAt,desc", "kind", "kind,desc", "subject", "subject,desc"}))
            @Nullable @QueryValue String sort,
                                        Authentication authentication) {
        ListRequest list = paging.sortedBy(sort);
        int page = list.pageNumber();
        int size = list.pageSize();
        String orderBy = list.orderBy(ORDER);
        Actor actor = Actor.of(authentication);
        Where where = mine(actor);
        if (unread) {
            where.and("read_at IS NULL");
        }
        long total = rows.value(Long.class, "SELECT count(*) FROM notifications.notification" + where, where.parameters()).orElseThrow();
        List<NotificationView> items = rows.list(NotificationView.class, """
                SELECT id, kind, subject, body, link, created_at, read_at IS NOT NULL AS read FROM notifications.notification"""
                + where + orderBy + " LIMIT ? OFFSET ?", where.parametersAnd(size, (long) page * size));
        return PageResponse.of(items, page, size, total);
    }

    @Get("/unread-count")
    @Answers.LoggedIn
    @Operation(operationId = "countUnreadNotifications", summary = "Count your unread notifications")
    @Transactional
    UnreadCount unreadCount(Authentication authentication) {
        Actor actor = Actor.of(authentication);
        Where where = mine(actor).and("read_at IS NULL");
        return new UnreadCount(rows.value(Long.class, "SELECT count(*) FROM notifications.notification" + where, where.parameters())
                .orElseThrow());
    }

    @Post("/{id}/read")
    @Answers.LoggedIn @Answers.NotFound
    @Operation(operationId = "markNotificationRead", summary = "Mark one of your notifications read",
            description = "Marking it again changes nothing. Another user's notification is a 404.")
    @Transactional
    HttpResponse<Void> markRead(@PathVariable long id, Authentication authentication) {
        Actor actor = Actor.of(authentication);
        Where where = new Where().and("id = ?", id).and(MINE, actor.userId(), actor.organisationId());
        int found = rows.update("UPDATE notifications.notification SET read_at = coalesce(read_at, ?)" + where,
                where.parametersBefore(clock.instant()));
        if (found == 0) {
            throw new NotFoundException(Message.of("NOTIFICATION_NOT_FOUND", id));
        }
        return HttpResponse.noContent();
    }

    @Post("/read")
    @Answers.LoggedIn
    @Operation(operationId = "markAllNotificationsRead", summary = "Mark all your notifications read")
    @Transactional
    HttpResponse<Void> markAllRead(Authentication authentication) {
        Actor actor = Actor.of(authentication);
        Where where = mine(actor).and("read_at IS NULL");
        rows.update("UPDATE notifications.notification SET read_at = ?" + where, where.parametersBefore(clock.instant()));
        return HttpResponse.noContent();
    }
}
