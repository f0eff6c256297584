package nl.akkoordmonitor.app.financing;

import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import nl.akkoordmonitor.app.support.ApiResponse;
import nl.akkoordmonitor.app.support.IntegrationTest;
import nl.akkoordmonitor.app.support.TestDatabase;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static nl.akkoordmonitor.app.financing.Money.euros;
import static nl.akkoordmonitor.app.financing.StreamBuilder.aStream;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Registering funding streams and their budgets, and the input they refuse. */
@MicronautTest(transactional = false)
class FundingStreamApiTest extends IntegrationTest {

    private Money money;
    private String utrecht;
    private long utrechtId;

    @BeforeAll
    void users() {
        money = new Money(api);
        utrechtId = api.organisationId(api.admin(), "GM0344");
        utrecht = api.userFor("MUNICIPALITY", utrechtId);
    }

    @Test
    void registersAnEarmarkedIncidentalStreamForTheCallersOwnMunicipality() {
        ApiResponse created = api.post(utrecht, "/funding-streams", aStream().named("Brede SPUK").law("WPG")
                .incidental(2023, 2026).earmarked("Alleen voor activiteiten uit het lokale preventieakkoord").body());

        assertEquals(201, created.status(), created.toString());
        ApiResponse fetched = api.get(utrecht, "/funding-streams/" + created.id());
        assertEquals("Brede SPUK", fetched.get("name"));
        assertEquals("INCIDENTAL", fetched.get("nature"));
        assertEquals(2026, fetched.get("lastYear"));
        assertEquals(true, fetched.get("earmarked"));
        assertEquals(utrechtId, ((Number) fetched.get("recipientId")).longValue());
    }

    @Test
    void aStructuralStreamMayBeOpenEnded() {
        ApiResponse created = api.post(utrecht, "/funding-streams", aStream().law("WMO").structural(2024).body());

        assertEquals(201, created.status(), created.toString());
        assertNull(created.get("lastYear"));
    }

    @Test
    void anIncidentalStreamWithoutALastYearIsRefusedNamingTheField() {
        ApiResponse response = api.post(utrecht, "/funding-streams", aStream().incidental(2024, 2025).with("lastYear", null).body());

        assertProblemNaming(response, 422, "lastYear");
        assertEquals("INCIDENTAL_NEEDS_LAST_YEAR", violations(response).get(0).get("rule"));
    }

    @Test
    void anUnknownLegalBasisIsRefusedNamingTheField() {
        ApiResponse response = api.post(utrecht, "/funding-streams", aStream().law("BELASTINGWET").body());

        assertProblemNaming(response, 400, "legalBasis");
    }

    @Test
    void everyBrokenRuleIsReportedAtOnce() {
        ApiResponse response = api.post(utrecht, "/funding-streams", aStream().structural(2026).with("lastYear", 2024)
                .with("earmarked", true).body());

        assertEquals(422, response.status(), response.toString());
        assertEquals(List.of("PERIOD_REVERSED", "EARMARK_NEEDS_CONDITIONS"),
                violations(response).stream().map(v -> v.get("rule")).toList());
    }

    @Test
    void budgetsPerYearInsideThePeriodShowWhatIsLeft() {
        long stream = money.stream(utrecht, aStream().incidental(2024, 2025));
        money.budget(utrecht, stream, 2024, "125000.50");
        money.budget(utrecht, stream, 2025, "80000.00");

        ApiResponse budgets = api.get(utrecht, "/funding-streams/" + stream + "/budgets");

        assertEquals(200, budgets.status(), budgets.toString());
        List<Map<String, Object>> lines = budgets.items();
        assertEquals(List.of(2024, 2025), lines.stream().map(l -> l.get("year")).toList());
        assertEquals(euros("125000.50"), euros(lines.get(0).get("amount")));
        assertEquals(euros("125000.50"), euros(lines.get(0).get("remaining")));
    }

    @Test
    void aBudgetForAYearOutsideThePeriodIsRefusedNamingTheYear() {
        long stream = money.stream(utrecht, aStream().incidental(2024, 2025));

        ApiResponse response = api.post(utrecht, "/funding-streams/" + stream + "/budgets",
                Map.of("year", 2026, "amount", new BigDecimal("1000.00")));

        assertProblemNaming(response, 422, "year");
        assertEquals("YEAR_OUTSIDE_PERIOD", violations(response).get(0).get("rule"));
    }

    @Test
    void aNegativeBudgetIsRefusedNamingTheAmount() {
        long stream = money.stream(utrecht, aStream().incidental(2024, 2025));

        ApiResponse response = api.post(utrecht, "/funding-streams/" + stream + "/budgets",
                Map.of("year", 2024, "amount", new BigDecimal("-0.01")));

        assertProblemNaming(response, 400, "amount");
    }

    @Test
    void anAmountWithFractionsOfACentIsRefused() {
        long stream = money.stream(utrecht, aStream().incidental(2024, 2025));

        ApiResponse response = api.post(utrecht, "/funding-streams/" + stream + "/budgets",
                Map.of("year", 2024, "amount", new BigDecimal("10.005")));

        assertProblemNaming(response, 400, "amount");
    }

    @Test
    void aSecondBudgetForTheSameYearIsAConflict() {
        long stream = money.stream(utrecht, aStream().incidental(2024, 2025));
        money.budget(utrecht, stream, 2024, "1000.00");

        ApiResponse again = api.post(utrecht, "/funding-streams/" + stream + "/budgets",
                Map.of("year", 2024, "amount", new BigDecimal("1000.00")));

        assertEquals(409, again.status(), again.toString());
        assertTrue(again.contentType().startsWith("application/problem+json"));
    }

    @Test
    void changingAStreamNeedsTheCurrentVersion() {
        long stream = money.stream(utrecht, aStream().incidental(2024, 2025));
        Map<String, Object> change = aStream().named("Renamed").incidental(2024, 2025).with("version", 0).body();

        ApiResponse first = api.put(utrecht, "/funding-streams/" + stream, change);
        ApiResponse stale = api.put(utrecht, "/funding-streams/" + stream, change);

        assertEquals(200, first.status(), first.toString());
        assertEquals("Renamed", first.get("name"));
        assertEquals(409, stale.status(), stale.toString());
    }

    @Test
    void shorteningThePeriodPastItsBudgetsIsRefused() {
        long stream = money.streamWithBudgets(utrecht, aStream().incidental(2024, 2025), "500.00", 2024, 2025);

        ApiResponse response = api.put(utrecht, "/funding-streams/" + stream,
                aStream().incidental(2024, 2024).with("version", 0).body());

        assertEquals(422, response.status(), response.toString());
        assertEquals("BUDGETS_OUTSIDE_PERIOD", violations(response).get(0).get("rule"));
    }

    @Test
    void anotherMunicipalityNeitherSeesNorChangesTheStream() {
        long stream = money.stream(utrecht, aStream().incidental(2024, 2025));
        String amsterdam = api.userFor("MUNICIPALITY", api.organisationId(utrecht, "GM0363"));

        assertEquals(404, api.get(amsterdam, "/funding-streams/" + stream).status());
        assertEquals(404, api.post(amsterdam, "/funding-streams/" + stream + "/budgets",
                Map.of("year", 2024, "amount", new BigDecimal("1.00"))).status());
        ApiResponse list = api.get(amsterdam, "/funding-streams?size=1000");
        assertEquals(200, list.status(), list.toString());
        assertTrue(list.items().stream()
                .noneMatch(s -> ((Number) s.get("id")).longValue() == stream));
        ApiResponse forOther = api.post(amsterdam, "/funding-streams", aStream().recipient(utrechtId).body());
        assertEquals(403, forOther.status(), forOther.toString());
    }

    @Test
    void theRegionAndTheMinistryReadButDoNotChange() {
        long stream = money.stream(utrecht, aStream().incidental(2024, 2025));
        String region = api.userFor("GGD", api.organisationId(utrecht, "GG2514"));
        String otherRegion = api.userFor("GGD", api.organisationId(utrecht, "GG3406"));
        String vws = api.userFor("VWS", api.organisationId(utrecht, "VWS"));

        assertEquals(200, api.get(region, "/funding-streams/" + stream).status());
        assertEquals(200, api.get(vws, "/funding-streams/" + stream).status());
        assertEquals(404, api.get(otherRegion, "/funding-streams/" + stream).status());
        assertEquals(403, api.post(region, "/funding-streams/" + stream + "/budgets",
                Map.of("year", 2024, "amount", new BigDecimal("1.00"))).status());
        assertEquals(403, api.put(vws, "/funding-streams/" + stream,
                aStream().incidental(2024, 2025).with("version", 0).body()).status());
    }

    @Test
    void everyChangeIsAuditedWithTheValuesBeforeAndAfter() throws SQLException {
        long stream = money.stream(utrecht, aStream().named("Voor").incidental(2024, 2025));
        money.budget(utrecht, stream, 2024, "10.00");
        api.put(utrecht, "/funding-streams/" + stream, aStream().named("Na").incidental(2024, 2025).with("version", 0).body());

        List<String> streamEvents = auditActions("funding_stream", stream);

        assertEquals(List.of("CREATE", "UPDATE"), streamEvents);
        assertEquals(1, auditActions("budget", budgetId(stream, 2024)).size());
    }

    private long budgetId(long stream, int year) {
        List<Map<String, Object>> lines = api.get(utrecht, "/funding-streams/" + stream + "/budgets").items();
        return lines.stream().filter(l -> ((Number) l.get("year")).intValue() == year)
                .map(l -> ((Number) l.get("id")).longValue()).findFirst().orElseThrow();
    }

    /** The audit log has no query endpoint yet, so the test reads the append-only table itself. */
    static List<String> auditActions(String entity, long id) throws SQLException {
        Map<String, String> db = TestDatabase.properties();
        try (Connection connection = DriverManager.getConnection(db.get("datasources.default.url"),
                db.get("datasources.default.username"), db.get("datasources.default.password"));
             PreparedStatement statement = connection.prepareStatement(
                     "SELECT action, before_value IS NOT NULL AS has_before, after_value IS NOT NULL AS has_after "
                             + "FROM platform.audit_event WHERE entity = ? AND entity_id = ? ORDER BY id")) {
            statement.setString(1, entity);
            statement.setString(2, String.valueOf(id));
            List<String> actions = new ArrayList<>();
            try (ResultSet rs = statement.executeQuery()) {
                while (rs.next()) {
                    String action = rs.getString("action");
                    assertEquals(!action.equals("DELETE"), rs.getBoolean("has_after"), action + " records the values after");
                    assertEquals(!action.equals("CREATE"), rs.getBoolean("has_before"), action + " records the values before");
                    actions.add(action);
                }
            }
            return actions;
        }
    }

    static void assertProblemNaming(ApiResponse response, int status, String field) {
        assertEquals(status, response.status(), response.toString());
        assertTrue(response.contentType().startsWith("application/problem+json"), response.toString());
        assertNotNull(response.get("detail"));
        assertTrue(response.text().contains(field), "the problem should name '" + field + "': " + response);
    }

    @SuppressWarnings("unchecked")
    static List<Map<String, Object>> violations(ApiResponse response) {
        return (List<Map<String, Object>>) response.get("violations");
    }
}
