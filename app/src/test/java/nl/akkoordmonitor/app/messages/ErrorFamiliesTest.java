package nl.akkoordmonitor.app.messages;

import io.micronaut.http.HttpRequest;
import io.micronaut.http.MediaType;
import io.micronaut.http.MutableHttpRequest;
import io.micronaut.http.client.multipart.MultipartBody;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import nl.akkoordmonitor.app.support.AgreementFixtures;
import nl.akkoordmonitor.app.support.AgreementFixtures.LocalAgreement;
import nl.akkoordmonitor.app.support.AgreementFixtures.NationalAgreement;
import nl.akkoordmonitor.app.support.ApiResponse;
import nl.akkoordmonitor.app.support.IntegrationTest;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Stream;

import static nl.akkoordmonitor.app.support.Problems.assertProblem;
import static nl.akkoordmonitor.app.support.Problems.violations;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

/**
 * One problem of every family, asked in Dutch (the default) and in English: the title and detail
 * come in the language asked for, and the field at fault is named the same in both.
 */
@MicronautTest(transactional = false)
class ErrorFamiliesTest extends IntegrationTest {

    private String admin;
    private String owner;
    private String otherMunicipality;
    private String draftOwner;
    private long milestone;
    private long draft;
    private long userId;
    private long userVersion;

    @BeforeAll
    void world() {
        admin = api.admin();
        AgreementFixtures fixtures = new AgreementFixtures(api);
        NationalAgreement national = fixtures.nationalAgreement().signed();
        LocalAgreement local = fixtures.localAgreement("GM0363").under(national).withCommitment().signed();
        owner = local.ownerToken();
        otherMunicipality = fixtures.tokenFor("GM0599");
        ApiResponse planned = api.post(owner, "/commitments/" + local.commitmentIds().get(0) + "/milestones",
                Map.of("title", "Alle scholen doen mee", "dueDate", "2025-12-01"));
        assertEquals(201, planned.status(), planned.toString());
        milestone = planned.id();
        LocalAgreement unsigned = fixtures.localAgreement("GM0034").under(national).draft();
        draft = unsigned.id();
        draftOwner = unsigned.ownerToken();
        ApiResponse user = api.post(admin, "/users", Map.of("username", "families-" + UUID.randomUUID().toString().substring(0, 8),
                "password", "een-lang-wachtwoord-" + UUID.randomUUID(), "role", "MUNICIPALITY", "organisationId", fixtures.organisationId("GM0363")));
        assertEquals(201, user.status(), user.toString());
        userId = user.id();
        userVersion = ((Number) user.get("version")).longValue();
    }

    /** A family: how to provoke it, and what the answer must say. */
    record Family(String name, Function<ErrorFamiliesTest, ApiResponse> request, int status, String dutchTitle, String englishTitle,
                  String field) {
        @Override
        public String toString() {
            return name;
        }
    }

    static Stream<Arguments> families() {
        String badRequest = "Ongeldig verzoek";
        return Stream.of(
                new Family("unreadable JSON", t -> t.report("{\"status\": \"ON_TRACK\","), 400, badRequest, "Bad request", null),
                new Family("wrong type", t -> t.report("{\"reportDate\": \"2025-06-30\", \"status\": \"ON_TRACK\", \"percentComplete\": \"veel\"}"),
                        400, badRequest, "Bad request", "/percentComplete"),
                new Family("unknown enum value", t -> t.report("{\"reportDate\": \"2025-06-30\", \"status\": \"SIDEWAYS\", \"percentComplete\": 10}"),
                        400, badRequest, "Bad request", "/status"),
                new Family("Bean Validation", t -> t.report("{\"reportDate\": \"2025-06-30\", \"status\": \"ON_TRACK\", \"percentComplete\": 150}"),
                        400, badRequest, "Bad request", "/percentComplete"),
                new Family("not found", t -> t.as(t.owner, HttpRequest.GET("/milestones/987654321")), 404, "Niet gevonden", "Not found", null),
                new Family("unknown report scope", t -> t.as(t.owner, HttpRequest.GET("/steering-reports/2025?scope=GM9999")),
                        404, "Niet gevonden", "Not found", null),
                new Family("forbidden", t -> t.as(t.otherMunicipality, HttpRequest.GET("/users")), 403, "Geen toegang", "Forbidden", null),
                new Family("conflict", t -> t.as(t.admin, HttpRequest.PUT("/users/" + t.userId, Map.of("role", "MUNICIPALITY",
                        "organisationId", t.api.organisationId(t.admin, "GM0363"), "enabled", true, "version", t.userVersion + 5))),
                        409, "Conflict met de huidige toestand", "Conflict with the current state", "/version"),
                new Family("rule violated", t -> t.as(t.draftOwner, HttpRequest.POST("/agreements/" + t.draft + "/sign", Map.of())),
                        422, "Regel geschonden", "Rule violated", null),
                new Family("upload refused", t -> t.as(t.owner, HttpRequest.POST("/progress-workbooks", MultipartBody.builder()
                                .addPart("file", "voortgang.xlsx", MediaType.of("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"),
                                        "id;status\n1;klaar".getBytes(StandardCharsets.UTF_8)).build())
                                .contentType(MediaType.MULTIPART_FORM_DATA_TYPE)),
                        400, "Upload geweigerd: geen Excel-werkmap", "Upload refused: not an Excel workbook", null))
                .map(Arguments::of);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("families")
    void everyFamilyAnswersInDutchAndInEnglish(Family family) {
        ApiResponse dutch = family.request().apply(withLanguage(null));
        ApiResponse english = family.request().apply(withLanguage("en"));

        assertProblem(dutch, family.status());
        assertProblem(english, family.status());
        assertEquals(family.dutchTitle(), dutch.get("title"), dutch.toString());
        assertEquals(family.englishTitle(), english.get("title"), english.toString());
        assertNotEquals(dutch.get("detail"), english.get("detail"), "the detail is translated too: " + dutch + " / " + english);
        assertEquals(family.field(), firstField(dutch), dutch.toString());
        assertEquals(family.field(), firstField(english), english.toString());
        List<Map<String, Object>> dutchViolations = violations(dutch);
        List<Map<String, Object>> englishViolations = violations(english);
        assertEquals(dutchViolations.size(), englishViolations.size());
        for (int i = 0; i < dutchViolations.size(); i++) {
            assertEquals(dutchViolations.get(i).get("rule"), englishViolations.get(i).get("rule"));
            assertNotEquals(dutchViolations.get(i).get("message"), englishViolations.get(i).get("message"),
                    "every violation's message is translated: " + dutchViolations.get(i));
        }
        if (family.name().equals("unknown report scope")) {
            // A code, said plainly: no "id", no English plural made by code.
            assertEquals("Geen GGD-regio of gemeente heeft code GM9999. Gebruik NL, een CBS-code van een GGD-regio (GG....) "
                    + "of van een gemeente (GM....).", dutch.get("detail"));
        }
    }

    private String language;

    /** This test asking in a language: null for none (Dutch), or an Accept-Language value. */
    private ErrorFamiliesTest withLanguage(String acceptLanguage) {
        this.language = acceptLanguage;
        return this;
    }

    private ApiResponse as(String token, MutableHttpRequest<?> request) {
        if (language != null) {
            request.header("Accept-Language", language);
        }
        return api.send(request, token);
    }

    private ApiResponse report(String json) {
        return as(owner, HttpRequest.POST("/milestones/" + milestone + "/reports", json).contentType(MediaType.APPLICATION_JSON_TYPE));
    }

    private static Object firstField(ApiResponse problem) {
        List<Map<String, Object>> violations = violations(problem);
        return violations.isEmpty() ? null : violations.get(0).get("field");
    }
}
