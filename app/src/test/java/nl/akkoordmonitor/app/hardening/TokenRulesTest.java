package nl.akkoordmonitor.app.hardening;

import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.crypto.MACSigner;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;
import io.micronaut.context.ApplicationContext;
import io.micronaut.context.exceptions.ConfigurationException;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.client.HttpClient;
import io.micronaut.http.client.exceptions.HttpClientResponseException;
import io.micronaut.json.JsonMapper;
import io.micronaut.runtime.server.EmbeddedServer;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import nl.akkoordmonitor.app.support.Api;
import nl.akkoordmonitor.app.support.ApiResponse;
import nl.akkoordmonitor.app.support.IntegrationTest;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.Date;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Tokens end when their account's password, access or enabled flag changes, are signed with the
 * configured secret (so they survive a restart and work on a second server), and are accepted only
 * as this server issues them. Every answer carries the security headers.
 */
@MicronautTest(transactional = false)
class TokenRulesTest extends IntegrationTest {

    static final String SECRET = "a-test-secret-that-is-long-enough-for-hs256-0123456789";

    @Override
    protected Map<String, String> extraProperties() {
        // A cache that never expires during the test: only the change's notice can make a server forget an account.
        return Map.of("micronaut.security.token.jwt.signatures.secret.generator.secret", SECRET,
                "micronaut.caches.accounts.expire-after-write", "1h");
    }

    @Test
    void aNewPasswordEndsEveryEarlierTokenAtOnce() {
        String username = "pw-" + UUID.randomUUID().toString().substring(0, 8);
        createMunicipalityUser(username, "eerste-wachtwoord-voor-test");
        String before = api.login(username, "eerste-wachtwoord-voor-test");
        String other = api.login(username, "eerste-wachtwoord-voor-test");
        assertEquals(200, api.get(other, "/organisations?code=GM0363").status());

        ApiResponse changed = api.post(before, "/users/me/password",
                Map.of("currentPassword", "eerste-wachtwoord-voor-test", "newPassword", "tweede-wachtwoord-voor-test"));
        assertEquals(204, changed.status(), changed.toString());

        assertEquals(401, api.get(other, "/organisations?code=GM0363").status(), "no grace period");
        assertEquals(401, api.get(before, "/organisations?code=GM0363").status());
        assertEquals(200, api.get(api.login(username, "tweede-wachtwoord-voor-test"), "/organisations?code=GM0363").status());
    }

    @Test
    void disablingAUserEndsItsTokenAtOnce() {
        String username = "off-" + UUID.randomUUID().toString().substring(0, 8);
        long id = createMunicipalityUser(username, "wachtwoord-van-de-gebruiker");
        for (int trial = 0; trial < 5; trial++) {
            String token = api.login(username, "wachtwoord-van-de-gebruiker");
            assertEquals(200, api.get(token, "/organisations?code=GM0363").status());
            setEnabled(id, false);
            assertEquals(401, api.get(token, "/organisations?code=GM0363").status(), "trial " + trial);
            setEnabled(id, true);
            assertEquals(401, api.get(token, "/organisations?code=GM0363").status(), "enabling again does not revive old tokens");
        }
    }

    @Test
    void aDisabledUserOrANewPasswordIsRefusedAtOnceOnEveryServer() {
        String username = "two-" + UUID.randomUUID().toString().substring(0, 8);
        long id = createMunicipalityUser(username, "wachtwoord-van-de-gebruiker");
        try (EmbeddedServer second = ApplicationContext.run(EmbeddedServer.class, new HashMap<>(getProperties()))) {
            Api other = api(second);
            for (int trial = 0; trial < 5; trial++) {
                String token = api.login(username, "wachtwoord-van-de-gebruiker");
                // Enabled again at the end of the last trial: the second server may still refuse until
                // that notice has arrived too (refusing a little longer is the safe side).
                assertEquals(200, eventually(() -> other.get(token, "/organisations?code=GM0363").status(), 200),
                        "the second server caches the account");
                setEnabled(id, false);
                // A change is refused at once: it asks the database.
                ApiResponse write = other.post(token, "/users/me/password",
                        Map.of("currentPassword", "niet-het-wachtwoord", "newPassword", "wat-dan-ook-nieuws-hier"));
                assertEquals(401, write.status(), "trial " + trial + ": " + write);
                // A read is refused as soon as the change's notice arrived, within milliseconds (the cache alone would keep it an hour).
                assertEquals(401, eventually(() -> other.get(token, "/organisations?code=GM0363").status(), 401), "trial " + trial);
                setEnabled(id, true);
            }
            String token = other.login(username, "wachtwoord-van-de-gebruiker");
            assertEquals(200, other.get(token, "/organisations?code=GM0363").status());
            assertEquals(204, api.post(token, "/users/me/password", Map.of("currentPassword", "wachtwoord-van-de-gebruiker",
                    "newPassword", "nieuw-wachtwoord-van-de-gebruiker")).status());
            assertEquals(401, other.post(token, "/users/me/password", Map.of("currentPassword", "x", "newPassword", "wat-dan-ook-nieuws-hier"))
                    .status(), "a new password ends the token on the other server too");
            assertEquals(401, eventually(() -> other.get(token, "/organisations?code=GM0363").status(), 401));
        }
    }

    @Test
    void onlyTokensAsThisServerIssuesThemAreAccepted() throws Exception {
        String admin = api.admin();
        Map<String, Object> claims = SignedJWT.parse(admin).getJWTClaimsSet().getClaims();
        assertEquals(200, api.get(sign(claims), "/users").status(), "a token re-signed with the same claims is fine");

        Map<String, Object> noExpiry = new HashMap<>(claims);
        noExpiry.remove("exp");
        Map<String, Object> foreignIssuer = new HashMap<>(claims);
        foreignIssuer.put("iss", "somebody-else");
        Map<String, Object> notYet = new HashMap<>(claims);
        notYet.put("nbf", Date.from(Instant.now().plusSeconds(3600)));
        Map<String, Object> noNotBefore = new HashMap<>(claims);
        noNotBefore.remove("nbf");
        for (Map<String, Object> forged : java.util.List.of(noExpiry, foreignIssuer, notYet, noNotBefore)) {
            assertEquals(401, api.get(sign(forged), "/users").status(), forged.toString());
        }
    }

    @Test
    void unauthorisedAnswersAskForABearerToken() {
        HttpClientResponseException refused = assertThrows(HttpClientResponseException.class,
                () -> httpClient.toBlocking().exchange(HttpRequest.GET("/organisations")));
        assertEquals(401, refused.getStatus().getCode());
        assertTrue(refused.getResponse().getHeaders().get("WWW-Authenticate").startsWith("Bearer"),
                refused.getResponse().getHeaders().get("WWW-Authenticate"));
    }

    @Test
    void everyAnswerCarriesTheSecurityHeaders() {
        String token = api.admin();
        HttpResponse<?> data = httpClient.toBlocking().exchange(HttpRequest.GET("/organisations?code=GM0363").bearerAuth(token));
        HttpResponse<?> login = httpClient.toBlocking().exchange(HttpRequest.POST("/login",
                Map.of("username", "admin", "password", ADMIN_PASSWORD)));
        HttpResponse<?> refused = assertThrows(HttpClientResponseException.class,
                () -> httpClient.toBlocking().exchange(HttpRequest.GET("/organisations"))).getResponse();
        HttpResponse<?> missing = assertThrows(HttpClientResponseException.class,
                () -> httpClient.toBlocking().exchange(HttpRequest.GET("/no-such-thing").bearerAuth(token))).getResponse();
        for (HttpResponse<?> answer : java.util.List.of(data, login, refused, missing)) {
            assertEquals("nosniff", answer.getHeaders().get("X-Content-Type-Options"));
            assertEquals("DENY", answer.getHeaders().get("X-Frame-Options"));
            // Not no-referrer: then browsers post forms with "Origin: null", which the server refuses.
            assertEquals("same-origin", answer.getHeaders().get("Referrer-Policy"));
            String policy = answer.getHeaders().get("Content-Security-Policy");
            assertTrue(policy.contains("default-src 'self'") && policy.contains("frame-ancestors 'none'"), policy);
            assertEquals("no-store", answer.getHeaders().get("Cache-Control"));
            assertEquals(null, answer.getHeaders().get("Strict-Transport-Security"), "plain http: no HSTS");
        }
        HttpResponse<?> behindProxy = httpClient.toBlocking().exchange(HttpRequest.GET("/organisations?code=GM0363")
                .bearerAuth(token).header("X-Forwarded-Proto", "https"));
        assertTrue(behindProxy.getHeaders().get("Strict-Transport-Security").startsWith("max-age="));
    }

    @Test
    void theConfiguredSecretSignsTokensThatOutliveARestartAndWorkOnASecondServer() {
        Map<String, Object> properties = new HashMap<>(getProperties());
        String token;
        try (EmbeddedServer first = ApplicationContext.run(EmbeddedServer.class, properties)) {
            token = api(first).admin();
        }
        try (EmbeddedServer restarted = ApplicationContext.run(EmbeddedServer.class, properties);
             EmbeddedServer second = ApplicationContext.run(EmbeddedServer.class, properties)) {
            assertEquals(200, api(restarted).get(token, "/users").status(), "after a restart");
            assertEquals(200, api(second).get(token, "/users").status(), "on another server with the same secret");
            String fromSecond = api(second).admin();
            assertEquals(200, api(restarted).get(fromSecond, "/users").status());
        }
    }

    @Test
    void aShortSecretStopsTheStart() {
        Map<String, Object> properties = new HashMap<>(getProperties());
        properties.put("micronaut.security.token.jwt.signatures.secret.generator.secret", "too-short");
        Exception refused = assertThrows(Exception.class, () -> ApplicationContext.run(EmbeddedServer.class, properties).close());
        Throwable root = refused;
        while (root.getCause() != null && !(root instanceof ConfigurationException)) {
            root = root.getCause();
        }
        assertTrue(root.getMessage().contains("at least 32"), refused.toString());
    }

    /** The value once it is the expected one, or the last value after a second. */
    private static int eventually(java.util.function.IntSupplier value, int expected) {
        long deadline = System.nanoTime() + 1_000_000_000L;
        int last = value.getAsInt();
        while (last != expected && System.nanoTime() < deadline) {
            Thread.onSpinWait();
            last = value.getAsInt();
        }
        return last;
    }

    private static Api api(EmbeddedServer server) {
        return new Api(server.getApplicationContext().createBean(HttpClient.class, server.getURL()),
                server.getApplicationContext().getBean(JsonMapper.class));
    }

    private static String sign(Map<String, Object> claims) throws Exception {
        JWTClaimsSet.Builder builder = new JWTClaimsSet.Builder();
        claims.forEach(builder::claim);
        SignedJWT jwt = new SignedJWT(new JWSHeader(JWSAlgorithm.HS256), builder.build());
        jwt.sign(new MACSigner(SECRET));
        return jwt.serialize();
    }

    private long createMunicipalityUser(String username, String password) {
        ApiResponse created = api.post(api.admin(), "/users", Map.of("username", username, "password", password,
                "role", "MUNICIPALITY", "organisationId", api.organisationId(api.admin(), "GM0363")));
        assertEquals(201, created.status(), created.toString());
        return created.id();
    }

    private void setEnabled(long id, boolean enabled) {
        String admin = api.admin();
        ApiResponse current = api.get(admin, "/users/" + id);
        ApiResponse updated = api.put(admin, "/users/" + id, Map.of("role", current.get("role"),
                "organisationId", current.get("organisationId"), "enabled", enabled, "version", current.get("version")));
        assertEquals(200, updated.status(), updated.toString());
    }
}
