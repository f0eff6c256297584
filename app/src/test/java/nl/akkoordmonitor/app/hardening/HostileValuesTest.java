package nl.akkoordmonitor.app.hardening;

import io.micronaut.http.HttpRequest;
import io.micronaut.http.MediaType;
import io.micronaut.http.MutableHttpRequest;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import nl.akkoordmonitor.app.support.ApiResponse;
import nl.akkoordmonitor.app.support.IntegrationTest;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.yaml.snakeyaml.Yaml;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static nl.akkoordmonitor.app.support.Problems.assertProblem;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Sends every operation of the served OpenAPI document hostile values (a NUL character, a lone
 * surrogate, huge and negative numbers, far dates, wrong types, bad paging and sorting) in its
 * path, its query and, for writes, every field of its body, as VWS and as the administrator. No
 * answer may be a 5xx: bad input is the caller's problem (4xx), never a server failure.
 */
@MicronautTest(transactional = false)
class HostileValuesTest extends IntegrationTest {

    private static final Pattern PATH_PARAMETER = Pattern.compile("\\{([^}]+)}");
    private static final List<String> HOSTILE_TEXT = List.of("%00", "a%00b", "%ED%A0%80", "-1", "0", "99999999999999999999",
            "0000-01-01", "99999-12-31", "abc", "1.5", "%27%3B--");

    private Map<String, Object> document;
    private List<String> tokens;

    @BeforeAll
    @SuppressWarnings("unchecked")
    void readTheDocument() {
        ApiResponse served = api.get(null, "/swagger/akkoordmonitor-0.1.yml");
        assertEquals(200, served.status());
        document = new Yaml().load(served.text());
        String admin = api.admin();
        tokens = List.of(admin, api.userFor("VWS", api.organisationId(admin, "VWS")));
    }

    @Test
    void badPagingAndSortingAreRefusedWithWhatToSend() {
        String admin = tokens.get(0);
        ApiResponse unknownField = api.get(admin, "/users?sort=password");
        assertProblem(unknownField, 400);
        assertTrue(unknownField.get("detail").toString().contains("username"), "names the fields it sorts on: " + unknownField);
        assertEquals(200, api.get(admin, "/users?sort=username,desc").status());
        assertProblem(api.get(admin, "/organisations?sort=nonsense"), 400);
        assertProblem(api.get(admin, "/organisations?page=-1&size=0"), 400);
        assertProblem(api.get(admin, "/organisations?size=100000"), 400);
        assertProblem(api.get(admin, "/organisations?name=a%00b"), 400);
        assertEquals(200, api.get(admin, "/organisations?page=0&size=1").status());
    }

    @Test
    @SuppressWarnings("unchecked")
    void noOperationAnswersAServerErrorToHostileValues() {
        Map<String, Map<String, Object>> paths = (Map<String, Map<String, Object>>) document.get("paths");
        List<String> failures = new ArrayList<>();
        int requests = 0;
        for (var path : paths.entrySet()) {
            if (path.getKey().startsWith("/health") || path.getKey().startsWith("/swagger") || path.getKey().equals("/login")) {
                continue;
            }
            for (var operation : path.getValue().entrySet()) {
                String method = operation.getKey().toUpperCase();
                if (!List.of("GET", "POST", "PUT", "PATCH", "DELETE").contains(method)) {
                    continue;
                }
                Map<String, Object> spec = (Map<String, Object>) operation.getValue();
                for (String uri : uris(path.getKey(), spec)) {
                    for (Object body : bodies(method, spec)) {
                        for (String token : tokens) {
                            ApiResponse answer = send(method, uri, body, token);
                            requests++;
                            if (answer.status() >= 500) {
                                failures.add(method + " " + uri + " " + body + " -> " + answer);
                            }
                        }
                    }
                }
            }
        }
        assertTrue(requests > 500, "walked " + requests + " requests");
        assertTrue(failures.isEmpty(), failures.size() + " server errors:\n" + String.join("\n", failures));
    }

    /** The path with each hostile value in its path parameters, and with each hostile value in each query parameter. */
    @SuppressWarnings("unchecked")
    private List<String> uris(String template, Map<String, Object> spec) {
        List<String> uris = new ArrayList<>();
        String plain = fill(template, "1");
        for (String value : HOSTILE_TEXT) {
            if (PATH_PARAMETER.matcher(template).find()) {
                uris.add(fill(template, value));
            }
        }
        List<Map<String, Object>> parameters = (List<Map<String, Object>>) spec.getOrDefault("parameters", List.of());
        for (Map<String, Object> parameter : parameters) {
            if ("query".equals(parameter.get("in"))) {
                for (String value : HOSTILE_TEXT) {
                    uris.add(plain + "?" + parameter.get("name") + "=" + value);
                }
            }
        }
        uris.add(plain);
        uris.add(plain + (plain.contains("?") ? "&" : "?") + "page=-1&size=0&sort=nonsense");
        return uris;
    }

    private static String fill(String template, String value) {
        Matcher m = PATH_PARAMETER.matcher(template);
        return m.replaceAll(Matcher.quoteReplacement(value));
    }

    /** For a write: a body where every property of its schema has a hostile value of its type, in a few variants. */
    @SuppressWarnings("unchecked")
    private List<Object> bodies(String method, Map<String, Object> spec) {
        if (method.equals("GET") || method.equals("DELETE")) {
            return java.util.Collections.singletonList(null);
        }
        Map<String, Object> properties = properties(spec);
        List<Object> bodies = new ArrayList<>();
        bodies.add("{\"broken\": ");
        bodies.add(List.of(1, 2));
        for (int variant = 0; variant < 4; variant++) {
            Map<String, Object> body = new LinkedHashMap<>();
            for (var property : properties.entrySet()) {
                Map<String, Object> schema = property.getValue() instanceof Map<?, ?> m ? (Map<String, Object>) m : Map.of();
                body.put(property.getKey(), hostile(schema, variant));
            }
            bodies.add(body);
        }
        return bodies;
    }

    private static Object hostile(Map<String, Object> schema, int variant) {
        String type = String.valueOf(schema.get("type"));
        String format = String.valueOf(schema.get("format"));
        if ("date".equals(format)) {
            return List.of("0000-01-01", "99999-12-31", "1899-12-31", "2026-02-30").get(variant);
        }
        return switch (type) {
            case "integer" -> List.<Object>of(-1, 99999999999L, 40.7, "veertig").get(variant);
            case "number" -> List.<Object>of(-1, new java.math.BigDecimal("1e30"), "NaN", "0.001").get(variant);
            case "boolean" -> List.<Object>of("ja", 1, "", "true").get(variant);
            case "array" -> List.<Object>of(List.of("\u0000"), List.of(-1), "geen lijst", List.of(Map.of())).get(variant);
            default -> List.<Object>of("a\u0000b", "\ud800", "x".repeat(100_000), "-1").get(variant);
        };
    }

    @SuppressWarnings("unchecked")
    private Map<String, Object> properties(Map<String, Object> spec) {
        try {
            Map<String, Object> content = (Map<String, Object>) ((Map<String, Object>) spec.get("requestBody")).get("content");
            Map<String, Object> schema = (Map<String, Object>) ((Map<String, Object>) content.get("application/json")).get("schema");
            String ref = (String) schema.get("$ref");
            if (ref != null) {
                Map<String, Object> schemas = (Map<String, Object>) ((Map<String, Object>) document.get("components")).get("schemas");
                schema = (Map<String, Object>) schemas.get(ref.substring(ref.lastIndexOf('/') + 1));
            }
            return (Map<String, Object>) schema.getOrDefault("properties", Map.of());
        } catch (RuntimeException e) {
            return Map.of();
        }
    }

    private ApiResponse send(String method, String uri, Object body, String token) {
        MutableHttpRequest<?> request = switch (method) {
            case "GET" -> HttpRequest.GET(uri);
            case "DELETE" -> HttpRequest.DELETE(uri);
            case "POST" -> HttpRequest.POST(uri, body);
            case "PUT" -> HttpRequest.PUT(uri, body);
            default -> HttpRequest.PATCH(uri, body);
        };
        if (body != null) {
            request.contentType(MediaType.APPLICATION_JSON_TYPE);
        }
        return api.send(request, token);
    }
}
