package nl.akkoordmonitor.platform.availability;

import io.micronaut.context.annotation.Requires;
import io.micronaut.jdbc.DataSourceResolver;
import io.micronaut.scheduling.annotation.Scheduled;
import jakarta.inject.Named;
import jakarta.inject.Singleton;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import javax.sql.DataSource;
import java.sql.Connection;
import java.time.Instant;

/**
 * Whether the database answers, asked twice a second on a thread of its own. Requests that need the
 * database are refused at once with 503 while it is down (instead of each waiting for a connection),
 * readiness reports it, and the first successful probe opens the doors again.
 */
@Singleton
@Requires(beans = DataSource.class)
public class DatabaseAvailability {

    private static final Logger LOG = LoggerFactory.getLogger(DatabaseAvailability.class);

    private final DataSource dataSource;
    private volatile boolean up = true;
    private volatile Instant since = Instant.now();
    private volatile String reason;

    DatabaseAvailability(@Named("default") DataSource dataSource, DataSourceResolver resolver) {
        this.dataSource = resolver.resolve(dataSource);
    }

    public boolean isUp() {
        return up;
    }

    /** When the current state began. */
    public Instant since() {
        return since;
    }

    /** Why the database is down (for an administrator), or null. */
    public String reason() {
        return reason;
    }

    @Scheduled(fixedDelay = "${akkoordmonitor.database.probe-interval:500ms}", initialDelay = "1s")
    void probe() {
        try (Connection connection = dataSource.getConnection()) {
            if (connection.isValid(1)) {
                markUp();
            } else {
                markDown("the connection did not answer within 1 s");
            }
        } catch (Exception e) {
            markDown(e.getMessage());
        }
    }

    /** Called by whoever meets a lost connection first, so the next requests need not wait for the probe. */
    public void markDown(String why) {
        reason = why;
        if (up) {
            up = false;
            since = Instant.now();
            LOG.error("The database cannot be reached ({}); answering 503 until it is back.", why);
        }
    }

    private void markUp() {
        if (!up) {
            up = true;
            since = Instant.now();
            reason = null;
            LOG.info("The database answers again.");
        }
    }
}
