package nl.akkoordmonitor.notifications.internal.calendar;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Delete;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.PathVariable;
import io.micronaut.http.annotation.Post;
import io.micronaut.http.annotation.QueryValue;
import io.micronaut.http.annotation.RequestBean;
import io.micronaut.http.annotation.Status;
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
import io.swagger.v3.oas.annotations.security.SecurityRequirements;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import nl.akkoordmonitor.agreements.Organisation;
import nl.akkoordmonitor.agreements.Organisations;
import nl.akkoordmonitor.notifications.internal.Links;
import nl.akkoordmonitor.notifications.internal.Texts;
import nl.akkoordmonitor.notifications.internal.settings.Recipient;
import nl.akkoordmonitor.notifications.internal.settings.RecipientStore;
import nl.akkoordmonitor.platform.audit.AuditEntry;
import nl.akkoordmonitor.platform.audit.AuditLog;
import nl.akkoordmonitor.platform.message.Message;
import nl.akkoordmonitor.platform.paging.ListRequest;
import nl.akkoordmonitor.platform.paging.PageResponse;
import nl.akkoordmonitor.platform.paging.Paging;
import nl.akkoordmonitor.platform.paging.Sorting;
import nl.akkoordmonitor.platform.problem.Answers;
import nl.akkoordmonitor.platform.problem.ForbiddenException;
import nl.akkoordmonitor.platform.problem.NotFoundException;
import nl.akkoordmonitor.platform.security.Actor;
import nl.akkoordmonitor.platform.security.Role;
import nl.akkoordmonitor.platform.users.UserDirectory;

import java.net.URI;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Optional;

/**
 * The calendar of dates per organisation and year, the dates VWS adds for everyone, and each
 * user's iCalendar feed behind a secret link that the user can renew.
 */
@Controller("/calendar")
@ExecuteOn(TaskExecutors.BLOCKING)
@Tag(name = "Calendar")
class CalendarController {

    /** What {@code dates} sorts on. */
    static final Sorting<NationalDate> DATES = Sorting.by("date", NationalDate::date)
            .and("kind", NationalDate::kind)
            .and("audience", NationalDate::audience)
            .and("title", NationalDate::title);

    /** What {@code calendar} sorts on. */
    static final Sorting<CalendarEntry> CALENDAR = Sorting.by("date", CalendarEntry::date)
            .and("kind", CalendarEntry::kind)
            .and("title", CalendarEntry::title);

    static final String TEXT_CALENDAR = "text/calendar";

    private final CalendarService calendars;
    private final NationalDates nationalDates;
    private final RecipientStore recipients;
    private final UserDirectory users;
    private final Organisations organisations;
    private final IcsWriter ics;
    private final Links links;
    private final AuditLog auditLog;
    private final Clock clock;

    CalendarController(CalendarService calendars, NationalDates nationalDates, RecipientStore recipients, UserDirectory users,
                       Organisations organisations, IcsWriter ics, Links links, AuditLog auditLog, Clock clock) {
        this.calendars = calendars;
        this.nationalDates = nationalDates;
        this.recipients = recipients;
        this.users = users;
        this.organisations = organisations;
        this.ics = ics;
        this.links = links;
        this.auditLog = auditLog;
        this.clock = clock;
    }

    /** The secret address of a user's calendar feed; anyone who has it sees the dates. */
    @Serdeable
    record FeedView(String url) {
    }

    @Serdeable
    record NationalDateRequest(@NotNull LocalDate date, @NotBlank @Size(max = 200) String title,
                               @Nullable @Size(max = 2000) String description, @NotNull NationalDate.Kind kind,
                               @NotNull NationalDate.Audience audience) {
    }

    @Get
    @Secured(SecurityRule.IS_AUTHENTICATED)
    @Answers.Restricted
    @Operation(operationId = "getCalendar", summary = "The dates of an organisation in a year",
            description = "Evaluation deadlines, due dates of open milestones, the SiSa date (municipalities) and the dates VWS added. "
                    + "Without organisation your own; a GGD region may ask for its municipalities, VWS for anyone (else 403).")
    @Transactional
    PageResponse<CalendarEntry> calendar(@QueryValue @Min(2000) @Max(2100) int year, @QueryValue @Nullable Long organisation,
                                 @RequestBean Paging paging,
            @Parameter(description = "Sort on date, kind or title; add ,desc to reverse.",
                    schema = @Schema(allowableValues = {"date", "date,desc", "kind", "kind,desc", "title", "title,desc"}))
            @Nullable @QueryValue String sort, Authentication authentication) {
        ListRequest list = paging.sortedBy(sort);
        return list.page(calendars.calendar(Actor.of(authentication), organisation, year), CALENDAR);
    }

    @Get("/feed")
    @Secured(SecurityRule.IS_AUTHENTICATED)
    @Transactional
    @Answers.LoggedIn
    @Operation(operationId = "getCalendarFeed", summary = "The secret address of your calendar feed (.ics), for Outlook and other calendar programs")
    FeedView feed(Authentication authentication) {
        long userId = Actor.of(authentication).userId();
        Recipient recipient = recipients.getOrCreate(userId);
        if (recipient.feedToken() == null) {
            recipient = recipients.renewFeedToken(userId);
        }
        return new FeedView(links.feed(recipient.feedToken()));
    }

    @Post("/feed")
    @Secured(SecurityRule.IS_AUTHENTICATED)
    @Transactional
    @Answers.LoggedIn
    @Operation(operationId = "renewCalendarFeed", summary = "Give your calendar feed a new secret address; the old one stops working at once")
    FeedView renew(Authentication authentication) {
        Actor actor = Actor.of(authentication);
        Recipient recipient = recipients.renewFeedToken(actor.userId());
        auditLog.record(actor, AuditEntry.of("calendar_feed", actor.userId(), "RENEW").organisation(actor.organisationId()));
        return new FeedView(links.feed(recipient.feedToken()));
    }

    @Get(value = "/feeds/{file}", produces = TEXT_CALENDAR)
    @Secured(SecurityRule.IS_ANONYMOUS)
    // The secret in the address is the key: no token.
    @SecurityRequirements
    @Answers.Public @Answers.NotFound
    @Operation(operationId = "downloadCalendarFeed", summary = "A user's calendar feed (iCalendar), by its secret address",
            description = "Last year, this year and next year. An unknown or renewed address, or a disabled user, is a 404.")
    @Transactional
    HttpResponse<String> ics(@PathVariable String file) {
        if (!file.endsWith(".ics")) {
            return HttpResponse.notFound();
        }
        Optional<UserDirectory.UserRef> user = recipients.byFeedToken(file.substring(0, file.length() - ".ics".length()))
                .flatMap(r -> users.find(r.userId()))
                .filter(UserDirectory.UserRef::enabled);
        if (user.isEmpty()) {
            return HttpResponse.notFound();
        }
        int year = LocalDate.now(clock).getYear();
        Long organisationId = user.get().organisationId();
        String name = Texts.text("calendar.feedName", organisationId == null ? "VWS"
                : organisations.find(organisationId).map(Organisation::name).orElse(""));
        return HttpResponse.ok(ics.write(name, calendars.feed(organisationId, year - 1, year + 1)))
                .contentType(MediaType.of(TEXT_CALENDAR + ";charset=utf-8"));
    }

    @Get("/dates")
    @Secured(SecurityRule.IS_AUTHENTICATED)
    @Answers.LoggedIn
    @Operation(operationId = "listNationalDates", summary = "The dates VWS added to the calendar, in a year")
    @Transactional
    PageResponse<NationalDate> dates(@QueryValue @Min(2000) @Max(2100) int year, @RequestBean Paging paging,
            @Parameter(description = "Sort on date, kind, audience or title; add ,desc to reverse.",
                    schema = @Schema(allowableValues = {"date", "date,desc", "kind", "kind,desc", "audience", "audience,desc", "title", "title,desc"}))
            @Nullable @QueryValue String sort) {
        ListRequest list = paging.sortedBy(sort);
        return list.page(nationalDates.between(LocalDate.of(year, 1, 1), LocalDate.of(year, 12, 31)), DATES);
    }

    @Post("/dates")
    @Secured(SecurityRule.IS_AUTHENTICATED)
    @Transactional
    @Answers.Restricted @Answers.RuleViolated
    @Status(HttpStatus.CREATED)
    @Operation(operationId = "addNationalDate", summary = "Add a date to the calendar of everyone, of the GGD regions or of the municipalities (VWS only)")
    HttpResponse<NationalDate> add(@Body @Valid NationalDateRequest request, Authentication authentication) {
        Actor actor = vws(authentication);
        NationalDate added = nationalDates.add(actor.userId(), request.date(), request.title().strip(),
                request.description() == null || request.description().isBlank() ? null : request.description().strip(),
                request.kind(), request.audience());
        auditLog.record(actor, AuditEntry.of("calendar_date", added.id(), "CREATE").values(null, added).organisation(actor.organisationId()));
        return HttpResponse.created(added, URI.create("/calendar/dates/" + added.id()));
    }

    @Delete("/dates/{id}")
    @Secured(SecurityRule.IS_AUTHENTICATED)
    @Transactional
    @Answers.Restricted @Answers.NotFound
    @Operation(operationId = "removeNationalDate", summary = "Remove a date VWS added (VWS only)")
    HttpResponse<Void> remove(@PathVariable long id, Authentication authentication) {
        Actor actor = vws(authentication);
        if (!nationalDates.remove(id)) {
            throw new NotFoundException(Message.of("CALENDAR_DATE_NOT_FOUND", id));
        }
        auditLog.record(actor, AuditEntry.of("calendar_date", id, "DELETE").organisation(actor.organisationId()));
        return HttpResponse.noContent();
    }

    private static Actor vws(Authentication authentication) {
        Actor actor = Actor.of(authentication);
        if (actor.role() != Role.VWS) {
            throw new ForbiddenException(Message.of("CALENDAR_DATE_VWS_ONLY"));
        }
        return actor;
    }
}
