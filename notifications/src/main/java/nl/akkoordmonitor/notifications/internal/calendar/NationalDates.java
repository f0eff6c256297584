package nl.akkoordmonitor.notifications.internal.calendar;

import io.micronaut.core.annotation.Nullable;
import jakarta.inject.Singleton;
import nl.akkoordmonitor.platform.sql.Rows;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;

/** The dates VWS adds to the calendar. */
@Singleton
public class NationalDates {

    private final Rows rows;
    private final Clock clock;

    NationalDates(Rows rows, Clock clock) {
        this.rows = rows;
        this.clock = clock;
    }

    /** The dates from one day to another, both included, by date. */
    public List<NationalDate> between(LocalDate from, LocalDate to) {
        return rows.list(NationalDate.class, """
                SELECT id, date, title, description, kind, audience FROM notifications.calendar_date
                WHERE date BETWEEN ? AND ? ORDER BY date, id""", from, to);
    }

    NationalDate add(long userId, LocalDate date, String title, @Nullable String description, NationalDate.Kind kind,
                     NationalDate.Audience audience) {
        long id = rows.value(Long.class, """
                INSERT INTO notifications.calendar_date (date, title, description, kind, audience, created_by, created_at)
                VALUES (?, ?, ?, ?, ?, ?, ?) RETURNING id""", date, title, description, kind, audience, userId, clock.instant()).orElseThrow();
        return new NationalDate(id, date, title, description, kind, audience);
    }

    boolean remove(long id) {
        return rows.update("DELETE FROM notifications.calendar_date WHERE id = ?", id) > 0;
    }
}
