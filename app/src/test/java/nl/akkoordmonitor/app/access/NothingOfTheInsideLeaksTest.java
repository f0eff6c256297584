package nl.akkoordmonitor.app.access;

import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import nl.akkoordmonitor.app.financing.Money;
import nl.akkoordmonitor.app.milestones.AgreementWorld;
import nl.akkoordmonitor.app.milestones.AgreementWorld.Agreement;
import nl.akkoordmonitor.app.milestones.AgreementWorld.Place;
import nl.akkoordmonitor.app.support.Api;
import nl.akkoordmonitor.app.support.ApiResponse;
import nl.akkoordmonitor.app.support.IntegrationTest;
import org.junit.jupiter.api.Test;
import org.yaml.snakeyaml.Yaml;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;

import static nl.akkoordmonitor.app.financing.StreamBuilder.aStream;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The one visibility rule, checked on every way to read: every GET operation in the OpenAPI
 * document the server serves is called, with the owner's ids and codes filled in, by a user of
 * each role of another organisation (a municipality of the same region, one of another region,
 * the GGD of another region). The inside of a signed agreement (milestones and progress, an
 * evaluation, a funding stream with an allocation and spending) carries a secret word (its
 * indicator target is public, as the agreement's promise, and has one to fill paths with); none of the answers, histories, audit pages and workbooks included, may contain it.
 * The owner, asking the same, finds it: so the walk does reach the inside.
 */
@MicronautTest(transactional = false)
class NothingOfTheInsideLeaksTest extends IntegrationTest {

    private static final Pattern PATH_PARAMETER = Pattern.compile("\\{([^}]+)}");

    @Test
    void noGetEndpointShowsAnotherOrganisationTheInsideOfAnAgreement() {
        AgreementWorld world = new AgreementWorld(api);
        Place owner = world.freshMunicipality();
        Agreement agreement = world.activeLocal(owner, 2024, 2026);
        String ownerToken = world.municipality(owner);
        String secret = "geheim" + UUID.randomUUID().toString().replace("-", "");
        Map<String, Object> ids = inside(api, ownerToken, owner, agreement, secret);

        Map<String, String> outsiders = new LinkedHashMap<>();
        outsiders.put("a municipality of the same region", world.municipality(world.freshMunicipalityIn(owner.regionCode())));
        Place elsewhere = world.freshMunicipalityOutside(owner.regionCode());
        outsiders.put("a municipality of another region", world.municipality(elsewhere));
        outsiders.put("the GGD of another region", world.ggd(elsewhere.regionCode()));

        List<String> paths = getPaths(api);
        assertTrue(paths.size() >= 30, "expected the application's GET operations, found " + paths);

        List<String> leaks = new ArrayList<>();
        List<String> errors = new ArrayList<>();
        List<String> ownerSees = new ArrayList<>();
        for (String template : paths) {
            for (String path : requests(template, ids)) {
                ApiResponse asOwner = api.get(ownerToken, path);
                if (text(asOwner).contains(secret)) {
                    ownerSees.add(path);
                }
                outsiders.forEach((who, token) -> {
                    ApiResponse answer = api.get(token, path);
                    if (answer.status() >= 500) {
                        errors.add(who + ": GET " + path + " answered " + answer);
                    } else if (text(answer).contains(secret)) {
                        leaks.add(who + ": GET " + path + " answered " + answer.status());
                    }
                });
            }
        }
        assertEquals(List.of(), errors, "server errors");
        assertEquals(List.of(), leaks, "the inside of another organisation's agreement leaked");
        // The walk reaches the inside: the owner finds the secret in the details, lists and the history.
        for (String expected : List.of("/milestones/" + ids.get("milestone"), "/evaluations/" + ids.get("evaluation"),
                "/allocations/" + ids.get("allocation"), "/agreements/" + agreement.id() + "/history")) {
            assertTrue(ownerSees.contains(expected), "the owner should see the secret at " + expected + "; saw it at " + ownerSees);
        }

        // What is public stays public: the signed agreement and the history of the agreement itself.
        String outsider = outsiders.values().iterator().next();
        assertEquals(200, api.get(outsider, "/agreements/" + agreement.id()).status());
        ApiResponse history = api.get(outsider, "/agreements/" + agreement.id() + "/history");
        assertEquals(200, history.status(), history.toString());
        assertTrue(history.text().contains("\"entity\":\"agreement\""), history.toString());
        assertTrue(history.text().contains("\"entity\":\"commitment\""), history.toString());
    }

    /** Fills the inside of the owner's agreement, each part with the secret word; returns the ids to fill paths with. */
    static Map<String, Object> inside(Api api, String token, Place owner, Agreement agreement, String secret) {
        long commitment = agreement.commitment();
        long milestone = created(api.post(token, "/commitments/" + commitment + "/milestones",
                Map.of("title", "Mijlpaal " + secret, "dueDate", "2026-06-30"))).id();
        created(api.post(token, "/milestones/" + milestone + "/reports", Map.of("reportDate", "2025-03-15", "status", "AT_RISK",
                "percentComplete", 30, "narrative", "Voortgang " + secret)));

        String vws = api.userFor("VWS", api.organisationId(api.admin(), "VWS"));
        Map<String, Object> indicator = new HashMap<>(Map.of("code", "LEAK_" + secret.substring(6, 14).toUpperCase(),
                "name", "Rokers", "unit", "%", "direction", "LOWER_IS_BETTER", "source", "GGD_GEZONDHEIDSMONITOR",
                "family", "RISK_FACTOR"));
        long indicatorId = created(api.post(vws, "/indicators", indicator)).id();
        long target = created(api.post(token, "/agreements/" + agreement.id() + "/indicator-targets", Map.of("indicatorId", indicatorId,
                "baselineValue", "22.0", "baselineYear", 2022, "targetValue", "15.0", "targetYear", 2030))).id();

        long evaluation = created(api.post(token, "/agreements/" + agreement.id() + "/evaluations", Map.of("year", 2025))).id();
        created(api.put(token, "/evaluations/" + evaluation, Map.of("version", api.get(token, "/evaluations/" + evaluation).get("version"),
                "generalConclusion", "Conclusie " + secret)));

        Money money = new Money(api);
        long stream = money.streamWithBudgets(token, aStream().named("Stroom " + secret).structural(2024).recipient(owner.municipalityId()),
                "10000.00", 2025);
        long allocation = created(api.post(token, "/allocations", Map.of("streamId", stream, "year", 2025, "commitmentId", commitment,
                "amount", new BigDecimal("2500.00"), "note", "Toewijzing " + secret))).id();
        money.spend(token, allocation, 2025, "1200.00");

        ApiResponse read = api.get(token, "/agreements/" + agreement.id());
        Map<String, Object> ids = new HashMap<>();
        ids.put("agreement", agreement.id());
        ids.put("national", read.get("nationalId"));
        ids.put("commitment", commitment);
        ids.put("milestone", milestone);
        ids.put("indicator", indicatorId);
        ids.put("target", target);
        ids.put("evaluation", evaluation);
        ids.put("stream", stream);
        ids.put("allocation", allocation);
        ids.put("owner", owner.municipalityId());
        ids.put("ownerCode", owner.municipalityCode());
        ids.put("regionCode", owner.regionCode());
        return ids;
    }

    /** The GET paths of the served OpenAPI document. */
    @SuppressWarnings("unchecked")
    static List<String> getPaths(Api api) {
        ApiResponse document = api.get(null, "/swagger/akkoordmonitor-0.1.yml");
        assertEquals(200, document.status(), document.toString());
        Map<String, Object> yaml = new Yaml().load(document.text());
        Map<String, Map<String, Object>> paths = (Map<String, Map<String, Object>>) yaml.get("paths");
        return paths.entrySet().stream().filter(e -> e.getValue().containsKey("get")).map(Map.Entry::getKey)
                .filter(p -> !p.startsWith("/health") && !p.startsWith("/swagger")).sorted().toList();
    }

    /**
     * The requests for one documented path: its path parameters filled with the owner's ids, once
     * without a query and once with every query parameter the walk knows aimed at the owner.
     */
    static List<String> requests(String template, Map<String, Object> ids) {
        Matcher m = PATH_PARAMETER.matcher(template);
        StringBuilder path = new StringBuilder();
        while (m.find()) {
            m.appendReplacement(path, Matcher.quoteReplacement(String.valueOf(pathValue(template, m.group(1), ids))));
        }
        m.appendTail(path);
        String query = "?year=2025&region=" + ids.get("regionCode") + "&municipality=" + ids.get("ownerCode")
                + "&agreement=" + ids.get("agreement") + "&agreementId=" + ids.get("agreement")
                + "&commitmentId=" + ids.get("commitment") + "&streamId=" + ids.get("stream")
                + "&recipientId=" + ids.get("owner") + "&organisation=" + ids.get("owner") + "&owner=" + ids.get("owner")
                + "&scope=" + URLEncoder.encode(String.valueOf(ids.get("ownerCode")), StandardCharsets.UTF_8) + "&size=1000";
        return List.of(path.toString(), path + query);
    }

    private static Object pathValue(String template, String name, Map<String, Object> ids) {
        if (name.equals("year")) {
            return 2025;
        }
        if (name.equals("nationalId")) {
            return ids.get("national");
        }
        if (name.equals("figure")) {
            return "EXPECTED";
        }
        if (name.equals("agreementId")) {
            return ids.get("agreement");
        }
        if (name.equals("token")) {
            // A mail's unsubscribe link with an unknown secret: it must show nothing at all.
            return "onbekend-geheim";
        }
        if (name.equals("file")) {
            // A calendar feed's secret link: an unknown secret, which must show nothing at all.
            return "onbekend-geheim.ics";
        }
        if (name.equals("partId")) {
            // The stream has no funding parts: any id, the answer must not show the stream's inside either.
            return 1;
        }
        String resource = template.substring(0, template.indexOf("{" + name + "}"));
        String key = switch (resource) {
            case "/agreements/" -> "agreement";
            case "/milestones/" -> "milestone";
            case "/evaluations/" -> "evaluation";
            case "/commitments/" -> "commitment";
            case "/allocations/" -> "allocation";
            case "/funding-streams/" -> "stream";
            case "/indicators/" -> "indicator";
            case "/indicator-targets/" -> "target";
            case "/organisations/", "/users/" -> "owner";
            default -> throw new AssertionError("The walk does not know what to put in {" + name + "} of " + template
                    + "; add it to NothingOfTheInsideLeaksTest.pathValue");
        };
        return ids.get(key);
    }

    /** The answer as text; a workbook is unzipped, so that its sheets are searched too. */
    private static String text(ApiResponse response) {
        byte[] bytes = response.bytes();
        if (bytes.length > 4 && bytes[0] == 'P' && bytes[1] == 'K') {
            // Read by its central directory: the streamed workbook's entries carry their sizes only there.
            StringBuilder text = new StringBuilder();
            try {
                Path file = Files.createTempFile("answer", ".xlsx");
                try {
                    Files.write(file, bytes);
                    try (ZipFile zip = new ZipFile(file.toFile())) {
                        for (ZipEntry entry : java.util.Collections.list(zip.entries())) {
                            try (InputStream in = zip.getInputStream(entry)) {
                                text.append(new String(in.readAllBytes(), StandardCharsets.UTF_8));
                            }
                        }
                    }
                } finally {
                    Files.deleteIfExists(file);
                }
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            return text.toString();
        }
        return response.text();
    }

    private static ApiResponse created(ApiResponse response) {
        assertTrue(response.status() == 201 || response.status() == 200, response.toString());
        return response;
    }
}
