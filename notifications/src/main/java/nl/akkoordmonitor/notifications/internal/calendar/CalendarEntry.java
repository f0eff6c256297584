package nl.akkoordmonitor.notifications.internal.calendar;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;

import java.time.LocalDate;

/**
 * One date in an organisation's calendar.
 *
 * @param uid         stable identity, also in the iCalendar feed, so that a calendar program updates the date instead of adding it again
 * @param date        the date
 * @param kind        what kind of date
 * @param title       what is due, in Dutch
 * @param description more about it, or null
 * @param link        the path of the page where it is seen or done (PagePaths), or null
 */
@Serdeable
public record CalendarEntry(String uid, LocalDate date, Kind kind, String title, @Nullable String description, @Nullable String link) {

    /** The kinds of date in a calendar. */
    public enum Kind { EVALUATION_DEADLINE, MILESTONE_DUE, SISA_DEADLINE, MONITOR_QUESTIONNAIRE, REGIONAL_PLAN, OTHER }
}
