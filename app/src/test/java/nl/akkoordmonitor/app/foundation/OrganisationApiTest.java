package nl.akkoordmonitor.app.foundation;

import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import nl.akkoordmonitor.app.support.ApiResponse;
import nl.akkoordmonitor.app.support.IntegrationTest;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

@MicronautTest(transactional = false)
class OrganisationApiTest extends IntegrationTest {

    private String token;

    @BeforeAll
    void login() {
        token = api.admin();
    }

    @Test
    void listsEveryMunicipalityOfTheReferenceYear() throws IOException {
        ApiResponse page = api.get(token, "/organisations?type=MUNICIPALITY&size=1000");

        assertEquals(200, page.status());
        assertEquals(342L, ((Number) page.get("totalItems")).longValue());
        Set<Object> codes = page.items().stream().map(o -> o.get("code")).collect(Collectors.toSet());
        assertEquals(referenceCodes(null), codes);
        assertTrue(page.items().stream().allMatch(o -> "MUNICIPALITY".equals(o.get("type"))));
    }

    @Test
    void filtersByRegionToExactlyItsMunicipalities() throws IOException {
        ApiResponse page = api.get(token, "/organisations?region=GG3406");

        assertEquals(200, page.status());
        Set<Object> codes = page.items().stream().map(o -> o.get("code")).collect(Collectors.toSet());
        assertEquals(referenceCodes("GG3406"), codes);
        assertEquals(6, codes.size());
        assertTrue(codes.contains("GM0363"));
        assertTrue(page.items().stream().allMatch(o -> "GG3406".equals(o.get("ggdRegionCode"))));
    }

    @Test
    void paginates() {
        ApiResponse first = api.get(token, "/organisations?type=MUNICIPALITY&size=100&page=0");
        ApiResponse last = api.get(token, "/organisations?type=MUNICIPALITY&size=100&page=3");

        assertEquals(100, first.items().size());
        assertEquals(42, last.items().size());
        assertEquals(4, ((Number) first.get("totalPages")).intValue());
        assertFalse(first.items().stream().anyMatch(o -> last.items().stream().anyMatch(l -> l.get("id").equals(o.get("id")))));
    }

    @Test
    void holdsTheMinistryAndTheTwentyFiveRegions() {
        assertEquals(25L, ((Number) api.get(token, "/organisations?type=GGD_REGION").get("totalItems")).longValue());
        ApiResponse ministry = api.get(token, "/organisations?type=MINISTRY");
        assertEquals(1, ministry.items().size());
        assertEquals("VWS", ministry.items().get(0).get("code"));
    }

    @Test
    void getsOneOrganisationWithItsRegion() {
        long amsterdam = api.organisationId(token, "GM0363");
        ApiResponse response = api.get(token, "/organisations/" + amsterdam);

        assertEquals(200, response.status());
        assertEquals("Amsterdam", response.get("name"));
        assertEquals("GG3406", response.get("ggdRegionCode"));
        assertEquals("Noord-Holland", response.get("province"));
    }

    @Test
    void unknownIdIsA404Problem() {
        ApiResponse response = api.get(token, "/organisations/987654321");

        assertProblem(response, 404);
        assertTrue(((String) response.get("detail")).contains("987654321"), response.toString());
    }

    @Test
    void unknownEnumValueIsA400ProblemThatNamesTheValue() {
        ApiResponse response = api.get(token, "/organisations?type=CITY");

        assertProblem(response, 400);
        assertTrue(response.toString().contains("CITY"), response.toString());
    }

    @Test
    void unknownRegionCodeIsA400ProblemThatSaysWhatACodeLooksLike() {
        ApiResponse response = api.get(token, "/organisations?region=GG9999");

        assertProblem(response, 400);
        assertTrue(((String) response.get("detail")).contains("GG9999"));
    }

    @Test
    void addsAPartnerOrganisation() {
        ApiResponse created = api.post(token, "/organisations", Map.of("name", "Zilveren Kruis", "type", "HEALTH_INSURER"));

        assertEquals(201, created.status(), created.toString());
        ApiResponse fetched = api.get(token, "/organisations/" + created.id());
        assertEquals("Zilveren Kruis", fetched.get("name"));
        assertEquals("HEALTH_INSURER", fetched.get("type"));
    }

    @Test
    void refusesToAddAMunicipality() {
        ApiResponse response = api.post(token, "/organisations", Map.of("name", "Nieuwegemeente", "type", "MUNICIPALITY"));

        assertProblem(response, 422);
        assertEquals("REFERENCE_ORGANISATION", ((List<Map<String, Object>>) response.get("violations")).get(0).get("rule"));
    }

    @Test
    void malformedJsonIsA400Problem() {
        ApiResponse response = api.postRaw(token, "/organisations", "{\"name\": \"Trimbos\", \"type\": ");

        assertProblem(response, 400);
        assertFalse(response.text().contains("at com.") || response.text().contains("Exception"), response.text());
    }

    @Test
    void unknownEnumValueInABodyIsA400Problem() {
        ApiResponse response = api.post(token, "/organisations", Map.of("name", "Trimbos", "type", "THINK_TANK"));

        assertProblem(response, 400);
        assertTrue(response.toString().contains("THINK_TANK"), response.toString());
    }

    @Test
    void missingFieldIsA400ProblemThatNamesTheField() {
        ApiResponse response = api.post(token, "/organisations", Map.of("type", "SCHOOL"));

        assertProblem(response, 400);
        assertTrue(response.toString().contains("name"), response.toString());
    }

    @Test
    void withoutATokenTheAnswerIs401Problem() {
        assertProblem(api.get(null, "/organisations"), 401);
    }

    @Test
    void unknownPathIsA404Problem() {
        assertProblem(api.get(token, "/no-such-thing"), 404);
    }

    static void assertProblem(ApiResponse response, int status) {
        assertEquals(status, response.status(), response.toString());
        assertNotNull(response.contentType(), response.toString());
        assertTrue(response.contentType().startsWith("application/problem+json"), response.toString());
        assertEquals(status, ((Number) response.get("status")).intValue());
        assertNotNull(response.get("type"));
        assertNotNull(response.get("title"));
        assertNotNull(response.get("detail"));
    }

    /** The municipality codes in the shipped reference file, optionally of one GGD region. */
    private static Set<Object> referenceCodes(String region) throws IOException {
        try (var in = OrganisationApiTest.class.getClassLoader().getResourceAsStream("reference/municipalities.csv")) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8).lines().skip(1)
                    .filter(l -> region == null || l.contains("," + region + ","))
                    .map(l -> l.substring(0, l.indexOf(',')))
                    .collect(Collectors.toSet());
        }
    }
}
