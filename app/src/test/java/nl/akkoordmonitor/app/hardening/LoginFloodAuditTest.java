package nl.akkoordmonitor.app.hardening;

import io.micronaut.http.HttpRequest;
import io.micronaut.http.client.exceptions.HttpClientResponseException;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import nl.akkoordmonitor.app.support.IntegrationTest;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;
import java.util.UUID;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * A flood of made-up logins does not add an audit row per attempt for ever: beyond a limit per
 * period the failures are counted per client address and summarised in one row per period.
 * Here the limit is 5 per 2 seconds, so that the test sees the summary come.
 */
@MicronautTest(transactional = false)
class LoginFloodAuditTest extends IntegrationTest {

    private static final int ATTEMPTS = 40;

    @Override
    protected Map<String, String> extraProperties() {
        return Map.of("akkoordmonitor.security.client-address-header", "X-Forwarded-For",
                "akkoordmonitor.login.audit.detailed-per-period", "5",
                "akkoordmonitor.login.audit.period", "2s",
                "akkoordmonitor.login.audit.summary-interval", "500ms");
    }

    @Test
    void aFloodOfMadeUpLoginsEndsInSummaryRowsThatCountEveryAttempt() throws Exception {
        String prefix = "flood-" + UUID.randomUUID().toString().substring(0, 6) + "-";
        String addressPrefix = "192.0.2.";
        for (int i = 0; i < ATTEMPTS; i++) {
            String address = addressPrefix + (i % 4 + 1);
            HttpClientResponseException refused = assertThrows(HttpClientResponseException.class, () -> httpClient.toBlocking()
                    .exchange(HttpRequest.POST("/login", Map.of("username", prefix + UUID.randomUUID(), "password", "geraden-wachtwoord"))
                            .header("X-Forwarded-For", address)));
            assertEquals(401, refused.getStatus().getCode());
        }
        String admin = api.admin();
        long detailed = api.get(admin, "/audit?action=LOGIN_FAILED&size=1000").items().stream()
                .filter(r -> String.valueOf(r.get("after")).contains(prefix)).count();
        assertTrue(detailed < ATTEMPTS && detailed >= 5, "rows of their own: " + detailed);

        long summarised = 0;
        long deadline = System.currentTimeMillis() + 20_000;
        while (detailed + summarised < ATTEMPTS && System.currentTimeMillis() < deadline) {
            Thread.sleep(500);
            summarised = 0;
            for (Map<String, Object> summary : api.get(admin, "/audit?action=LOGIN_FAILED_SUMMARY&size=1000").items()) {
                Map<?, ?> values = (Map<?, ?>) summary.get("after");
                for (Object entry : (List<?>) values.get("addresses")) {
                    Map<?, ?> address = (Map<?, ?>) entry;
                    if (String.valueOf(address.get("clientAddress")).startsWith(addressPrefix)) {
                        summarised += ((Number) address.get("failures")).longValue();
                    }
                }
            }
        }
        assertEquals(ATTEMPTS, detailed + summarised, "every attempt is in a row of its own or in a summary");
        List<Map<String, Object>> summaries = api.get(admin, "/audit?action=LOGIN_FAILED_SUMMARY&size=1000").items();
        assertTrue(summaries.stream().allMatch(s -> ((Map<?, ?>) s.get("after")).containsKey("withoutOwnRow")), summaries.toString());
    }
}
