package nl.akkoordmonitor.web.internal.map;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Collectors;

import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class NetherlandsMapTest {

    private static Topology topology;
    private static NetherlandsMap map;
    /** CBS code → GGD-region code, from the reference data the agreements module loads. */
    private static Map<String, String> regionOf;
    private static Map<String, String> nameOf;

    @BeforeAll
    static void decodeOnce() throws IOException {
        try (InputStream in = NetherlandsMap.class.getResourceAsStream(NetherlandsMap.RESOURCE)) {
            topology = Topology.read(in);
        }
        map = new NetherlandsMap(topology);
        regionOf = new TreeMap<>();
        nameOf = new TreeMap<>();
        try (BufferedReader reader = new BufferedReader(new InputStreamReader(
                NetherlandsMapTest.class.getResourceAsStream("/reference/municipalities.csv"), StandardCharsets.UTF_8))) {
            reader.lines().skip(1).forEach(line -> {
                // One name has commas inside quotes ("Nuenen, Gerwen en Nederwetten").
                String[] cells = line.split(",(?=(?:[^\"]*\"[^\"]*\")*[^\"]*$)");
                cells[1] = cells[1].replace("\"", "");
                regionOf.put(cells[0], cells[2]);
                nameOf.put(cells[0], cells[1]);
            });
        }
    }

    @Test
    void everyMunicipalityOfTheReferenceDataIsOnTheMapAndNothingElse() {
        assertEquals(342, regionOf.size());
        assertEquals(regionOf.keySet(), map.shapes().keySet());
    }

    @Test
    void everyRingClosesOnItself() {
        // Rings join arcs walked forwards and backwards (~i); a wrong reversal leaves a ring open.
        for (Topology.Feature feature : topology.features("gm_features")) {
            for (int[] ring : feature.rings()) {
                List<double[]> positions = topology.ring(ring);
                assertArrayEquals(positions.get(0), positions.get(positions.size() - 1), 1e-9,
                        feature.code() + " has an open ring");
            }
        }
    }

    @Test
    void municipalitiesLieWhereTheyAreInLongitudeAndLatitude() {
        assertAll(
                // Groningen (city and surroundings since 2019): about 6.4–6.9 E, 53.1–53.3 N.
                () -> assertWithin("GM0014", 6.35, 6.95, 53.05, 53.35),
                // Maastricht, in the far south: about 5.6–5.8 E, 50.75–50.9 N.
                () -> assertWithin("GM0935", 5.6, 5.8, 50.74, 50.92),
                // Texel, an island in the north-west: about 4.7–4.95 E, 52.98–53.2 N.
                () -> assertWithin("GM0448", 4.6, 4.95, 52.95, 53.2));
    }

    @Test
    void theProjectionPutsTheNorthAtTheTopAndKeepsTheCountryTallerThanWide() {
        NetherlandsMap.Shape groningen = map.shapes().get("GM0014");
        NetherlandsMap.Shape maastricht = map.shapes().get("GM0935");
        NetherlandsMap.Shape texel = map.shapes().get("GM0448");
        assertTrue(groningen.maxY() < maastricht.minY(), "north is up");
        assertTrue(texel.maxX() < groningen.minX(), "west is left");
        assertEquals(1000, map.width());
        assertTrue(map.height() > 1100 && map.height() < 1250, "height " + map.height());
    }

    @Test
    void aRegionIsTheUnionOfItsMunicipalitiesNotTheSafetyRegion() {
        // Tilburg (GM0855) lies in safety region Midden- en West-Brabant but in GGD Hart voor
        // Brabant; Breda (GM0758) in GGD West-Brabant. Their shared border is a region border.
        assertNotEquals(regionOf.get("GM0855"), regionOf.get("GM0758"));
        Map<String, Integer> colours = map.regionColours(regionOf);
        assertEquals(25, colours.size());
        // Tilburg and 's-Hertogenbosch (GM0796) share a region, so they share a colour.
        assertEquals(regionOf.get("GM0855"), regionOf.get("GM0796"));
        assertTrue(colours.values().stream().allMatch(c -> c >= 0 && c < 6), "few colours: " + colours);
    }

    @Test
    void neighbouringRegionsNeverShareAColourAndBordersAreDrawnOnlyBetweenRegions() {
        Map<String, Integer> colours = map.regionColours(regionOf);
        String borders = map.regionBorders(regionOf);
        String everyMunicipality = map.regionBorders(regionOf.keySet().stream()
                .collect(Collectors.toMap(code -> code, code -> code)));
        assertTrue(borders.length() < everyMunicipality.length() * 3 / 4,
                "region borders leave out the borders inside a region");
        // Two neighbouring regions: Groningen and Drenthe (Groningen city and Tynaarlo touch).
        assertNotEquals(colours.get(regionOf.get("GM0014")), colours.get(regionOf.get("GM1730")));
    }

    @Test
    void aRegionIsZoomedToItsMunicipalities() {
        List<String> groningen = regionOf.entrySet().stream()
                .filter(e -> e.getValue().equals(regionOf.get("GM0014"))).map(Map.Entry::getKey).toList();
        String[] box = map.viewBox(groningen).split(" ");
        int width = Integer.parseInt(box[2]);
        assertTrue(width < map.width() / 2, "zoomed in: " + width);
        assertTrue(Integer.parseInt(map.viewBox(List.of()).split(" ")[2]) > map.width(), "the whole country when empty");
    }

    @Test
    void theSvgHasATitlePerMunicipalityEscapedAndLinks() throws IOException {
        List<MapPicture.Area> areas = new ArrayList<>();
        String[] palette = {"#4e79a7", "#f28e2b", "#59a14f", "#b07aa1", "#edc948", "#9c755f"};
        Map<String, Integer> colours = map.regionColours(regionOf);
        nameOf.forEach((code, name) -> areas.add(new MapPicture.Area(code,
                palette[colours.get(regionOf.get(code))], name + ": regio " + regionOf.get(code), "/x?g=" + code + "&a=1")));
        MapPicture picture = MapPicture.of(map, "kaart", "GGD-regio's van Nederland", areas, regionOf);
        String svg = picture.svg(map);

        assertEquals(342, count(svg, "<title>"));
        assertTrue(svg.contains("<title>&#39;s-Gravenhage: regio GG7014</title>"), "names are escaped");
        assertTrue(svg.contains("href=\"/x?g=GM0014&amp;a=1\""), "links are escaped");
        assertTrue(svg.contains("aria-labelledby=\"kaart-title\""));
        Set<String> codes = new HashSet<>();
        nameOf.keySet().forEach(codes::add);
        assertEquals(342, codes.size());

        // For looking at: target/map/regions.html (rendered to PNG by hand with chromium --screenshot).
        Path out = Path.of("target", "map");
        Files.createDirectories(out);
        Files.writeString(out.resolve("regions.html"), "<!doctype html><html><body style=\"margin:0\">"
                + "<div style=\"width:600px\">" + svg + "</div></body></html>");
        Map<String, MapPicture.Area> region = new LinkedHashMap<>();
        areas.stream().filter(a -> regionOf.get(a.code()).equals("GG5406")).forEach(a -> region.put(a.code(), a));
        Files.writeString(out.resolve("region.html"), "<!doctype html><html><body style=\"margin:0\">"
                + "<div style=\"width:600px\">" + MapPicture.of(map, "regio", "Regio", List.copyOf(region.values()), regionOf).svg(map)
                + "</div></body></html>");
    }

    private static int count(String text, String part) {
        int count = 0;
        for (int i = text.indexOf(part); i >= 0; i = text.indexOf(part, i + 1)) {
            count++;
        }
        return count;
    }

    private static void assertWithin(String code, double west, double east, double south, double north) {
        Topology.Feature feature = topology.features("gm_features").stream()
                .filter(f -> f.code().equals(code)).findFirst().orElseThrow();
        for (int[] ring : feature.rings()) {
            for (double[] p : topology.ring(ring)) {
                assertTrue(p[0] >= west && p[0] <= east && p[1] >= south && p[1] <= north,
                        code + " has a point at " + p[0] + ", " + p[1]);
            }
        }
        assertFalse(feature.rings().isEmpty());
    }
}
