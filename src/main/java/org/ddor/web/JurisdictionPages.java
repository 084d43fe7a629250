package org.ddor.web;

import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import org.ddor.render.html.Xhtml;
import org.ddor.render.companion.ProfileTables;
import org.ddor.render.table.Table;
import org.ddor.render.table.Tabulated;
import org.ddor.report.Rate;
import org.ddor.report.profile.JurisdictionProfile;
import org.ddor.report.profile.JurisdictionProfile.Identity;
import org.ddor.report.profile.JurisdictionProfileBuilder;
import org.ddor.report.profile.ProfileParameters;
import org.ddor.web.Jurisdictions.Listing;
import org.ddor.web.Jurisdictions.Row;

/** The searchable list of jurisdictions and each jurisdiction's profile (page and {@code /api/jurisdictions/FIPS/profile}). */
final class JurisdictionPages {

    static final int PAGE_SIZE = 100;

    private final Site site;

    JurisdictionPages(Site site) {
        this.site = site;
    }

    void routes(RoutesConfig routes) {
        routes.get("/jurisdictions", this::list);
        routes.get("/jurisdictions/{fips}", this::profile);
        routes.get("/api/jurisdictions/{fips}/profile", ctx -> Json.respond(ctx, build(site, ctx)));
    }

    private void list(Context ctx) {
        String search = Params.text(ctx, "q", 100);
        int offset = Params.clamped(ctx, "offset", 0, 0, 1_000_000);
        Listing<Row> listing = site.read(connection -> Jurisdictions.list(connection,
                site.perGeneration("jurisdiction counts", connection, Jurisdictions::counts), search, PAGE_SIZE, offset));
        Page page = Page.start("Jurisdictions", site.generated(), "/jurisdictions");
        Xhtml html = page.html();
        html.element("h1", "Jurisdictions");
        html.element("p", "Every U.S. county and county-equivalent and every state, by Census FIPS code. A jurisdiction"
                + " is always named by its code: several places share a name.");
        html.open("form", "method", "get", "action", "/jurisdictions", "class", "search", "role", "search");
        html.element("label", "Name, FIPS code or state (e.g. Franklin, 42091, PA)", "for", "q");
        html.empty("input", "type", "search", "id", "q", "name", "q", "value", search, "maxlength", "100");
        html.element("button", "Search", "type", "submit");
        html.close();
        html.element("p", Format.number(listing.total()) + (listing.total() == 1 ? " jurisdiction" : " jurisdictions")
                + (search.isEmpty() ? "" : " match \u201c" + search + "\u201d") + ".", "class", "result-count");
        Format.table(html, "jurisdictions", "Jurisdictions" + (search.isEmpty() ? "" : " matching \u201c" + search + "\u201d"),
                "Jurisdiction", "State", "FIPS", "AOR", "#Policies on record", "#Facilities attributed");
        for (Row row : listing.items()) {
            html.open("tr");
            html.open("th", "scope", "row").element("a", row.name(), "href", "/jurisdictions/" + row.fips()).close();
            Format.cell(html, row.state());
            Format.cell(html, row.fips());
            Format.cell(html, row.aor());
            Format.numberCell(html, row.policies());
            Format.numberCell(html, row.facilities());
            html.close();
        }
        Format.endTable(html);
        pager(html, search, listing);
        ctx.html(page.finish());
    }

    private static void pager(Xhtml html, String search, Listing<Row> listing) {
        html.open("nav", "class", "pager", "aria-label", "Pages");
        String query = search.isEmpty() ? "" : "q=" + java.net.URLEncoder.encode(search, java.nio.charset.StandardCharsets.UTF_8) + "&";
        if (listing.offset() > 0) {
            html.element("a", "\u2190 Previous " + PAGE_SIZE, "href",
                    "/jurisdictions?" + query + "offset=" + Math.max(0, listing.offset() - PAGE_SIZE), "rel", "prev");
        }
        if (listing.offset() + listing.items().size() < listing.total()) {
            html.element("a", "Next " + PAGE_SIZE + " \u2192", "href",
                    "/jurisdictions?" + query + "offset=" + (listing.offset() + PAGE_SIZE), "rel", "next");
        }
        html.close();
    }

    /** The companion profile of {@code ddor report jurisdiction}, for all the data or from= to=. */
    static JurisdictionProfile build(Site site, Context ctx) {
        String fips = ctx.pathParam("fips");
        if (!Jurisdictions.FIPS.matcher(fips).matches()) {
            throw WebException.badRequest("a jurisdiction is named by its 2-digit state or 5-digit county FIPS code, got '"
                    + Params.shorten(fips) + "'");
        }
        ProfileParameters parameters = new ProfileParameters(fips, CompanionParams.optionalPeriod(ctx),
                CompanionPages.PUBLIC, Rate.DEFAULT_MINIMUM_DENOMINATOR);
        return site.read(connection -> {
            try {
                return new JurisdictionProfileBuilder(connection).build(parameters);
            } catch (IllegalArgumentException e) {
                throw WebException.notFound("no jurisdiction has the FIPS code " + fips);
            }
        });
    }

    /**
     * The profile: who it is, its figures with the decline rate's interval, the monthly series as a chart
     * and a table, the outcomes, the policies over time with criteria and sources, the facilities it runs and
     * the records not attributable near it; laid out from the companion profile's own tables.
     */
    private void profile(Context ctx) {
        JurisdictionProfile profile = build(site, ctx);
        Identity who = profile.jurisdiction();
        Tabulated tabulated = new ProfileTables().tabulate(profile);
        String name = who.kind().equals("STATE") ? who.name() : who.name() + ", " + who.state();
        Page page = Page.start(name, profile.header().generatedSampleData(), "/jurisdictions");
        Xhtml html = page.html();
        html.open("p", "class", "breadcrumb").element("a", "Jurisdictions", "href", "/jurisdictions").text(" / ")
                .text(who.state()).close();
        html.element("h1", name);
        html.open("dl", "class", "facts");
        fact(html, "FIPS code", who.fips());
        fact(html, "Kind", who.kind().toLowerCase(java.util.Locale.ROOT).replace('_', ' '));
        fact(html, "ICE Area of Responsibility", who.aor() == null ? "\u2014" : who.aor());
        fact(html, "Period", profile.header().period());
        html.close();
        Forms.start(html, "/jurisdictions/" + who.fips());
        Forms.period(html, profile.header().from() == null ? null
                : org.ddor.report.Period.range(profile.header().from(), profile.header().to()));
        Forms.end(html);
        for (Table table : tabulated.tables()) {
            section(html, profile, table);
        }
        TableHtml.notes(html, tabulated.notes());
        html.element("h2", "What this covers");
        TableHtml.lines(html, tabulated);
        html.open("p", "class", "api-link").text("As JSON: ");
        String api = "/api/jurisdictions/" + who.fips() + "/profile";
        html.element("a", api, "href", api).close();
        ctx.html(page.finish());
    }

    private static final java.util.Map<String, String> HEADINGS = java.util.Map.of("summary", "Figures",
            "monthly", "Detainers by month", "outcomes", "Outcomes", "policies", "Restrictive policies over time",
            "facilities", "Facilities attributed to this jurisdiction",
            "not_attributable_nearby", "Records not attributable near it");

    private static void section(Xhtml html, JurisdictionProfile profile, Table table) {
        html.element("h2", HEADINGS.getOrDefault(table.name(), table.name()), "id", table.name().replace('_', '-'));
        if (table.rows().isEmpty()) {
            html.element("p", "None.", "class", "empty");
            return;
        }
        if (table.name().equals("monthly")) {
            SeriesChart.write(html, "Detainers per month, " + profile.jurisdiction().name(), profile.monthly());
        }
        TableHtml.table(html, table, table.title() != null ? table.title()
                : profile.header().title() + ", " + profile.header().period());
    }

    private static void fact(Xhtml html, String term, String value) {
        html.open("div").element("dt", term).element("dd", value).close();
    }
}
