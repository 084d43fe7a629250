package org.ddor.render.html;

import static org.ddor.render.html.Tables.Column.number;
import static org.ddor.render.html.Tables.Column.text;

import java.util.Locale;
import org.ddor.report.ddor.DdorReport.Burst;
import org.ddor.report.ddor.DdorReport.DataFidelity;
import org.ddor.report.ddor.DdorReport.Exclusion;
import org.ddor.report.ddor.DdorReport.Placement;
import org.ddor.report.ddor.DdorReport.SourceCoverage;

/** Section IV: scope and data fidelity, every part computed by the model from the data. */
final class SectionFour {

    private static final String SECTION = "Section IV";

    private SectionFour() {
    }

    static void write(Context context) {
        Xhtml html = context.html();
        DataFidelity fidelity = context.report().sectionIV();
        Part.SECTION_IV.open(html);
        html.element("p", "What the figures rest on and what they leave out, computed from the data for this period."
                + " Read it before quoting a figure.");
        flags(context, fidelity);
        sources(html, fidelity);
        exclusions(context, fidelity);
        placements(context, fidelity);
        bursts(context, fidelity);
        html.element("h3", "Caveats");
        html.open("ul", "class", "caveats");
        fidelity.caveats().forEach(caveat -> html.element("li", caveat));
        html.close();
        html.close();
    }

    private static void flags(Context context, DataFidelity fidelity) {
        Xhtml html = context.html();
        Figures figures = context.figures();
        html.open("div", "class", "flags", "role", "note");
        html.element("h3", "Flags for this period");
        html.open("ul");
        String old = "declines of detainers issued more than " + context.report().header().parameters().oldDetainerDays()
                + " days before they were placed";
        html.open("li").text("Declines of detainers issued more than "
                + context.report().header().parameters().oldDetainerDays() + " days before: ");
        figures.write(html, SECTION, old, fidelity.oldDeclines());
        html.close();
        html.open("li").text("Declines re-attributed to the facility a person was transferred to: ");
        figures.write(html, SECTION, "declines re-attributed after a transfer", fidelity.transfersReattributed());
        html.close();
        html.element("li", "Days on which one jurisdiction had many declines recorded at once: "
                + Text.number(fidelity.bursts().size()) + (fidelity.bursts().isEmpty() ? "" : " (table below)"));
        html.element("li", "Open disputes about this period's figures: " + Text.number(fidelity.openDisputes()));
        html.closeThrough("div");
    }

    private static void sources(Xhtml html, DataFidelity fidelity) {
        html.element("h3", "Sources and coverage");
        Tables.start(html, "sources", "Source releases read, with the issued dates they cover",
                text("Release", "w-release"), text("Kind", "w-kind"), text("First issued", "w-first"),
                text("Last issued", "w-last"), number("Records", "w-records"), text("Declined dates recorded", "w-dates"),
                text("Generated sample data", "w-generated"));
        for (SourceCoverage source : fidelity.sources()) {
            html.open("tr");
            Tables.rowHeader(html, source.name());
            html.element("td", source.kind().toLowerCase(Locale.ROOT).replace('_', '-'), "class", "nowrap");
            Tables.dateCell(html, Text.date(source.firstIssued()));
            Tables.dateCell(html, Text.date(source.lastIssued()));
            Tables.numberCell(html, Text.number(source.records()));
            Tables.cell(html, source.records() == 0 ? "\u2014" : source.hasDeclinedDates() ? "yes" : "no");
            Tables.cell(html, source.generated() ? "yes" : "no");
            html.close();
        }
        Tables.end(html);
    }

    private static void exclusions(Context context, DataFidelity fidelity) {
        Xhtml html = context.html();
        html.element("h3", "Records excluded from jurisdictions' figures");
        if (fidelity.exclusions().isEmpty()) {
            html.element("p", "No record of the period was excluded.", "class", "empty");
            return;
        }
        Tables.start(html, "exclusions", "Records of the period that count for no jurisdiction, by reason",
                text("Reason"), number("Issued in the period"), number("Declines placed in the period"));
        for (Exclusion exclusion : fidelity.exclusions()) {
            String reason = reason(exclusion.reason());
            html.open("tr");
            Tables.rowHeader(html, reason);
            context.figures().cell(html, SECTION, "excluded, issued: " + reason, exclusion.issued());
            context.figures().cell(html, SECTION, "excluded, declines: " + reason, exclusion.declined());
            html.close();
        }
        Tables.end(html);
    }

    private static void placements(Context context, DataFidelity fidelity) {
        Xhtml html = context.html();
        html.element("h3", "How declines were placed in the period");
        if (fidelity.placementRules().isEmpty()) {
            html.element("p", "No declines were placed in the period.", "class", "empty");
            return;
        }
        Tables.start(html, "placements", "Declines of the period by the date that placed them", text("Rule"),
                number("Declines"));
        for (Placement placement : fidelity.placementRules()) {
            html.open("tr");
            Tables.rowHeader(html, placement.rule());
            context.figures().cell(html, SECTION, "declines placed by " + placement.rule(), placement.declines());
            html.close();
        }
        Tables.end(html);
    }

    private static void bursts(Context context, DataFidelity fidelity) {
        Xhtml html = context.html();
        html.element("h3", "Many declines recorded on one day");
        if (fidelity.bursts().isEmpty()) {
            html.element("p", "No jurisdiction had many declines recorded on a single day of the period.", "class", "empty");
            return;
        }
        Tables.start(html, "bursts", "Days on which one jurisdiction had many declines recorded", text("Day"),
                text("Jurisdiction"), number("Declines recorded"), number("Median age (days)"));
        for (Burst burst : fidelity.bursts()) {
            html.open("tr");
            Tables.rowHeader(html, burst.day().toString());
            Tables.cell(html, burst.jurisdiction());
            context.figures().cell(html, SECTION, "declines recorded on " + burst.day() + ", " + burst.jurisdiction(),
                    burst.declines());
            Tables.numberCell(html, burst.medianAgeDays() == null ? null : Text.number(burst.medianAgeDays()));
            html.close();
        }
        Tables.end(html);
    }

    /** The model's reason keys in words a reader expects ("facility run by ice" reads "facility run by ICE"). */
    static String reason(String key) {
        String words = key.replace(" ice", " ICE").replace('_', ' ');
        return Character.toUpperCase(words.charAt(0)) + words.substring(1);
    }
}
