package org.ddor.web;

import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.ddor.render.DdorRenderers;
import org.ddor.render.html.DdorHtmlDocument;
import org.ddor.render.html.Xhtml;
import org.ddor.report.Period;
import org.ddor.report.ddor.DdorReport;
import org.ddor.report.ddor.DdorReport.DeclineGroup;
import org.ddor.report.ddor.DdorReport.RestrictedJurisdiction;

/**
 * The Declined Detainer Outcome Report for a week, range, quarter or fiscal year, as a page with previous
 * and next periods and downloads; {@code ?format=json|csv|html|pdf} returns the same report as a file.
 * The same paths under {@code /api} answer JSON by default.
 */
final class ReportPages {

    private static final String BASE = "/reports/ddor";

    private final Site site;

    ReportPages(Site site) {
        this.site = site;
    }

    void routes(RoutesConfig routes) {
        routes.get(BASE, this::index);
        routes.get(BASE + "/week", this::chooseWeek);
        for (String prefix : List.of(BASE, "/api" + BASE)) {
            boolean api = prefix.startsWith("/api");
            routes.get(prefix + "/week/{date}", ctx -> report(ctx, Periods.week(ctx.pathParam("date")), api));
            routes.get(prefix + "/range/{from}/{to}",
                    ctx -> report(ctx, Periods.range(ctx.pathParam("from"), ctx.pathParam("to")), api));
            routes.get(prefix + "/quarter/{quarter}", ctx -> report(ctx, Periods.quarter(ctx.pathParam("quarter")), api));
            routes.get(prefix + "/fy/{year}", ctx -> report(ctx, Periods.fiscalYear(ctx.pathParam("year")), api));
        }
    }

    /** The week form's target: a GET form works without script. */
    private void chooseWeek(Context ctx) {
        String date = ctx.queryParam("date");
        if (date == null || date.isBlank()) {
            throw WebException.badRequest("choose a day: /reports/ddor/week?date=2025-04-02");
        }
        ctx.redirect(Periods.reportUrl(Periods.week(date)));
    }

    /**
     * The report in the format asked for. The page and the JSON are kept in the site's cache under the
     * store's generation (a report is a pure function of the store and the period); the files are built
     * each time (they are asked for seldom and a PDF is large).
     */
    private void report(Context ctx, Period period, boolean api) throws Exception {
        String format = Params.choice(ctx, "format", api ? "json" : "page", formatsFor(api));
        if (format.equals("page") || format.equals("json") && ctx.queryParam("table") == null) {
            ResponseCache.respond(ctx, site.cache().computeIfAbsent(site.builtKey(ctx.path() + "?format=" + format),
                    () -> built(period, format)));
            return;
        }
        Downloads.respond(ctx, Reports.build(site, period), format, "ddor-report-" + period.key());
    }

    private ResponseCache.Entry built(Period period, String format) {
        DdorReport report = Reports.build(site, period);
        if (format.equals("json")) {
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            try {
                DdorRenderers.forFormat("json").render(report, out);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            return new ResponseCache.Entry(out.toByteArray(), "application/json; charset=utf-8", null);
        }
        return new ResponseCache.Entry(page(report, period).getBytes(StandardCharsets.UTF_8),
                "text/html; charset=utf-8", null);
    }

    private static List<String> formatsFor(boolean api) {
        List<String> formats = new java.util.ArrayList<>(Downloads.formats());
        if (!api) {
            formats.add(0, "page");
        }
        return formats;
    }

    private static String page(DdorReport report, Period period) {
        Page page = Page.start("Declined Detainer Outcome Report, " + period, report.header().generatedSampleData(),
                BASE, "/static/report.css", "div");
        Xhtml html = page.html();
        html.open("div", "class", "report-tools");
        periodNavigation(html, period);
        downloads(html, period);
        readWithSectionFour(html, report);
        jurisdictionLinks(html, report);
        html.close();
        html.open("div", "class", "report-document");
        page.insertRendered(ReportMarkup.body(report, DdorHtmlDocument.UNPUBLISHED));
        html.close();
        return page.finish();
    }

    static void periodNavigation(Xhtml html, Period period) {
        html.open("nav", "class", "period-nav", "aria-label", "Periods");
        html.element("a", "\u2190 Previous " + kindWord(period), "href", Periods.reportUrl(period.previous()), "rel", "prev");
        html.element("span", period.toString(), "class", "current-period");
        html.element("a", "Next " + kindWord(period) + " \u2192", "href", Periods.reportUrl(period.next()), "rel", "next");
        html.close();
    }

    private static String kindWord(Period period) {
        return switch (period.kind()) {
            case WEEK -> "week";
            case QUARTER -> "quarter";
            case FISCAL_YEAR -> "fiscal year";
            case RANGE -> "period";
        };
    }

    private static void downloads(Xhtml html, Period period) {
        String url = Periods.reportUrl(period);
        html.open("div", "class", "downloads");
        html.element("h2", "Download this report");
        html.open("ul");
        Map<String, String> files = new LinkedHashMap<>();
        files.put("PDF", url + "?format=pdf");
        files.put("HTML file", url + "?format=html");
        files.put("All tables (CSV, zip)", url + "?format=csv");
        files.put("Section I (CSV)", url + "?format=csv&table=section1");
        files.put("Section II (CSV)", url + "?format=csv&table=section2");
        files.put("JSON", "/api" + url);
        files.forEach((label, href) -> html.open("li").element("a", label, "href", href).close());
        html.close().close();
    }

    private static void readWithSectionFour(Xhtml html, DdorReport report) {
        long excluded = report.sectionIV().exclusions().stream().mapToLong(e -> e.issued().value()).sum();
        html.open("aside", "class", "read-section-four", "aria-label", "Scope and data fidelity");
        html.element("h2", "Read with Section IV");
        html.open("p").text("Agencies do not generally tell ICE when they decline a detainer, so these figures count"
                + " only what ICE recorded. Records counted for no jurisdiction, the rule that placed each decline,"
                + " bursts of declines and open disputes are in ");
        html.element("a", "Section IV, scope and data fidelity", "href", "#section-4").text(".");
        if (!report.sectionIV().exclusions().isEmpty()) {
            html.text(" Records issued in the period and counted for no jurisdiction: "
                    + (report.header().parameters().suppression().suppresses(excluded) ? "fewer than "
                    + report.header().parameters().suppression().threshold() : Format.number(excluded)) + ".");
        }
        html.close().close();
    }

    private static void jurisdictionLinks(Xhtml html, DdorReport report) {
        Map<String, String> named = new LinkedHashMap<>();
        for (RestrictedJurisdiction row : report.sectionI()) {
            named.putIfAbsent(row.fips(), row.name() + ", " + row.state());
        }
        for (DeclineGroup group : report.sectionII()) {
            named.putIfAbsent(group.fips(), group.name() + ", " + group.state());
        }
        if (named.isEmpty()) {
            return;
        }
        html.open("nav", "class", "named-jurisdictions", "aria-label", "Jurisdictions in this report");
        html.element("h2", "Jurisdictions in Sections I and II");
        html.open("ul");
        named.forEach((fips, name) -> html.open("li")
                .element("a", name, "href", "/jurisdictions/" + fips, "data-fips", fips).close());
        html.close().close();
    }

    /** The reports index: the latest weeks, quarters and fiscal years the data covers, and a week chooser. */
    private void index(Context ctx) {
        LocalDate[] range = site.read(Reports::dataRange);
        Period latest = site.read(Reports::latestCompleteWeek);
        Page page = Page.start("Reports", site.generated(), BASE);
        Xhtml html = page.html();
        html.element("h1", "Declined Detainer Outcome Reports");
        if (latest == null) {
            html.element("p", "The store holds no detainers yet: import an ICE release first.");
            ctx.html(page.finish());
            return;
        }
        html.element("p", "The data covers detainers issued from " + Format.longDate(range[0]) + " to "
                + Format.longDate(range[1]) + ". Weeks run Saturday to Friday, as ICE's weekly reports did.");
        weekForm(html, latest);
        html.element("h2", "Recent weeks");
        html.open("ul", "class", "period-list");
        Period week = latest;
        for (int i = 0; i < 12 && !week.to().isBefore(range[0]); i++, week = week.previous()) {
            html.open("li").element("a", week.toString(), "href", Periods.reportUrl(week)).close();
        }
        html.close();
        html.element("h2", "Quarters and fiscal years");
        html.open("ul", "class", "period-list");
        for (Period quarter = Period.quarter(range[1].getYear() + "Q" + ((range[1].getMonthValue() - 1) / 3 + 1));
             !quarter.to().isBefore(range[0]); quarter = quarter.previous()) {
            html.open("li").element("a", "Quarter " + quarter.label(), "href", Periods.reportUrl(quarter)).close();
        }
        int lastFy = Period.fiscalYearOf(range[1]);
        for (Period fy = Period.fiscalYear(lastFy); !fy.to().isBefore(range[0]); fy = fy.previous()) {
            html.open("li").element("a", "Fiscal year " + fy.to().getYear(), "href", Periods.reportUrl(fy)).close();
        }
        html.close();
        companions(html);
        ctx.html(page.finish());
    }

    private static void companions(Xhtml html) {
        html.element("h2", "Companion reports");
        html.open("ul", "class", "companions");
        String[][] reports = {{"/rankings", "Rankings", "top jurisdictions, facilities, states or AORs by detainers issued,"
                + " declines, decline rate (with its interval) or bookings"},
                {"/reports/series", "Time series", "per week, month or fiscal year, nationally or for one jurisdiction"},
                {"/reports/crimes", "Charge categories", "of declined detainers beside all detainers issued"},
                {"/reports/followup", "Follow-up after a decline", "a later detainer within a window, with its method"}};
        for (String[] report : reports) {
            html.open("li").element("a", report[1], "href", report[0]).text(": " + report[2] + ".").close();
        }
        html.close();
    }

    private static void weekForm(Xhtml html, Period latest) {
        html.open("form", "method", "get", "action", BASE + "/week", "class", "week-form");
        html.element("label", "Week containing the day", "for", "week-date");
        html.empty("input", "type", "date", "id", "week-date", "name", "date", "value", latest.from().toString(),
                "required", "required");
        html.element("button", "Show report", "type", "submit");
        html.close();
    }
}
