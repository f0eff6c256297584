package nl.akkoordmonitor.app.support;

import io.micronaut.http.client.HttpClient;
import io.micronaut.json.JsonMapper;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.net.ServerSocket;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;

/**
 * The application started the way the README does, as a process of its own on an embedded database
 * in the given data directory, for tests of what happens to a real process: SIGTERM, kill -9, restarts.
 */
public final class ServerProcess implements AutoCloseable {

    private final Process process;
    private final int port;
    private final Path data;
    private final List<String> output = new CopyOnWriteArrayList<>();
    private HttpClient client;

    private ServerProcess(Process process, int port, Path data) {
        this.process = process;
        this.port = port;
        this.data = data;
        Thread reader = new Thread(this::read, "server-output-" + port);
        reader.setDaemon(true);
        reader.start();
    }

    /** Starts the server and waits until it answers, or fails the test with its output. */
    public static ServerProcess start(Path data, Map<String, String> settings) throws IOException, InterruptedException {
        int port = freePort();
        ProcessBuilder builder = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Xmx384m", "-cp", System.getProperty("java.class.path"), "nl.akkoordmonitor.app.Application")
                .redirectErrorStream(true);
        Map<String, String> environment = builder.environment();
        environment.remove("DATASOURCES_DEFAULT_URL");
        environment.put("AKKOORDMONITOR_EMBEDDED_POSTGRES_DATA_DIR", data.toString());
        environment.put("MICRONAUT_SERVER_PORT", String.valueOf(port));
        environment.put("AKKOORDMONITOR_ADMIN_PASSWORD", IntegrationTest.ADMIN_PASSWORD);
        environment.put("AKKOORDMONITOR_SECURITY_BCRYPT_COST", "4");
        environment.putAll(settings);
        ServerProcess server = new ServerProcess(builder.start(), port, data);
        server.awaitRunning();
        return server;
    }

    private void awaitRunning() throws InterruptedException {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(180);
        while (output.stream().noneMatch(line -> line.contains("Server Running")) && process.isAlive() && System.nanoTime() < deadline) {
            Thread.sleep(100);
        }
        if (!process.isAlive() || output.stream().noneMatch(line -> line.contains("Server Running"))) {
            process.destroyForcibly();
            throw new AssertionError("the server did not start:\n" + output());
        }
    }

    public Api api() throws IOException {
        if (client == null) {
            client = HttpClient.create(new URL("http://localhost:" + port));
        }
        return new Api(client, JsonMapper.createDefault());
    }

    public Process process() {
        return process;
    }

    /** The pid of the embedded PostgreSQL, from its postmaster.pid. */
    public long postmasterPid() throws IOException {
        return Long.parseLong(Files.readAllLines(data.resolve("postmaster.pid")).get(0).strip());
    }

    /** kill -9 of the Java process alone; its PostgreSQL stays behind. */
    public void killJava() throws InterruptedException {
        process.destroyForcibly();
        process.waitFor(30, TimeUnit.SECONDS);
        closeClient();
    }

    public String output() {
        return String.join("\n", output);
    }

    private void read() {
        try (BufferedReader lines = new BufferedReader(new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8))) {
            for (String line = lines.readLine(); line != null; line = lines.readLine()) {
                output.add(line);
            }
        } catch (IOException e) {
            output.add("(output ended: " + e.getMessage() + ")");
        }
    }

    private void closeClient() {
        if (client != null) {
            client.close();
            client = null;
        }
    }

    /** Stops the server with SIGTERM (it stops its database), or kills it and its database when it does not stop. */
    @Override
    public void close() throws Exception {
        closeClient();
        process.destroy();
        if (!process.waitFor(30, TimeUnit.SECONDS)) {
            process.destroyForcibly();
        }
        Path pidFile = data.resolve("postmaster.pid");
        if (Files.exists(pidFile)) {
            ProcessHandle.of(postmasterPid()).ifPresent(ProcessHandle::destroy);
        }
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }
}
