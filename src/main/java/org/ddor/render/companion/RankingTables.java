package org.ddor.render.companion;

import java.util.ArrayList;
import java.util.List;
import org.ddor.render.table.Column;
import org.ddor.render.table.Table;
import org.ddor.render.table.Tabulated;
import org.ddor.render.table.Tabulator;
import org.ddor.report.ranking.RankingReport;
import org.ddor.report.ranking.RankingReport.RankedUnit;

/** A ranking as one table: rank, the unit, and every numerator and denominator beside the rate. */
public final class RankingTables implements Tabulator<RankingReport> {

    @Override
    public Tabulated tabulate(RankingReport report) {
        RankingReport.Header header = report.header();
        List<String> lines = new ArrayList<>();
        lines.add("Period: " + header.period());
        lines.add("Top " + header.top() + " by " + header.measure()
                + "; rates need at least " + header.minimumDenominator() + " detainers issued");
        lines.add(HeaderLines.edition(header.edition(), header.threshold()));
        lines.add(HeaderLines.data(header.dataFrom(), header.dataTo(), header.generatedSampleData()));
        lines.addAll(header.definitions());
        List<Column> columns = List.of(Column.of("rank", "rank"), Column.of("tied", "tie"), Column.of("key", header.unit()),
                Column.of("name", "name"), Column.of("kind", "kind"), Column.of("state", "state"), Column.of("aor", "AOR"),
                Column.of("detail", "detail"), Column.of("issued", "issued"), Column.of("declined", "declined"),
                Column.of("declined_of_issued", "declined of issued"),
                Column.rate("decline_rate", "decline rate (95% CI)"), Column.of("booked", "booked"));
        List<List<Object>> rows = new ArrayList<>();
        for (RankedUnit unit : report.rows()) {
            rows.add(java.util.Arrays.asList(unit.rank(), unit.tied(), unit.key(), unit.name(), unit.kind(),
                    unit.state(), unit.aor(), unit.detail(), unit.issued(), unit.declined(), unit.declinedOfIssued(),
                    unit.declineRate(), unit.booked()));
        }
        return new Tabulated(header.title(), lines, List.of(new Table("ranking", null, columns, rows)), report.notes());
    }
}
