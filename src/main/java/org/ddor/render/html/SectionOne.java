package org.ddor.render.html;

import static org.ddor.render.html.Tables.Column.number;
import static org.ddor.render.html.Tables.Column.text;

import java.util.List;
import org.ddor.report.ddor.DdorReport.RestrictedJurisdiction;

/** Section I: the jurisdictions with a restrictive policy in effect that received the most detainers. */
final class SectionOne {

    private static final String SECTION = "Section I";

    private SectionOne() {
    }

    static void write(Context context) {
        Xhtml html = context.html();
        List<RestrictedJurisdiction> rows = context.report().sectionI();
        int top = context.report().header().parameters().top();
        Part.SECTION_I.open(html);
        html.element("p", "Detainers issued in the period to jurisdictions whose restrictive policy was in effect on"
                + " the day the detainer was issued, most first (up to " + top + "). \u201cOf these, declined\u201d counts"
                + " the detainers among them that ICE has recorded as declined so far, whenever the decline was recorded.");
        if (rows.isEmpty()) {
            html.element("p", "No detainers were issued in the period to jurisdictions with a restrictive policy in effect.",
                    "class", "empty");
            html.close();
            return;
        }
        Tables.start(html, "section-1", "Jurisdictions with a restrictive policy in effect, by detainers issued, "
                + context.period(), number("Rank"), text("Jurisdiction"), text("State"), text("AOR"),
                text("Policy category"), number("Detainers issued"), number("Of these, declined"));
        for (RestrictedJurisdiction row : rows) {
            html.open("tr");
            Tables.numberCell(html, Text.number(row.rank()));
            Tables.rowHeader(html, row.name());
            Tables.cell(html, row.state());
            Tables.cell(html, row.aor());
            Tables.cell(html, row.policyCategory());
            String name = Text.jurisdiction(row.fips(), row.name(), row.state());
            context.figures().cell(html, SECTION, "detainers issued to " + name, row.issued());
            context.figures().cell(html, SECTION, "of those, declined, " + name, row.declined());
            html.close();
        }
        Tables.end(html);
        html.close();
    }
}
