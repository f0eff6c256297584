package nl.akkoordmonitor.app.access;

import nl.akkoordmonitor.app.support.ApiResponse;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Checks that an answer is an RFC 7807 problem with the expected status. */
public final class ProblemAssertions {

    private ProblemAssertions() {
    }

    public static void assertProblem(ApiResponse response, int status) {
        assertEquals(status, response.status(), response.toString());
        assertTrue(response.contentType() != null && response.contentType().startsWith("application/problem+json"), response.toString());
        assertEquals(status, ((Number) response.get("status")).intValue());
        assertNotNull(response.get("type"));
        assertNotNull(response.get("detail"));
    }
}
