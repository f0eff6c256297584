package nl.akkoordmonitor.app.messages;

import io.micronaut.http.HttpRequest;
import io.micronaut.http.MediaType;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import nl.akkoordmonitor.app.support.ApiResponse;
import nl.akkoordmonitor.app.support.IntegrationTest;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;

import static nl.akkoordmonitor.app.support.Problems.assertProblem;
import static nl.akkoordmonitor.app.support.Problems.violations;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Problems are Dutch unless the caller asks for English, and name fields as JSON pointers. */
@MicronautTest(transactional = false)
class ProblemLanguageTest extends IntegrationTest {

    private String admin;

    @BeforeAll
    void login() {
        admin = api.admin();
    }

    @Test
    void aProblemIsDutchByDefaultAndEnglishOnRequest() {
        ApiResponse dutch = api.get(admin, "/users/987654321");
        assertProblem(dutch, 404);
        assertEquals("Niet gevonden", dutch.get("title"));
        assertEquals("Er bestaat geen gebruiker met id 987654321. Controleer het id, of vraag de lijst met gebruikers op.",
                dutch.get("detail"));

        ApiResponse english = inLanguage("en", HttpRequest.GET("/users/987654321"));
        assertProblem(english, 404);
        assertEquals("Not found", english.get("title"));
        assertEquals("No user with id 987654321 exists. Check the id, or list the users to find it.", english.get("detail"));

        ApiResponse german = inLanguage("de-DE,de;q=0.9", HttpRequest.GET("/users/987654321"));
        assertEquals("Niet gevonden", german.get("title"));
    }

    @Test
    void beanValidationNamesTheFieldAsAJsonPointerInDutch() {
        ApiResponse refused = api.post(admin, "/users", Map.of("username", " ", "password", "short", "role", "ADMIN"));

        assertProblem(refused, 400);
        assertEquals("Ongeldig verzoek", refused.get("title"));
        List<Map<String, Object>> violations = violations(refused);
        assertEquals(List.of("/password", "/username"), violations.stream().map(v -> v.get("field")).distinct().toList(), refused.toString());
        assertTrue(violations.stream().anyMatch(v -> "Kies een wachtwoord van 12 tot en met 200 tekens.".equals(v.get("message"))),
                refused.toString());
        assertFalse(refused.text().contains("request."), refused.toString());

        ApiResponse english = inLanguage("en", HttpRequest.POST("/users", Map.of("username", "ok-name", "password", "short", "role", "ADMIN"))
                .contentType(MediaType.APPLICATION_JSON_TYPE));
        assertProblem(english, 400);
        assertEquals("/password: Choose a password of 12 to 200 characters.", english.get("detail"), english.toString());
        assertEquals("/password", violations(english).get(0).get("field"));
    }

    private ApiResponse inLanguage(String acceptLanguage, io.micronaut.http.MutableHttpRequest<?> request) {
        return api.send(request.header("Accept-Language", acceptLanguage), admin);
    }
}
