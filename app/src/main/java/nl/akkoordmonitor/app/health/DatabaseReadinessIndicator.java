package nl.akkoordmonitor.app.health;

import io.micronaut.health.HealthStatus;
import io.micronaut.management.health.indicator.HealthIndicator;
import io.micronaut.management.health.indicator.HealthResult;
import io.micronaut.management.health.indicator.annotation.Readiness;
import jakarta.inject.Singleton;
import nl.akkoordmonitor.platform.availability.DatabaseAvailability;
import org.reactivestreams.Publisher;
import io.micronaut.core.async.publisher.Publishers;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Readiness in the Kubernetes sense: this instance can serve requests now, which it cannot while its
 * database is down. Answers from the availability probe at once, never by waiting for a connection.
 * Liveness does not look at the database: restarting this process would not bring it back.
 */
@Singleton
@Readiness
class DatabaseReadinessIndicator implements HealthIndicator {

    private final DatabaseAvailability availability;

    DatabaseReadinessIndicator(DatabaseAvailability availability) {
        this.availability = availability;
    }

    @Override
    public Publisher<HealthResult> getResult() {
        Map<String, Object> details = new LinkedHashMap<>();
        details.put("since", availability.since().toString());
        if (availability.reason() != null) {
            details.put("reason", availability.reason());
        }
        return Publishers.just(HealthResult.builder("database", availability.isUp() ? HealthStatus.UP : HealthStatus.DOWN)
                .details(details).build());
    }
}
