package nl.akkoordmonitor.web.internal.map;

import io.micronaut.core.annotation.Nullable;

import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * A map ready to be drawn: the municipalities to colour, each with its fill, its Dutch title and
 * where it leads, on a viewBox around them, with the GGD-region borders over them.
 *
 * <p>The SVG is written here rather than in a template because it is 342 paths of precomputed
 * path data: one loop over a StringBuilder, with every text escaped by {@link #escape}.
 */
public record MapPicture(String id, String label, String viewBox, List<Area> areas, List<String> context, String borders) {

    /**
     * One municipality on the map.
     *
     * @param code  its CBS code
     * @param fill  the colour, as CSS colour
     * @param title the Dutch text a screen reader reads and a mouse shows: name and value
     * @param href  the page behind it, or null
     */
    public record Area(String code, String fill, String title, @Nullable String href) {
    }

    /**
     * Draws these municipalities, zoomed to them; the borders are those of the GGD regions in
     * {@code regionOfMunicipality} (every municipality of the country, so the outer border of a
     * region shows too).
     */
    public static MapPicture of(NetherlandsMap map, String id, String label, List<Area> areas,
                                Map<String, String> regionOfMunicipality) {
        Set<String> codes = new HashSet<>();
        areas.forEach(area -> codes.add(area.code()));
        boolean wholeCountry = areas.size() >= map.shapes().size();
        String viewBox = map.viewBox(wholeCountry ? List.of() : codes);
        List<String> context = wholeCountry ? List.of() : map.codesIn(viewBox).stream().filter(code -> !codes.contains(code)).toList();
        return new MapPicture(id, label, viewBox, areas, context, map.regionBorders(regionOfMunicipality));
    }

    /** The SVG element. Paths are not focusable: the table beside the map is the way by keyboard. */
    public String svg(NetherlandsMap map) {
        StringBuilder svg = new StringBuilder(256 * 1024);
        svg.append("<svg class=\"akm-map\" xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"").append(viewBox)
                .append("\" role=\"group\" aria-labelledby=\"").append(escape(id)).append("-title\">")
                .append("<title id=\"").append(escape(id)).append("-title\">").append(escape(label)).append("</title>")
                .append("<g stroke=\"#ffffff\" stroke-width=\"").append(lineWidth()).append("\">");
        if (!context.isEmpty()) {
            // The neighbours, in grey and hidden from screen readers: only there to place the region.
            svg.append("<g fill=\"#e4e4e4\" aria-hidden=\"true\">");
            context.forEach(code -> svg.append("<path d=\"").append(map.shapes().get(code).path()).append("\"/>"));
            svg.append("</g>");
        }
        for (Area area : areas) {
            NetherlandsMap.Shape shape = map.shapes().get(area.code());
            if (shape == null) {
                continue;
            }
            if (area.href() != null) {
                svg.append("<a href=\"").append(escape(area.href())).append("\" tabindex=\"-1\">");
            }
            svg.append("<path role=\"img\" d=\"").append(shape.path()).append("\" fill=\"").append(escape(area.fill()))
                    .append("\"><title>").append(escape(area.title())).append("</title></path>");
            if (area.href() != null) {
                svg.append("</a>");
            }
        }
        svg.append("</g><path class=\"akm-map-borders\" d=\"").append(borders)
                .append("\" fill=\"none\" stroke=\"#1b1b1b\" stroke-width=\"1.5\" vector-effect=\"non-scaling-stroke\" aria-hidden=\"true\"/>")
                .append("</svg>");
        return svg.toString();
    }

    /** A thin white line between municipalities, about half a pixel wide whatever the zoom. */
    private String lineWidth() {
        double viewWidth = Double.parseDouble(viewBox.split(" ")[2]);
        return String.format(java.util.Locale.ROOT, "%.2f", viewWidth / 1200);
    }

    /** Text made safe for SVG and HTML text and attributes. */
    public static String escape(String text) {
        StringBuilder out = new StringBuilder(text.length() + 8);
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            switch (c) {
                case '&' -> out.append("&amp;");
                case '<' -> out.append("&lt;");
                case '>' -> out.append("&gt;");
                case '"' -> out.append("&quot;");
                case '\'' -> out.append("&#39;");
                default -> out.append(c);
            }
        }
        return out.toString();
    }
}
