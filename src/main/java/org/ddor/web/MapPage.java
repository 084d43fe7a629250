package org.ddor.web;

import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import java.util.Comparator;
import java.util.List;
import org.ddor.render.html.Xhtml;
import org.ddor.report.Period;

/** The county map page: a measure for a period (default: detainers issued in the latest complete week). */
final class MapPage {

    private final Site site;

    MapPage(Site site) {
        this.site = site;
    }

    void routes(RoutesConfig routes) {
        routes.get("/map", this::map);
    }

    /** The period of a map request: from= and to= (both or neither), else the latest complete week. */
    static Period period(Context ctx, Site site) {
        String from = ctx.queryParam("from");
        String to = ctx.queryParam("to");
        if (from == null && to == null) {
            Period latest = site.read(Reports::latestCompleteWeek);
            if (latest == null) {
                throw WebException.notFound("the store holds no detainers yet, so there is nothing to map");
            }
            return latest;
        }
        if (from == null || to == null) {
            throw WebException.badRequest("give both from= and to= (e.g. from=2025-03-29&to=2025-04-04), or neither");
        }
        return Periods.range(from, to);
    }

    private void map(Context ctx) {
        String measure = Params.choice(ctx, "measure", "issued", CountyMeasures.MEASURES);
        Period period = period(ctx, site);
        List<CountyMeasures.County> counties = site.read(connection -> CountyMeasures.of(connection,
                site.perGeneration("counties", connection, CountyMeasures::places), period));
        Page page = Page.start("County map", site.generated(), "/map");
        Xhtml html = page.html();
        String title = "U.S. counties by " + CountyMap.measureWords(measure) + ", " + period.from() + " to " + period.to();
        html.element("h1", "County map");
        controls(html, measure, period);
        html.open("figure", "class", "map");
        CountyMap.write(html, counties, measure, title);
        html.element("figcaption", title + ". Select a county for its profile. Issued counts detainers sent to"
                + " facilities the county runs; declines are counted for the county that held the person.");
        html.close();
        CountyMap.legend(html, measure);
        top(html, counties, measure);
        html.open("p", "class", "api-link").text("As JSON: ");
        String api = "/api/map/counties?measure=" + measure + "&from=" + period.from() + "&to=" + period.to();
        html.element("a", api, "href", api).close();
        ctx.html(page.finish());
    }

    private static void controls(Xhtml html, String measure, Period period) {
        html.open("form", "method", "get", "action", "/map", "class", "map-controls");
        html.element("label", "Measure", "for", "measure");
        html.open("select", "id", "measure", "name", "measure");
        for (String choice : CountyMeasures.MEASURES) {
            html.element("option", CountyMap.measureWords(choice), "value", choice,
                    "selected", choice.equals(measure) ? "selected" : null);
        }
        html.close();
        html.element("label", "From", "for", "from");
        html.empty("input", "type", "date", "id", "from", "name", "from", "value", period.from().toString());
        html.element("label", "To", "for", "to");
        html.empty("input", "type", "date", "id", "to", "name", "to", "value", period.to().toString());
        html.element("button", "Show", "type", "submit");
        html.close();
    }

    /** The same figures as a table: the counties with the most, for readers who cannot use the map. */
    private static void top(Xhtml html, List<CountyMeasures.County> counties, String measure) {
        List<CountyMeasures.County> top = counties.stream().filter(c -> c.measure(measure).value() > 0)
                .sorted(Comparator.comparingLong((CountyMeasures.County c) -> c.measure(measure).suppressed() ? -1 : -c.measure(measure).value())
                        .thenComparing(CountyMeasures.County::fips))
                .limit(20).toList();
        html.element("h2", "Counties with the most " + CountyMap.measureWords(measure));
        if (top.isEmpty()) {
            html.element("p", "No county has any in this period.");
            return;
        }
        Format.table(html, "map-top", "Top counties by " + CountyMap.measureWords(measure), "County", "State", "#"
                + (measure.equals("declined") ? "Declines" : "Detainers issued"));
        for (CountyMeasures.County county : top) {
            html.open("tr");
            html.open("th", "scope", "row").element("a", county.name(), "href", "/jurisdictions/" + county.fips()).close();
            Format.cell(html, county.state());
            Format.countCell(html, county.measure(measure));
            html.close();
        }
        Format.endTable(html);
    }
}
