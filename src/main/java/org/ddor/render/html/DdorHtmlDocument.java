package org.ddor.render.html;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import org.ddor.domain.PublishedReport;
import org.ddor.report.ddor.DdorReport;

/**
 * The Declined Detainer Outcome Report as one well-formed XHTML document: standalone (inline CSS, inline
 * SVG, no script, nothing fetched), printable, and parseable as XML so the PDF renderer lays out the very
 * same markup. Stateless and thread-safe.
 */
public final class DdorHtmlDocument {

    /** The version label of a report that has not been published. */
    public static final String UNPUBLISHED = "unpublished";

    /** Where the document will be read. */
    public enum Medium {
        /** A browser, or a browser's print: one long page with a print stylesheet. */
        SCREEN,
        /** Paged media (the PDF): running headers, page numbers, page numbers in the contents, bookmarks. */
        PAGED
    }

    private static final String SHARED_CSS = resource("ddor-report.css");
    private static final String SCREEN_CSS = resource("ddor-screen.css");
    private static final String PAGED_CSS = resource("ddor-paged.css");

    private DdorHtmlDocument() {
    }

    /** The label the running header and title page show: "unpublished", or "version N" of a published report. */
    public static String versionLabel(PublishedReport published) {
        return published == null ? UNPUBLISHED : "version " + published.version();
    }

    /**
     * Writes the document.
     *
     * @param report       the report
     * @param versionLabel from {@link #versionLabel(PublishedReport)}
     * @param medium       where it will be read
     */
    public static String write(DdorReport report, String versionLabel, Medium medium) {
        Xhtml html = new Xhtml();
        Context context = new Context(html, new Figures(TraceCommand.of(report.header().parameters())), report,
                versionLabel, medium);
        html.doctype();
        html.open("html", "xmlns", "http://www.w3.org/1999/xhtml", "lang", "en", "xml:lang", "en");
        head(context, medium);
        html.open("body", "class", medium == Medium.PAGED ? "paged" : "screen");
        if (medium == Medium.PAGED) {
            runningHeader(context);
        }
        TitlePage.write(context);
        html.open("main");
        SummarySection.write(context);
        TrendSection.write(context);
        SectionOne.write(context);
        SectionTwo.write(context);
        SectionThree.write(context);
        SectionFour.write(context);
        TraceAppendix.write(context);
        html.close();
        footer(context);
        html.closeThrough("html");
        return html.finish();
    }

    /** The {@code <title>} and running header text: the banner first when the data is generated. */
    static String documentTitle(DdorReport report) {
        String title = report.header().title() + ", " + report.header().parameters().period();
        return report.header().generatedSampleData() ? TitlePage.SAMPLE_BANNER + " \u2014 " + title : title;
    }

    private static void head(Context context, Medium medium) {
        Xhtml html = context.html();
        html.open("head");
        html.empty("meta", "http-equiv", "Content-Type", "content", "text/html; charset=UTF-8");
        html.element("title", documentTitle(context.report()));
        html.empty("meta", "name", "description", "content", "Declined Detainer Outcome Report for "
                + context.period() + ", " + context.versionLabel() + ".");
        html.empty("meta", "name", "subject", "content", "Declined Detainer Outcome Report for " + context.period()
                + ": summary, trend, Sections I to IV" + (context.generated() ? "; " + TitlePage.SAMPLE_BANNER : ""));
        html.empty("meta", "name", "author", "content", "DDOR");
        html.empty("meta", "name", "generator", "content", "DDOR");
        html.open("style", "type", "text/css").verbatim(SHARED_CSS).close();
        html.open("style", "type", "text/css").verbatim(medium == Medium.PAGED ? PAGED_CSS : SCREEN_CSS).close();
        if (medium == Medium.PAGED) {
            bookmarks(html);
        }
        html.close();
    }

    /** PDF outline entries (an openhtmltopdf extension; written only for the paged medium). */
    private static void bookmarks(Xhtml html) {
        html.open("bookmarks");
        html.empty("bookmark", "name", "Title page", "href", "#top");
        for (Part part : Part.values()) {
            html.empty("bookmark", "name", part.heading(), "href", "#" + part.anchor());
        }
        html.close();
    }

    private static void runningHeader(Context context) {
        Xhtml html = context.html();
        html.element("div", context.report().header().title() + " \u00b7 " + context.period(), "class", "running-left");
        html.open("div", "class", "running-right");
        if (context.generated()) {
            html.element("strong", "GENERATED SAMPLE DATA", "class", "running-sample").text(" \u00b7 ");
        }
        if (context.official()) {
            html.element("strong", "OFFICIAL EDITION", "class", "running-official").text(" \u00b7 ");
        }
        html.text(context.versionLabel());
        html.close();
    }

    private static void footer(Context context) {
        Xhtml html = context.html();
        html.open("footer", "class", "colophon");
        html.element("p", "Published with DDOR. Definitions of every figure: docs/reports.md. Parameters: "
                + context.report().header().parameters().canonical() + ".");
        if (context.generated()) {
            html.element("p", TitlePage.SAMPLE_BANNER + ".", "class", "sample-note");
        }
        html.close();
    }

    private static String resource(String name) {
        try (InputStream in = DdorHtmlDocument.class.getResourceAsStream(name)) {
            if (in == null) {
                throw new IllegalStateException("stylesheet " + name + " is missing from the build");
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
