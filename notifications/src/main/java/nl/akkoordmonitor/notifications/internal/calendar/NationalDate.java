package nl.akkoordmonitor.notifications.internal.calendar;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;

import java.time.LocalDate;

/**
 * A date VWS puts in the calendar of everyone, or of all GGD regions or all municipalities.
 *
 * @param id          its id
 * @param date        the date
 * @param title       what happens, e.g. "Regioplan inleveren"
 * @param description more about it, or null
 * @param kind        MONITOR_QUESTIONNAIRE, REGIONAL_PLAN or OTHER
 * @param audience    EVERYONE, GGD or MUNICIPALITY
 */
@Serdeable
public record NationalDate(long id, LocalDate date, String title, @Nullable String description, Kind kind, Audience audience) {

    /** What kind of date it is. */
    public enum Kind { MONITOR_QUESTIONNAIRE, REGIONAL_PLAN, OTHER }

    /** Whose calendar it is in. */
    public enum Audience { EVERYONE, GGD, MUNICIPALITY }
}
