package nl.akkoordmonitor.web.internal.steering;

import static nl.akkoordmonitor.web.internal.map.MapPicture.escape;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;
import java.util.Locale;

/**
 * A horizontal stacked bar chart as SVG, drawn on the server: one bar per row, one coloured part
 * per series, with the row's label on the left and its total on the right. It carries no meaning
 * of its own: every page that shows one has the same numbers in a table beside it, and the SVG
 * says so in its accessible name.
 */
public final class BarChart {

    /** A series (say "structureel"), with its colour. */
    public record Series(String label, String colour) {
    }

    /** One bar: its label, its parts (one per series, in series order) and the total to print beside it. */
    public record Bar(String label, List<BigDecimal> parts, String total) {
    }

    private static final int WIDTH = 640;
    private static final int LABEL_WIDTH = 190;
    private static final int TOTAL_WIDTH = 110;
    private static final int BAR_HEIGHT = 20;
    private static final int GAP = 8;
    private static final int LEGEND_HEIGHT = 28;

    private BarChart() {
    }

    /**
     * The SVG of a chart.
     *
     * @param label the accessible name: what the chart shows and where its numbers are as text
     */
    public static String svg(String label, List<Series> series, List<Bar> bars) {
        BigDecimal max = bars.stream().map(b -> b.parts().stream().reduce(BigDecimal.ZERO, BigDecimal::add))
                .max(BigDecimal::compareTo).orElse(BigDecimal.ZERO);
        int plot = WIDTH - LABEL_WIDTH - TOTAL_WIDTH;
        StringBuilder legend = new StringBuilder();
        int x = 0;
        int legendY = 4;
        for (Series s : series) {
            int width = 28 + s.label().length() * 8;
            if (x > 0 && x + width > WIDTH) {
                x = 0;
                legendY += 22;
            }
            legend.append("<rect x=\"").append(x).append("\" y=\"").append(legendY).append("\" width=\"14\" height=\"14\" fill=\"")
                    .append(s.colour()).append("\"/><text x=\"").append(x + 20).append("\" y=\"").append(legendY + 12)
                    .append("\" font-size=\"13\">").append(escape(s.label())).append("</text>");
            x += width;
        }
        int top = legendY + LEGEND_HEIGHT;
        int height = top + bars.size() * (BAR_HEIGHT + GAP);
        StringBuilder svg = new StringBuilder(4096);
        svg.append("<svg class=\"akm-chart\" xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 ").append(WIDTH).append(' ').append(height)
                .append("\" role=\"img\" aria-label=\"").append(escape(label)).append("\">").append(legend);
        int y = top;
        for (Bar bar : bars) {
            svg.append("<text x=\"").append(LABEL_WIDTH - 8).append("\" y=\"").append(y + 15)
                    .append("\" font-size=\"13\" text-anchor=\"end\">").append(escape(bar.label())).append("</text>");
            double offset = LABEL_WIDTH;
            for (int i = 0; i < bar.parts().size(); i++) {
                BigDecimal part = bar.parts().get(i);
                if (part.signum() <= 0 || max.signum() == 0) {
                    continue;
                }
                double w = part.divide(max, 6, RoundingMode.HALF_UP).doubleValue() * plot;
                svg.append("<rect x=\"").append(format(offset)).append("\" y=\"").append(y).append("\" width=\"").append(format(w))
                        .append("\" height=\"").append(BAR_HEIGHT).append("\" fill=\"").append(series.get(i).colour()).append("\"/>");
                offset += w;
            }
            svg.append("<text x=\"").append(format(offset + 6)).append("\" y=\"").append(y + 15).append("\" font-size=\"13\">")
                    .append(escape(bar.total())).append("</text>");
            y += BAR_HEIGHT + GAP;
        }
        return svg.append("</svg>").toString();
    }

    private static String format(double value) {
        return String.format(Locale.ROOT, "%.1f", value);
    }
}
