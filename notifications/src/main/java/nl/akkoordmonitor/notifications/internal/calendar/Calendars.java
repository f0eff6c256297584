package nl.akkoordmonitor.notifications.internal.calendar;

import java.time.LocalDate;
import java.time.Month;

/** Dates fixed by regulation. */
public final class Calendars {

    private Calendars() {
    }

    /**
     * The SiSa accounting of the specific grants (such as the brede SPUK) over a year is due on
     * 15 July of the next year (Besluit single information single audit).
     */
    public static LocalDate sisaDeadline(int accountedYear) {
        return LocalDate.of(accountedYear + 1, Month.JULY, 15);
    }
}
