package org.ddor.render.html;

import org.ddor.report.Count;
import org.ddor.report.ddor.DdorReport.DataFidelity;
import org.ddor.report.ddor.DdorReport.Summary;

/** The summary: the period's figures in one sentence and as key figures, and what to read them with. */
final class SummarySection {

    private static final String SECTION = "Summary";

    private SummarySection() {
    }

    static void write(Context context) {
        Xhtml html = context.html();
        Summary summary = context.report().summary();
        Part.SUMMARY.open(html);
        html.element("p", sentence(context, summary), "class", "lead");
        html.open("div", "class", "key-figures");
        keyFigure(context, summary.issued(), "detainers issued nationally in the period");
        keyFigure(context, summary.issuedToRestricted(),
                "of them issued to jurisdictions with a restrictive policy in effect (Section I)");
        keyFigure(context, summary.declined(), "declines placed in the period, all jurisdictions (Section II)");
        keyNumber(html, summary.jurisdictions(), "jurisdictions with declines in Section II");
        keyNumber(html, summary.states(), "states of those jurisdictions");
        html.close();
        readWith(context, context.report().sectionIV());
        html.close();
    }

    private static String sentence(Context context, Summary summary) {
        int threshold = context.threshold();
        return "In the period, ICE issued " + Text.inProse(summary.issued(), threshold) + " "
                + Text.plural(summary.issued(), "detainer", "detainers") + " nationally, "
                + Text.inProse(summary.issuedToRestricted(), threshold)
                + " of them to jurisdictions with a restrictive policy in effect. "
                + Text.inProse(summary.declined(), threshold) + " " + Text.plural(summary.declined(), "decline was", "declines were")
                + " placed in the period, by " + Text.number(summary.jurisdictions()) + " "
                + (summary.jurisdictions() == 1 ? "jurisdiction" : "jurisdictions") + " in "
                + Text.number(summary.states()) + " " + (summary.states() == 1 ? "state" : "states")
                + ", whatever the date the detainers were issued.";
    }

    private static void keyFigure(Context context, Count count, String label) {
        Xhtml html = context.html();
        html.open("div", "class", "key");
        html.open("span", "class", "key-value");
        context.figures().write(html, SECTION, label, count);
        html.close();
        html.element("span", label, "class", "key-label");
        html.close();
    }

    private static void keyNumber(Xhtml html, int value, String label) {
        html.open("div", "class", "key");
        html.element("span", Text.number(value), "class", "key-value");
        html.element("span", label, "class", "key-label");
        html.close();
    }

    /** The fidelity flags a reader needs before quoting a figure, in brief; Section IV has the detail. */
    private static void readWith(Context context, DataFidelity fidelity) {
        Xhtml html = context.html();
        html.open("aside", "class", "read-with", "aria-labelledby", "read-with-heading");
        html.element("h3", "Read these figures with Section IV", "id", "read-with-heading");
        html.open("ul");
        html.element("li", fidelity.sources().size() + " source " + (fidelity.sources().size() == 1 ? "release" : "releases")
                + "; records excluded from jurisdictions' figures, by reason, are counted in Section IV.");
        String old = "declines of detainers issued more than "
                + context.report().header().parameters().oldDetainerDays() + " days before";
        html.open("li").text(capitalised(old) + ": ");
        context.figures().write(html, SECTION, old, fidelity.oldDeclines());
        html.text(".").close();
        html.element("li", "Days on which one jurisdiction had many declines recorded at once: "
                + Text.number(fidelity.bursts().size()) + ".");
        html.open("li").text("Declines re-attributed to the facility a person was transferred to: ");
        context.figures().write(html, SECTION, "declines re-attributed after a transfer", fidelity.transfersReattributed());
        html.text("; open disputes: " + Text.number(fidelity.openDisputes()) + ".").close();
        html.open("li").text("Details: ").element("a", Part.SECTION_IV.heading(), "href", "#" + Part.SECTION_IV.anchor())
                .text(".").close();
        html.closeThrough("aside");
    }

    private static String capitalised(String text) {
        return Character.toUpperCase(text.charAt(0)) + text.substring(1);
    }
}
