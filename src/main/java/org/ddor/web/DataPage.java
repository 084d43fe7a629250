package org.ddor.web;

import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import org.ddor.render.html.Xhtml;

/** Where the data comes from: source releases with import summaries and rejects, and every figure's definition. */
final class DataPage {

    private static final String DEFINITIONS = StaticFiles.resource("/org/ddor/web/docs/reports.md");

    private final Site site;

    DataPage(Site site) {
        this.site = site;
    }

    void routes(RoutesConfig routes) {
        routes.get("/data", this::data);
    }

    private void data(Context ctx) {
        Releases.Summary summary = site.read(Releases::of);
        Page page = Page.start("Data", site.generated(), "/data");
        Xhtml html = page.html();
        html.element("h1", "Where the data comes from");
        html.element("p", "Each release is one file as received (an ICE spreadsheet obtained under FOIA, or a policy"
                + " table), imported whole or not at all. Every row is either stored or rejected with a reason.");
        html.open("p", "class", "upload-link").text("Data team: ").element("a", "upload a release", "href", "/upload")
                .text(" (needs the admin token).").close();
        Format.table(html, "releases", "Source releases, newest import first", "Release", "Kind", "Imported",
                "Detainers issued from", "to", "#Rows read", "#Imported", "#Rejected", "SHA-256");
        for (Releases.Release release : summary.releases()) {
            html.open("tr");
            html.open("th", "scope", "row").text(release.name());
            if (release.generated()) {
                html.text(" ").element("span", "generated sample data", "class", "tag");
            }
            html.close();
            Format.cell(html, release.kind().toLowerCase(java.util.Locale.ROOT));
            Format.cell(html, release.importedAt().toString().substring(0, 10));
            Format.cell(html, release.firstIssued() == null ? null : release.firstIssued().toString());
            Format.cell(html, release.lastIssued() == null ? null : release.lastIssued().toString());
            Format.numberCell(html, release.rowsRead());
            Format.numberCell(html, release.rowsImported());
            Format.numberCell(html, release.rowsRejected());
            html.element("td", release.sha256().substring(0, 12) + "\u2026", "class", "hash", "title", release.sha256());
            html.close();
        }
        Format.endTable(html);
        if (!summary.rejects().isEmpty()) {
            Format.table(html, "rejects", "Rejected rows by reason", "Release", "Reason", "#Rows");
            for (Releases.RejectReason reject : summary.rejects()) {
                html.open("tr");
                html.element("th", reject.release(), "scope", "row");
                Format.cell(html, reject.reason());
                Format.numberCell(html, reject.rows());
                html.close();
            }
            Format.endTable(html);
        }
        html.open("section", "id", "definitions", "class", "definitions", "aria-label", "Definitions");
        Markdown.write(html, DEFINITIONS, 1);
        html.close();
        ctx.html(page.finish());
    }
}
