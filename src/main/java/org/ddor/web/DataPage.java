package org.ddor.web;

import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import org.ddor.render.html.Xhtml;

/** Where the data comes from: source releases with import summaries and rejects, and every figure's definition. */
final class DataPage {

    private static final String DEFINITIONS = StaticFiles.resource("/org/ddor/web/docs/reports.md");

    /** The input fields and their values: docs/formats.md from its ero-lesa section to the end of its Values section. */
    private static final String FIELDS = section(StaticFiles.resource("/org/ddor/web/docs/formats.md"),
            "## ero-lesa", "## What is stored");

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
        html.open("section", "id", "fields", "class", "definitions", "aria-labelledby", "fields-heading");
        html.element("h2", "Field definitions: what DDOR reads from a release", "id", "fields-heading");
        html.element("p", "From docs/formats.md, which also describes the foia-2015, policy and canonical layouts.");
        Markdown.write(html, FIELDS, 1);
        html.close();
        html.open("section", "id", "definitions", "class", "definitions", "aria-label", "Definitions");
        Markdown.write(html, DEFINITIONS, 1);
        html.close();
        ctx.html(page.finish());
    }

    /** The lines of {@code markdown} from the line {@code first} up to, not including, the line {@code next}. */
    static String section(String markdown, String first, String next) {
        int start = markdown.indexOf("\n" + first + "\n");
        int end = markdown.indexOf("\n" + next, start + 1);
        if (start < 0 || end < 0) {
            throw new IllegalStateException("docs/formats.md has no section '" + first + "' followed by '" + next + "'");
        }
        return markdown.substring(start + 1, end);
    }
}
