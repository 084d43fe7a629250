package org.ddor.render.html;

import java.util.List;
import java.util.Locale;
import java.util.function.Function;
import org.ddor.report.Count;
import org.ddor.report.ddor.DdorReport.TrendPoint;

/**
 * The twelve-week trend as inline SVG written by the project: two panels of bars, detainers issued and
 * declines recorded, each with its own labelled scale (the two differ by a factor of 30 or more, so one
 * scale would flatten the declines). Readable without colour: each panel is titled, every bar carries
 * its figure, and the report's own period is marked in words. The same markup renders in browsers and
 * in the PDF (Batik).
 *
 * <p>A suppressed count is drawn as a dashed outline up to the threshold and labelled "&lt;5": its value
 * shapes neither the bar nor the scale.
 */
final class TrendChart {

    static final int WIDTH = 680;
    static final int HEIGHT = 330;
    private static final int LEFT = 58;
    private static final int RIGHT = 12;
    private static final int PANEL_HEIGHT = 96;
    private static final String FONT = "Liberation Sans, Arial, Helvetica, sans-serif";

    private final Xhtml svg;
    private final List<TrendPoint> trend;
    private final int threshold;

    private TrendChart(Xhtml svg, List<TrendPoint> trend, int threshold) {
        this.svg = svg;
        this.trend = trend;
        this.threshold = threshold;
    }

    /**
     * Writes the chart; {@code title} and {@code description} become its accessible name and description.
     * With {@code altAttribute} the title is also written as {@code alt}, which the tagged PDF reads.
     */
    static void write(Xhtml html, List<TrendPoint> trend, int threshold, boolean altAttribute, String title,
                      String description) {
        html.open("svg", "xmlns", "http://www.w3.org/2000/svg", "class", "trend-chart", "role", "img",
                "width", String.valueOf(WIDTH), "height", String.valueOf(HEIGHT),
                "viewBox", "0 0 " + WIDTH + " " + HEIGHT, "aria-label", title, "alt", altAttribute ? title : null,
                "aria-describedby", "trend-chart-desc", "font-family", FONT);
        html.element("title", title);
        html.element("desc", description, "id", "trend-chart-desc");
        html.empty("rect", "x", "0", "y", "0", "width", String.valueOf(WIDTH), "height", String.valueOf(HEIGHT),
                "fill", "#ffffff");
        TrendChart chart = new TrendChart(html, trend, threshold);
        chart.panel(0, "Detainers issued, nationally", TrendPoint::issued, "#2b5c8a");
        chart.panel(1, "Declines recorded (placed in each period)", TrendPoint::declined, "#a3471a");
        html.close();
    }

    private void panel(int index, String title, Function<TrendPoint, Count> figure, String fill) {
        int top = 34 + index * (PANEL_HEIGHT + 70);
        int bottom = top + PANEL_HEIGHT;
        svg.element("text", title, "x", String.valueOf(LEFT), "y", String.valueOf(top - 18), "font-size", "13",
                "font-weight", "bold", "fill", "#1a1a1a");
        long scaleTop = scaleTop(figure);
        axis(top, bottom, scaleTop);
        double slot = (double) (WIDTH - LEFT - RIGHT) / Math.max(1, trend.size());
        for (int i = 0; i < trend.size(); i++) {
            double x = LEFT + i * slot;
            if (i == trend.size() - 1) {
                reportPeriodBand(x, slot, top, bottom);
            }
            bar(figure.apply(trend.get(i)), x + slot * 0.2, slot * 0.6, bottom, scaleTop, fill);
            svg.element("text", Text.shortDay(trend.get(i).firstDay()), "x", format(x + slot / 2),
                    "y", String.valueOf(bottom + 14), "font-size", "10", "text-anchor", "middle", "fill", "#333333");
        }
    }

    private void axis(int top, int bottom, long scaleTop) {
        long step = scaleTop / 4;
        for (long tick = 0; tick <= scaleTop; tick += step) {
            double y = bottom - (double) tick / scaleTop * (bottom - top);
            svg.empty("line", "x1", String.valueOf(LEFT), "x2", String.valueOf(WIDTH - RIGHT), "y1", format(y),
                    "y2", format(y), "stroke", tick == 0 ? "#333333" : "#d5d9de", "stroke-width", tick == 0 ? "1.2" : "0.8");
            svg.element("text", Text.number(tick), "x", String.valueOf(LEFT - 6), "y", format(y + 3.5),
                    "font-size", "10", "text-anchor", "end", "fill", "#333333");
        }
    }

    private void reportPeriodBand(double x, double slot, int top, int bottom) {
        svg.empty("rect", "x", format(x + 1), "y", String.valueOf(top - 2), "width", format(slot - 2),
                "height", String.valueOf(bottom - top + 2), "fill", "#eef1f4");
        svg.element("text", "this report", "x", format(x + slot / 2), "y", String.valueOf(bottom + 27),
                "font-size", "9.5", "font-style", "italic", "text-anchor", "middle", "fill", "#333333");
    }

    private void bar(Count count, double x, double width, int bottom, long scaleTop, String fill) {
        long drawn = count.suppressed() ? threshold : count.value();
        double height = (double) drawn / scaleTop * PANEL_HEIGHT;
        double y = bottom - height;
        if (count.suppressed()) {
            svg.empty("rect", "x", format(x), "y", format(y), "width", format(width), "height", format(height),
                    "fill", "none", "stroke", fill, "stroke-width", "1", "stroke-dasharray", "3 2");
        } else if (height > 0) {
            svg.empty("rect", "x", format(x), "y", format(y), "width", format(width), "height", format(height),
                    "fill", fill);
        }
        svg.element("text", count.display(), "x", format(x + width / 2), "y", format(y - 3), "font-size", "9.5",
                "text-anchor", "middle", "fill", "#1a1a1a");
    }

    /**
     * A round top of scale with four equal steps, a tenth above the largest figure so its label fits under
     * the panel's title (suppressed figures count as the threshold).
     */
    private long scaleTop(Function<TrendPoint, Count> figure) {
        long max = trend.stream().map(figure)
                .mapToLong(count -> count.suppressed() ? threshold : count.value()).max().orElse(0);
        return 4 * niceStep(Math.max(4, max * 1.1) / 4.0);
    }

    static long niceStep(double rough) {
        double magnitude = Math.pow(10, Math.floor(Math.log10(rough)));
        for (double multiple : new double[] {1, 2, 2.5, 3, 4, 5, 6, 8, 10}) {
            if (multiple * magnitude >= rough && (multiple != 2.5 || magnitude >= 10)) {
                return Math.max(1, Math.round(multiple * magnitude));
            }
        }
        return Math.round(10 * magnitude);
    }

    private static String format(double value) {
        return String.format(Locale.ROOT, "%.1f", value);
    }
}
