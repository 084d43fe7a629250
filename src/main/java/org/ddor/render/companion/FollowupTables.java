package org.ddor.render.companion;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.ddor.render.table.Column;
import org.ddor.render.table.Table;
import org.ddor.render.table.Tabulated;
import org.ddor.render.table.Tabulator;
import org.ddor.report.followup.FollowupReport;
import org.ddor.report.followup.FollowupReport.Group;

/** The follow-up as one table, a row per group, with the method printed after it. */
public final class FollowupTables implements Tabulator<FollowupReport> {

    @Override
    public Tabulated tabulate(FollowupReport report) {
        FollowupReport.Header header = report.header();
        List<String> lines = new ArrayList<>();
        lines.add("Period: " + header.period() + "; window: " + header.windowDays() + " days; data end: "
                + header.dataEnd());
        lines.add(HeaderLines.edition(header.edition(), header.threshold()));
        lines.add(HeaderLines.data(header.dataFrom(), header.dataEnd(), header.generatedSampleData()));
        if (!report.measurable()) {
            lines.add("NOT MEASURABLE: " + report.method().get(0));
        }
        List<Column> columns = List.of(Column.of("group", "group"), Column.of("subjects", "subjects"),
                Column.of("censored", "censored"), Column.of("censored_with_later", "censored, later seen"),
                Column.of("observed", "observed"), Column.of("with_later", "with later detainer"),
                Column.rate("rate", "rate (95% CI)"), Column.of("index_from_issued", "index = issued date"),
                Column.of("definition", "definition"));
        List<List<Object>> rows = new ArrayList<>();
        if (report.measurable()) {
            for (Group group : List.of(report.declined(), report.comparison())) {
                rows.add(Arrays.asList(group.name(), group.subjects(), group.censored(), group.censoredWithLater(),
                        group.observed(), group.withLater(), group.rate(), group.indexFromIssued(), group.definition()));
            }
        } else {
            for (String group : List.of("declined", "comparison")) {
                rows.add(Arrays.asList(group, null, null, null, null, null, null, null,
                        "not measurable: no subject identifiers in the period's records"));
            }
        }
        List<String> notes = new ArrayList<>(report.method());
        notes.addAll(report.notes());
        return new Tabulated(header.title(), lines, List.of(new Table("followup", null, columns, rows)), notes);
    }
}
