package nl.akkoordmonitor.app.programmes;

import io.micronaut.http.HttpRequest;
import io.micronaut.http.MutableHttpRequest;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import nl.akkoordmonitor.app.support.AgreementFixtures;
import nl.akkoordmonitor.app.support.AgreementFixtures.NationalAgreement;
import nl.akkoordmonitor.app.support.AgreementFixtures.RegionalAgreement;
import nl.akkoordmonitor.app.support.ApiResponse;
import nl.akkoordmonitor.app.support.IntegrationTest;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static nl.akkoordmonitor.app.support.Problems.assertProblem;
import static nl.akkoordmonitor.app.support.Problems.assertRule;
import static nl.akkoordmonitor.app.support.Problems.violations;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * An administrator loads the IZA regions (zorgkantoorregio's) from a CSV file: the whole division
 * is checked before anything is stored, a second load of the same file changes nothing, and a
 * regional agreement can then be made for a loaded region.
 */
@MicronautTest(transactional = false)
class IzaRegionLoadTest extends IntegrationTest {

    private static final String HEADER = "iza_code;iza_name;municipality_code\n";

    private AgreementFixtures fixtures;
    private String admin;
    private List<String> municipalities;

    @BeforeAll
    void fixtures() {
        fixtures = new AgreementFixtures(api);
        admin = api.admin();
        municipalities = api.get(admin, "/organisations?type=MUNICIPALITY&size=1000&sort=code").items().stream()
                .map(m -> (String) m.get("code")).toList();
    }

    /**
     * A division of every municipality into 38 regions that does not follow the GGD regions:
     * Amsterdam and Groningen together in ZK02, Aalsmeer (GGD Amsterdam too) in ZK03.
     */
    private String division(String amsterdamName) {
        StringBuilder csv = new StringBuilder(HEADER);
        List<String> others = new ArrayList<>();
        for (int i = 1; i <= 38; i++) {
            if (i != 2) {
                others.add(String.format("ZK%02d", i));
            }
        }
        int next = 0;
        for (String code : municipalities) {
            if (code.equals("GM0363") || code.equals("GM0014")) {
                csv.append("ZK02;").append(amsterdamName).append(';').append(code).append('\n');
            } else if (code.equals("GM0358")) {
                csv.append("ZK03;Zorgkantoorregio ZK03;GM0358\n");
            } else {
                String region = others.get(next++ % others.size());
                csv.append(region).append(";Zorgkantoorregio ").append(region).append(';').append(code).append('\n');
            }
        }
        return csv.toString();
    }

    private ApiResponse load(String token, String csv) {
        return api.send(csvRequest(csv), token);
    }

    private static MutableHttpRequest<String> csvRequest(String csv) {
        return HttpRequest.PUT("/reference-data/iza-regions", csv).contentType("text/csv");
    }

    private Map<String, Object> organisation(String code) {
        return api.get(admin, "/organisations?code=" + code).items().get(0);
    }

    private Long izaRegionOf(String municipality) {
        Object id = organisation(municipality).get("izaRegionId");
        return id == null ? null : ((Number) id).longValue();
    }

    private int auditRows(long organisationId) {
        return api.get(admin, "/audit?entity=organisation&size=1000&entityId=" + organisationId).items().size();
    }

    @Test
    void anAdministratorLoadsTheDivisionAndASecondLoadChangesNothing() {
        ApiResponse first = load(admin, division("Amsterdam"));
        assertEquals(200, first.status(), first.toString());
        assertEquals(38, ((Number) first.get("regions")).intValue());
        assertEquals(municipalities.size(), ((Number) first.get("municipalities")).intValue());
        assertEquals(List.of(), first.get("municipalitiesWithoutRegion"));

        Map<String, Object> zk02 = organisation("ZK02");
        long zk02Id = ((Number) zk02.get("id")).longValue();
        assertEquals("IZA_REGION", zk02.get("type"));
        assertEquals("Amsterdam", zk02.get("name"));
        assertEquals(zk02Id, izaRegionOf("GM0363"));
        assertEquals(zk02Id, izaRegionOf("GM0014"), "an IZA region need not follow the GGD regions");
        assertEquals(((Number) organisation("ZK03").get("id")).longValue(), izaRegionOf("GM0358"));
        assertEquals(38, api.get(admin, "/organisations?type=IZA_REGION&size=100").items().size());
        int audited = auditRows(zk02Id);
        assertTrue(audited >= 1, "the load of a region is in the audit log");

        ApiResponse again = load(admin, division("Amsterdam"));
        assertEquals(200, again.status(), again.toString());
        assertEquals(0, ((Number) again.get("regionsCreated")).intValue(), again.toString());
        assertEquals(0, ((Number) again.get("regionsRenamed")).intValue(), again.toString());
        assertEquals(0, ((Number) again.get("municipalitiesChanged")).intValue(), again.toString());
        assertEquals(audited, auditRows(zk02Id), "a second load of the same file records nothing");
        assertEquals(38, api.get(admin, "/organisations?type=IZA_REGION&size=100").items().size());

        // A later division: ZK02 renamed, Groningen moved out of it into ZK01; both changes audited.
        String moved = division("Amsterdam-Amstelland").replace("ZK02;Amsterdam-Amstelland;GM0014", "ZK01;Zorgkantoorregio ZK01;GM0014");
        ApiResponse third = load(admin, moved);
        assertEquals(200, third.status(), third.toString());
        assertEquals(1, ((Number) third.get("regionsRenamed")).intValue(), third.toString());
        assertEquals(1, ((Number) third.get("municipalitiesChanged")).intValue(), third.toString());
        assertEquals("Amsterdam-Amstelland", organisation("ZK02").get("name"));
        assertEquals(((Number) organisation("ZK01").get("id")).longValue(), izaRegionOf("GM0014"));
        List<Map<String, Object>> log = api.get(admin, "/audit?entity=organisation&entityId=" + zk02Id).items();
        assertEquals(audited + 1, log.size());
        assertEquals("UPDATE", log.get(0).get("action"));
        assertTrue(String.valueOf(log.get(0).get("before")).contains("GM0014"), log.get(0).toString());
        assertTrue(!String.valueOf(log.get(0).get("after")).contains("GM0014"), log.get(0).toString());

        // The file is the whole division: a municipality it leaves out has no IZA region afterwards.
        ApiResponse partial = load(admin, moved.replace("ZK03;Zorgkantoorregio ZK03;GM0358\n", ""));
        assertEquals(List.of("GM0358"), partial.get("municipalitiesWithoutRegion"), partial.toString());
        assertNull(izaRegionOf("GM0358"));
        load(admin, division("Amsterdam"));
    }

    @Test
    void aRegionalAgreementIsMadeForALoadedIzaRegionAndTakesOnlyItsMunicipalities() {
        assertEquals(200, load(admin, division("Amsterdam")).status());
        long zk02 = ((Number) organisation("ZK02").get("id")).longValue();
        NationalAgreement iza = fixtures.nationalAgreement().signed();
        RegionalAgreement plan = fixtures.regionalAgreement("GG3406").under(iza).forIzaRegion(zk02).signed();
        assertEquals(zk02, ((Number) api.get(plan.ownerToken(), "/agreements/" + plan.id()).get("izaRegionId")).longValue());

        // Groningen lies in ZK02 (though in another GGD region); Aalsmeer lies in GGD Amsterdam but not in ZK02.
        fixtures.localAgreement("GM0014").under(plan).signed();
        ApiResponse aalsmeer = api.post(fixtures.tokenFor("GM0358"), "/agreements", Map.of("level", "LOCAL",
                "title", "Lokaal IZA-plan Aalsmeer", "ownerId", fixtures.organisationId("GM0358"), "parentId", plan.id(),
                "firstYear", plan.firstYear(), "lastYear", plan.lastYear()));
        assertRule(aalsmeer, 422, "PARENT_IN_OWN_REGION");
    }

    @Test
    void aFaultyFileIsRefusedWholeNamingLineAndColumnAndStoresNothing() {
        assertEquals(200, load(admin, division("Amsterdam")).status());
        long zk02 = ((Number) organisation("ZK02").get("id")).longValue();
        int audited = auditRows(zk02);

        // Every line but one is fine and would rename ZK02; the one bad line stops it all.
        String unknown = division("Amsterdam Nieuw") + "ZK05;Zorgkantoorregio ZK05;GM9999\n";
        ApiResponse refused = load(admin, unknown);
        assertRule(refused, 400, "IZA_MUNICIPALITY_UNKNOWN");
        int lastLine = municipalities.size() + 2;
        assertEquals("cell=" + lastLine + ",3", violations(refused).get(0).get("field"));
        assertTrue(String.valueOf(refused.get("detail")).contains("Regel " + lastLine + ", kolom municipality_code"), refused.toString());
        assertEquals("Amsterdam", organisation("ZK02").get("name"), "nothing of a refused file is stored");
        assertEquals(zk02, izaRegionOf("GM0363"));
        assertEquals(audited, auditRows(zk02));

        ApiResponse twice = load(admin, HEADER + "ZK02;Amsterdam;GM0363\nZK03;Zaanstreek;GM0363\n");
        assertRule(twice, 400, "IZA_MUNICIPALITY_TWICE");
        assertEquals("cell=3,3", violations(twice).get(0).get("field"));
        assertTrue(String.valueOf(twice.get("detail")).contains("staat al op regel 2"), twice.toString());

        ApiResponse badCodes = load(admin, HEADER + "Z2;Amsterdam;0363\nZK02;;GM0363\nZK02;Amsterdam;GM0014;extra\n");
        assertEquals(List.of("IZA_CODE_FORMAT", "IZA_MUNICIPALITY_CODE_FORMAT", "IZA_NAME_REQUIRED", "IZA_FILE_COLUMNS"),
                violations(badCodes).stream().map(v -> v.get("rule")).toList(), badCodes.toString());
        assertEquals(List.of("cell=2,1", "cell=2,3", "cell=3,2", "row=4"),
                violations(badCodes).stream().map(v -> v.get("field")).toList());

        ApiResponse twoNames = load(admin, HEADER + "ZK02;Amsterdam;GM0363\nZK02;Amstelland;GM0014\n");
        assertRule(twoNames, 400, "IZA_NAME_ONE_PER_CODE");
        assertEquals("cell=3,2", violations(twoNames).get(0).get("field"));

        assertRule(load(admin, ""), 400, "IZA_FILE_EMPTY");
        assertRule(load(admin, HEADER), 400, "IZA_FILE_EMPTY");
        ApiResponse header = load(admin, "code,name,gemeente\nZK02,Amsterdam,GM0363\n");
        assertRule(header, 400, "IZA_FILE_HEADER");
        assertEquals("row=1", violations(header).get(0).get("field"));
        assertRule(load(admin, HEADER + "ZK02;\"Amsterdam;GM0363\n"), 400, "IZA_FILE_UNREADABLE");

        ApiResponse english = api.send(csvRequest(HEADER + "ZK02;Amsterdam;GM9999\n").header("Accept-Language", "en"), admin);
        assertTrue(String.valueOf(english.get("detail")).contains("Line 2, column municipality_code: no current municipality has code GM9999"),
                english.toString());

        assertEquals("Amsterdam", organisation("ZK02").get("name"));
        assertEquals(audited, auditRows(zk02));
    }

    @Test
    void onlyAnAdministratorLoadsIzaRegions() {
        String csv = HEADER + "ZK02;Gestolen;GM0363\n";
        assertProblem(load(fixtures.vwsToken(), csv), 403);
        assertProblem(load(fixtures.tokenFor("GG3406"), csv), 403);
        assertProblem(load(null, csv), 401);
        assertTrue(api.get(admin, "/organisations?name=Gestolen").items().isEmpty(), "a refused load stores nothing");
    }
}
