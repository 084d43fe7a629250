package org.ddor.web;

import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import java.util.List;
import org.ddor.render.html.Xhtml;
import org.ddor.report.Count;
import org.ddor.report.Period;
import org.ddor.report.ddor.DdorReport;
import org.ddor.report.ddor.DdorReport.RestrictedJurisdiction;
import org.ddor.report.ddor.DdorReport.TrendPoint;

/** The home page: the latest complete week's summary figures, its twelve-week trend, and where to go next. */
final class HomePage {

    private final Site site;

    HomePage(Site site) {
        this.site = site;
    }

    void routes(RoutesConfig routes) {
        routes.get("/", this::home);
    }

    /** Built once per store generation: it is the latest week's report, the page most often asked for. */
    private void home(Context ctx) {
        ResponseCache.respond(ctx, site.cache().computeIfAbsent(site.builtKey("/"), () -> new ResponseCache.Entry(
                render().getBytes(java.nio.charset.StandardCharsets.UTF_8), "text/html; charset=utf-8", null)));
    }

    private String render() {
        Period week = site.read(Reports::latestCompleteWeek);
        if (week == null) {
            Page page = Page.start("DDOR", site.generated(), "/");
            page.html().element("h1", "Declined Detainer Outcome Report");
            page.html().element("p", "The store holds no detainers yet. Import an ICE release with 'ddor import'.");
            return page.finish();
        }
        DdorReport report = Reports.build(site, week);
        Page page = Page.start("Declined Detainer Outcome Report", report.header().generatedSampleData(), "/");
        Xhtml html = page.html();
        html.element("p", "Statistics on U.S. immigration detainers", "class", "kicker");
        html.element("h1", "Declined Detainer Outcome Report");
        html.open("p", "class", "lede").text("Latest complete week: ");
        html.element("strong", week.toString()).text(" (Saturday to Friday). ");
        html.element("a", "Read the full report for this week", "href", Periods.reportUrl(week), "class", "primary-link");
        html.close();
        keyFigures(html, report);
        trend(html, report.trend());
        ranking(html, report, week);
        further(html, week);
        return page.finish();
    }

    private static void keyFigures(Xhtml html, DdorReport report) {
        html.open("section", "class", "key-figures", "aria-labelledby", "figures-heading");
        html.element("h2", "This week in figures", "id", "figures-heading");
        html.open("dl", "class", "figures");
        figure(html, "Detainers issued nationally", report.summary().issued());
        figure(html, "Declines recorded", report.summary().declined());
        figure(html, "Issued to jurisdictions with a restrictive policy", report.summary().issuedToRestricted());
        figure(html, "Jurisdictions with declines", Format.number(report.summary().jurisdictions()), false);
        figure(html, "States of those jurisdictions", Format.number(report.summary().states()), false);
        html.close().close();
    }

    private static void figure(Xhtml html, String label, Count count) {
        figure(html, label, count.display(), count.suppressed());
    }

    private static void figure(Xhtml html, String label, String value, boolean suppressed) {
        html.open("div", "class", "figure");
        html.element("dt", label);
        html.element("dd", value, "class", suppressed ? "value suppressed" : "value");
        html.close();
    }

    private static void trend(Xhtml html, List<TrendPoint> trend) {
        if (trend.isEmpty()) {
            return;
        }
        html.open("section", "class", "trend", "aria-labelledby", "trend-heading");
        html.element("h2", "Twelve weeks to " + Format.longDate(trend.get(trend.size() - 1).lastDay()), "id",
                "trend-heading");
        html.open("div", "class", "sparklines");
        html.open("figure");
        Sparkline.write(html, "Detainers issued", trend.stream().map(TrendPoint::issued).toList());
        html.element("figcaption", "Detainers issued");
        html.close();
        html.open("figure");
        Sparkline.write(html, "Declines recorded", trend.stream().map(TrendPoint::declined).toList());
        html.element("figcaption", "Declines recorded");
        html.close();
        html.close().close();
    }

    private static void ranking(Xhtml html, DdorReport report, Period week) {
        html.open("section", "aria-labelledby", "ranking-heading");
        html.element("h2", "Jurisdictions with a restrictive policy that received the most detainers", "id",
                "ranking-heading");
        if (report.sectionI().isEmpty()) {
            html.element("p", "None this week.");
            html.close();
            return;
        }
        Format.table(html, "ranking", "Section I, " + week + ": detainers issued to jurisdictions with a restrictive"
                + " policy in effect", "#Rank", "Jurisdiction", "State", "Policy category", "#Detainers issued",
                "#Of these, declined");
        for (RestrictedJurisdiction row : report.sectionI()) {
            html.open("tr");
            Format.numberCell(html, row.rank());
            html.open("th", "scope", "row").element("a", row.name(), "href", "/jurisdictions/" + row.fips(),
                    "data-fips", row.fips()).close();
            Format.cell(html, row.state());
            Format.cell(html, row.policyCategory());
            Format.countCell(html, row.issued());
            Format.countCell(html, row.declined());
            html.close();
        }
        Format.endTable(html);
        html.close();
    }

    private static void further(Xhtml html, Period week) {
        html.open("section", "class", "further", "aria-labelledby", "further-heading");
        html.element("h2", "More", "id", "further-heading");
        html.open("ul");
        link(html, "Earlier weeks: " + week.previous(), Periods.reportUrl(week.previous()));
        link(html, "All reports by week, quarter and fiscal year", "/reports/ddor");
        link(html, "Published versions (frozen, with what changed)", "/published");
        link(html, "County map of detainers issued this week", "/map?from=" + week.from() + "&to=" + week.to());
        link(html, "Jurisdictions and their policies", "/jurisdictions");
        link(html, "Where the data comes from", "/data");
        html.close().close();
    }

    private static void link(Xhtml html, String text, String href) {
        html.open("li").element("a", text, "href", href).close();
    }
}
