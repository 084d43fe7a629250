package org.ddor.web;

import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.time.LocalDate;
import java.util.List;
import org.ddor.render.companion.CrimesTables;
import org.ddor.render.companion.FollowupTables;
import org.ddor.render.companion.SeriesTables;
import org.ddor.render.html.Xhtml;
import org.ddor.render.table.CsvTableRenderer;
import org.ddor.render.table.Tabulated;
import org.ddor.render.table.Tabulator;
import org.ddor.report.Edition;
import org.ddor.report.Period;
import org.ddor.report.Rate;
import org.ddor.report.Suppression;
import org.ddor.report.crimes.CrimesParameters;
import org.ddor.report.crimes.CrimesReport;
import org.ddor.report.crimes.CrimesReportBuilder;
import org.ddor.report.followup.FollowupParameters;
import org.ddor.report.followup.FollowupReport;
import org.ddor.report.followup.FollowupReportBuilder;
import org.ddor.report.series.Bucketing;
import org.ddor.report.series.SeriesParameters;
import org.ddor.report.series.SeriesReport;
import org.ddor.report.series.SeriesReportBuilder;

/**
 * The companion reports beside the Declined Detainer Outcome Report, as pages and as JSON (or CSV) under
 * {@code /api}: charge categories ({@code /reports/crimes}), time series ({@code /reports/series}, with a
 * chart) and follow-up after a decline ({@code /reports/followup}, with its method). Each is built from
 * its report's model and laid out from the same tabulator as its CSV and text outputs; the public edition.
 */
final class CompanionPages {

    static final Suppression PUBLIC = new Suppression(Edition.PUBLIC, Suppression.DEFAULT_THRESHOLD);
    static final List<String> BUCKETS = List.of("week", "month", "fiscal-year");

    private final Site site;

    CompanionPages(Site site) {
        this.site = site;
    }

    void routes(RoutesConfig routes) {
        routes.get("/reports/crimes", this::crimesPage);
        routes.get("/api/reports/crimes", ctx -> api(ctx, crimes(ctx), new CrimesTables(), "ddor-crimes"));
        routes.get("/reports/series", this::seriesPage);
        routes.get("/api/reports/series", ctx -> api(ctx, series(ctx), new SeriesTables(), "ddor-series"));
        routes.get("/reports/followup", this::followupPage);
        routes.get("/api/reports/followup", ctx -> api(ctx, followup(ctx), new FollowupTables(), "ddor-followup"));
    }

    private CrimesReport crimes(Context ctx) {
        CrimesParameters parameters = new CrimesParameters(CompanionParams.optionalPeriod(ctx),
                CompanionParams.fips(ctx, "jurisdiction"), PUBLIC);
        return site.read(connection -> new CrimesReportBuilder(connection).build(parameters));
    }

    private SeriesReport series(Context ctx) {
        Bucketing by = Bucketing.parse(Params.choice(ctx, "by", "month", BUCKETS));
        SeriesParameters parameters = SeriesParameters.of(CompanionParams.optionalPeriod(ctx), by)
                .withJurisdiction(CompanionParams.fips(ctx, "jurisdiction"));
        return site.read(connection -> new SeriesReportBuilder(connection).build(parameters));
    }

    private FollowupReport followup(Context ctx) {
        int window = Params.clamped(ctx, "window", FollowupParameters.DEFAULT_WINDOW_DAYS, 1, 3650);
        Period asked = CompanionParams.optionalPeriod(ctx);
        Period period = asked != null ? asked : site.read(connection -> defaultFollowupPeriod(connection, window));
        if (period == null) {
            throw WebException.notFound("the store holds no detainers yet, so there is no one to follow");
        }
        FollowupParameters parameters = new FollowupParameters(period, window, PUBLIC, Rate.DEFAULT_MINIMUM_DENOMINATOR);
        return site.read(connection -> new FollowupReportBuilder(connection).build(parameters));
    }

    /**
     * Without from= and to=: from the first issued date to the window's length before the last, so every
     * subject can be followed for the whole window (the whole data when it is shorter than the window).
     */
    static Period defaultFollowupPeriod(java.sql.Connection connection, int window) throws java.sql.SQLException {
        LocalDate[] range = Reports.dataRange(connection);
        if (range[0] == null) {
            return null;
        }
        LocalDate to = range[1].minusDays(window);
        return Period.range(range[0], to.isBefore(range[0]) ? range[1] : to);
    }

    private static <M> void api(Context ctx, M report, Tabulator<M> tabulator, String file) throws IOException {
        String format = Params.choice(ctx, "format", "json", List.of("json", "csv"));
        if (format.equals("json")) {
            Json.respond(ctx, report);
            return;
        }
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        CsvTableRenderer.single(tabulator).render(report, out);
        ctx.header("Content-Disposition", "attachment; filename=\"" + file + ".csv\"");
        ctx.contentType("text/csv; charset=utf-8").result(out.toByteArray());
    }

    private void crimesPage(Context ctx) {
        CrimesReport report = crimes(ctx);
        Tabulated tabulated = new CrimesTables().tabulate(report);
        Page page = start(ctx, "Charge categories", report.header().generatedSampleData(), tabulated,
                "Charge categories of declined detainers beside those of all detainers issued: categories only, never"
                        + " exact charges.");
        Xhtml html = page.html();
        Forms.start(html, "/reports/crimes");
        periodAndJurisdiction(html, report.header().from(), report.header().to(), report.header().jurisdiction());
        Forms.end(html);
        TableHtml.tables(html, tabulated, report.header().title() + ", " + report.header().period());
        finish(ctx, page, tabulated, "/reports/crimes");
    }

    private void seriesPage(Context ctx) {
        SeriesReport report = series(ctx);
        Tabulated tabulated = new SeriesTables().tabulate(report);
        Page page = start(ctx, "Time series", report.header().generatedSampleData(), tabulated,
                "Detainers issued, declines and bookings into ICE custody per week, month or fiscal year.");
        Xhtml html = page.html();
        Forms.start(html, "/reports/series");
        Forms.select(html, "by", "Per", BUCKETS, report.header().by(), false);
        periodAndJurisdiction(html, report.header().from(), report.header().to(), report.header().jurisdiction());
        Forms.end(html);
        SeriesChart.write(html, report.header().title() + ", " + report.header().period(), report.buckets());
        TableHtml.tables(html, tabulated, report.header().title() + ", " + report.header().period());
        finish(ctx, page, tabulated, "/reports/series");
    }

    /** The form's period (none when the report is of all the data) and its jurisdiction (empty: the nation). */
    private static void periodAndJurisdiction(Xhtml html, LocalDate from, LocalDate to, String jurisdiction) {
        Forms.period(html, from == null ? null : Period.range(from, to));
        Forms.input(html, "jurisdiction", "Jurisdiction FIPS (empty: the nation)", "text", jurisdiction, 5);
    }

    private void followupPage(Context ctx) {
        FollowupReport report = followup(ctx);
        Tabulated tabulated = new FollowupTables().tabulate(report);
        Page page = start(ctx, "Follow-up after a decline", report.header().generatedSampleData(), tabulated,
                "Of the people whose detainer was declined in the period, how many ICE sought again with a later"
                        + " detainer within the window, beside a comparison group. The method is stated in full below.");
        Xhtml html = page.html();
        Forms.start(html, "/reports/followup");
        Forms.period(html, Period.range(report.header().from(), report.header().to()));
        Forms.input(html, "window", "Window (days)", "number", String.valueOf(report.header().windowDays()), 3650);
        Forms.end(html);
        if (!report.measurable()) {
            html.element("p", report.method().get(0), "class", "not-measurable");
        }
        TableHtml.tables(html, tabulated, report.header().title() + ", " + report.header().period());
        html.element("h2", "Method", "id", "method");
        html.open("ol", "class", "method");
        report.method().forEach(step -> html.element("li", step));
        html.close();
        TableHtml.notes(html, report.notes());
        html.element("h2", "What this covers");
        TableHtml.lines(html, tabulated);
        apiLink(ctx, html, "/reports/followup");
        ctx.html(page.finish());
    }

    private static Page start(Context ctx, String navigationTitle, boolean generated, Tabulated tabulated, String lede) {
        Page page = Page.start(tabulated.title(), generated, ctx.path());
        page.html().open("p", "class", "breadcrumb").element("a", "Reports", "href", "/reports/ddor").text(" / ")
                .text(navigationTitle).close();
        page.html().element("h1", tabulated.title());
        page.html().element("p", lede, "class", "lede");
        return page;
    }

    private static void finish(Context ctx, Page page, Tabulated tabulated, String path) {
        Xhtml html = page.html();
        TableHtml.notes(html, tabulated.notes());
        html.element("h2", "What this covers");
        TableHtml.lines(html, tabulated);
        apiLink(ctx, html, path);
        ctx.html(page.finish());
    }

    private static void apiLink(Context ctx, Xhtml html, String path) {
        String query = ctx.queryString() == null ? "" : "?" + ctx.queryString();
        String api = "/api" + path + query;
        html.open("p", "class", "api-link").text("As JSON: ").element("a", api, "href", api).text(" \u00b7 CSV: ")
                .element("a", "download", "href", api + (query.isEmpty() ? "?" : "&") + "format=csv").close();
    }
}
