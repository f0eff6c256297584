package nl.akkoordmonitor.platform.time;

import io.micronaut.context.annotation.Factory;
import io.micronaut.context.annotation.Value;
import io.micronaut.core.annotation.Nullable;
import jakarta.inject.Singleton;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;

/**
 * The one clock of the application. Deadlines, overdue milestones and "this year" are Dutch
 * civil time, hence Europe/Amsterdam. Setting {@code akkoordmonitor.clock.fixed-instant}
 * freezes time, for tests and for demonstrations.
 */
@Factory
public class ClockFactory {

    public static final ZoneId ZONE = ZoneId.of("Europe/Amsterdam");

    @Singleton
    Clock clock(@Nullable @Value("${akkoordmonitor.clock.fixed-instant:}") String fixedInstant) {
        if (fixedInstant == null || fixedInstant.isBlank()) {
            return Clock.system(ZONE);
        }
        return Clock.fixed(Instant.parse(fixedInstant), ZONE);
    }
}
