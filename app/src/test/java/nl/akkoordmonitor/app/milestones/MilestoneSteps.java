package nl.akkoordmonitor.app.milestones;

import nl.akkoordmonitor.app.support.Api;
import nl.akkoordmonitor.app.support.ApiResponse;

import java.util.HashMap;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** Small steps with milestones that several tests take. */
public final class MilestoneSteps {

    private final Api api;

    public MilestoneSteps(Api api) {
        this.api = api;
    }

    /** Plans a milestone under the commitment; fails the test when that does not work. */
    public long planned(String token, long commitmentId, String title, String dueDate) {
        ApiResponse created = api.post(token, "/commitments/" + commitmentId + "/milestones", Map.of("title", title, "dueDate", dueDate));
        assertEquals(201, created.status(), created.toString());
        return created.id();
    }

    static Map<String, Object> report(String date, String status, int percent, String narrative) {
        Map<String, Object> body = new HashMap<>();
        body.put("reportDate", date);
        body.put("status", status);
        body.put("percentComplete", percent);
        if (narrative != null) {
            body.put("narrative", narrative);
        }
        return body;
    }
}
