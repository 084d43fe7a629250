package org.ddor.web;

import java.util.List;
import java.util.Locale;
import org.ddor.render.html.Xhtml;
import org.ddor.report.Count;

/**
 * A small inline SVG line of weekly figures. A suppressed figure is drawn as a gap, never at its value,
 * and the text alternative lists every figure as the public edition shows it.
 */
final class Sparkline {

    static final int WIDTH = 240;
    static final int HEIGHT = 48;
    private static final int PAD = 4;

    private Sparkline() {
    }

    static void write(Xhtml html, String label, List<Count> values) {
        long max = Math.max(1, values.stream().filter(c -> !c.suppressed()).mapToLong(Count::value).max().orElse(1));
        String description = label + ", weekly: " + String.join(", ", values.stream().map(Count::display).toList());
        html.open("svg", "xmlns", "http://www.w3.org/2000/svg", "class", "sparkline", "viewBox",
                "0 0 " + WIDTH + " " + HEIGHT, "width", String.valueOf(WIDTH), "height", String.valueOf(HEIGHT),
                "role", "img", "aria-label", description);
        html.element("title", description);
        html.empty("line", "x1", "0", "y1", String.valueOf(HEIGHT - PAD), "x2", String.valueOf(WIDTH),
                "y2", String.valueOf(HEIGHT - PAD), "class", "baseline", "stroke", "#b8bcc2", "stroke-width", "1");
        StringBuilder points = new StringBuilder();
        for (int i = 0; i < values.size(); i++) {
            Count count = values.get(i);
            if (count.suppressed()) {
                polyline(html, points);
                points.setLength(0);
                continue;
            }
            points.append(x(i, values.size())).append(',').append(y(count.value(), max)).append(' ');
        }
        polyline(html, points);
        if (!values.isEmpty() && !values.get(values.size() - 1).suppressed()) {
            html.empty("circle", "cx", x(values.size() - 1, values.size()),
                    "cy", y(values.get(values.size() - 1).value(), max), "r", "3", "fill", "#1d4f91");
        }
        html.close();
    }

    private static void polyline(Xhtml html, StringBuilder points) {
        if (points.length() > 0) {
            html.empty("polyline", "points", points.toString().strip(), "fill", "none", "stroke", "#1d4f91",
                    "stroke-width", "2", "stroke-linejoin", "round");
        }
    }

    private static String x(int index, int size) {
        double step = size <= 1 ? 0 : (WIDTH - 2.0 * PAD) / (size - 1);
        return String.format(Locale.ROOT, "%.1f", PAD + index * step);
    }

    private static String y(long value, long max) {
        return String.format(Locale.ROOT, "%.1f", HEIGHT - PAD - (HEIGHT - 2.0 * PAD) * value / max);
    }
}
