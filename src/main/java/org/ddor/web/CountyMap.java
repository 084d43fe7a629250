package org.ddor.web;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.ddor.render.html.Xhtml;
import org.ddor.report.Count;

/**
 * A server-side SVG choropleth of U.S. counties, drawn from the committed, pre-projected county paths
 * (counties.svgpaths.csv, from the Census Bureau's 2023 cartographic boundaries; provenance in
 * docs/web.md). Each county links to its profile. Classes are fixed, so the map of one period compares
 * with another's; the first non-zero class is "fewer than 5" so that a suppressed count shows nothing
 * more than the table does. Counties DDOR knows nothing about are hatched, apart from zero.
 */
final class CountyMap {

    /** Upper bounds (inclusive) of the classes after zero; the first is the suppression threshold minus one. */
    static final long[] BOUNDS = {4, 24, 99, 499, Long.MAX_VALUE};
    static final String[] FILLS = {"#f4f1ea", "#fde0c5", "#f9a870", "#e8633a", "#b8322a", "#6e1423"};
    static final String[] LABELS = {"0", "fewer than 5", "5\u201324", "25\u201399", "100\u2013499", "500 or more"};
    private static final String NO_DATA = "url(#no-data)";

    private static final Map<String, String> PATHS = load("/org/ddor/web/counties.svgpaths.csv");
    private static final String STATES = StaticFiles.resource("/org/ddor/web/states.svgpath.txt").strip();
    private static final String NATION = StaticFiles.resource("/org/ddor/web/nation.svgpath.txt").strip();

    private CountyMap() {
    }

    static void write(Xhtml html, List<CountyMeasures.County> counties, String measure, String title) {
        html.open("svg", "xmlns", "http://www.w3.org/2000/svg", "viewBox", "0 0 975 610", "class", "county-map",
                "role", "group", "aria-labelledby", "map-title");
        html.element("title", title, "id", "map-title");
        html.open("defs").open("pattern", "id", "no-data", "width", "4", "height", "4", "patternUnits", "userSpaceOnUse",
                "patternTransform", "rotate(45)");
        html.empty("rect", "width", "4", "height", "4", "fill", "#ffffff");
        html.empty("line", "x1", "0", "y1", "0", "x2", "0", "y2", "4", "stroke", "#9aa0a6", "stroke-width", "1.5");
        html.close().close();
        html.open("g", "class", "counties", "stroke", "#ffffff", "stroke-width", "0.3");
        for (CountyMeasures.County county : counties) {
            String path = PATHS.get(county.fips());
            if (path != null) {
                county(html, county, measure, path);
            }
        }
        html.close();
        html.empty("path", "d", STATES, "fill", "none", "stroke", "#3c4043", "stroke-width", "0.8", "class", "states");
        html.empty("path", "d", NATION, "fill", "none", "stroke", "#3c4043", "stroke-width", "0.8", "class", "nation");
        html.close();
    }

    private static void county(Xhtml html, CountyMeasures.County county, String measure, String path) {
        Count count = county.measure(measure);
        String fill = county.hasData() ? FILLS[bucket(count)] : NO_DATA;
        String words = county.name() + ", " + county.state() + ": "
                + (county.hasData() ? count.display() + " " + measureWords(measure) : "no data");
        html.open("a", "href", "/jurisdictions/" + county.fips(), "aria-label", words, "data-fips", county.fips());
        html.open("path", "d", path, "fill", fill, "class", county.hasData() ? "county" : "county no-data");
        html.element("title", words);
        html.close().close();
    }

    /** The class of a count: 0 for zero, 1 for a suppressed count (never its value), then by {@link #BOUNDS}. */
    static int bucket(Count count) {
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

    static String measureWords(String measure) {
        return measure.equals("declined") ? "declines recorded" : "detainers issued";
    }

    static void legend(Xhtml html, String measure) {
        html.open("div", "class", "legend", "role", "group", "aria-label", "Legend");
        html.element("p", "Counties by " + measureWords(measure), "class", "legend-title");
        html.open("ul");
        for (int i = 0; i < FILLS.length; i++) {
            swatch(html, FILLS[i], LABELS[i]);
        }
        swatch(html, NO_DATA, "no data: no facility in the data is run by the county");
        html.close().close();
    }

    private static void swatch(Xhtml html, String fill, String label) {
        html.open("li");
        html.open("svg", "xmlns", "http://www.w3.org/2000/svg", "width", "18", "height", "14", "aria-hidden", "true");
        if (fill.startsWith("url(")) {
            html.open("defs").open("pattern", "id", "no-data-key", "width", "4", "height", "4",
                    "patternUnits", "userSpaceOnUse", "patternTransform", "rotate(45)");
            html.empty("rect", "width", "4", "height", "4", "fill", "#ffffff");
            html.empty("line", "x1", "0", "y1", "0", "x2", "0", "y2", "4", "stroke", "#9aa0a6", "stroke-width", "1.5");
            html.close().close();
            fill = "url(#no-data-key)";
        }
        html.empty("rect", "width", "18", "height", "14", "fill", fill, "stroke", "#9aa0a6");
        html.close();
        html.element("span", label);
        html.close();
    }

    private static Map<String, String> load(String resource) {
        Map<String, String> paths = new LinkedHashMap<>();
        String text = StaticFiles.resource(resource);
        for (String line : text.split("\n")) {
            int comma = line.indexOf(',');
            if (comma == 5 && !line.startsWith("fips")) {
                paths.put(line.substring(0, 5), line.substring(6).strip());
            }
        }
        return Map.copyOf(paths);
    }
}
