package nl.akkoordmonitor.app.hardening;

import io.micronaut.context.ApplicationContext;
import io.micronaut.runtime.server.EmbeddedServer;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import nl.akkoordmonitor.app.support.ApiResponse;
import nl.akkoordmonitor.app.support.IntegrationTest;
import nl.akkoordmonitor.app.support.Problems;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static nl.akkoordmonitor.app.support.Problems.assertRule;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * A password is at least 12 characters, not the username and not one attackers try first; the same
 * for new users, password changes and the first administrator's configured password.
 */
@MicronautTest(transactional = false)
class PasswordPolicyTest extends IntegrationTest {

    private String admin;
    private long amsterdam;

    @BeforeAll
    void organisation() {
        admin = api.admin();
        amsterdam = api.organisationId(admin, "GM0363");
    }

    @Test
    void guessablePasswordsAreRefusedForANewUserWithWhatToChange() {
        Map<String, String> refused = Map.of(
                "aaaaaaaaaaaa", "PASSWORD_PATTERN",
                "123456789012", "PASSWORD_PATTERN",
                "qwertyuiopas", "PASSWORD_PATTERN",
                "password1234", "PASSWORD_COMMON",
                "Sunshine2026!", "PASSWORD_COMMON",
                "1234567890", "PASSWORD_TOO_SHORT");
        refused.forEach((password, rule) -> {
            ApiResponse response = create(newUsername(), password);
            assertTrue(response.status() == 422 || response.status() == 400, response.toString());
            if (response.status() == 422) {
                assertRule(response, 422, rule);
                assertEquals("/password", Problems.violations(response).get(0).get("field"), response.toString());
            }
        });
        ApiResponse common = create(newUsername(), "password1234");
        assertTrue(common.toString().contains("10.000 meest gebruikte wachtwoorden") && common.toString().contains("Kies een ander"),
                common.toString());
    }

    @Test
    void aPasswordThatIsOrContainsTheUsernameIsRefused() {
        String username = newUsername();
        assertRule(create(username, username), 422, "PASSWORD_CONTAINS_USERNAME");
        ApiResponse containing = create(username, "mijn-" + username.toUpperCase() + "-wachtwoord");
        assertRule(containing, 422, "PASSWORD_CONTAINS_USERNAME");
        assertTrue(containing.toString().contains("zonder de gebruikersnaam"), containing.toString());
        assertEquals(201, create(username, "paarse-olifant-danst-traag").status(), "a good one is taken");
    }

    @Test
    void aNewPasswordMeetsThePolicyToo() {
        String username = newUsername();
        assertEquals(201, create(username, "paarse-olifant-danst-traag").status());
        String token = api.login(username, "paarse-olifant-danst-traag");
        ApiResponse refused = api.post(token, "/users/me/password",
                Map.of("currentPassword", "paarse-olifant-danst-traag", "newPassword", "iloveyou2026"));
        assertRule(refused, 422, "PASSWORD_COMMON");
        assertEquals("/newPassword", Problems.violations(refused).get(0).get("field"));
        api.login(username, "paarse-olifant-danst-traag");
        assertEquals(204, api.post(token, "/users/me/password",
                Map.of("currentPassword", "paarse-olifant-danst-traag", "newPassword", "groene-giraf-leest-snel")).status());
    }

    @Test
    void aWeakConfiguredAdministratorPasswordStopsTheStartWithOneLine() {
        for (String weak : List.of("admin", "admin12345678", "123456789012")) {
            Map<String, Object> properties = new HashMap<>(getProperties());
            properties.put("akkoordmonitor.admin.initial-password", weak);
            Exception refused = assertThrows(Exception.class, () -> ApplicationContext.run(EmbeddedServer.class, properties).close());
            Throwable cause = refused;
            while (cause.getCause() != null && !String.valueOf(cause.getMessage()).contains("AKKOORDMONITOR_ADMIN_PASSWORD")) {
                cause = cause.getCause();
            }
            assertTrue(String.valueOf(cause.getMessage()).contains("AKKOORDMONITOR_ADMIN_PASSWORD is refused"), refused.toString());
        }
    }

    private ApiResponse create(String username, String password) {
        return api.post(admin, "/users", Map.of("username", username, "password", password, "role", "MUNICIPALITY",
                "organisationId", amsterdam));
    }

    private static String newUsername() {
        return "beleid-" + UUID.randomUUID().toString().substring(0, 8);
    }
}
