package nl.akkoordmonitor.app.foundation;

import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import nl.akkoordmonitor.app.support.ApiResponse;
import nl.akkoordmonitor.app.support.IntegrationTest;
import org.junit.jupiter.api.Test;

import java.util.Map;

import static nl.akkoordmonitor.app.foundation.OrganisationApiTest.assertProblem;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

@MicronautTest(transactional = false)
class HealthAndLoginTest extends IntegrationTest {

    @Test
    @SuppressWarnings("unchecked")
    void healthIsUpAndIncludesTheDatabase() {
        ApiResponse health = api.get(null, "/health");

        assertEquals(200, health.status(), health.toString());
        assertEquals("UP", health.get("status"));
        Map<String, Object> details = (Map<String, Object>) health.get("details");
        Map<String, Object> jdbc = (Map<String, Object>) details.get("jdbc");
        assertNotNull(jdbc, "health must include the database: " + health);
        assertEquals("UP", jdbc.get("status"));
    }

    @Test
    void theFirstAdministratorCanLogInWithTheConfiguredPassword() {
        ApiResponse response = api.post(null, "/login", Map.of("username", "admin", "password", ADMIN_PASSWORD));

        assertEquals(200, response.status(), response.toString());
        assertNotNull(response.get("access_token"));
    }

    @Test
    void aWrongPasswordGivesNoToken() {
        ApiResponse response = api.post(null, "/login", Map.of("username", "admin", "password", "wrong-password"));

        assertEquals(401, response.status(), response.toString());
        assertTrue(response.json() == null || response.get("access_token") == null);
    }

    @Test
    void onlyAnAdministratorManagesUsers() {
        long amsterdam = api.organisationId(api.admin(), "GM0363");
        String municipality = api.userFor("MUNICIPALITY", amsterdam);

        ApiResponse response = api.post(municipality, "/users",
                Map.of("username", "intruder", "password", "long-enough-password", "role", "ADMIN"));

        assertProblem(response, 403);
        assertNull(api.get(api.admin(), "/users?size=1000").items().stream()
                .filter(u -> "intruder".equals(u.get("username"))).findFirst().orElse(null));
    }

    @Test
    void aUserMustBelongToAnOrganisationOfTheRightType() {
        long amsterdam = api.organisationId(api.admin(), "GM0363");

        ApiResponse response = api.post(api.admin(), "/users",
                Map.of("username", "wrong-type", "password", "long-enough-password", "role", "GGD", "organisationId", amsterdam));

        assertProblem(response, 422);
        assertTrue(response.toString().contains("GGD_REGION"), response.toString());
    }

    @Test
    void aTakenUsernameIsAConflict() {
        Map<String, Object> body = Map.of("username", "twice-" + System.nanoTime(), "password", "long-enough-password", "role", "ADMIN");
        assertEquals(201, api.post(api.admin(), "/users", body).status());

        assertProblem(api.post(api.admin(), "/users", body), 409);
    }
}
