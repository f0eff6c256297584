package nl.akkoordmonitor.app.database;

import io.micronaut.context.annotation.Requires;
import io.micronaut.core.async.publisher.Publishers;
import io.micronaut.health.HealthStatus;
import io.micronaut.management.health.indicator.HealthIndicator;
import io.micronaut.management.health.indicator.HealthResult;
import io.micronaut.management.health.indicator.annotation.Liveness;
import io.micronaut.scheduling.annotation.Scheduled;
import jakarta.inject.Singleton;
import org.reactivestreams.Publisher;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.time.Duration;
import java.time.Instant;
import java.util.Map;

/**
 * Brings the embedded PostgreSQL back when it died under the running server (it is ours to run, so
 * nobody else will). Reports liveness DOWN only when it has failed to do so for
 * {@link #GIVE_UP_AFTER}: then restarting the whole process is the remaining remedy.
 */
@Singleton
@Liveness
@Requires(beans = EmbeddedDatabase.class)
class EmbeddedDatabaseWatchdog implements HealthIndicator {

    private static final Logger LOG = LoggerFactory.getLogger(EmbeddedDatabaseWatchdog.class);
    static final Duration GIVE_UP_AFTER = Duration.ofMinutes(2);

    private final EmbeddedDatabase database;
    private volatile Instant failingSince;

    EmbeddedDatabaseWatchdog(EmbeddedDatabase database) {
        this.database = database;
    }

    @Scheduled(fixedDelay = "${akkoordmonitor.embedded-postgres.watch-interval:1s}", initialDelay = "1s")
    void watch() {
        try {
            database.restart();
            failingSince = null;
        } catch (RuntimeException e) {
            if (failingSince == null) {
                failingSince = Instant.now();
            }
            LOG.error("Could not start the embedded PostgreSQL again; trying again in a second.", e);
        }
    }

    @Override
    public Publisher<HealthResult> getResult() {
        Instant since = failingSince;
        boolean dead = since != null && since.plus(GIVE_UP_AFTER).isBefore(Instant.now());
        return Publishers.just(HealthResult.builder("embeddedDatabase", dead ? HealthStatus.DOWN : HealthStatus.UP)
                .details(since == null ? Map.of() : Map.of("restartFailingSince", since.toString())).build());
    }
}
