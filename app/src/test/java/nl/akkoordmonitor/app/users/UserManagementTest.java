package nl.akkoordmonitor.app.users;

import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import nl.akkoordmonitor.app.support.ApiResponse;
import nl.akkoordmonitor.app.support.IntegrationTest;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static nl.akkoordmonitor.app.support.Problems.assertProblem;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

@MicronautTest(transactional = false)
class UserManagementTest extends IntegrationTest {

    private static final String PASSWORD = "first-password-123";

    private String admin;
    private long amsterdam;
    private long rotterdam;

    @BeforeAll
    void organisations() {
        admin = api.admin();
        amsterdam = api.organisationId(admin, "GM0363");
        rotterdam = api.organisationId(admin, "GM0599");
    }

    @Test
    void anAdministratorReadsOneAccountWithoutItsPassword() {
        User user = createUser();

        ApiResponse read = api.get(admin, "/users/" + user.id);

        assertEquals(200, read.status(), read.toString());
        assertEquals(user.username, read.get("username"));
        assertEquals("MUNICIPALITY", read.get("role"));
        assertEquals(amsterdam, ((Number) read.get("organisationId")).longValue());
        assertEquals(0, ((Number) read.get("version")).intValue());
        assertNoSecrets(read.text());
        assertNoSecrets(api.get(admin, "/users?size=1000").text());
    }

    @Test
    void anUnknownAccountIsA404() {
        assertProblem(api.get(admin, "/users/987654321"), 404);
        assertProblem(api.put(admin, "/users/987654321", access("MUNICIPALITY", amsterdam, true, 0)), 404);
    }

    @Test
    void anAdministratorMovesAUserToAnotherMunicipality() {
        User user = createUser();

        ApiResponse updated = api.put(admin, "/users/" + user.id, access("MUNICIPALITY", rotterdam, true, 0));

        assertEquals(200, updated.status(), updated.toString());
        assertEquals(rotterdam, ((Number) updated.get("organisationId")).longValue());
        assertEquals(1, ((Number) updated.get("version")).intValue());
        assertEquals(rotterdam, ((Number) api.get(admin, "/users/" + user.id).get("organisationId")).longValue());
        Map<String, Object> audit = api.get(admin, "/audit?entity=user&entityId=" + user.id + "&action=UPDATE").items().get(0);
        assertEquals(amsterdam, ((Number) ((Map<?, ?>) audit.get("before")).get("organisationId")).longValue(), audit.toString());
        assertEquals(rotterdam, ((Number) ((Map<?, ?>) audit.get("after")).get("organisationId")).longValue(), audit.toString());
        assertNoSecrets(audit.toString());
    }

    @Test
    void aTokenStopsWorkingWhenItsUserIsMoved() {
        User user = createUser();
        assertEquals(200, api.get(user.token, "/audit?size=1").status());

        api.put(admin, "/users/" + user.id, access("MUNICIPALITY", rotterdam, true, 0));

        // The old token still says Amsterdam; it must not keep Amsterdam's rights.
        assertProblem(api.get(user.token, "/audit?size=1"), 401);
        assertEquals(200, api.get(api.login(user.username, PASSWORD), "/audit?size=1").status());
    }

    @Test
    void aStaleVersionIsAConflictAndChangesNothing() {
        User user = createUser();
        assertEquals(200, api.put(admin, "/users/" + user.id, access("MUNICIPALITY", amsterdam, false, 0)).status());

        ApiResponse stale = api.put(admin, "/users/" + user.id, access("MUNICIPALITY", rotterdam, true, 0));

        assertProblem(stale, 409);
        assertTrue(stale.text().contains("STALE_VERSION"), stale.toString());
        ApiResponse read = api.get(admin, "/users/" + user.id);
        assertEquals(false, read.get("enabled"));
        assertEquals(amsterdam, ((Number) read.get("organisationId")).longValue());
    }

    @Test
    void anUpdateWithoutAVersionIsABadRequestThatNamesIt() {
        User user = createUser();
        Map<String, Object> body = new HashMap<>(access("MUNICIPALITY", amsterdam, false, 0));
        body.remove("version");

        ApiResponse response = api.put(admin, "/users/" + user.id, body);

        assertProblem(response, 400);
        assertTrue(response.toString().contains("version"), response.toString());
    }

    @Test
    void aRoleNeedsAnOrganisationOfTheRightType() {
        User user = createUser();

        ApiResponse response = api.put(admin, "/users/" + user.id, access("GGD", amsterdam, true, 0));

        assertProblem(response, 422);
        assertTrue(response.toString().contains("organisationId") && response.toString().contains("GGD_REGION"), response.toString());
    }

    @Test
    void anAdministratorCannotLockThemselvesOut() {
        String username = "admin-" + UUID.randomUUID().toString().substring(0, 8);
        long id = api.post(admin, "/users", Map.of("username", username, "password", PASSWORD, "role", "ADMIN")).id();
        String self = api.login(username, PASSWORD);

        ApiResponse response = api.put(self, "/users/" + id, access("ADMIN", null, false, 0));

        assertProblem(response, 422);
        assertTrue(response.toString().contains("OWN_ACCOUNT"), response.toString());
        assertEquals(true, api.get(admin, "/users/" + id).get("enabled"));
    }

    @Test
    void everyUserChangesTheirOwnPassword() {
        User user = createUser();

        ApiResponse changed = api.post(user.token, "/users/me/password",
                Map.of("currentPassword", PASSWORD, "newPassword", "second-password-456"));

        assertEquals(204, changed.status(), changed.toString());
        assertProblem(api.post(null, "/login", Map.of("username", user.username, "password", PASSWORD)), 401);
        api.login(user.username, "second-password-456");
        List<Map<String, Object>> audit = api.get(admin, "/audit?entity=user&entityId=" + user.id + "&action=PASSWORD_CHANGE").items();
        assertEquals(1, audit.size());
        assertEquals(user.id, ((Number) audit.get(0).get("userId")).longValue());
        assertNull(audit.get(0).get("after"));
        assertNoSecrets(audit.toString());
        assertFalse(audit.toString().contains("second-password-456"));
    }

    @Test
    void aWrongCurrentPasswordChangesNothing() {
        User user = createUser();

        ApiResponse response = api.post(user.token, "/users/me/password",
                Map.of("currentPassword", "not-my-password", "newPassword", "second-password-456"));

        assertProblem(response, 422);
        assertTrue(response.toString().contains("currentPassword"), response.toString());
        api.login(user.username, PASSWORD);
    }

    @Test
    void aShortNewPasswordIsABadRequest() {
        User user = createUser();

        ApiResponse response = api.post(user.token, "/users/me/password", Map.of("currentPassword", PASSWORD, "newPassword", "short"));

        assertProblem(response, 400);
        assertTrue(response.toString().contains("newPassword"), response.toString());
    }

    @Test
    void creatingAUserIsAuditedWithoutThePassword() {
        User user = createUser();

        List<Map<String, Object>> audit = api.get(admin, "/audit?entity=user&entityId=" + user.id + "&action=CREATE").items();

        assertEquals(1, audit.size());
        assertTrue(String.valueOf((Map<?, ?>) audit.get(0).get("after")).contains(user.username));
        assertNoSecrets(audit.toString());
        assertFalse(audit.toString().contains(PASSWORD));
    }

    private record User(long id, String username, String token) {
    }

    private User createUser() {
        String username = "managed-" + UUID.randomUUID().toString().substring(0, 8);
        ApiResponse created = api.post(admin, "/users", Map.of("username", username, "password", PASSWORD,
                "role", "MUNICIPALITY", "organisationId", amsterdam));
        assertEquals(201, created.status(), created.toString());
        return new User(created.id(), username, api.login(username, PASSWORD));
    }

    static Map<String, Object> access(String role, Long organisation, boolean enabled, long version) {
        Map<String, Object> body = new HashMap<>();
        body.put("role", role);
        if (organisation != null) {
            body.put("organisationId", organisation);
        }
        body.put("enabled", enabled);
        body.put("version", version);
        return body;
    }

    private static void assertNoSecrets(String text) {
        assertFalse(text.contains("password"), "no password field may appear: " + text);
        assertFalse(text.contains("$2a$") || text.contains("$2y$") || text.contains("$2b$"), "no bcrypt hash may appear: " + text);
    }
}
