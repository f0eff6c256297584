package nl.akkoordmonitor.app.milestones;

import nl.akkoordmonitor.app.support.ApiResponse;

import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Checks on problem+json answers. */
final class Problems {

    private Problems() {
    }

    static void assertProblem(ApiResponse response, int status) {
        assertEquals(status, response.status(), response.toString());
        assertNotNull(response.contentType(), response.toString());
        assertTrue(response.contentType().startsWith("application/problem+json"), response.toString());
        assertNotNull(response.get("detail"), response.toString());
    }

    /** The rule codes of the violations, in order. */
    @SuppressWarnings("unchecked")
    static List<String> rules(ApiResponse response) {
        List<Map<String, Object>> violations = (List<Map<String, Object>>) response.get("violations");
        return violations == null ? List.of() : violations.stream().map(v -> (String) v.get("rule")).toList();
    }

    static void assertRule(ApiResponse response, int status, String rule) {
        assertProblem(response, status);
        assertTrue(rules(response).contains(rule), "expected rule " + rule + " in " + response);
    }
}
