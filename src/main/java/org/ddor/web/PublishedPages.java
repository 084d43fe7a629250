package org.ddor.web;

import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;
import org.ddor.domain.PublishedReport;
import org.ddor.render.html.Xhtml;
import org.ddor.render.publish.ReportDiff;
import org.ddor.report.ddor.DdorReport;
import org.ddor.store.publish.PublishedReports;

/**
 * Published versions: the list, each version's page (from its frozen JSON, never rebuilt), the diff
 * between two versions, and the same as JSON under {@code /api/published}. A version never changes, so
 * its responses carry its content hash as a strong ETag and may be cached for a year.
 */
final class PublishedPages {

    private static final Pattern KIND = Pattern.compile("[a-z][a-z0-9-]{0,30}");
    private static final Pattern PERIOD = Pattern.compile("\\d{4}-\\d{2}-\\d{2}\\.\\.\\d{4}-\\d{2}-\\d{2}");
    static final String IMMUTABLE = "public, max-age=31536000, immutable";

    private final Site site;

    PublishedPages(Site site) {
        this.site = site;
    }

    /** A version with its frozen content. */
    record Version(PublishedReport meta, String content) {
    }

    void routes(RoutesConfig routes) {
        routes.get("/published", this::list);
        routes.get("/published/{kind}/{period}/{version}", this::version);
        routes.get("/published/{kind}/{period}/{from}/diff/{to}", this::diff);
        routes.get("/api/published", ctx -> Json.respond(ctx, site.read(c -> new PublishedReports(c).all())));
        routes.get("/api/published/{kind}/{period}/{version}", this::versionJson);
        routes.get("/api/published/{kind}/{period}/{from}/diff/{to}", this::diffJson);
    }

    static String url(PublishedReport version) {
        return "/published/" + version.kind() + "/" + version.period() + "/" + version.version();
    }

    Version find(Context ctx, String versionParameter) {
        String kind = ctx.pathParam("kind");
        String period = ctx.pathParam("period");
        if (!KIND.matcher(kind).matches() || !PERIOD.matcher(period).matches()) {
            throw WebException.badRequest("a published version is /published/KIND/FROM..TO/VERSION,"
                    + " e.g. /published/ddor/2025-03-29..2025-04-04/1");
        }
        int number = Params.integer(ctx.pathParam(versionParameter), "version");
        return site.read(connection -> {
            PublishedReports store = new PublishedReports(connection);
            Optional<PublishedReport> meta = store.versions(kind, period).stream()
                    .filter(v -> v.version() == number).findFirst();
            Optional<String> content = store.content(kind, period, number);
            if (meta.isEmpty() || content.isEmpty()) {
                throw WebException.notFound("there is no version " + number + " of the " + kind + " report for " + period);
            }
            return new Version(meta.get(), content.get());
        });
    }

    /** Answers 304 when the client holds this version already; else sets the validators and returns false. */
    static boolean notModified(Context ctx, String hash) {
        return notModifiedTag(ctx, "\"" + hash + "\"");
    }

    /** As {@link #notModified(Context, String)} with the entity tag itself, quoted. */
    static boolean notModifiedTag(Context ctx, String etag) {
        ctx.header("ETag", etag);
        ctx.header("Cache-Control", IMMUTABLE);
        String ifNoneMatch = ctx.header("If-None-Match");
        if (ifNoneMatch != null && (ifNoneMatch.strip().equals("*")
                || List.of(ifNoneMatch.split(",")).stream().map(String::strip).anyMatch(etag::equals))) {
            ctx.status(304);
            return true;
        }
        return false;
    }

    private void versionJson(Context ctx) {
        respondFrozen(ctx, () -> {
            Version version = find(ctx, "version");
            return new ResponseCache.Entry(version.content().getBytes(StandardCharsets.UTF_8),
                    "application/json; charset=utf-8", "\"" + version.meta().contentHash() + "\"");
        });
    }

    /**
     * A version never changes, so its response is kept once built (bounded, least recently used out): a
     * repeated request does no store work. Keyed by the path alone; a missing version is never kept.
     */
    private void respondFrozen(Context ctx, java.util.function.Supplier<ResponseCache.Entry> build) {
        ResponseCache.Entry entry = site.cache().computeIfAbsent(Site.FROZEN + ctx.path(), build);
        if (!notModifiedTag(ctx, entry.etag())) {
            ResponseCache.respond(ctx, entry);
        }
    }

    private void diffJson(Context ctx) throws Exception {
        Version from = find(ctx, "from");
        Version to = find(ctx, "to");
        if (notModified(ctx, from.meta().contentHash() + "-" + to.meta().contentHash())) {
            return;
        }
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("from", from.meta());
        body.put("to", to.meta());
        body.put("changes", ReportDiff.lines(from.content(), to.content()));
        Json.respond(ctx, body);
    }

    private void list(Context ctx) {
        List<PublishedReport> all = site.read(c -> new PublishedReports(c).all());
        Page page = Page.start("Published versions", site.generated(), "/published");
        Xhtml html = page.html();
        html.element("h1", "Published versions");
        html.element("p", "Publishing freezes a report: its figures, the releases it read (with checksums), its"
                + " parameters and a hash of its content. A correction is a new version that says what changed and"
                + " why; earlier versions stay available here, unchanged.");
        if (all.isEmpty()) {
            html.element("p", "Nothing has been published from this store yet ('ddor publish').", "class", "empty");
            ctx.html(page.finish());
            return;
        }
        Format.table(html, "published", "Published report versions, newest first", "Report", "Period", "#Version",
                "Published", "Change note", "Compare");
        for (PublishedReport version : all) {
            html.open("tr");
            html.open("th", "scope", "row").element("a", reportName(version.kind()) + " " + version.period(),
                    "href", url(version)).close();
            Format.cell(html, version.period());
            Format.numberCell(html, version.version());
            Format.cell(html, version.generatedAt().toString().substring(0, 16).replace('T', ' ') + " UTC");
            Format.cell(html, version.changeNote());
            html.open("td");
            if (version.supersedes() != null) {
                html.element("a", "changes from version " + version.supersedes(), "href", "/published/" + version.kind()
                        + "/" + version.period() + "/" + version.supersedes() + "/diff/" + version.version());
            } else {
                html.text("first version");
            }
            html.close().close();
        }
        Format.endTable(html);
        ctx.html(page.finish());
    }

    private static String reportName(String kind) {
        return kind.equals("ddor") ? "Declined Detainer Outcome Report" : kind;
    }

    private void version(Context ctx) {
        respondFrozen(ctx, () -> {
            Version version = find(ctx, "version");
            return new ResponseCache.Entry(versionPage(version).getBytes(StandardCharsets.UTF_8),
                    "text/html; charset=utf-8", "\"" + version.meta().contentHash() + "\"");
        });
    }

    private static String versionPage(Version version) {
        PublishedReport meta = version.meta();
        Optional<DdorReport> report = FrozenReport.read(version.content());
        boolean generated = report.map(r -> r.header().generatedSampleData()).orElse(version.content().contains("\"generated\" : true"));
        Page page = Page.start(reportName(meta.kind()) + ", " + meta.period() + ", version " + meta.version(), generated,
                "/published", "/static/report.css", "div");
        Xhtml html = page.html();
        html.open("div", "class", "report-tools");
        html.open("p", "class", "breadcrumb").element("a", "Published versions", "href", "/published").text(" / ")
                .text(meta.period() + " / version " + meta.version()).close();
        imprint(html, meta);
        html.close();
        if (report.isPresent()) {
            html.open("div", "class", "report-document");
            page.insertRendered(ReportMarkup.body(report.get(), "version " + meta.version()));
            html.close();
        } else {
            html.element("p", "This version was frozen in a layout this build does not lay out as a page; its frozen"
                    + " JSON follows.");
            html.element("pre", version.content(), "class", "frozen-json");
        }
        return page.finish();
    }

    private static void imprint(Xhtml html, PublishedReport meta) {
        html.open("dl", "class", "facts");
        fact(html, "Version", meta.version() + (meta.supersedes() == null ? "" : ", replacing version " + meta.supersedes()));
        fact(html, "Published", meta.generatedAt().toString());
        fact(html, "Change note", meta.changeNote() == null ? "\u2014" : meta.changeNote());
        fact(html, "Content hash (SHA-256)", meta.contentHash());
        fact(html, "Inputs", String.join(", ", meta.inputs()));
        html.close();
        String api = "/api" + url(meta);
        html.open("p", "class", "api-link").text("Frozen JSON: ").element("a", api, "href", api).close();
    }

    private static void fact(Xhtml html, String term, String value) {
        html.open("div").element("dt", term).element("dd", value).close();
    }

    private void diff(Context ctx) throws Exception {
        Version from = find(ctx, "from");
        Version to = find(ctx, "to");
        List<String> changes = ReportDiff.lines(from.content(), to.content());
        Page page = Page.start("Changes from version " + from.meta().version() + " to " + to.meta().version(),
                site.generated(), "/published");
        Xhtml html = page.html();
        html.open("p", "class", "breadcrumb").element("a", "Published versions", "href", "/published").close();
        html.element("h1", "What changed in " + to.meta().period() + ": version " + from.meta().version() + " to "
                + to.meta().version());
        if (to.meta().changeNote() != null) {
            html.open("p").element("strong", "Why: ").text(to.meta().changeNote()).close();
        }
        if (changes.isEmpty()) {
            html.element("p", "The two versions say the same.");
        } else {
            html.open("ul", "class", "diff");
            changes.forEach(line -> html.element("li", line));
            html.close();
        }
        html.open("p").element("a", "Version " + from.meta().version(), "href", url(from.meta())).text(" \u00b7 ")
                .element("a", "Version " + to.meta().version(), "href", url(to.meta())).close();
        ctx.html(page.finish());
    }
}
