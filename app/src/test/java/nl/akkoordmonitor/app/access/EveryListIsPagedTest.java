package nl.akkoordmonitor.app.access;

import io.micronaut.http.HttpRequest;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import nl.akkoordmonitor.app.milestones.AgreementWorld;
import nl.akkoordmonitor.app.milestones.AgreementWorld.Agreement;
import nl.akkoordmonitor.app.milestones.AgreementWorld.Place;
import nl.akkoordmonitor.app.support.ApiResponse;
import nl.akkoordmonitor.app.support.IntegrationTest;
import org.junit.jupiter.api.Test;
import org.yaml.snakeyaml.Yaml;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;

import static nl.akkoordmonitor.app.support.Problems.assertProblem;
import static nl.akkoordmonitor.app.support.Problems.violations;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * One list shape (issue 13): every GET operation of the served OpenAPI document that answers a
 * list is called with the ids of a filled agreement. Each answers {@code {items, page, size,
 * totalItems, totalPages}}, documents {@code page}, {@code size} and {@code sort} as query
 * parameters with the fields it sorts on, orders its items by each documented field, and refuses a
 * field it does not know, a page below 0 and a size of 0 with a Dutch 400 that names the
 * parameter (never a 500).
 */
@MicronautTest(transactional = false)
class EveryListIsPagedTest extends IntegrationTest {

    private static final Set<String> ENVELOPE = Set.of("items", "page", "size", "totalItems", "totalPages");

    @Test
    @SuppressWarnings("unchecked")
    void everyListAnswersOnePagedShapeSortsOnItsDocumentedFieldsAndRefusesOthersInDutch() {
        AgreementWorld world = new AgreementWorld(api);
        Place owner = world.freshMunicipality();
        Agreement agreement = world.activeLocal(owner, 2024, 2026);
        String ownerToken = world.municipality(owner);
        Map<String, Object> ids = NothingOfTheInsideLeaksTest.inside(api, ownerToken, owner, agreement,
                "lijst" + UUID.randomUUID().toString().replace("-", ""));
        List<String> tokens = List.of(ownerToken, world.ggd(owner.regionCode()), world.vws(), api.admin());

        ApiResponse served = api.get(null, "/swagger/akkoordmonitor-0.1.yml");
        Map<String, Object> document = new Yaml().load(served.text());
        Map<String, Map<String, Object>> paths = (Map<String, Map<String, Object>>) document.get("paths");

        List<String> faults = new ArrayList<>();
        Map<String, String> lists = new LinkedHashMap<>();
        int ordered = 0;
        for (Map.Entry<String, Map<String, Object>> entry : paths.entrySet()) {
            Map<String, Object> get = (Map<String, Object>) entry.getValue().get("get");
            if (get == null || entry.getKey().startsWith("/health")) {
                continue;
            }
            String answer = String.valueOf(get.get("responses"));
            if (answer.contains("type=array")) {
                faults.add("GET " + entry.getKey() + " answers a bare array; answer a PageResponse");
            }
            if (!answer.contains("PageResponse")) {
                continue;
            }
            Map<String, Map<String, Object>> parameters = new LinkedHashMap<>();
            for (Map<String, Object> parameter : (List<Map<String, Object>>) get.getOrDefault("parameters", List.of())) {
                parameters.put((String) parameter.get("name"), parameter);
            }
            for (String name : List.of("page", "size", "sort")) {
                if (!parameters.containsKey(name) || !"query".equals(parameters.get(name).get("in"))) {
                    faults.add("GET " + entry.getKey() + " does not document the query parameter " + name);
                }
            }
            if (!parameters.containsKey("sort")) {
                continue;
            }
            List<String> sortValues = (List<String>) ((Map<String, Object>) parameters.get("sort").get("schema")).get("enum");
            // With the owner's filters, or (for a list that takes one scope only) with just the year.
            List<String> requests = NothingOfTheInsideLeaksTest.requests(entry.getKey(), ids);
            String path = null;
            String token = null;
            for (String candidate : List.of(requests.get(1).replace("&size=1000", ""), requests.get(0) + "?year=2025")) {
                token = tokens.stream().filter(t -> api.get(t, candidate).status() == 200).findFirst().orElse(null);
                if (token != null) {
                    path = candidate;
                    break;
                }
            }
            if (token == null) {
                faults.add("GET " + requests.get(1) + " answered no one with 200: " + api.get(tokens.get(2), requests.get(1)));
                continue;
            }
            lists.put(entry.getKey(), path);

            ApiResponse all = api.get(token, path + "&size=1000");
            if (!all.body().keySet().equals(ENVELOPE)) {
                faults.add("GET " + path + " answered the keys " + all.body().keySet() + ", not " + ENVELOPE);
                continue;
            }
            ApiResponse one = api.get(token, path + "&page=0&size=1");
            if (one.status() != 200 || one.items().size() > 1 || ((Number) one.get("size")).intValue() != 1
                    || ((Number) one.get("totalItems")).longValue() != ((Number) all.get("totalItems")).longValue()) {
                faults.add("GET " + path + "&page=0&size=1 answered " + one);
            }
            if (sortValues == null || sortValues.isEmpty()) {
                faults.add("GET " + entry.getKey() + " documents no fields to sort on");
                continue;
            }
            for (String value : sortValues) {
                ApiResponse sorted = api.get(token, path + "&size=1000&sort=" + value);
                if (sorted.status() != 200) {
                    faults.add("GET " + path + "&sort=" + value + " (documented) answered " + sorted);
                } else if (isOrdered(sorted.items(), value, faults, path)) {
                    ordered++;
                }
            }
            refusal(token, path + "&sort=nonsense", "sort", "nonsense", faults);
            refusal(token, path + "&sort=" + sortValues.get(0).split(",")[0] + ",sideways", "sort", "sideways", faults);
            refusal(token, path + "&page=-1", "page", "0", faults);
            refusal(token, path + "&size=0", "size", "1", faults);
        }

        assertEquals(List.of(), faults, "lists that break the one list shape");
        assertTrue(lists.size() >= 30, "expected the application's lists, found " + lists.keySet());
        assertTrue(ordered >= 20, "the walk should see items ordered by a documented field in many lists; it did in " + ordered);

        // The refusal is Dutch by default and English on request, and lists the fields to choose from.
        String themes = "/agreements/" + agreement.id() + "/adoptions?sort=colour";
        ApiResponse dutch = api.get(ownerToken, themes);
        assertTrue(String.valueOf(dutch.get("detail")).contains("Sorteer op een van deze velden: code, name"), dutch.toString());
        ApiResponse english = api.send(HttpRequest.GET(themes).header("Accept-Language", "en"), ownerToken);
        assertTrue(String.valueOf(english.get("detail")).contains("Sort on one of these fields: code, name"), english.toString());
    }

    /** A Dutch 400 naming the parameter, with the refused or the allowed value in its message. */
    private void refusal(String token, String path, String field, String named, List<String> faults) {
        ApiResponse refused = api.get(token, path);
        try {
            assertProblem(refused, 400);
            assertEquals("Ongeldig verzoek", refused.get("title"));
            assertEquals(field, violations(refused).get(0).get("field"));
            assertTrue(String.valueOf(violations(refused).get(0).get("message")).contains(named));
        } catch (AssertionError e) {
            faults.add("GET " + path + " should be a Dutch 400 naming " + field + "; answered " + refused);
        }
    }

    /**
     * Whether the items are ordered by the field as asked, judged on numbers and dates (text is
     * ordered by the database's collation, which Java does not share); false when there is nothing
     * to judge.
     */
    private static boolean isOrdered(List<Map<String, Object>> items, String value, List<String> faults, String path) {
        String field = value.split(",")[0];
        boolean descending = value.endsWith(",desc");
        List<Comparable<Object>> values = new ArrayList<>();
        for (Map<String, Object> item : items) {
            Object v = item.get(field);
            if (v instanceof Number n) {
                values.add(cast(new BigDecimal(n.toString())));
            } else if (v instanceof String s && s.matches("\\d{4}-\\d{2}-\\d{2}.*")) {
                values.add(cast(s));
            }
        }
        if (values.size() < 2 || new TreeSet<>(values).size() < 2) {
            return false;
        }
        for (int i = 1; i < values.size(); i++) {
            int order = values.get(i - 1).compareTo(values.get(i));
            if (descending ? order < 0 : order > 0) {
                faults.add("GET " + path + "&sort=" + value + " is not ordered by " + field + ": " + values);
                return false;
            }
        }
        return true;
    }

    @SuppressWarnings("unchecked")
    private static Comparable<Object> cast(Comparable<?> value) {
        return (Comparable<Object>) value;
    }
}
