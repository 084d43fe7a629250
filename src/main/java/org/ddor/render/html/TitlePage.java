package org.ddor.render.html;

import org.ddor.report.Period;
import org.ddor.report.ddor.DdorReport.Header;
import org.ddor.report.ddor.DdorReport.Input;

/** The title block: banner, title, period, edition, version, data range, sources and contents. */
final class TitlePage {

    /** The banner every rendering of generated data carries, word for word. */
    static final String SAMPLE_BANNER = "GENERATED SAMPLE DATA \u2014 not real records";

    private TitlePage() {
    }

    static void write(Context context) {
        Xhtml html = context.html();
        Header header = context.report().header();
        html.open("header", "class", "title-page", "id", "top");
        if (header.generatedSampleData()) {
            banner(html);
        }
        if (context.official()) {
            html.open("div", "class", "official-banner", "role", "note");
            html.element("strong", "OFFICIAL EDITION \u2014 not for publication.");
            html.text(" Exact small counts, exact charges and exact dates are shown: for authorised readers only.");
            html.close();
        }
        html.element("p", "Statistics on U.S. immigration detainers", "class", "series");
        html.element("h1", header.title());
        html.element("p", periodInWords(context.period()), "class", "period");
        imprint(context, header);
        contents(html);
        html.close();
    }

    static void banner(Xhtml html) {
        html.open("div", "class", "sample-banner", "role", "note");
        html.element("strong", SAMPLE_BANNER + ".");
        html.text(" This report was built from DDOR's generated sample data: it describes no real person,"
                + " facility or policy, and none of its figures may be cited as fact.");
        html.close();
    }

    static String periodInWords(Period period) {
        String span = Text.longDate(period.from()) + " to " + Text.longDate(period.to());
        return switch (period.kind()) {
            case WEEK -> "Week of " + span;
            case QUARTER -> "Quarter " + period.label() + ": " + span;
            case FISCAL_YEAR -> "Fiscal year " + period.to().getYear() + ": " + span;
            case RANGE -> span;
        };
    }

    private static void imprint(Context context, Header header) {
        Xhtml html = context.html();
        html.open("table", "class", "imprint");
        html.element("caption", "About this report");
        html.open("tbody");
        row(html, "Period", context.period().toString() + " (" + context.period().days() + " days)");
        row(html, "Edition", edition(context));
        row(html, "Version", context.versionLabel().equals(DdorHtmlDocument.UNPUBLISHED)
                ? "unpublished \u2014 a rendering of the store as it is; published versions are frozen and numbered"
                : context.versionLabel());
        row(html, "Data", header.dataFrom() == null ? "the store holds no detainers"
                : "detainers issued from " + header.dataFrom() + " to " + header.dataTo());
        html.open("tr");
        Tables.rowHeader(html, "Sources");
        html.open("td").open("ul", "class", "sources");
        for (Input input : header.inputs()) {
            html.element("li", input.name() + " \u2014 " + input.kind().toLowerCase(java.util.Locale.ROOT).replace('_', '-')
                    + ", release " + input.releaseId() + ", SHA-256 " + shortHash(input.sha256())
                    + (input.generated() ? " (generated sample data)" : ""));
        }
        html.closeThrough("tr");
        html.closeThrough("table");
    }

    private static String edition(Context context) {
        if (context.official()) {
            return "Official edition, for authorised readers: exact figures, exact charges and exact dates.";
        }
        if (context.threshold() <= 1) {
            return "Public edition without small-cell suppression; Section II shows charge categories, not exact charges.";
        }
        return "Public edition: a count of 1 to " + (context.threshold() - 1) + " people reads \u201c<"
                + context.threshold() + "\u201d; Section II shows charge categories, not exact charges, and"
                + " months instead of days for jurisdictions with fewer than " + context.threshold() + " declines.";
    }

    private static void row(Xhtml html, String label, String text) {
        html.open("tr");
        Tables.rowHeader(html, label);
        html.element("td", text);
        html.close();
    }

    private static String shortHash(String sha256) {
        return sha256 == null ? "not recorded" : sha256.length() > 12 ? sha256.substring(0, 12) + "\u2026" : sha256;
    }

    private static void contents(Xhtml html) {
        html.open("nav", "class", "contents", "aria-labelledby", "contents-heading");
        html.element("h2", "Contents", "id", "contents-heading");
        html.open("ol");
        for (Part part : Part.values()) {
            html.open("li").element("a", part.heading(), "href", "#" + part.anchor()).close();
        }
        html.closeThrough("nav");
    }
}
