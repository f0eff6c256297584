package nl.akkoordmonitor.milestones.internal.closedyear;

import io.micronaut.context.event.ApplicationEventPublisher;
import io.micronaut.context.event.StartupEvent;
import io.micronaut.data.jdbc.runtime.JdbcOperations;
import io.micronaut.runtime.event.annotation.EventListener;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import nl.akkoordmonitor.agreements.AgreementYearClosed;

import java.sql.ResultSet;
import java.util.ArrayList;
import java.util.List;

/**
 * Announces every closed year once at start-up, so that the modules that keep a copy (financing)
 * also know the years closed before they started listening, for example evaluations accepted
 * before the closed-year rule existed. Listeners take a repeated announcement as a no-op.
 */
@Singleton
class ClosedYearAnnouncer {

    private final JdbcOperations jdbc;
    private final ApplicationEventPublisher<AgreementYearClosed> publisher;

    ClosedYearAnnouncer(JdbcOperations jdbc, ApplicationEventPublisher<AgreementYearClosed> publisher) {
        this.jdbc = jdbc;
        this.publisher = publisher;
    }

    @EventListener
    @Transactional
    void onStartup(StartupEvent event) {
        List<AgreementYearClosed> closed = jdbc.prepareStatement(
                "SELECT agreement_id, owner_organisation_id, year FROM milestones.evaluation WHERE status = 'ACCEPTED'", statement -> {
                    List<AgreementYearClosed> rows = new ArrayList<>();
                    try (ResultSet rs = statement.executeQuery()) {
                        while (rs.next()) {
                            rows.add(new AgreementYearClosed(rs.getLong(1), rs.getLong(2), rs.getInt(3), true));
                        }
                    }
                    return rows;
                });
        closed.forEach(publisher::publishEvent);
    }
}
