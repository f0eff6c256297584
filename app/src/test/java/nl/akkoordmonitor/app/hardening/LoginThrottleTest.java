package nl.akkoordmonitor.app.hardening;

import io.micronaut.context.ApplicationContext;
import io.micronaut.core.type.Argument;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.client.HttpClient;
import io.micronaut.http.client.exceptions.HttpClientResponseException;
import io.micronaut.json.JsonMapper;
import io.micronaut.runtime.server.EmbeddedServer;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import nl.akkoordmonitor.app.support.ApiResponse;
import nl.akkoordmonitor.app.support.IntegrationTest;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Guessing passwords is slowed down and then stopped, per account and per client address, across
 * every server on the database; an administrator can unlock an account; the answers do not tell
 * which usernames exist, not even by their time.
 * <p>
 * The server trusts X-Forwarded-For here (as behind a proxy), so that each test calls from
 * addresses of its own. Delays are short (500 ms, doubling) so the test can wait them out.
 */
@MicronautTest(transactional = false)
class LoginThrottleTest extends IntegrationTest {

    private static final String PASSWORD = "een-goed-wachtwoord-voor-de-test";
    private static final AtomicInteger NEXT_ADDRESS = new AtomicInteger(1);

    private String admin;
    private long amsterdam;

    @Override
    protected Map<String, String> extraProperties() {
        Map<String, String> properties = new HashMap<>();
        properties.put("akkoordmonitor.security.client-address-header", "X-Forwarded-For");
        properties.put("akkoordmonitor.login.throttle.delay", "500ms");
        properties.put("akkoordmonitor.login.throttle.lock", "1h");
        properties.put("akkoordmonitor.login.throttle.address.delay-after", "5");
        properties.put("akkoordmonitor.login.throttle.address.lock-after", "10");
        // This class makes far more failed logins a minute than the flood limit of the audit log allows (LoginFloodAuditTest).
        properties.put("akkoordmonitor.login.audit.detailed-per-period", "100000");
        // A real bcrypt cost, so that skipping it for unknown usernames would show in the timing.
        properties.put("akkoordmonitor.security.bcrypt-cost", "10");
        return properties;
    }

    @BeforeAll
    void organisation() {
        admin = api.admin();
        amsterdam = api.organisationId(admin, "GM0363");
    }

    @Test
    void fiveWrongPasswordsSlowAnAccountDownTenLockItAndAnAdministratorUnlocksIt() throws Exception {
        String username = newUsername();
        long id = createUser(username);

        for (int i = 1; i <= 5; i++) {
            assertEquals(401, attempt(httpClient, username, "verkeerd-wachtwoord-" + i, newAddress()).status(), "attempt " + i);
        }
        Attempt delayed = attempt(httpClient, username, PASSWORD, newAddress());
        assertEquals(429, delayed.status(), "even the right password waits: " + delayed);
        assertEquals("1", delayed.retryAfter());
        assertEquals("application/problem+json", delayed.contentType());
        assertTrue(delayed.body().get("type").toString().endsWith("/too-many-attempts"), delayed.toString());
        assertTrue(delayed.detail().contains("over 1 s opnieuw"), delayed.detail());

        // Each further failure doubles the wait: 0.5, 1, 2, 4 s; the tenth locks.
        for (int failures = 6; failures <= 10; failures++) {
            Attempt attempt = waitOut(username, "verkeerd-wachtwoord-" + failures);
            assertEquals(401, attempt.status(), "failure " + failures + ": " + attempt);
        }
        Attempt locked = attempt(httpClient, username, PASSWORD, newAddress());
        assertEquals(429, locked.status(), locked.toString());
        assertTrue(Integer.parseInt(locked.retryAfter()) > 3500, "locked for an hour: " + locked.retryAfter());
        assertTrue(locked.detail().contains("geblokkeerd") && locked.detail().contains("beheerder"), locked.detail());
        Thread.sleep(2000);
        assertEquals(429, attempt(httpClient, username, PASSWORD, newAddress()).status(), "a lock does not end with the delay");

        String colleague = api.userFor("MUNICIPALITY", amsterdam);
        assertEquals(403, api.delete(colleague, "/users/" + id + "/login-lock").status(), "only an administrator unlocks");
        assertEquals(204, api.delete(admin, "/users/" + id + "/login-lock").status());
        assertEquals(200, attempt(httpClient, username, PASSWORD, newAddress()).status(), "unlocked");
        ApiResponse again = api.delete(admin, "/users/" + id + "/login-lock");
        assertEquals(404, again.status(), again.toString());
        assertTrue(again.get("detail").toString().contains("niet geblokkeerd"), again.toString());

        List<Map<String, Object>> unlocks = api.get(admin, "/audit?entity=user&entityId=" + id + "&action=UNLOCK").items();
        assertEquals(1, unlocks.size(), unlocks.toString());
        assertEquals("admin", unlocks.get(0).get("username"));
        List<Map<String, Object>> refused = api.get(admin, "/audit?entity=user&entityId=" + id + "&action=LOGIN_FAILED&size=100").items();
        assertTrue(refused.stream().anyMatch(r -> r.get("after").toString().contains("LOCKED")), refused.toString());
    }

    @Test
    void aSuccessfulLoginStartsTheCountAgain() {
        String username = newUsername();
        createUser(username);
        for (int round = 0; round < 3; round++) {
            for (int i = 0; i < 4; i++) {
                assertEquals(401, attempt(httpClient, username, "verkeerd-" + i, newAddress()).status());
            }
            assertEquals(200, attempt(httpClient, username, PASSWORD, newAddress()).status(), "round " + round);
        }
    }

    @Test
    void anUnknownUsernameIsSlowedDownJustLikeAKnownOne() {
        String unknown = newUsername();
        for (int i = 1; i <= 5; i++) {
            assertEquals(401, attempt(httpClient, unknown, "wat-dan-ook-" + i, newAddress()).status());
        }
        Attempt delayed = attempt(httpClient, unknown, "wat-dan-ook", newAddress());
        assertEquals(429, delayed.status(), "otherwise the answers would tell which names exist: " + delayed);
    }

    @Test
    void oneAddressTryingManyUsernamesIsSlowedDownForEveryUsername() {
        String username = newUsername();
        createUser(username);
        String address = newAddress();
        for (int i = 1; i <= 5; i++) {
            assertEquals(401, attempt(httpClient, newUsername(), "geraden-wachtwoord", address).status());
        }
        Attempt fromThere = attempt(httpClient, username, PASSWORD, address);
        assertEquals(429, fromThere.status(), fromThere.toString());
        assertEquals(200, attempt(httpClient, username, PASSWORD, newAddress()).status(), "the account itself is not blocked");
    }

    @Test
    void aFailedLoginIsAuditedWithTheClientAddress() {
        String username = newUsername();
        long id = createUser(username);
        String address = newAddress();
        attempt(httpClient, username, "verkeerd-wachtwoord", address);

        List<Map<String, Object>> failed = api.get(admin, "/audit?entity=user&entityId=" + id + "&action=LOGIN_FAILED").items();
        assertEquals(1, failed.size(), failed.toString());
        assertEquals(address, ((Map<?, ?>) failed.get(0).get("after")).get("clientAddress"), failed.toString());
    }

    @Test
    void twoServersOnOneDatabaseCountTheSameFailures() throws Exception {
        String username = newUsername();
        createUser(username);
        Map<String, Object> secondProperties = new HashMap<>(getProperties());
        // The second server's delay is long, so that the block it sets cannot run out while the test looks.
        secondProperties.put("akkoordmonitor.login.throttle.delay", "1h");
        try (EmbeddedServer second = ApplicationContext.run(EmbeddedServer.class, secondProperties);
             HttpClient secondClient = second.getApplicationContext().createBean(HttpClient.class, second.getURL())) {
            for (int i = 1; i <= 3; i++) {
                assertEquals(401, attempt(httpClient, username, "verkeerd-" + i, newAddress()).status());
            }
            for (int i = 4; i <= 5; i++) {
                assertEquals(401, attempt(secondClient, username, "verkeerd-" + i, newAddress()).status());
            }
            // The fifth failure, the second server's second, sets the delay: it counted the first server's three.
            Attempt onFirst = attempt(httpClient, username, PASSWORD, newAddress());
            assertEquals(429, onFirst.status(), "the first server sees the block: " + onFirst);
            assertTrue(Integer.parseInt(onFirst.retryAfter()) > 3000, onFirst.retryAfter());
            assertEquals(429, attempt(secondClient, username, PASSWORD, newAddress()).status());
        }
    }

    @Test
    void unknownAndKnownUsernamesTakeTheSameTime() {
        // Each name is tried once, from its own address, so that no throttle is involved.
        List<String> known = new ArrayList<>();
        for (int i = 0; i < 15; i++) {
            String username = newUsername();
            createUser(username);
            known.add(username);
        }
        attempt(httpClient, newUsername(), "opwarmen", newAddress());
        List<Long> knownNanos = new ArrayList<>();
        List<Long> unknownNanos = new ArrayList<>();
        for (int i = 0; i < known.size(); i++) {
            knownNanos.add(timed(known.get(i)));
            unknownNanos.add(timed(newUsername()));
        }
        long knownMedian = median(knownNanos);
        long unknownMedian = median(unknownNanos);
        double ratio = (double) unknownMedian / knownMedian;
        // Without the bcrypt check of a dummy hash an unknown name would answer about ten times faster.
        assertTrue(ratio > 0.5 && ratio < 2.0, "median known " + knownMedian / 1_000_000 + " ms, unknown "
                + unknownMedian / 1_000_000 + " ms");
    }

    private long timed(String username) {
        long start = System.nanoTime();
        assertEquals(401, attempt(httpClient, username, "verkeerd-wachtwoord", newAddress()).status());
        return System.nanoTime() - start;
    }

    private static long median(List<Long> values) {
        List<Long> sorted = new ArrayList<>(values);
        sorted.sort(null);
        return sorted.get(sorted.size() / 2);
    }

    /** Waits until the account's current delay is over (polling with the right password, which does not count), then fails once. */
    private Attempt waitOut(String username, String wrongPassword) throws InterruptedException {
        long deadline = System.currentTimeMillis() + 10_000;
        while (System.currentTimeMillis() < deadline) {
            Attempt attempt = attempt(httpClient, username, wrongPassword, newAddress());
            if (attempt.status() != 429) {
                return attempt;
            }
            Thread.sleep(100);
        }
        throw new AssertionError("the delay did not end within 10 s");
    }

    record Attempt(int status, String contentType, String retryAfter, Map<String, Object> body) {
        String detail() {
            return String.valueOf(body.get("detail"));
        }
    }

    private Attempt attempt(HttpClient client, String username, String password, String address) {
        HttpRequest<?> request = HttpRequest.POST("/login", Map.of("username", username, "password", password))
                .header("X-Forwarded-For", "203.0.113.250, " + address);
        HttpResponse<byte[]> response;
        try {
            response = client.toBlocking().exchange(request, Argument.of(byte[].class), Argument.of(byte[].class));
        } catch (HttpClientResponseException e) {
            @SuppressWarnings("unchecked")
            HttpResponse<byte[]> failed = (HttpResponse<byte[]>) e.getResponse();
            response = failed;
        }
        byte[] bytes = response.getBody(byte[].class).orElse(new byte[0]);
        Map<String, Object> body;
        try {
            body = bytes.length == 0 ? Map.of() : jsonMapper.readValue(bytes, Argument.mapOf(String.class, Object.class));
        } catch (IOException e) {
            throw new AssertionError(e);
        }
        return new Attempt(response.code(), response.getContentType().map(Object::toString).orElse(null),
                response.getHeaders().get("Retry-After"), body);
    }

    /** An address of its own for each call (TEST-NET-2, never routed). */
    private static String newAddress() {
        int n = NEXT_ADDRESS.getAndIncrement();
        return "198.51." + (n / 250) + "." + (n % 250 + 1);
    }

    private static String newUsername() {
        return "throttle-" + UUID.randomUUID().toString().substring(0, 8);
    }

    private long createUser(String username) {
        ApiResponse created = api.post(admin, "/users", Map.of("username", username, "password", PASSWORD,
                "role", "MUNICIPALITY", "organisationId", amsterdam));
        assertEquals(201, created.status(), created.toString());
        assertNotNull(created.get("id"));
        return created.id();
    }
}
