package org.ddor.render.html;

import static org.ddor.render.html.Tables.Column.text;

import java.util.List;
import org.ddor.report.ddor.DdorReport.PolicyEntry;

/** Section III: the policies in effect at any time in the period, most recently enacted first (the model's order). */
final class SectionThree {

    private SectionThree() {
    }

    static void write(Context context) {
        Xhtml html = context.html();
        List<PolicyEntry> policies = context.report().sectionIII();
        Part.SECTION_III.open(html);
        html.element("p", "Jurisdictions with a law, ordinance, order or practice that limits honoring detainers, in"
                + " effect at any time in the period, most recently enacted first, as DDOR's policy table records them."
                + " The category is DDOR's reading of the criteria; the criteria are quoted as listed.");
        if (policies.isEmpty()) {
            html.element("p", "DDOR's policy table records no restrictive policy in effect in the period.", "class", "empty");
            html.close();
            return;
        }
        Tables.start(html, "section-3", "Restrictive policies in effect in the period, most recent first",
                text("Jurisdiction (AOR)", "w-jurisdiction"), text("Enacted", "w-enacted"), text("Policy", "w-policy"),
                text("Criteria for honoring detainers", "w-criteria"), text("Category", "w-category"));
        for (PolicyEntry policy : policies) {
            row(html, policy);
        }
        Tables.end(html);
        html.close();
    }

    private static void row(Xhtml html, PolicyEntry policy) {
        html.open("tr");
        html.open("th", "scope", "row").text(policy.jurisdiction());
        if (policy.aor() != null) {
            html.text(" (" + policy.aor() + ")");
        }
        html.close();
        html.open("td").text(policy.enactedRaw() == null ? Text.date(policy.enacted()) : policy.enactedRaw());
        if (readAs(policy)) {
            html.element("span", "read as " + policy.enacted(), "class", "detail nowrap");
        }
        if (policy.effectiveTo() != null) {
            html.element("span", "replaced from " + policy.effectiveTo(), "class", "detail");
        }
        html.close();
        Tables.cell(html, policy.instrument());
        html.open("td").text(policy.criteria() == null ? "\u2014" : policy.criteria());
        if (policy.source() != null) {
            html.element("span", "Source: " + policy.source(), "class", "detail");
        }
        html.close();
        Tables.cell(html, policy.category());
        html.close();
    }

    /** True when the date as listed ("Sep-14") is not ISO, so DDOR's reading of it is shown beside it. */
    private static boolean readAs(PolicyEntry policy) {
        return policy.enactedRaw() != null && policy.enacted() != null
                && !policy.enactedRaw().equals(policy.enacted().toString());
    }
}
