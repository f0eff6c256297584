package nl.akkoordmonitor.web.internal.map;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A quantised TopoJSON topology, decoded: its arcs as longitude/latitude positions and its
 * polygon features as rings of arc references.
 *
 * <p>Written by hand because no maintained Java library on Maven Central reads TopoJSON, and the
 * part we need is small (TopoJSON specification, sections 2.1.2–2.2): positions of an arc are
 * delta-encoded integers, a position is {@code q * scale + translate}, a ring is a list of arc
 * indices where {@code ~i} (a negative index) means arc {@code i} walked backwards, and
 * consecutive arcs of a ring share their joining position.
 */
public final class Topology {

    /** A polygon or multipolygon feature: its {@code code} property and its rings of arc indices. */
    public record Feature(String code, List<int[]> rings) {
    }

    private final List<double[][]> arcs;
    private final Map<String, List<Feature>> objects;

    private Topology(List<double[][]> arcs, Map<String, List<Feature>> objects) {
        this.arcs = arcs;
        this.objects = objects;
    }

    /** The features of one object of the topology ({@code gm_features}), in file order. */
    public List<Feature> features(String objectName) {
        List<Feature> features = objects.get(objectName);
        if (features == null) {
            throw new IllegalArgumentException("the topology has no object " + objectName);
        }
        return features;
    }

    public int arcCount() {
        return arcs.size();
    }

    /** The positions {lon, lat} of an arc reference; a negative reference gives the arc backwards. */
    public double[][] arc(int reference) {
        if (reference >= 0) {
            return arcs.get(reference);
        }
        double[][] forward = arcs.get(~reference);
        double[][] backward = new double[forward.length][];
        for (int i = 0; i < forward.length; i++) {
            backward[i] = forward[forward.length - 1 - i];
        }
        return backward;
    }

    /** The positions of a ring, each once, with the joins between its arcs not repeated. */
    public List<double[]> ring(int[] arcReferences) {
        List<double[]> positions = new ArrayList<>();
        for (int reference : arcReferences) {
            double[][] arc = arc(reference);
            for (int i = positions.isEmpty() ? 0 : 1; i < arc.length; i++) {
                positions.add(arc[i]);
            }
        }
        return positions;
    }

    /** The arc index of a reference, whichever way it is walked. */
    public static int arcIndex(int reference) {
        return reference >= 0 ? reference : ~reference;
    }

    /** Reads a quantised topology whose features are Polygons and MultiPolygons with a {@code code}. */
    public static Topology read(InputStream in) {
        try (JsonParser parser = new JsonFactory().createParser(in)) {
            @SuppressWarnings("unchecked")
            Map<String, Object> root = (Map<String, Object>) value(parser, parser.nextToken());
            @SuppressWarnings("unchecked")
            Map<String, Object> transform = (Map<String, Object>) root.get("transform");
            double[] scale = doubles(transform.get("scale"));
            double[] translate = doubles(transform.get("translate"));
            List<double[][]> arcs = new ArrayList<>();
            for (Object arc : (List<?>) root.get("arcs")) {
                arcs.add(decodeArc((List<?>) arc, scale, translate));
            }
            Map<String, List<Feature>> objects = new LinkedHashMap<>();
            ((Map<?, ?>) root.get("objects")).forEach((name, collection) ->
                    objects.put((String) name, features((Map<?, ?>) collection)));
            return new Topology(arcs, objects);
        } catch (IOException e) {
            throw new UncheckedIOException("the map cannot be read", e);
        }
    }

    private static double[][] decodeArc(List<?> quantised, double[] scale, double[] translate) {
        double[][] positions = new double[quantised.size()][];
        long x = 0;
        long y = 0;
        for (int i = 0; i < positions.length; i++) {
            List<?> delta = (List<?>) quantised.get(i);
            x += ((Number) delta.get(0)).longValue();
            y += ((Number) delta.get(1)).longValue();
            positions[i] = new double[]{x * scale[0] + translate[0], y * scale[1] + translate[1]};
        }
        return positions;
    }

    private static List<Feature> features(Map<?, ?> collection) {
        List<Feature> features = new ArrayList<>();
        for (Object item : (List<?>) collection.get("geometries")) {
            Map<?, ?> geometry = (Map<?, ?>) item;
            Map<?, ?> properties = (Map<?, ?>) geometry.get("properties");
            String code = properties == null ? null : String.valueOf(properties.get("code"));
            List<int[]> rings = new ArrayList<>();
            List<?> arcs = (List<?>) geometry.get("arcs");
            switch (String.valueOf(geometry.get("type"))) {
                case "Polygon" -> addRings(arcs, rings);
                case "MultiPolygon" -> arcs.forEach(polygon -> addRings((List<?>) polygon, rings));
                default -> throw new IllegalArgumentException("only polygons are drawn, not " + geometry.get("type"));
            }
            features.add(new Feature(code, List.copyOf(rings)));
        }
        return List.copyOf(features);
    }

    private static void addRings(List<?> polygon, List<int[]> rings) {
        for (Object ring : polygon) {
            List<?> references = (List<?>) ring;
            int[] refs = new int[references.size()];
            for (int i = 0; i < refs.length; i++) {
                refs[i] = ((Number) references.get(i)).intValue();
            }
            rings.add(refs);
        }
    }

    private static double[] doubles(Object list) {
        List<?> values = (List<?>) list;
        return new double[]{((Number) values.get(0)).doubleValue(), ((Number) values.get(1)).doubleValue()};
    }

    /** Reads one JSON value into maps, lists, numbers and strings. */
    private static Object value(JsonParser parser, JsonToken token) throws IOException {
        switch (token) {
            case START_OBJECT -> {
                Map<String, Object> map = new LinkedHashMap<>();
                while (parser.nextToken() == JsonToken.FIELD_NAME) {
                    String name = parser.currentName();
                    map.put(name, value(parser, parser.nextToken()));
                }
                return map;
            }
            case START_ARRAY -> {
                List<Object> list = new ArrayList<>();
                JsonToken next;
                while ((next = parser.nextToken()) != JsonToken.END_ARRAY) {
                    list.add(value(parser, next));
                }
                return list;
            }
            case VALUE_NUMBER_INT -> {
                return parser.getLongValue();
            }
            case VALUE_NUMBER_FLOAT -> {
                return parser.getDoubleValue();
            }
            case VALUE_STRING -> {
                return parser.getText();
            }
            case VALUE_TRUE, VALUE_FALSE -> {
                return parser.getBooleanValue();
            }
            case VALUE_NULL -> {
                return null;
            }
            default -> throw new IOException("unexpected JSON token " + token);
        }
    }
}
