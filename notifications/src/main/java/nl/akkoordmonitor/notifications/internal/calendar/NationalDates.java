package nl.akkoordmonitor.notifications.internal.calendar;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.jdbc.runtime.JdbcOperations;
import jakarta.inject.Singleton;

import java.sql.Date;
import java.sql.ResultSet;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/** The dates VWS adds to the calendar. */
@Singleton
public class NationalDates {

    private final JdbcOperations jdbc;
    private final Clock clock;

    NationalDates(JdbcOperations jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    /** The dates from one day to another, both included, by date. */
    public List<NationalDate> between(LocalDate from, LocalDate to) {
        return jdbc.prepareStatement("""
                SELECT id, date, title, description, kind, audience FROM notifications.calendar_date
                WHERE date BETWEEN ? AND ? ORDER BY date, id""", s -> {
            s.setDate(1, Date.valueOf(from));
            s.setDate(2, Date.valueOf(to));
            List<NationalDate> found = new ArrayList<>();
            try (ResultSet rs = s.executeQuery()) {
                while (rs.next()) {
                    found.add(new NationalDate(rs.getLong("id"), rs.getDate("date").toLocalDate(), rs.getString("title"),
                            rs.getString("description"), NationalDate.Kind.valueOf(rs.getString("kind")),
                            NationalDate.Audience.valueOf(rs.getString("audience"))));
                }
            }
            return found;
        });
    }

    NationalDate add(long userId, LocalDate date, String title, @Nullable String description, NationalDate.Kind kind,
                     NationalDate.Audience audience) {
        long id = jdbc.prepareStatement("""
                INSERT INTO notifications.calendar_date (date, title, description, kind, audience, created_by, created_at)
                VALUES (?, ?, ?, ?, ?, ?, ?) RETURNING id""", s -> {
            s.setDate(1, Date.valueOf(date));
            s.setString(2, title);
            s.setString(3, description);
            s.setString(4, kind.name());
            s.setString(5, audience.name());
            s.setLong(6, userId);
            s.setTimestamp(7, Timestamp.from(clock.instant()));
            try (ResultSet rs = s.executeQuery()) {
                rs.next();
                return rs.getLong(1);
            }
        });
        return new NationalDate(id, date, title, description, kind, audience);
    }

    boolean remove(long id) {
        return jdbc.prepareStatement("DELETE FROM notifications.calendar_date WHERE id = ?", s -> {
            s.setLong(1, id);
            return s.executeUpdate();
        }) > 0;
    }
}
