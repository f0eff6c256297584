package nl.akkoordmonitor.app.audit;

import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import nl.akkoordmonitor.app.support.ApiResponse;
import nl.akkoordmonitor.app.support.IntegrationTest;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;
import java.util.UUID;

import static nl.akkoordmonitor.app.support.Problems.assertProblem;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

@MicronautTest(transactional = false)
class LoginAuditTest extends IntegrationTest {

    private static final String PASSWORD = "the-right-password";

    private String admin;
    private long amsterdam;

    @BeforeAll
    void organisations() {
        admin = api.admin();
        amsterdam = api.organisationId(admin, "GM0363");
    }

    @Test
    void aWrongPasswordGivesNoTokenAndIsLoggedAsAFailedLogin() {
        String username = newUsername();
        long id = createUser(username);

        ApiResponse response = api.post(null, "/login", Map.of("username", username, "password", "a-wrong-password"));

        assertProblem(response, 401);
        assertFalse(response.text().contains("access_token"), response.toString());
        List<Map<String, Object>> failed = api.get(admin, "/audit?entity=user&entityId=" + id + "&action=LOGIN_FAILED").items();
        assertEquals(1, failed.size(), failed.toString());
        String values = String.valueOf((Map<?, ?>) failed.get(0).get("after"));
        assertTrue(values.contains(username) && values.contains("CREDENTIALS_DO_NOT_MATCH"), values);
        assertFalse(values.contains("a-wrong-password"), "the audit log must never hold a password: " + values);
        assertNull(failed.get(0).get("userId"), "a failed login is made by nobody we know");
        assertEquals(amsterdam, ((Number) failed.get(0).get("organisationId")).longValue());
    }

    @Test
    void theOrganisationSeesFailedLoginsOnItsOwnAccounts() {
        String username = newUsername();
        long id = createUser(username);
        api.post(null, "/login", Map.of("username", username, "password", "a-wrong-password"));
        String colleague = api.userFor("MUNICIPALITY", amsterdam);

        assertEquals(1, api.get(colleague, "/audit?entity=user&entityId=" + id + "&action=LOGIN_FAILED").items().size());
    }

    @Test
    void aLoginWithAnUnknownUsernameIsLoggedForTheAdministrator() {
        String username = newUsername();

        assertProblem(api.post(null, "/login", Map.of("username", username, "password", "whatever-it-is")), 401);

        List<Map<String, Object>> failed = api.get(admin, "/audit?action=LOGIN_FAILED&size=1000").items().stream()
                .filter(r -> r.get("after") != null && String.valueOf(r.get("after")).contains(username)).toList();
        assertEquals(1, failed.size());
        assertNull(failed.get(0).get("entityId"));
        assertFalse(String.valueOf(failed.get(0).get("after")).contains("whatever-it-is"));
    }

    @Test
    void aSuccessfulLoginIsLogged() {
        String username = newUsername();
        long id = createUser(username);

        api.login(username, PASSWORD);

        List<Map<String, Object>> logins = api.get(admin, "/audit?entity=user&entityId=" + id + "&action=LOGIN").items();
        assertEquals(1, logins.size());
        assertEquals(id, ((Number) logins.get(0).get("userId")).longValue());
        assertEquals(username, logins.get(0).get("username"));
    }

    @Test
    void aDisabledUserCannotLogInAndLosesItsToken() {
        String username = newUsername();
        long id = createUser(username);
        String token = api.login(username, PASSWORD);
        assertEquals(200, api.get(token, "/organisations?size=1").status());

        ApiResponse current = api.get(admin, "/users/" + id);
        assertEquals(200, api.put(admin, "/users/" + id, Map.of("role", "MUNICIPALITY", "organisationId", amsterdam,
                "enabled", false, "version", current.get("version"))).status());

        assertProblem(api.post(null, "/login", Map.of("username", username, "password", PASSWORD)), 401);
        assertProblem(api.get(token, "/organisations?size=1"), 401);
        List<Map<String, Object>> failed = api.get(admin, "/audit?entity=user&entityId=" + id + "&action=LOGIN_FAILED").items();
        assertEquals(1, failed.size());
        assertTrue(String.valueOf(failed.get(0).get("after")).contains("USER_DISABLED"), failed.toString());
    }

    private static String newUsername() {
        return "login-" + UUID.randomUUID().toString().substring(0, 8);
    }

    private long createUser(String username) {
        ApiResponse created = api.post(admin, "/users", Map.of("username", username, "password", PASSWORD,
                "role", "MUNICIPALITY", "organisationId", amsterdam));
        assertEquals(201, created.status(), created.toString());
        return created.id();
    }
}
