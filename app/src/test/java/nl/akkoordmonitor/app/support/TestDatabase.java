package nl.akkoordmonitor.app.support;

import nl.akkoordmonitor.app.database.EmbeddedDatabase;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.util.Map;

/** The one embedded PostgreSQL of a test run, started on first use and shared by all test classes. */
public final class TestDatabase {

    private static EmbeddedDatabase database;

    private TestDatabase() {
    }

    public static synchronized EmbeddedDatabase get() {
        if (database == null) {
            try {
                database = EmbeddedDatabase.start(Files.createTempDirectory("akkoordmonitor-test-pg"), 0);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            Runtime.getRuntime().addShutdownHook(new Thread(database::close));
        }
        return database;
    }

    public static Map<String, String> properties() {
        Map<String, String> properties = new java.util.HashMap<>();
        get().datasourceProperties().forEach((k, v) -> properties.put(k, String.valueOf(v)));
        return properties;
    }
}
