package nl.akkoordmonitor.milestones.internal.closedyear;

import io.micronaut.context.event.ApplicationEventPublisher;
import io.micronaut.context.event.StartupEvent;
import io.micronaut.runtime.event.annotation.EventListener;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import nl.akkoordmonitor.agreements.AgreementYearClosed;
import nl.akkoordmonitor.platform.sql.Rows;

import java.util.List;

/**
 * Announces every closed year once at start-up, so that the modules that keep a copy (financing)
 * also know the years closed before they started listening, for example evaluations accepted
 * before the closed-year rule existed. Listeners take a repeated announcement as a no-op.
 */
@Singleton
class ClosedYearAnnouncer {

    private final Rows rows;
    private final ApplicationEventPublisher<AgreementYearClosed> publisher;

    ClosedYearAnnouncer(Rows rows, ApplicationEventPublisher<AgreementYearClosed> publisher) {
        this.rows = rows;
        this.publisher = publisher;
    }

    @EventListener
    @Transactional
    void onStartup(StartupEvent event) {
        List<AgreementYearClosed> closed = rows.list(AgreementYearClosed.class, """
                SELECT agreement_id, owner_organisation_id AS owner_id, year, TRUE AS closed
                FROM milestones.evaluation WHERE status = 'ACCEPTED'""");
        closed.forEach(publisher::publishEvent);
    }
}
