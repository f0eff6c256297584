package nl.akkoordmonitor.app.support;

import io.micronaut.http.client.HttpClient;
import io.micronaut.http.client.annotation.Client;
import io.micronaut.json.JsonMapper;
import io.micronaut.test.support.TestPropertyProvider;
import jakarta.inject.Inject;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.TestInstance;

import java.util.HashMap;
import java.util.Map;

/**
 * Base of the tests that drive the running application over HTTP against the shared embedded
 * PostgreSQL. Subclasses carry {@code @MicronautTest(transactional = false)}.
 * Each test makes its own users and organisations, so tests run in any order.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
public abstract class IntegrationTest implements TestPropertyProvider {

    public static final String ADMIN_PASSWORD = "geheim-beheerwachtwoord-voor-tests";

    @Inject
    @Client("/")
    protected HttpClient httpClient;

    @Inject
    protected JsonMapper jsonMapper;

    protected Api api;

    @Override
    public Map<String, String> getProperties() {
        Map<String, String> properties = new HashMap<>(TestDatabase.properties());
        properties.put("akkoordmonitor.admin.initial-password", ADMIN_PASSWORD);
        // Cheap hashes keep the many test logins fast; production uses the default cost.
        properties.put("akkoordmonitor.security.bcrypt-cost", "4");
        // A free port: several test runs (and a running server) share this machine.
        properties.put("micronaut.server.port", "-1");
        // A steering report on a shared, busy 2-core machine can take longer than the client's
        // default 10 s; the tests assert what it says, never how fast it comes.
        properties.put("micronaut.http.client.read-timeout", "60s");
        // Reminders, digests and the outbox run when a test says so, not on a timer in between.
        properties.put("akkoordmonitor.notifications.reminder-initial-delay", "24h");
        properties.put("akkoordmonitor.notifications.send-initial-delay", "24h");
        // Every test calls from the same address (127.0.0.1) into the same database, and some make
        // failed logins on purpose: counted together they would lock that address. The throttle's
        // own tests use addresses of their own (LoginThrottleTest).
        properties.put("akkoordmonitor.login.throttle.address.delay-after", "1000");
        properties.put("akkoordmonitor.login.throttle.address.lock-after", "2000");
        properties.putAll(extraProperties());
        return properties;
    }

    /** Settings a test class needs on top of the defaults, such as a fixed clock. */
    protected Map<String, String> extraProperties() {
        return Map.of();
    }

    @BeforeAll
    void createApi() {
        api = new Api(httpClient, jsonMapper);
    }
}
