package nl.akkoordmonitor.app.foundation;

import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import nl.akkoordmonitor.app.support.ApiResponse;
import nl.akkoordmonitor.app.support.IntegrationTest;
import org.junit.jupiter.api.Test;

import java.util.Map;

import static nl.akkoordmonitor.app.foundation.OrganisationApiTest.assertProblem;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

@MicronautTest(transactional = false)
class HealthAndLoginTest extends IntegrationTest {

    @Test
    @SuppressWarnings("unchecked")
    void healthShowsItsDetailsToAdministratorsAndTheMinistryOnly() {
        ApiResponse anonymous = api.get(null, "/health");
        assertEquals(200, anonymous.status(), anonymous.toString());
        assertEquals(Map.of("status", "UP"), anonymous.json(), "anonymous callers get the status and nothing more");
        String municipality = api.userFor("MUNICIPALITY", api.organisationId(api.admin(), "GM0363"));
        assertEquals(Map.of("status", "UP"), api.get(municipality, "/health").json());

        for (String token : new String[]{api.admin(), api.userFor("VWS", api.organisationId(api.admin(), "VWS"))}) {
            ApiResponse health = api.get(token, "/health");
            assertEquals("UP", health.get("status"));
            Map<String, Object> details = (Map<String, Object>) health.get("details");
            Map<String, Object> database = (Map<String, Object>) details.get("database");
            assertNotNull(database, "health must include the database: " + health);
            assertEquals("UP", database.get("status"));
            assertFalse(health.toString().contains("jdbc:"), "no connection URL even for them: " + health);
        }
    }

    @Test
    void readinessAndLivenessAnswer() {
        assertEquals(Map.of("status", "UP"), api.get(null, "/health/readiness").json());
        assertEquals(Map.of("status", "UP"), api.get(null, "/health/liveness").json());
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
