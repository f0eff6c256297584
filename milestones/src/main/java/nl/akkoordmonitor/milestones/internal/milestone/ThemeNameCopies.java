package nl.akkoordmonitor.milestones.internal.milestone;

import io.micronaut.data.jdbc.runtime.JdbcOperations;
import io.micronaut.runtime.event.annotation.EventListener;
import jakarta.inject.Singleton;
import nl.akkoordmonitor.agreements.NationalFrameChanged;

/**
 * Keeps the milestones' copy of their core theme's name up to date: a milestone shows the
 * theme's current name, also after a signed agreement renamed it. The copy saves a join across
 * modules on every list and report; the event comes inside the renaming transaction, so both
 * change together. (An evaluation's themes are a snapshot on purpose; see its schema comment.)
 */
@Singleton
class ThemeNameCopies {

    private final JdbcOperations jdbc;

    ThemeNameCopies(JdbcOperations jdbc) {
        this.jdbc = jdbc;
    }

    @EventListener
    void frameChanged(NationalFrameChanged change) {
        if (change.added()) {
            return;
        }
        jdbc.prepareStatement("UPDATE milestones.milestone SET core_theme_name = ? WHERE core_theme_id = ? "
                + "AND core_theme_name <> ?", statement -> {
            statement.setString(1, change.themeName());
            statement.setLong(2, change.coreThemeId());
            statement.setString(3, change.themeName());
            return statement.executeUpdate();
        });
    }
}
