package org.ddor.web;

import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import org.ddor.render.html.Xhtml;
import org.ddor.web.Jurisdictions.Facility;
import org.ddor.web.Jurisdictions.Listing;
import org.ddor.web.Jurisdictions.Month;
import org.ddor.web.Jurisdictions.Policy;
import org.ddor.web.Jurisdictions.Profile;
import org.ddor.web.Jurisdictions.Row;

/** The searchable list of jurisdictions and each jurisdiction's profile. */
final class JurisdictionPages {

    static final int PAGE_SIZE = 100;

    private final Site site;

    JurisdictionPages(Site site) {
        this.site = site;
    }

    void routes(RoutesConfig routes) {
        routes.get("/jurisdictions", this::list);
        routes.get("/jurisdictions/{fips}", this::profile);
    }

    private void list(Context ctx) {
        String search = Params.text(ctx, "q", 100);
        int offset = Params.clamped(ctx, "offset", 0, 0, 1_000_000);
        Listing<Row> listing = site.read(connection -> Jurisdictions.list(connection, search, PAGE_SIZE, offset));
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

    private void profile(Context ctx) {
        String fips = ctx.pathParam("fips");
        Profile profile = site.read(connection -> Jurisdictions.profile(connection, fips))
                .orElseThrow(() -> WebException.notFound("no jurisdiction has the FIPS code " + fips));
        Row j = profile.jurisdiction();
        Page page = Page.start(j.name() + ", " + j.state(), site.generated(), "/jurisdictions");
        Xhtml html = page.html();
        html.open("p", "class", "breadcrumb").element("a", "Jurisdictions", "href", "/jurisdictions").text(" / ")
                .text(j.state()).close();
        html.element("h1", j.name() + ", " + j.state());
        html.open("dl", "class", "facts");
        fact(html, "FIPS code", j.fips());
        fact(html, "Kind", j.kind().toLowerCase(java.util.Locale.ROOT).replace('_', ' '));
        fact(html, "ICE Area of Responsibility", j.aor() == null ? "\u2014" : j.aor());
        html.close();
        policies(html, profile);
        months(html, profile);
        facilities(html, profile);
        html.open("p", "class", "api-link").text("As JSON: ");
        html.element("a", "/api/jurisdictions/" + j.fips(), "href", "/api/jurisdictions/" + j.fips()).close();
        ctx.html(page.finish());
    }

    private static void fact(Xhtml html, String term, String value) {
        html.open("div").element("dt", term).element("dd", value).close();
    }

    private static void policies(Xhtml html, Profile profile) {
        html.element("h2", "Restrictive policies on record");
        if (profile.policies().isEmpty()) {
            html.element("p", "None on record for this jurisdiction or its state.");
            return;
        }
        Format.table(html, "policies", "Policies of " + profile.jurisdiction().name() + " and its state, most recent first",
                "Jurisdiction", "Enacted", "Policy", "Criteria for honoring detainers", "Category", "In effect");
        for (Policy policy : profile.policies()) {
            html.open("tr");
            html.element("th", policy.jurisdiction(), "scope", "row");
            Format.cell(html, policy.enactedRaw() != null ? policy.enactedRaw() : String.valueOf(policy.enacted()));
            Format.cell(html, policy.title() != null ? policy.title() : policy.instrument());
            Format.cell(html, policy.criteria());
            Format.cell(html, policy.category() == null ? null : policy.category().toLowerCase(java.util.Locale.ROOT).replace('_', ' '));
            Format.cell(html, (policy.effectiveFrom() == null ? "?" : policy.effectiveFrom().toString()) + " to "
                    + (policy.effectiveTo() == null ? "now" : policy.effectiveTo().toString()));
            html.close();
        }
        Format.endTable(html);
    }

    private static void months(Xhtml html, Profile profile) {
        html.element("h2", "Detainers by month");
        if (profile.months().isEmpty()) {
            html.element("p", "The store holds no detainers attributed to this jurisdiction.");
            return;
        }
        html.element("p", "Issued: detainers sent to facilities the jurisdiction runs. Declined: declines it made,"
                + " placed by the recorded-as-declined date (rules: the Data page). Counts below 5 read \u201c<5\u201d.");
        Format.table(html, "months", "Detainers issued to and declined by " + profile.jurisdiction().name() + ", by month",
                "Month", "#Issued", "#Declined");
        for (Month month : profile.months()) {
            html.open("tr");
            html.element("th", month.month().toString().substring(0, 7), "scope", "row");
            Format.countCell(html, month.issued());
            Format.countCell(html, month.declined());
            html.close();
        }
        Format.endTable(html);
    }

    private static void facilities(Xhtml html, Profile profile) {
        html.element("h2", "Facilities attributed to this jurisdiction");
        if (profile.facilities().isEmpty()) {
            html.element("p", "None.");
            return;
        }
        Format.table(html, "facilities", "Facilities run by " + profile.jurisdiction().name(), "Facility", "City",
                "Operator", "Resolved by", "#Records");
        for (Facility facility : profile.facilities()) {
            html.open("tr");
            html.element("th", facility.name(), "scope", "row");
            Format.cell(html, facility.city());
            Format.cell(html, facility.operator().toLowerCase(java.util.Locale.ROOT));
            Format.cell(html, facility.resolution().toLowerCase(java.util.Locale.ROOT));
            Format.countCell(html, org.ddor.report.Count.of(facility.records(), "facility/" + facility.id(), Jurisdictions.PUBLIC));
            html.close();
        }
        Format.endTable(html);
    }
}
