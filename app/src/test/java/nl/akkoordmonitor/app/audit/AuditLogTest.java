package nl.akkoordmonitor.app.audit;

import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import nl.akkoordmonitor.app.support.ApiResponse;
import nl.akkoordmonitor.app.support.IntegrationTest;
import nl.akkoordmonitor.app.support.TestDatabase;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static nl.akkoordmonitor.app.support.Problems.assertProblem;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

@MicronautTest(transactional = false)
class AuditLogTest extends IntegrationTest {

    private String admin;
    private long amsterdam;
    private long rotterdam;
    private long ggdAmsterdam;

    @BeforeAll
    void organisations() {
        admin = api.admin();
        amsterdam = api.organisationId(admin, "GM0363");
        rotterdam = api.organisationId(admin, "GM0599");
        ggdAmsterdam = api.organisationId(admin, "GG3406");
    }

    @Test
    void showsTheChangesToOneThingNewestFirst() {
        long user = createUser(amsterdam);
        update(user, false);

        List<Map<String, Object>> rows = api.get(admin, "/audit?entity=user&entityId=" + user).items();

        assertEquals(List.of("UPDATE", "CREATE"), rows.stream().map(r -> r.get("action")).toList());
        Map<String, Object> update = rows.get(0);
        assertEquals("admin", update.get("username"));
        assertEquals(amsterdam, ((Number) update.get("organisationId")).longValue());
        // before and after are JSON objects in the answer, not JSON text inside a string
        assertEquals(true, ((Map<?, ?>) update.get("before")).get("enabled"), update.toString());
        assertEquals(false, ((Map<?, ?>) update.get("after")).get("enabled"), update.toString());
    }

    @Test
    void filtersByOrganisationUserActionAndPeriod() {
        long user = createUser(rotterdam);
        update(user, false);
        long adminId = ((Number) api.get(admin, "/audit?entity=user&entityId=" + user).items().get(0).get("userId")).longValue();
        LocalDate today = LocalDate.now(ZoneId.of("Europe/Amsterdam"));
        String thisUser = "/audit?entity=user&entityId=" + user;

        assertEquals(2, api.get(admin, thisUser + "&organisation=" + rotterdam).items().size());
        assertEquals(0, api.get(admin, thisUser + "&organisation=" + amsterdam).items().size());
        assertEquals(2, api.get(admin, thisUser + "&user=" + adminId).items().size());
        assertEquals(0, api.get(admin, thisUser + "&user=" + (adminId + 100_000)).items().size());
        assertEquals(List.of("UPDATE"), actions(api.get(admin, thisUser + "&action=update")));
        assertEquals(2, api.get(admin, thisUser + "&from=" + today + "&to=" + today).items().size());
        assertEquals(0, api.get(admin, thisUser + "&to=" + today.minusDays(1)).items().size());
        assertEquals(0, api.get(admin, thisUser + "&from=" + today.plusDays(1)).items().size());
    }

    @Test
    void recordsWhoAddedAPartnerOrganisation() {
        String username = "audited-" + UUID.randomUUID().toString().substring(0, 8);
        ApiResponse user = api.post(admin, "/users", Map.of("username", username, "password", "long-enough-password",
                "role", "MUNICIPALITY", "organisationId", amsterdam));
        assertEquals(201, user.status(), user.toString());
        ApiResponse partner = api.post(api.login(username, "long-enough-password"), "/organisations",
                Map.of("name", "Sportbedrijf Amsterdam", "type", "OTHER"));
        assertEquals(201, partner.status(), partner.toString());

        ApiResponse log = api.get(admin, "/audit?entity=organisation&entityId=" + partner.id());

        assertEquals(List.of("CREATE"), actions(log));
        Map<String, Object> created = log.items().get(0);
        assertEquals(username, created.get("username"));
        assertEquals(partner.id(), number(created.get("organisationId")));
        assertTrue(String.valueOf((Map<?, ?>) created.get("after")).contains("Sportbedrijf Amsterdam"), created.toString());
    }

    @Test
    void pagesThroughTheLog() {
        long user = createUser(amsterdam);
        update(user, false);
        String thisUser = "/audit?entity=user&entityId=" + user;

        ApiResponse second = api.get(admin, thisUser + "&size=1&page=1");

        assertEquals(List.of("CREATE"), actions(second));
        assertEquals(2L, ((Number) second.get("totalItems")).longValue());
        assertEquals(2, ((Number) second.get("totalPages")).intValue());
    }

    @Test
    void aPeriodThatEndsBeforeItStartsIsABadRequest() {
        ApiResponse response = api.get(admin, "/audit?from=2026-05-02&to=2026-05-01");

        assertProblem(response, 400);
        assertTrue(response.toString().contains("from"), response.toString());
    }

    @Test
    void aMunicipalitySeesOnlyItsOwnRows() {
        createUser(rotterdam);
        String amsterdamUser = api.userFor("MUNICIPALITY", amsterdam);

        List<Map<String, Object>> rows = api.get(amsterdamUser, "/audit?size=1000").items();

        assertFalse(rows.isEmpty());
        assertTrue(rows.stream().allMatch(r -> Long.valueOf(amsterdam).equals(number(r.get("organisationId")))), rows.toString());
    }

    @Test
    void aGgdFollowsTheAgreementsOfItsMunicipalitiesButNotTheirAccounts() throws SQLException {
        String ggd = api.userFor("GGD", ggdAmsterdam);
        String marker = "agreement-" + UUID.randomUUID();
        insertRow(amsterdam, "agreement", marker);
        insertRow(rotterdam, "agreement", marker);
        insertRow(ggdAmsterdam, "agreement", marker);
        long amsterdamsUser = createUser(amsterdam);

        List<Map<String, Object>> rows = api.get(ggd, "/audit?entity=agreement&entityId=" + marker).items();

        assertEquals(List.of(ggdAmsterdam, amsterdam), rows.stream().map(r -> number(r.get("organisationId"))).toList());
        assertEquals(1, api.get(ggd, "/audit?entity=agreement&entityId=" + marker + "&organisation=" + amsterdam).items().size());
        assertTrue(api.get(ggd, "/audit?entity=user&entityId=" + amsterdamsUser).items().isEmpty());
        assertProblem(api.get(ggd, "/audit?organisation=" + rotterdam), 403);
    }

    @Test
    void vwsSeesEveryOrganisation() throws SQLException {
        String vws = api.userFor("VWS", api.organisationId(admin, "VWS"));
        String marker = "agreement-" + UUID.randomUUID();
        insertRow(amsterdam, "agreement", marker);
        insertRow(rotterdam, "agreement", marker);

        assertEquals(2, api.get(vws, "/audit?entity=agreement&entityId=" + marker).items().size());
    }

    @Test
    void theDatabaseRefusesToChangeOrDeleteAuditRows() throws SQLException {
        long id = insertRow(amsterdam, "agreement", "tamper-" + UUID.randomUUID());

        try (Connection connection = connect()) {
            SQLException update = assertThrows(SQLException.class,
                    () -> execute(connection, "UPDATE platform.audit_event SET action = 'NOTHING' WHERE id = " + id));
            SQLException delete = assertThrows(SQLException.class,
                    () -> execute(connection, "DELETE FROM platform.audit_event WHERE id = " + id));
            SQLException truncate = assertThrows(SQLException.class,
                    () -> execute(connection, "TRUNCATE platform.audit_event"));

            for (SQLException refused : List.of(update, delete, truncate)) {
                // The application's role lacks the rights (42501 permission denied); the owner meets the trigger
                // (DatabaseRolesTest).
                assertEquals("42501", refused.getSQLState(), refused.getMessage());
            }
            try (ResultSet rs = connection.createStatement().executeQuery("SELECT action FROM platform.audit_event WHERE id = " + id)) {
                assertTrue(rs.next());
                assertEquals("CREATE", rs.getString(1));
            }
        }
    }

    @Test
    void noEndpointChangesOrDeletesAuditRows() {
        for (ApiResponse response : List.of(api.delete(admin, "/audit/1"), api.put(admin, "/audit/1", Map.of()),
                api.post(admin, "/audit", Map.of()), api.delete(admin, "/audit"))) {
            assertTrue(response.status() == 404 || response.status() == 405, response.toString());
        }
    }

    private long createUser(long organisation) {
        ApiResponse created = api.post(admin, "/users", Map.of("username", "audited-" + UUID.randomUUID().toString().substring(0, 8),
                "password", "long-enough-password", "role", "MUNICIPALITY", "organisationId", organisation));
        assertEquals(201, created.status(), created.toString());
        return created.id();
    }

    private void update(long user, boolean enabled) {
        ApiResponse current = api.get(admin, "/users/" + user);
        ApiResponse updated = api.put(admin, "/users/" + user, Map.of("role", current.get("role"),
                "organisationId", current.get("organisationId"), "enabled", enabled, "version", current.get("version")));
        assertEquals(200, updated.status(), updated.toString());
    }

    private static List<Object> actions(ApiResponse page) {
        return page.items().stream().map(r -> r.get("action")).toList();
    }

    private static Long number(Object value) {
        return value == null ? null : ((Number) value).longValue();
    }

    /** Stands in for rows that other modules write, so scoping is tested without their endpoints. */
    private static long insertRow(long organisation, String entity, String entityId) throws SQLException {
        try (Connection connection = connect();
             PreparedStatement insert = connection.prepareStatement("INSERT INTO platform.audit_event (organisation_id, entity, entity_id, action) "
                     + "VALUES (?, ?, ?, 'CREATE') RETURNING id")) {
            insert.setLong(1, organisation);
            insert.setString(2, entity);
            insert.setString(3, entityId);
            try (ResultSet rs = insert.executeQuery()) {
                rs.next();
                return rs.getLong(1);
            }
        }
    }

    private static void execute(Connection connection, String sql) throws SQLException {
        connection.createStatement().execute(sql);
    }

    private static Connection connect() throws SQLException {
        Map<String, String> properties = TestDatabase.properties();
        return DriverManager.getConnection(properties.get("datasources.default.url"),
                properties.get("datasources.default.username"), properties.get("datasources.default.password"));
    }
}
