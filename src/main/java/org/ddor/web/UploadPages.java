package org.ddor.web;

import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import org.ddor.render.html.Xhtml;

/**
 * Uploading a release in the browser, without script: {@code /upload} is a form that posts the file and the
 * admin token to {@code POST /upload}, which queues the import and redirects (303) to {@code /imports/{id}};
 * that page reloads itself every {@value #REFRESH_SECONDS} seconds (a meta refresh) until the import has
 * ended, then shows its summary.
 */
final class UploadPages {

    static final int REFRESH_SECONDS = 2;

    private final Site site;
    private final Uploads uploads;

    UploadPages(Site site, Uploads uploads) {
        this.site = site;
        this.uploads = uploads;
    }

    void routes(RoutesConfig routes) {
        routes.get("/upload", this::form);
        routes.post("/upload", this::upload);
        routes.get("/imports/{id}", this::job);
    }

    private void form(Context ctx) {
        Page page = Page.start("Upload a release", site.generated(), "/data");
        Xhtml html = page.html();
        html.element("h1", "Upload a release");
        if (!uploads.enabled()) {
            html.element("p", AdminToken.DISABLED + ".", "class", "error-message");
            ctx.html(page.finish());
            return;
        }
        html.element("p", "A detainer release as received (foia-2015 or ero-lesa layout; csv or xlsx), a policy table,"
                + " or DDOR's canonical CSV. The server imports it in one transaction: the whole file or nothing."
                + " The same file twice changes nothing. Imports run one at a time; the site stays up meanwhile.");
        html.open("form", "method", "post", "action", "/upload", "enctype", "multipart/form-data", "class", "upload-form");
        field(html, "file", "File (csv or xlsx)");
        html.empty("input", "type", "file", "id", "file", "name", "file", "required", "required", "accept",
                ".csv,.xlsx,text/csv,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");
        field(html, "layout", "Layout");
        html.open("select", "id", "layout", "name", "layout");
        for (String layout : UploadRequest.LAYOUTS) {
            html.element("option", layout.equals("auto") ? "detect from the header" : layout, "value", layout);
        }
        html.close();
        field(html, "name", "Release name (optional; default: the file's name)");
        html.empty("input", "type", "text", "id", "name", "name", "name", "maxlength", "200");
        html.open("p", "class", "checkbox");
        html.empty("input", "type", "checkbox", "id", "generated", "name", "generated", "value", "true");
        html.element("label", " Generated sample data (not real records)", "for", "generated");
        html.close();
        field(html, "token", "Admin token");
        html.empty("input", "type", "password", "id", "token", "name", "token", "required", "required",
                "autocomplete", "off");
        html.element("button", "Upload and import", "type", "submit");
        html.close();
        html.element("p", "Largest upload: " + String.format("%,d", uploads.maxBytes()) + " bytes. From a terminal, "
                + "'ddor import FILE' hands the file to this server when it runs.");
        ctx.html(page.finish());
    }

    private static void field(Xhtml html, String id, String label) {
        html.element("label", label, "for", id);
    }

    private void upload(Context ctx) {
        ImportJob job = uploads.accept(ctx, true);
        ctx.redirect("/imports/" + job.id(), io.javalin.http.HttpStatus.SEE_OTHER);
    }

    private void job(Context ctx) {
        ctx.header("Cache-Control", "no-store");
        ctx.html(jobPage(uploads.job(ctx).status(), site.generated()));
    }

    /** A job's page: progress (reloading itself) while queued or running, then its summary or its error. */
    static String jobPage(ImportJob.Status status, boolean generated) {
        boolean ended = status.state().equals("done") || status.state().equals("failed");
        String title = "Import of " + status.file();
        Page page = ended ? Page.start(title, generated, "/data")
                : Page.refreshing(title, generated, "/data", REFRESH_SECONDS);
        Xhtml html = page.html();
        html.element("h1", title);
        html.open("p", "class", "import-state");
        html.text("Import job " + status.id() + ": ").element("strong", status.state(), "class", "state-" + status.state());
        html.text(" \u2014 " + status.phase()).close();
        if (!ended) {
            progress(html, status.progress());
        } else if (status.result() != null) {
            summary(html, status.result());
        } else {
            html.element("p", status.error(), "class", "error-message");
            html.element("p", "Nothing was stored: the store is as it was before this upload.");
        }
        html.open("p").element("a", "The Data page", "href", "/data").text(" lists every release with its import summary"
                + " and rejected rows. ").element("a", "Upload another file", "href", "/upload").text(".").close();
        return page.finish();
    }

    private static void progress(Xhtml html, ImportJob.Progress progress) {
        html.open("dl", "class", "import-progress");
        html.element("dt", "Time so far").element("dd", progress.elapsedSeconds() + " s");
        if (progress.rowsRead() > 0) {
            html.element("dt", "Rows read").element("dd", String.format("%,d", progress.rowsRead()));
            html.element("dt", "Rows per second").element("dd", String.format("%,d", progress.rowsPerSecond()));
        }
        if (progress.rowsEstimated() != null) {
            html.element("dt", "Rows in the file").element("dd", "about " + String.format("%,d", progress.rowsEstimated()));
        }
        if (progress.shareRead() != null) {
            html.element("dt", "File read").element("dd", String.format("%.0f%%", 100 * progress.shareRead()));
        }
        if (progress.secondsLeft() != null) {
            html.element("dt", "Time left").element("dd", "about " + progress.secondsLeft() + " s");
        }
        html.close();
        html.element("p", "This page reloads every " + REFRESH_SECONDS + " seconds until the import ends.");
    }

    private static void summary(Xhtml html, ImportJob.Result result) {
        if (result.alreadyImported()) {
            html.element("p", "This file was already imported as release " + result.releaseId() + " \u2018"
                    + result.name() + "\u2019: nothing changed.");
            return;
        }
        html.element("p", "Imported as release " + result.releaseId() + " \u2018" + result.name() + "\u2019 ("
                + result.layout() + ").");
        Format.table(html, "import-summary", "Import summary", "What", "#Rows");
        row(html, "Rows read", result.rowsRead());
        row(html, "Imported", result.rowsImported());
        row(html, "Rejected (reasons on the Data page)", result.rowsRejected());
        row(html, "Already stored by earlier releases", result.alreadyStored());
        row(html, "Duplicates (stored, counted once)", result.duplicates());
        row(html, "New facilities", result.facilitiesNew());
        row(html, "Facilities unresolved", result.facilitiesUnresolved());
        row(html, "Facilities ambiguous", result.facilitiesAmbiguous());
        row(html, "Records not attributed to a jurisdiction", result.recordsUnattributed());
        Format.endTable(html);
        result.notes().forEach(note -> html.element("p", "Note: " + note));
    }

    private static void row(Xhtml html, String what, long rows) {
        html.open("tr");
        html.element("th", what, "scope", "row");
        Format.numberCell(html, rows);
        html.close();
    }
}
