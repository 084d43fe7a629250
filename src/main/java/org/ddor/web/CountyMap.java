package org.ddor.web;

import java.util.List;
import org.ddor.render.html.Xhtml;
import org.ddor.render.html.CountyMapSvg;

/**
 * The site's county map: {@link CountyMapSvg} over every county with its figure of the chosen measure, each
 * county linking to its profile. Counties DDOR knows nothing about (no facility in the data is attributed to
 * them) are hatched, apart from zero.
 */
final class CountyMap {

    private CountyMap() {
    }

    static void write(Xhtml html, List<CountyMeasures.County> counties, String measure, String title) {
        List<CountyMapSvg.Shade> shades = counties.stream().map(county -> new CountyMapSvg.Shade(county.fips(),
                county.name() + ", " + county.state(), county.measure(measure), county.hasData())).toList();
        CountyMapSvg.write(html, shades, title, "map-title", measureWords(measure), fips -> "/jurisdictions/" + fips, false);
    }

    static String measureWords(String measure) {
        return measure.equals("declined") ? "declines recorded" : "detainers issued";
    }

    static void legend(Xhtml html, String measure) {
        CountyMapSvg.legend(html, "Counties by " + measureWords(measure), true, "no data: no facility in the data is run by the county");
    }
}
