package nl.akkoordmonitor.app.milestones;

import nl.akkoordmonitor.app.support.Api;
import nl.akkoordmonitor.app.support.ApiResponse;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** Small steps of the evaluation workflow that several tests take. */
/** Opens, fills in, submits and reviews evaluations over the API. */
public final class Evaluations {

    private final Api api;

    public Evaluations(Api api) {
        this.api = api;
    }

    public ApiResponse open(String token, long agreementId, int year) {
        return api.post(token, "/agreements/" + agreementId + "/evaluations", Map.of("year", year));
    }

    public long opened(String token, long agreementId, int year) {
        ApiResponse created = open(token, agreementId, year);
        assertEquals(201, created.status(), created.toString());
        return created.id();
    }

    /** Rates every theme GREEN (or as given) with findings and writes a conclusion. */
    public ApiResponse fillIn(String token, long evaluationId, String rating) {
        ApiResponse current = api.get(token, "/evaluations/" + evaluationId);
        List<Map<String, Object>> themes = new ArrayList<>();
        for (Map<String, Object> theme : themes(current) == null ? List.<Map<String, Object>>of() : themes(current)) {
            Map<String, Object> part = new HashMap<>();
            part.put("coreThemeCode", theme.get("coreThemeCode"));
            part.put("rating", rating);
            part.put("findings", "Uitvoering volgens plan");
            part.put("lessons", "Vroeg beginnen met scholen");
            part.put("steeringActions", "GREEN".equals(rating) ? null : "Extra inzet buurtsportcoaches");
            themes.add(part);
        }
        Map<String, Object> body = new HashMap<>();
        body.put("version", current.get("version") == null ? 0 : current.get("version"));
        body.put("generalConclusion", "Het akkoord ligt grotendeels op koers");
        body.put("themes", themes);
        return api.put(token, "/evaluations/" + evaluationId, body);
    }

    public ApiResponse submit(String token, long evaluationId) {
        return transition(token, evaluationId, "submit", null);
    }

    public ApiResponse transition(String token, long evaluationId, String action, String reason) {
        Object version = api.get(token, "/evaluations/" + evaluationId).get("version");
        Map<String, Object> body = new HashMap<>();
        body.put("version", version == null ? 0 : version);
        if (reason != null) {
            body.put("reason", reason);
        }
        return api.post(token, "/evaluations/" + evaluationId + "/" + action, body);
    }

    /** Fills in and submits; fails the test when it does not work. */
    public void submitted(String token, long evaluationId) {
        assertEquals(200, fillIn(token, evaluationId, "GREEN").status());
        ApiResponse submitted = submit(token, evaluationId);
        assertEquals("SUBMITTED", submitted.get("status"), submitted.toString());
    }

    @SuppressWarnings("unchecked")
    static List<Map<String, Object>> themes(ApiResponse evaluation) {
        return (List<Map<String, Object>>) evaluation.get("themes");
    }

    @SuppressWarnings("unchecked")
    static List<Map<String, Object>> history(ApiResponse evaluation) {
        return (List<Map<String, Object>>) evaluation.get("history");
    }
}
