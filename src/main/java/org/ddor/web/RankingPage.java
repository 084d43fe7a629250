package org.ddor.web;

import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import java.io.ByteArrayOutputStream;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.ddor.render.companion.RankingTables;
import org.ddor.render.html.Xhtml;
import org.ddor.render.table.CsvTableRenderer;
import org.ddor.report.StoreCoverage;
import org.ddor.report.ranking.RankingReport;
import org.ddor.report.ranking.RankingReport.RankedUnit;
import org.ddor.report.ranking.RankingReportBuilder;
import org.ddor.report.ranking.UnitNames;

/**
 * Rankings ({@code ddor report ranking} on the site): top N jurisdictions, facilities, states or AORs by a
 * measure, filtered by period, state, AOR and operator, every column sortable by a link; all of it in
 * the URL. Built from the ranking report's model on each request (never cached: its query is the one
 * the benchmark measures). {@code /api/rankings} answers the same as JSON (or CSV), paged.
 */
final class RankingPage {

    static final String PATH = "/rankings";
    /** "run by Montgomery County, PA (42091)": the jurisdiction a facility's detail names. */
    private static final Pattern RUN_BY = Pattern.compile("run by .*\\((\\d{5}|\\d{2})\\)");

    private static final String[][] COLUMNS = {{"rank", "Rank"}, {"name", "Name"}, {null, "Kind"},
            {"state", "State"}, {"aor", "AOR"}, {null, "Detail"}, {"issued", "#Issued"}, {"declined", "#Declined"},
            {"declined-of-issued", "#Declined of issued"}, {"rate", "#Decline rate (95% CI)"}, {"booked", "#Booked"}};

    private final Site site;

    RankingPage(Site site) {
        this.site = site;
    }

    void routes(RoutesConfig routes) {
        routes.get(PATH, this::page);
        routes.get("/api" + PATH, this::api);
    }

    private RankingReport build(RankingQuery query) {
        return site.read(connection -> new RankingReportBuilder(connection,
                site.perGeneration("coverage", connection, StoreCoverage::read),
                site.perGeneration("unit names", connection, UnitNames::readAll)).build(query.parameters()));
    }

    private void api(Context ctx) throws Exception {
        RankingQuery query = RankingQuery.read(ctx);
        String format = Params.choice(ctx, "format", "json", List.of("json", "csv"));
        int limit = Params.clamped(ctx, "limit", 100, 1, Params.MAX_LIMIT);
        int offset = Params.clamped(ctx, "offset", 0, 0, RankingQuery.MAX_TOP);
        RankingReport report = build(query);
        List<RankedUnit> rows = query.sorted(report.rows());
        if (format.equals("csv")) {
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            CsvTableRenderer.single(new RankingTables()).render(report, out);
            ctx.header("Content-Disposition", "attachment; filename=\"ddor-ranking.csv\"");
            ctx.contentType("text/csv; charset=utf-8").result(out.toByteArray());
            return;
        }
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("header", report.header());
        body.put("ranked", report.excluded().units() - report.excluded().unitsWithNone()
                - report.excluded().unitsBelowMinimum() - report.excluded().unitsSuppressed());
        body.put("total", rows.size());
        body.put("limit", limit);
        body.put("offset", offset);
        body.put("sort", query.sort());
        body.put("dir", query.dir());
        body.put("rows", rows.subList(Math.min(offset, rows.size()), Math.min(offset + limit, rows.size())));
        body.put("excluded", report.excluded());
        body.put("notes", report.notes());
        Json.respond(ctx, body);
    }

    private void page(Context ctx) {
        RankingQuery query = RankingQuery.read(ctx);
        RankingReport report = build(query);
        Page page = Page.start("Rankings", report.header().generatedSampleData(), PATH);
        Xhtml html = page.html();
        html.element("h1", report.header().title());
        html.element("p", "Period: " + report.header().period() + ". Top " + query.top() + ", public edition: counts"
                + " of 1 to " + (report.header().threshold() - 1) + " read \u201c<" + report.header().threshold()
                + "\u201d.", "class", "lede");
        form(html, query);
        table(html, report, query);
        TableHtml.notes(html, report.notes());
        html.element("h2", "Definitions");
        TableHtml.lines(html, new RankingTables().tabulate(report));
        String api = "/api" + PATH + query.queryString();
        html.open("p", "class", "api-link").text("As JSON: ").element("a", api, "href", api).text(" \u00b7 CSV: ")
                .element("a", "ranking.csv", "href", api + (api.contains("?") ? "&" : "?") + "format=csv").close();
        ctx.html(page.finish());
    }

    private static void form(Xhtml html, RankingQuery query) {
        Forms.start(html, PATH);
        Forms.select(html, "by", "Rank", RankingQuery.UNITS, query.by(), false);
        Forms.select(html, "measure", "By", RankingQuery.MEASURES, query.measure(), false);
        Forms.period(html, query.period());
        Forms.input(html, "state", "State (e.g. PA)", "text", query.state(), 2);
        Forms.input(html, "aor", "AOR (e.g. PHI)", "text", query.aor(), 8);
        Forms.select(html, "operator", "Operator (facilities)", CompanionParams.OPERATORS,
                query.operator() == null ? null : query.operator().name().toLowerCase(java.util.Locale.ROOT), true);
        Forms.input(html, "top", "Rows", "number", String.valueOf(query.top()), RankingQuery.MAX_TOP);
        if (!query.sort().equals("rank")) {
            html.empty("input", "type", "hidden", "name", "sort", "value", query.sort());
            html.empty("input", "type", "hidden", "name", "dir", "value", query.dir());
        }
        Forms.end(html);
    }

    private static void table(Xhtml html, RankingReport report, RankingQuery query) {
        if (report.rows().isEmpty()) {
            html.element("p", "Nothing to rank: no unit in this selection has a figure in the period.", "class", "empty");
            return;
        }
        html.open("div", "class", "table-wrap");
        html.open("table", "class", "ranking-table");
        html.element("caption", report.header().title() + ", " + report.header().period() + " (select a column"
                + " heading to sort)");
        html.open("thead").open("tr");
        for (String[] column : COLUMNS) {
            heading(html, column, query);
        }
        html.close().close().open("tbody");
        for (RankedUnit row : query.sorted(report.rows())) {
            row(html, row, query);
        }
        html.closeThrough("table");
        html.close();
    }

    private static void heading(Xhtml html, String[] column, RankingQuery query) {
        boolean numeric = column[1].startsWith("#");
        String label = numeric ? column[1].substring(1) : column[1];
        if (label.equals("Detail") && query.by().equals("jurisdiction")) {
            label = "FIPS";
        }
        boolean current = column[0] != null && column[0].equals(query.sort());
        html.open("th", "scope", "col", "class", numeric ? "num" : null, "aria-sort",
                current ? (query.dir().equals("asc") ? "ascending" : "descending") : null);
        if (column[0] == null) {
            html.text(label);
        } else {
            html.element("a", label + (current ? (query.dir().equals("asc") ? " \u25b2" : " \u25bc") : ""),
                    "href", PATH + query.sortedBy(column[0]).queryString(), "class", "sort", "data-sort", column[0]);
        }
        html.close();
    }

    private static void row(Xhtml html, RankedUnit row, RankingQuery query) {
        String by = query.by();
        html.open("tr");
        html.element("td", row.rank() + (row.tied() ? "=" : ""), "class", "num",
                "title", row.tied() ? "tied: another unit has the same value" : null);
        html.open("th", "scope", "row");
        String href = link(row, query);
        if (href == null) {
            html.text(row.name());
        } else {
            html.element("a", row.name() == null ? row.key() : row.name(), "href", href, "class", "unit");
        }
        html.close();
        Format.cell(html, row.kind());
        Format.cell(html, row.state());
        Format.cell(html, row.aor());
        Format.cell(html, by.equals("jurisdiction") ? row.key() : row.detail());
        TableHtml.count(html, row.issued());
        TableHtml.count(html, row.declined());
        TableHtml.count(html, row.declinedOfIssued());
        TableHtml.rate(html, row.declineRate());
        TableHtml.count(html, row.booked());
        html.close();
    }

    /** Where a row leads: a jurisdiction's profile (a facility's: of the jurisdiction that runs it), or a drill-down. */
    private static String link(RankedUnit row, RankingQuery query) {
        return switch (query.by()) {
            case "jurisdiction" -> "/jurisdictions/" + row.key();
            case "state" -> PATH + new RankingQuery(query.period(), "jurisdiction", query.measure(), row.key(), null, null,
                    query.top(), "rank", "asc").queryString();
            case "aor" -> PATH + new RankingQuery(query.period(), "jurisdiction", query.measure(), null, row.key(), null,
                    query.top(), "rank", "asc").queryString();
            default -> {
                Matcher runBy = RUN_BY.matcher(row.detail() == null ? "" : row.detail());
                yield runBy.find() ? "/jurisdictions/" + runBy.group(1) : null;
            }
        };
    }
}
