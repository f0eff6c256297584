package nl.akkoordmonitor.web.internal.map;

import io.micronaut.context.annotation.Context;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The 342 municipalities of the Netherlands as SVG path data, decoded and projected once when the
 * server starts. GGD regions are drawn as the union of their municipalities: a region's border is
 * every arc that separates two municipalities of different regions (or one from the sea or a
 * neighbouring country). The safety-region shapes in the same file are never used, because in
 * Noord-Brabant they differ from the GGD regions.
 */
@Context
public class NetherlandsMap {

    static final String RESOURCE = "/nl/akkoordmonitor/web/map/nl-vr-gm.topo.json";
    private static final String MUNICIPALITIES = "gm_features";
    /** x = lon · cos(52.1°), y = −lat: close enough for a country this small. */
    private static final double COS_LATITUDE = Math.cos(Math.toRadians(52.1));
    /** Width of the whole country in SVG units; one unit is about 250 m. */
    private static final int WIDTH = 1000;

    /** One municipality: its outline in SVG units and its bounding box. */
    public record Shape(String code, String path, int minX, int minY, int maxX, int maxY) {
    }

    private final Map<String, Shape> shapes;
    /** Per arc, the projected positions and the municipalities on either side. */
    private final List<int[][]> arcs;
    private final List<List<String>> arcUsers;
    private final int width;
    private final int height;
    private final Map<Map<String, String>, RegionLayout> layouts = new ConcurrentHashMap<>();

    public NetherlandsMap() {
        this(load());
    }

    NetherlandsMap(Topology topology) {
        List<Topology.Feature> features = topology.features(MUNICIPALITIES);
        double minX = Double.MAX_VALUE;
        double maxX = -Double.MAX_VALUE;
        double minY = Double.MAX_VALUE;
        double maxY = -Double.MAX_VALUE;
        for (int i = 0; i < topology.arcCount(); i++) {
            for (double[] p : topology.arc(i)) {
                minX = Math.min(minX, p[0] * COS_LATITUDE);
                maxX = Math.max(maxX, p[0] * COS_LATITUDE);
                minY = Math.min(minY, -p[1]);
                maxY = Math.max(maxY, -p[1]);
            }
        }
        double scale = WIDTH / (maxX - minX);
        this.width = WIDTH;
        this.height = (int) Math.ceil((maxY - minY) * scale);

        arcs = new ArrayList<>(topology.arcCount());
        arcUsers = new ArrayList<>(topology.arcCount());
        for (int i = 0; i < topology.arcCount(); i++) {
            double[][] arc = topology.arc(i);
            int[][] projected = new int[arc.length][];
            for (int j = 0; j < arc.length; j++) {
                projected[j] = new int[]{
                        (int) Math.round((arc[j][0] * COS_LATITUDE - minX) * scale),
                        (int) Math.round((-arc[j][1] - minY) * scale)};
            }
            arcs.add(projected);
            arcUsers.add(new ArrayList<>(2));
        }

        Map<String, Shape> byCode = new TreeMap<>();
        for (Topology.Feature feature : features) {
            StringBuilder path = new StringBuilder();
            int[] box = {Integer.MAX_VALUE, Integer.MAX_VALUE, Integer.MIN_VALUE, Integer.MIN_VALUE};
            for (int[] ring : feature.rings()) {
                List<int[]> points = new ArrayList<>();
                for (int reference : ring) {
                    arcUsers.get(Topology.arcIndex(reference)).add(feature.code());
                    int[][] arc = arcs.get(Topology.arcIndex(reference));
                    boolean forward = reference >= 0;
                    for (int j = points.isEmpty() ? 0 : 1; j < arc.length; j++) {
                        points.add(arc[forward ? j : arc.length - 1 - j]);
                    }
                }
                appendPath(path, points, true);
                for (int[] p : points) {
                    box[0] = Math.min(box[0], p[0]);
                    box[1] = Math.min(box[1], p[1]);
                    box[2] = Math.max(box[2], p[0]);
                    box[3] = Math.max(box[3], p[1]);
                }
            }
            byCode.put(feature.code(), new Shape(feature.code(), path.toString(), box[0], box[1], box[2], box[3]));
        }
        this.shapes = Map.copyOf(byCode);
    }

    private static Topology load() {
        try (InputStream in = NetherlandsMap.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException("the map " + RESOURCE + " is missing from the classpath");
            }
            return Topology.read(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Every municipality by CBS code. */
    public Map<String, Shape> shapes() {
        return shapes;
    }

    public int width() {
        return width;
    }

    public int height() {
        return height;
    }

    /** The viewBox that shows these municipalities with a small margin; the whole country when empty. */
    public String viewBox(Collection<String> codes) {
        int minX = Integer.MAX_VALUE;
        int minY = Integer.MAX_VALUE;
        int maxX = Integer.MIN_VALUE;
        int maxY = Integer.MIN_VALUE;
        for (String code : codes) {
            Shape shape = shapes.get(code);
            if (shape != null) {
                minX = Math.min(minX, shape.minX());
                minY = Math.min(minY, shape.minY());
                maxX = Math.max(maxX, shape.maxX());
                maxY = Math.max(maxY, shape.maxY());
            }
        }
        if (minX == Integer.MAX_VALUE) {
            minX = 0;
            minY = 0;
            maxX = width;
            maxY = height;
        }
        int margin = Math.max(4, Math.max(maxX - minX, maxY - minY) / 40);
        return (minX - margin) + " " + (minY - margin) + " " + (maxX - minX + 2 * margin) + " " + (maxY - minY + 2 * margin);
    }

    /** The municipalities that show, at least in part, in a viewBox. */
    public List<String> codesIn(String viewBox) {
        String[] box = viewBox.split(" ");
        int minX = Integer.parseInt(box[0]);
        int minY = Integer.parseInt(box[1]);
        int maxX = minX + Integer.parseInt(box[2]);
        int maxY = minY + Integer.parseInt(box[3]);
        return shapes.values().stream()
                .filter(s -> s.maxX() >= minX && s.minX() <= maxX && s.maxY() >= minY && s.minY() <= maxY)
                .map(Shape::code).sorted().toList();
    }

    /**
     * The borders between GGD regions, and along the sea and the country's border, as one SVG
     * path, for a map where every municipality lies in the region this map gives it.
     */
    public String regionBorders(Map<String, String> regionOfMunicipality) {
        return layout(regionOfMunicipality).borders();
    }

    /**
     * A colour index (0 to 5) per GGD region such that regions that share a border never share a
     * colour: so the regions can be told apart on a map coloured by region.
     */
    public Map<String, Integer> regionColours(Map<String, String> regionOfMunicipality) {
        return layout(regionOfMunicipality).colours();
    }

    private record RegionLayout(String borders, Map<String, Integer> colours) {
    }

    private RegionLayout layout(Map<String, String> regionOfMunicipality) {
        return layouts.computeIfAbsent(Map.copyOf(regionOfMunicipality), this::computeLayout);
    }

    private RegionLayout computeLayout(Map<String, String> regionOf) {
        StringBuilder borders = new StringBuilder();
        Map<String, Set<String>> neighbours = new TreeMap<>();
        for (int i = 0; i < arcs.size(); i++) {
            List<String> users = arcUsers.get(i);
            String first = users.isEmpty() ? null : regionOf.get(users.get(0));
            String second = users.size() < 2 ? null : regionOf.get(users.get(1));
            if (first != null && second != null && !first.equals(second)) {
                neighbours.computeIfAbsent(first, r -> new TreeSet<>()).add(second);
                neighbours.computeIfAbsent(second, r -> new TreeSet<>()).add(first);
            }
            if (users.size() < 2 || first == null || !first.equals(second)) {
                appendPath(borders, Arrays.asList(arcs.get(i)), false);
            }
        }
        // Greedy colouring, regions with most neighbours first: planar maps of this size need few colours.
        List<String> regions = new ArrayList<>(new TreeSet<>(regionOf.values()));
        regions.sort((a, b) -> neighbours.getOrDefault(b, Set.of()).size() - neighbours.getOrDefault(a, Set.of()).size());
        Map<String, Integer> colours = new LinkedHashMap<>();
        for (String region : regions) {
            Set<Integer> taken = new TreeSet<>();
            for (String neighbour : neighbours.getOrDefault(region, Set.of())) {
                Integer colour = colours.get(neighbour);
                if (colour != null) {
                    taken.add(colour);
                }
            }
            int colour = 0;
            while (taken.contains(colour)) {
                colour++;
            }
            colours.put(region, colour);
        }
        return new RegionLayout(borders.toString(), Map.copyOf(new HashMap<>(colours)));
    }

    /** Appends a polyline as "M x y l dx dy …", relative moves keep the page small. */
    private static void appendPath(StringBuilder path, List<int[]> points, boolean close) {
        int[] previous = null;
        boolean line = false;
        for (int[] point : points) {
            if (previous == null) {
                path.append('M').append(point[0]).append(' ').append(point[1]);
            } else if (point[0] != previous[0] || point[1] != previous[1]) {
                path.append(line ? ' ' : 'l').append(point[0] - previous[0]).append(' ').append(point[1] - previous[1]);
                line = true;
            }
            previous = point;
        }
        if (close) {
            path.append('z');
        }
    }
}
