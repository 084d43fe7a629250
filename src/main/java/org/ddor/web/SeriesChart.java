package org.ddor.web;

import java.util.List;
import java.util.Locale;
import org.ddor.render.html.Xhtml;
import org.ddor.report.Count;
import org.ddor.report.series.SeriesReport.Bucket;

/**
 * A series as small multiples: one inline SVG line chart per measure (issued, declined, booked), each on
 * its own scale from zero, so a small measure is not flattened by a large one. No script. A suppressed
 * figure is a gap in the line, never drawn at its value; a bucket the data cover only in part is a hollow
 * point. The text alternative lists every figure as the public edition shows it, and the same figures
 * are in the table beside the chart.
 */
final class SeriesChart {

    static final int WIDTH = 720;
    static final int HEIGHT = 130;
    private static final int LEFT = 56;
    private static final int RIGHT = 12;
    private static final int TOP = 12;
    private static final int BOTTOM = 24;

    private SeriesChart() {
    }

    /** The three charts of a series, in a figure with a caption. */
    static void write(Xhtml html, String caption, List<Bucket> buckets) {
        if (buckets.isEmpty()) {
            return;
        }
        html.open("figure", "class", "series-chart");
        chart(html, "Detainers issued", buckets, buckets.stream().map(Bucket::issued).toList(), "#1d4f91");
        chart(html, "Declines", buckets, buckets.stream().map(Bucket::declined).toList(), "#a3320b");
        chart(html, "Booked into ICE custody", buckets, buckets.stream().map(Bucket::booked).toList(), "#3b6e22");
        html.element("figcaption", caption + ". A gap is a figure below the public edition's threshold; a hollow point"
                + " a period covered only in part by the data.");
        html.close();
    }

    static void chart(Xhtml html, String label, List<Bucket> buckets, List<Count> values, String colour) {
        boolean anyShown = values.stream().anyMatch(c -> !c.suppressed());
        long max = Math.max(1, values.stream().filter(c -> !c.suppressed()).mapToLong(Count::value).max().orElse(1));
        String description = label + " per period: " + String.join(", ", java.util.stream.IntStream.range(0, values.size())
                .mapToObj(i -> buckets.get(i).label() + " " + values.get(i).display()).toList());
        html.open("svg", "xmlns", "http://www.w3.org/2000/svg", "class", "series", "viewBox",
                "0 0 " + WIDTH + " " + HEIGHT, "width", String.valueOf(WIDTH), "height", String.valueOf(HEIGHT),
                "role", "img", "aria-label", label);
        html.element("title", description);
        axes(html, anyShown ? label : label + " (every figure below the threshold)", buckets, max, anyShown);
        StringBuilder points = new StringBuilder();
        for (int i = 0; i < values.size(); i++) {
            if (values.get(i).suppressed()) {
                line(html, points, colour);
                points.setLength(0);
                continue;
            }
            points.append(x(i, values.size())).append(',').append(y(values.get(i).value(), max)).append(' ');
        }
        line(html, points, colour);
        for (int i = 0; i < values.size(); i++) {
            if (!values.get(i).suppressed() && (values.size() <= 60 || buckets.get(i).partial())) {
                html.empty("circle", "cx", x(i, values.size()), "cy", y(values.get(i).value(), max), "r", "2.5",
                        "fill", buckets.get(i).partial() ? "#ffffff" : colour, "stroke", colour, "stroke-width", "1.5");
            }
        }
        html.close();
    }

    private static void axes(Xhtml html, String label, List<Bucket> buckets, long max, boolean scaled) {
        String bottom = String.valueOf(HEIGHT - BOTTOM);
        html.empty("line", "x1", String.valueOf(LEFT), "y1", bottom, "x2", String.valueOf(WIDTH - RIGHT), "y2", bottom,
                "stroke", "#5b6570", "stroke-width", "1");
        html.empty("line", "x1", String.valueOf(LEFT), "y1", String.valueOf(TOP), "x2", String.valueOf(WIDTH - RIGHT),
                "y2", String.valueOf(TOP), "stroke", "#d5d9de", "stroke-width", "1");
        if (scaled) {
            text(html, Format.number(max), LEFT - 6, TOP + 4, "end");
        }
        text(html, "0", LEFT - 6, HEIGHT - BOTTOM + 4, "end");
        text(html, label, LEFT + 4, TOP + 12, "start");
        text(html, buckets.get(0).label(), LEFT, HEIGHT - 6, "start");
        if (buckets.size() > 1) {
            text(html, buckets.get(buckets.size() - 1).label(), WIDTH - RIGHT, HEIGHT - 6, "end");
        }
    }

    private static void text(Xhtml html, String text, int x, int y, String anchor) {
        html.element("text", text, "x", String.valueOf(x), "y", String.valueOf(y), "text-anchor", anchor,
                "font-size", "11", "fill", "#1a1a1a");
    }

    private static void line(Xhtml html, StringBuilder points, String colour) {
        if (points.length() > 0) {
            html.empty("polyline", "points", points.toString().strip(), "fill", "none", "stroke", colour,
                    "stroke-width", "2", "stroke-linejoin", "round");
        }
    }

    private static String x(int index, int size) {
        double step = size <= 1 ? 0 : (WIDTH - LEFT - RIGHT - 8.0) / (size - 1);
        return String.format(Locale.ROOT, "%.1f", LEFT + 4 + index * step);
    }

    private static String y(long value, long max) {
        return String.format(Locale.ROOT, "%.1f", HEIGHT - BOTTOM - (HEIGHT - TOP - BOTTOM - 0.0) * value / max);
    }
}
