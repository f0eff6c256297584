package nl.akkoordmonitor.app.access;

import nl.akkoordmonitor.app.support.Api;
import nl.akkoordmonitor.app.support.ApiResponse;

import java.util.HashMap;
import java.util.Map;
import java.util.UUID;

/**
 * The organisations of the access matrix and a logged-in user for each:
 * Amsterdam and Amstelveen (both in GGD region Amsterdam, GG3406), Rotterdam (GGD
 * Rotterdam-Rijnmond, GG4607), the two GGD regions and the ministry. Users are made on first
 * use and reused by every provider; a provider that needs to know a user's name or id makes
 * its own with {@link #newUser}.
 */
public final class AccessWorld {

    public final Api api;
    public final long amsterdam;
    public final long amstelveen;
    public final long rotterdam;
    public final long ggdAmsterdam;
    public final long ggdRotterdam;
    public final long vws;

    private final String adminToken;
    private final Map<String, String> tokens = new HashMap<>();

    AccessWorld(Api api) {
        this.api = api;
        this.adminToken = api.admin();
        this.amsterdam = api.organisationId(adminToken, "GM0363");
        this.amstelveen = api.organisationId(adminToken, "GM0362");
        this.rotterdam = api.organisationId(adminToken, "GM0599");
        this.ggdAmsterdam = api.organisationId(adminToken, "GG3406");
        this.ggdRotterdam = api.organisationId(adminToken, "GG4607");
        this.vws = api.organisationId(adminToken, "VWS");
    }

    public String admin() {
        return adminToken;
    }

    /** A user of the municipality with this id. */
    public String municipality(long organisationId) {
        return tokens.computeIfAbsent("MUNICIPALITY:" + organisationId, k -> api.userFor("MUNICIPALITY", organisationId));
    }

    /** A user of the GGD region with this id. */
    public String ggd(long regionId) {
        return tokens.computeIfAbsent("GGD:" + regionId, k -> api.userFor("GGD", regionId));
    }

    public String vws() {
        return tokens.computeIfAbsent("VWS", k -> api.userFor("VWS", vws));
    }

    /** A user whose name and id the caller needs, e.g. to look for them in an answer. */
    public record NewUser(long id, String username, String token) {
    }

    public NewUser newUser(String role, Long organisationId) {
        String username = role.toLowerCase() + "-" + UUID.randomUUID().toString().substring(0, 8);
        String password = "pw-" + UUID.randomUUID();
        Map<String, Object> body = new HashMap<>();
        body.put("username", username);
        body.put("password", password);
        body.put("role", role);
        if (organisationId != null) {
            body.put("organisationId", organisationId);
        }
        ApiResponse created = api.post(adminToken, "/users", body);
        if (created.status() != 201) {
            throw new AssertionError("Could not create test user: " + created);
        }
        return new NewUser(created.id(), username, api.login(username, password));
    }
}
