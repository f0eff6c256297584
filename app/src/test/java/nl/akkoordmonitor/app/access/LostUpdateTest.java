package nl.akkoordmonitor.app.access;

import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import nl.akkoordmonitor.app.support.ApiResponse;
import nl.akkoordmonitor.app.support.IntegrationTest;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.Supplier;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Two people save the same record at the same moment, both from the version they read: one
 * change wins, the other gets 409 instead of silently overwriting it, and the audit log holds
 * exactly the one change that happened.
 */
@MicronautTest(transactional = false)
class LostUpdateTest extends IntegrationTest {

    @Test
    void twoConcurrentUpdatesOfAUserWithTheSameVersion() throws Exception {
        String admin = api.admin();
        long amsterdam = api.organisationId(admin, "GM0363");
        long rotterdam = api.organisationId(admin, "GM0599");
        long user = api.post(admin, "/users", Map.of("username", "raced-" + UUID.randomUUID().toString().substring(0, 8),
                "password", "long-enough-password", "role", "MUNICIPALITY", "organisationId", amsterdam)).id();
        long version = ((Number) api.get(admin, "/users/" + user).get("version")).longValue();

        List<ApiResponse> answers = race(
                () -> api.put(admin, "/users/" + user, Map.of("role", "MUNICIPALITY", "organisationId", rotterdam, "enabled", true, "version", version)),
                () -> api.put(admin, "/users/" + user, Map.of("role", "MUNICIPALITY", "organisationId", amsterdam, "enabled", false, "version", version)));

        assertOneWinsOneConflicts(answers);
        List<Map<String, Object>> changes = api.get(admin, "/audit?entity=user&entityId=" + user + "&action=UPDATE").items();
        assertEquals(1, changes.size(), changes.toString());
        ApiResponse winner = answers.stream().filter(a -> a.status() == 200).findFirst().orElseThrow();
        ApiResponse stored = api.get(admin, "/users/" + user);
        assertEquals(winner.get("organisationId"), stored.get("organisationId"));
        assertEquals(winner.get("enabled"), stored.get("enabled"));
    }

    /** Runs both calls on their own thread, released at the same moment. */
    static List<ApiResponse> race(Supplier<ApiResponse> first, Supplier<ApiResponse> second) throws Exception {
        ExecutorService threads = Executors.newFixedThreadPool(2);
        try {
            CountDownLatch start = new CountDownLatch(1);
            Future<ApiResponse> a = threads.submit(() -> {
                start.await();
                return first.get();
            });
            Future<ApiResponse> b = threads.submit(() -> {
                start.await();
                return second.get();
            });
            start.countDown();
            return List.of(a.get(), b.get());
        } finally {
            threads.shutdownNow();
        }
    }

    static void assertOneWinsOneConflicts(List<ApiResponse> answers) {
        List<Integer> statuses = answers.stream().map(ApiResponse::status).sorted().toList();
        assertEquals(List.of(200, 409), statuses, answers.toString());
        ApiResponse conflict = answers.stream().filter(a -> a.status() == 409).findFirst().orElseThrow();
        assertTrue(conflict.contentType().startsWith("application/problem+json"), conflict.toString());
    }
}
