package nl.akkoordmonitor.app.foundation;

import nl.akkoordmonitor.app.support.IntegrationTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Starts the application the way the README does, as a process of its own on an embedded
 * database, and stops it the way Ctrl-C or a service manager does (SIGTERM). It must stop, and
 * stop its database, within seconds: Micronaut's shutdown hook and the database's used to wait for
 * each other forever.
 */
class ShutdownTest {

    @TempDir
    Path directory;

    @Test
    void aTerminatedServerStopsItselfAndItsDatabase() throws Exception {
        Path data = directory.resolve("postgres");
        ProcessBuilder builder = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp", System.getProperty("java.class.path"), "nl.akkoordmonitor.app.Application")
                .redirectErrorStream(true);
        Map<String, String> environment = builder.environment();
        environment.remove("DATASOURCES_DEFAULT_URL");
        environment.put("AKKOORDMONITOR_EMBEDDED_POSTGRES_DATA_DIR", data.toString());
        environment.put("MICRONAUT_SERVER_PORT", String.valueOf(freePort()));
        environment.put("AKKOORDMONITOR_ADMIN_PASSWORD", IntegrationTest.ADMIN_PASSWORD);
        Process process = builder.start();
        List<String> output = new CopyOnWriteArrayList<>();
        Thread reader = new Thread(() -> read(process, output), "server-output");
        reader.setDaemon(true);
        reader.start();
        try {
            long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(120);
            while (output.stream().noneMatch(line -> line.contains("Server Running")) && process.isAlive()
                    && System.nanoTime() < deadline) {
                Thread.sleep(100);
            }
            assertTrue(process.isAlive(), () -> "the server did not start:\n" + String.join("\n", output));
            assertTrue(Files.exists(data.resolve("postmaster.pid")), "the embedded database runs");

            process.destroy();

            assertTrue(process.waitFor(30, TimeUnit.SECONDS), () -> "still running 30 s after SIGTERM:\n" + String.join("\n", output));
            assertFalse(Files.exists(data.resolve("postmaster.pid")), "the embedded database stopped too");
        } finally {
            process.destroyForcibly();
            stopOrphanedDatabase(data);
        }
    }

    /** When the server had to be killed, its database would keep running: stop it by the pid it left. */
    private static void stopOrphanedDatabase(Path data) throws IOException {
        Path pidFile = data.resolve("postmaster.pid");
        if (Files.exists(pidFile)) {
            long pid = Long.parseLong(Files.readAllLines(pidFile).get(0).strip());
            ProcessHandle.of(pid).ifPresent(ProcessHandle::destroy);
        }
    }

    private static void read(Process process, List<String> output) {
        try (BufferedReader lines = new BufferedReader(new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8))) {
            for (String line = lines.readLine(); line != null; line = lines.readLine()) {
                output.add(line);
            }
        } catch (IOException e) {
            output.add("(output ended: " + e.getMessage() + ")");
        }
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }
}
