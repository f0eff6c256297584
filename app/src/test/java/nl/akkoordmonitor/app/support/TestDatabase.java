package nl.akkoordmonitor.app.support;

import nl.akkoordmonitor.app.database.EmbeddedDatabase;
import org.apache.commons.io.file.PathUtils;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

/** The one embedded PostgreSQL of a test run, started on first use and shared by all test classes. */
public final class TestDatabase {

    private static EmbeddedDatabase database;

    private TestDatabase() {
    }

    public static synchronized EmbeddedDatabase get() {
        if (database == null) {
            try {
                // The cluster lives one level below the temporary directory, which is removed as a whole.
                database = EmbeddedDatabase.start(Files.createTempDirectory("akkoordmonitor-test-pg").resolve("data"), 0);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            Runtime.getRuntime().addShutdownHook(new Thread(TestDatabase::closeAndDelete));
        }
        return database;
    }

    /** Stops the server and removes its data, so test runs do not fill the disk. */
    private static void closeAndDelete() {
        database.close();
        // PostgreSQL writes its statistics file while it exits; wait until it is gone.
        Path pid = database.dataDirectory().resolve("postmaster.pid");
        for (int i = 0; i < 50 && Files.exists(pid); i++) {
            try {
                Thread.sleep(100);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                break;
            }
        }
        try {
            PathUtils.deleteDirectory(database.dataDirectory().getParent());
        } catch (IOException e) {
            System.err.println("Could not remove the test database in " + database.dataDirectory() + ": " + e);
        }
    }

    public static Map<String, String> properties() {
        Map<String, String> properties = new java.util.HashMap<>();
        get().datasourceProperties().forEach((k, v) -> properties.put(k, String.valueOf(v)));
        return properties;
    }
}
