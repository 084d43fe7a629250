package org.ddor.render.html;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.ddor.report.Count;

/**
 * A choropleth of U.S. counties as inline SVG, drawn from the committed, pre-projected county paths
 * (counties.svgpaths.csv, from the Census Bureau's 2023 cartographic boundaries; provenance in docs/web.md), so
 * it needs no script, prints, and lays out in the PDF. Classes are fixed, so the map of one period compares with
 * another's; the first non-zero class is "fewer than 5" so that a suppressed count shows nothing more than the
 * table does. Counties without data are hatched, apart from zero. The legend's swatches take their colours from
 * the stylesheets ({@code .swatch-0} to {@code .swatch-5}, {@code .swatch-none}), which must match {@link #FILLS}.
 * Stateless and thread-safe.
 */
public final class CountyMapSvg {

    /** One county to draw: its figure, or none ({@code hasData} false: DDOR knows nothing about it). */
    public record Shade(String fips, String label, Count count, boolean hasData) {
    }

    /** Upper bounds (inclusive) of the classes after zero; the first is the suppression threshold minus one. */
    static final long[] BOUNDS = {4, 24, 99, 499, Long.MAX_VALUE};
    static final String[] FILLS = {"#f4f1ea", "#fde0c5", "#f9a870", "#e8633a", "#b8322a", "#6e1423"};
    static final String[] LABELS = {"0", "fewer than 5", "5\u201324", "25\u201399", "100\u2013499", "500 or more"};
    private static final String NO_DATA = "url(#no-data)";

    private static final Map<String, String> PATHS = load("counties.svgpaths.csv");
    private static final String STATES = resource("states.svgpath.txt").strip();
    private static final String NATION = resource("nation.svgpath.txt").strip();

    private CountyMapSvg() {
    }

    /**
     * Writes the map: each shade's county (a FIPS code the map has no shape for is left out), then state borders
     * and the national outline on top.
     *
     * @param id   the id of the map's title element (unique in the document)
     * @param unit what the counts count, after the number in each county's title ("declines recorded")
     * @param href a county's link, or null for a map without links
     * @param alt  whether to write the title as {@code alt} too, which the tagged PDF reads
     */
    public static void write(Xhtml html, List<Shade> shades, String title, String id, String unit,
                             Function<String, String> href, boolean alt) {
        html.open("svg", "xmlns", "http://www.w3.org/2000/svg", "viewBox", "0 0 975 610", "width", "975",
                "height", "610", "class", "county-map", "role", "group", "aria-labelledby", id, "alt", alt ? title : null);
        html.element("title", title, "id", id);
        html.open("defs");
        hatching(html, "no-data");
        html.close();
        html.open("g", "class", "counties", "stroke", "#ffffff", "stroke-width", "0.3");
        for (Shade shade : shades) {
            String path = PATHS.get(shade.fips());
            if (path != null) {
                county(html, shade, path, unit, href);
            }
        }
        html.close();
        html.empty("path", "d", STATES, "fill", "none", "stroke", "#3c4043", "stroke-width", "0.8", "class", "states");
        html.empty("path", "d", NATION, "fill", "none", "stroke", "#3c4043", "stroke-width", "0.8", "class", "nation");
        html.close();
    }

    private static void county(Xhtml html, Shade shade, String path, String unit, Function<String, String> href) {
        String fill = shade.hasData() ? FILLS[bucket(shade.count())] : NO_DATA;
        String words = shade.label() + ": " + (shade.hasData() ? shade.count().display() + " " + unit : "no data");
        if (href != null) {
            html.open("a", "href", href.apply(shade.fips()), "aria-label", words, "data-fips", shade.fips());
        }
        html.open("path", "d", path, "fill", fill, "class", shade.hasData() ? "county" : "county no-data");
        html.element("title", words);
        html.close();
        if (href != null) {
            html.close();
        }
    }

    /** The class of a count: 0 for zero, 1 for a suppressed count (never its value), then by {@link #BOUNDS}. */
    public static int bucket(Count count) {
        if (count.suppressed()) {
            return 1;
        }
        if (count.value() == 0) {
            return 0;
        }
        for (int i = 0; i < BOUNDS.length; i++) {
            if (count.value() <= BOUNDS[i]) {
                return i + 1;
            }
        }
        return BOUNDS.length;
    }

    /**
     * The legend: the classes (from "fewer than 5" when {@code withZero} is false: a map that draws only counties
     * with a figure), and "no data" with {@code noDataWords} when that is not null.
     */
    public static void legend(Xhtml html, String heading, boolean withZero, String noDataWords) {
        html.open("div", "class", "legend", "role", "group", "aria-label", "Legend");
        html.element("p", heading, "class", "legend-title");
        html.open("p", "class", "legend-items");
        for (int i = withZero ? 0 : 1; i < FILLS.length; i++) {
            swatch(html, "swatch-" + i, LABELS[i]);
        }
        if (noDataWords != null) {
            swatch(html, "swatch-none", noDataWords);
        }
        html.close().close();
    }

    /** A legend entry: a swatch coloured by the stylesheets' {@code swatch-N} classes, then its words. */
    private static void swatch(Xhtml html, String swatchClass, String label) {
        html.open("span", "class", "legend-item");
        html.element("span", "\u00a0", "class", "swatch " + swatchClass, "aria-hidden", "true");
        html.text(" " + label);
        html.close().text(" ");
    }

    private static void hatching(Xhtml html, String id) {
        html.open("pattern", "id", id, "width", "4", "height", "4", "patternUnits", "userSpaceOnUse",
                "patternTransform", "rotate(45)");
        html.empty("rect", "width", "4", "height", "4", "fill", "#ffffff");
        html.empty("line", "x1", "0", "y1", "0", "x2", "0", "y2", "4", "stroke", "#9aa0a6", "stroke-width", "1.5");
        html.close();
    }

    /** True when the map has a shape for the county (a FIPS code of the 2023 county-equivalents). */
    public static boolean hasShape(String fips) {
        return fips != null && PATHS.containsKey(fips);
    }

    private static Map<String, String> load(String name) {
        Map<String, String> paths = new LinkedHashMap<>();
        for (String line : resource(name).split("\n")) {
            int comma = line.indexOf(',');
            if (comma == 5 && !line.startsWith("fips")) {
                paths.put(line.substring(0, 5), line.substring(6).strip());
            }
        }
        return Map.copyOf(paths);
    }

    private static String resource(String name) {
        try (InputStream in = CountyMapSvg.class.getResourceAsStream(name)) {
            if (in == null) {
                throw new IllegalStateException("map shapes " + name + " are missing from the build");
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
