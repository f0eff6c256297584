package nl.akkoordmonitor.app.support;

import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Checks that an answer is an RFC 7807 problem, and which rules it names. */
public final class Problems {

    private Problems() {
    }

    /** A problem+json answer with this status, a type and a detail that says what to fix. */
    public static void assertProblem(ApiResponse response, int status) {
        assertEquals(status, response.status(), response.toString());
        assertTrue(response.contentType() != null && response.contentType().startsWith("application/problem+json"), response.toString());
        assertEquals(status, ((Number) response.get("status")).intValue(), response.toString());
        assertNotNull(response.get("type"), response.toString());
        assertNotNull(response.get("detail"), response.toString());
    }

    /** A problem with this status that lists the rule among its violations. */
    public static void assertRule(ApiResponse response, int status, String rule) {
        assertProblem(response, status);
        assertTrue(rules(response).contains(rule), "expected rule " + rule + " in " + response);
    }

    /** The rule codes of the violations, in order. */
    public static List<String> rules(ApiResponse response) {
        return violations(response).stream().map(v -> (String) v.get("rule")).toList();
    }

    @SuppressWarnings("unchecked")
    public static List<Map<String, Object>> violations(ApiResponse response) {
        List<Map<String, Object>> violations = (List<Map<String, Object>>) response.get("violations");
        return violations == null ? List.of() : violations;
    }
}
