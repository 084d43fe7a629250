package org.ddor.web;

import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.ddor.report.Period;

/**
 * The JSON API for the tables behind the pages (reports and published versions are routed by
 * {@link ReportPages} and {@link PublishedPages}). Documented in {@code /api/openapi.json}; counts follow the
 * public edition: a suppressed count has {@code "value": null}.
 */
final class Api {

    private final Site site;

    Api(Site site) {
        this.site = site;
    }

    void routes(RoutesConfig routes) {
        routes.get("/api/jurisdictions", this::jurisdictions);
        routes.get("/api/jurisdictions/{fips}", this::jurisdiction);
        routes.get("/api/facilities", this::facilities);
        routes.get("/api/releases", ctx -> Json.respond(ctx, site.read(Releases::of)));
        routes.get("/api/map/counties", this::counties);
        routes.get("/api/reports/ddor/latest", this::latest);
    }

    private void jurisdictions(Context ctx) {
        String search = Params.text(ctx, "q", 100);
        int limit = Params.clamped(ctx, "limit", 100, 1, Params.MAX_LIMIT);
        int offset = Params.clamped(ctx, "offset", 0, 0, 1_000_000);
        Json.respond(ctx, site.read(connection -> Jurisdictions.list(connection,
                site.perGeneration("jurisdiction counts", connection, Jurisdictions::counts), search, limit, offset)));
    }

    private void jurisdiction(Context ctx) {
        String fips = ctx.pathParam("fips");
        Json.respond(ctx, site.read(connection -> Jurisdictions.profile(connection, fips))
                .orElseThrow(() -> WebException.notFound("no jurisdiction has the FIPS code " + fips)));
    }

    private void facilities(Context ctx) {
        String status = Params.choice(ctx, "status", null, Facilities.STATUSES);
        int limit = Params.clamped(ctx, "limit", 100, 1, Params.MAX_LIMIT);
        Json.respond(ctx, site.read(connection -> Facilities.queue(connection,
                site.perGeneration("facility totals", connection, Facilities::totals), status, limit)));
    }

    private void counties(Context ctx) {
        String measure = Params.choice(ctx, "measure", "issued", CountyMeasures.MEASURES);
        Period period = MapPage.period(ctx, site);
        List<CountyMeasures.County> counties = site.read(connection -> CountyMeasures.of(connection,
                site.perGeneration("counties", connection, CountyMeasures::places), period));
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("from", period.from());
        body.put("to", period.to());
        body.put("measure", measure);
        body.put("counties", counties.stream().filter(CountyMeasures.County::hasData).map(c -> Map.of(
                "fips", c.fips(), "name", c.name(), "state", c.state(), "count", c.measure(measure))).toList());
        Json.respond(ctx, body);
    }

    /** Where the latest complete week's report is: a redirect to its URL under /api. */
    private void latest(Context ctx) {
        Period week = site.read(Reports::latestCompleteWeek);
        if (week == null) {
            throw WebException.notFound("the store holds no detainers yet");
        }
        ctx.redirect("/api" + Periods.reportUrl(week));
    }
}
