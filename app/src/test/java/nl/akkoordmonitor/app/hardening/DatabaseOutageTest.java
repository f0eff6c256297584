package nl.akkoordmonitor.app.hardening;

import io.micronaut.context.ApplicationContext;
import io.micronaut.http.client.HttpClient;
import io.micronaut.json.JsonMapper;
import io.micronaut.runtime.server.EmbeddedServer;
import nl.akkoordmonitor.app.database.EmbeddedDatabase;
import nl.akkoordmonitor.app.support.Api;
import nl.akkoordmonitor.app.support.ApiResponse;
import nl.akkoordmonitor.app.support.IntegrationTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import java.util.function.Supplier;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The database dies under a running server: within 2 s readiness is DOWN and logins and data
 * requests get a 503 problem at once; the server starts its embedded database again by itself and is
 * ready again, without a restart of its own. Liveness stays UP throughout.
 */
class DatabaseOutageTest {

    @TempDir
    Path directory;

    @Test
    void aServerWhoseDatabaseDiesAnswers503AtOnceAndRecoversByItself() throws Exception {
        try (EmbeddedDatabase database = EmbeddedDatabase.start(directory.resolve("postgres"), 0)) {
            Map<String, Object> properties = new HashMap<>(database.datasourceProperties());
            properties.put("micronaut.server.port", -1);
            properties.put("akkoordmonitor.admin.initial-password", IntegrationTest.ADMIN_PASSWORD);
            properties.put("akkoordmonitor.security.bcrypt-cost", 4);
            // Slow enough that the outage is seen before the database is back.
            properties.put("akkoordmonitor.embedded-postgres.watch-interval", "6s");
            try (ApplicationContext context = ApplicationContext.builder().properties(properties).singletons(database).start();
                 EmbeddedServer server = context.getBean(EmbeddedServer.class).start()) {
                Api api = new Api(context.createBean(HttpClient.class, server.getURL()), context.getBean(JsonMapper.class));
                String admin = api.admin();
                assertEquals(200, api.get(null, "/health/readiness").status());

                long killedAt = System.nanoTime();
                ProcessHandle.of(database.postmasterPid()).orElseThrow().destroyForcibly();

                ApiResponse readiness = awaitStatus(() -> api.get(null, "/health/readiness"), 503, killedAt, 2_000);
                assertEquals(Map.of("status", "DOWN"), readiness.json(), "anonymous callers see the status alone");
                long start = System.nanoTime();
                ApiResponse login = api.post(null, "/login", Map.of("username", "admin", "password", IntegrationTest.ADMIN_PASSWORD));
                assertUnavailable(login, start);
                start = System.nanoTime();
                assertUnavailable(api.get(admin, "/organisations?code=GM0363"), start);
                assertEquals(200, api.get(null, "/health/liveness").status(), "liveness: the process itself is fine");
                assertTrue(millisSince(killedAt) < 6_000, "all of this happened before the restart");

                awaitStatus(() -> api.get(null, "/health/readiness"), 200, System.nanoTime(), 90_000);
                assertEquals(200, api.get(admin, "/organisations?code=GM0363").status());
                assertEquals(200, api.post(null, "/login", Map.of("username", "admin", "password", IntegrationTest.ADMIN_PASSWORD)).status());
            }
        }
    }

    private static void assertUnavailable(ApiResponse response, long sentAt) {
        assertEquals(503, response.status(), response.toString());
        assertTrue(response.contentType().startsWith("application/problem+json"), response.toString());
        assertEquals(503, ((Number) response.get("status")).intValue());
        assertFalse(response.toString().contains("jdbc:"), "no connection details: " + response);
        assertTrue(millisSince(sentAt) < 1_500, "answered at once, not after a connection timeout: " + millisSince(sentAt) + " ms");
    }

    private static ApiResponse awaitStatus(Supplier<ApiResponse> request, int status, long since, long withinMillis) throws InterruptedException {
        ApiResponse last;
        do {
            last = request.get();
            if (last.status() == status) {
                return last;
            }
            Thread.sleep(50);
        } while (millisSince(since) < withinMillis);
        throw new AssertionError("not " + status + " within " + withinMillis + " ms: " + last);
    }

    private static long millisSince(long nanos) {
        return (System.nanoTime() - nanos) / 1_000_000;
    }
}
