package org.ddor.web;

import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import org.ddor.render.html.Xhtml;

/** The facility resolution queue: how many facilities each way of resolving covers, and the facilities. */
final class FacilitiesPage {

    static final int PAGE_LIMIT = 200;

    private final Site site;

    FacilitiesPage(Site site) {
        this.site = site;
    }

    void routes(RoutesConfig routes) {
        routes.get("/facilities", this::facilities);
    }

    private void facilities(Context ctx) {
        String status = Params.choice(ctx, "status", null, Facilities.STATUSES);
        Facilities.Queue queue = site.read(connection -> Facilities.queue(connection,
                site.perGeneration("facility totals", connection, Facilities::totals), status, PAGE_LIMIT));
        Page page = Page.start("Facilities", site.generated(), "/facilities");
        Xhtml html = page.html();
        html.element("h1", "Receiving facilities and how they were resolved");
        html.element("p", "A detainer counts for a jurisdiction only when its facility is attributed to it, by a rule or"
                + " by a person's recorded decision, and the jurisdiction runs the facility. Ambiguous and unresolved"
                + " facilities count for no jurisdiction until a person decides ('ddor facilities map').");
        Format.table(html, "facility-totals", "Facilities by resolution", "Resolution", "#Facilities", "#Records");
        for (Facilities.Totals totals : queue.totals()) {
            html.open("tr");
            html.open("th", "scope", "row").element("a", totals.resolution(), "href", "/facilities?status="
                    + totals.resolution()).close();
            Format.numberCell(html, totals.facilities());
            Format.countCell(html, totals.records());
            html.close();
        }
        Format.endTable(html);
        html.open("nav", "class", "filters", "aria-label", "Filter by resolution").text("Show: ");
        html.element("a", "all", "href", "/facilities", "aria-current", status == null ? "page" : null);
        for (String choice : Facilities.STATUSES) {
            html.text(" \u00b7 ").element("a", choice, "href", "/facilities?status=" + choice,
                    "aria-current", choice.equals(status) ? "page" : null);
        }
        html.close();
        Format.table(html, "facility-list", (status == null ? "Facilities" : "Facilities resolved: " + status)
                + ", most records first (up to " + PAGE_LIMIT + ")", "Facility", "City", "State", "Operator",
                "Jurisdiction", "Resolution", "#Records", "Evidence");
        for (Facilities.Row row : queue.facilities()) {
            html.open("tr");
            html.element("th", row.name(), "scope", "row");
            Format.cell(html, row.city());
            Format.cell(html, row.state());
            Format.cell(html, row.operator());
            if (row.jurisdictionFips() == null) {
                Format.cell(html, null);
            } else {
                html.open("td").element("a", row.jurisdiction() == null ? row.jurisdictionFips() : row.jurisdiction(),
                        "href", "/jurisdictions/" + row.jurisdictionFips()).close();
            }
            Format.cell(html, row.resolution());
            Format.countCell(html, row.records());
            Format.cell(html, row.evidence());
            html.close();
        }
        Format.endTable(html);
        ctx.html(page.finish());
    }
}
