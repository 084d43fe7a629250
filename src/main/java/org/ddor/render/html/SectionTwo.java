package org.ddor.render.html;

import static org.ddor.render.html.Tables.Column.number;
import static org.ddor.render.html.Tables.Column.text;

import java.util.ArrayList;
import java.util.List;
import org.ddor.render.html.Tables.Column;
import org.ddor.report.ddor.DdorReport.DeclineGroup;
import org.ddor.report.ddor.DdorReport.DeclineRow;

/**
 * Section II: the declines placed in the period, grouped by the jurisdiction that declined them. Never
 * a name; exact charges only in the official edition; a small group shows months, not days (the model
 * has already generalised its dates; this writer says so).
 */
final class SectionTwo {

    private static final String SECTION = "Section II";

    private SectionTwo() {
    }

    static void write(Context context) {
        Xhtml html = context.html();
        List<DeclineGroup> groups = context.report().sectionII();
        Part.SECTION_II.open(html);
        html.element("p", "Detainers recorded as declined in the period, whatever the date they were issued, grouped by"
                + " the jurisdiction whose facility declined them, with the policy in effect at the end of the period."
                + " Where the declined date is unknown the row says so and names the rule that placed the decline in"
                + " the period (see Section IV). Age is the number of days from issue to the declined date; a dash"
                + " means it is not known or not shown.");
        if (groups.isEmpty()) {
            html.element("p", "No declines were placed in the period.", "class", "empty");
        }
        map(context, groups);
        for (DeclineGroup group : groups) {
            group(context, group);
        }
        html.close();
    }

    /**
     * The counties of the groups on a map, each in the class of its count (a suppressed count in "fewer than 5"),
     * linking to its group below. Cities, states and other jurisdictions have no county shape: the tables hold them.
     */
    private static void map(Context context, List<DeclineGroup> groups) {
        List<CountyMapSvg.Shade> counties = groups.stream().filter(group -> CountyMapSvg.hasShape(group.fips()))
                .map(group -> new CountyMapSvg.Shade(group.fips(), Text.jurisdiction(group.fips(), group.name(),
                        group.state()), group.declines(), true)).toList();
        if (counties.isEmpty()) {
            return;
        }
        Xhtml html = context.html();
        String title = "Counties whose facilities declined detainers placed in the period, " + context.period();
        html.open("figure", "class", "chart county-figure");
        CountyMapSvg.write(html, counties, title, "section-2-map-title", "declines recorded",
                fips -> "#section-2-" + fips, context.medium() == DdorHtmlDocument.Medium.PAGED);
        CountyMapSvg.legend(html, "Declines recorded in the period", false, null);
        html.element("figcaption", title + ": " + counties.size() + (counties.size() == 1 ? " county" : " counties")
                + ", shaded by the number of declines (fixed classes; a count below " + context.threshold()
                + " is drawn in the lowest class whatever its value). Other counties are not drawn; declines by"
                + " cities, states and other jurisdictions are in the tables below only.");
        html.close();
    }

    private static void group(Context context, DeclineGroup group) {
        Xhtml html = context.html();
        String name = Text.jurisdiction(group.fips(), group.name(), group.state());
        String anchor = "section-2-" + group.fips();
        html.open("section", "class", "decline-group", "id", anchor, "aria-labelledby", anchor + "-heading");
        html.open("h3", "id", anchor + "-heading").text(name);
        if (group.aor() != null) {
            html.element("span", " (AOR " + group.aor() + ")", "class", "aor");
        }
        html.close();
        html.open("p", "class", "group-facts").text("Declines: ");
        context.figures().write(html, SECTION, "declines of " + name, group.declines());
        html.text(". Policy in effect: " + (group.policy() == null ? "none recorded in DDOR's policy table" : group.policy())
                + ".").close();
        if (group.generalised()) {
            html.element("p", "Fewer than " + context.threshold() + " declines: dates are shown as months and ages are"
                    + " left out, so that no person can be singled out.", "class", "note");
        }
        Tables.start(html, context.official() ? "section-2 official" : "section-2", "Declines placed in the period, "
                + name, columns(context));
        for (DeclineRow row : group.rows()) {
            row(context, row);
        }
        Tables.end(html);
        html.close();
    }

    /** The declined date, saying which date stands for it when it is not the recorded-as-declined date. */
    private static void declined(Xhtml html, DeclineRow row) {
        String rule = row.declinedRule() == null ? null : row.declinedRule().replace(" (declined date unknown)", "");
        if (row.declined() == null) {
            html.element("td", "unknown \u2014 placed by " + (rule == null ? "a rule of Section IV" : rule),
                    "class", "unknown");
            return;
        }
        html.open("td", "class", "nowrap").text(row.declined());
        if (rule != null && !rule.startsWith("recorded")) {
            html.element("span", rule, "class", "detail");
        }
        html.close();
    }

    private static Column[] columns(Context context) {
        List<Column> columns = new ArrayList<>(List.of(text("Citizenship", "w-citizenship"), text("Issued", "w-date"),
                text("Declined", "w-declined"), number("Age (days)", "w-age"), text("Charge category", "w-category")));
        if (context.official()) {
            columns.add(text("Most serious charge", "w-charge"));
        }
        columns.add(text("ICE criminality", "w-criminality"));
        return columns.toArray(Column[]::new);
    }

    private static void row(Context context, DeclineRow row) {
        Xhtml html = context.html();
        html.open("tr");
        Tables.cell(html, row.citizenship());
        Tables.dateCell(html, row.issued());
        declined(html, row);
        // Placed by its issued date, a decline's "age" would read 0 days: its age is as unknown as its date.
        Tables.numberCell(html, row.ageDays() == null || row.declined() == null ? null : Text.number(row.ageDays()));
        Tables.cell(html, row.chargeCategory());
        if (context.official()) {
            Tables.cell(html, row.charge());
        }
        Tables.cell(html, Text.criminality(row.criminality()));
        html.close();
    }
}
