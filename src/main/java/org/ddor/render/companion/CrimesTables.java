package org.ddor.render.companion;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.ddor.render.table.Column;
import org.ddor.render.table.Table;
import org.ddor.render.table.Tabulated;
import org.ddor.render.table.Tabulator;
import org.ddor.report.crimes.CrimesReport;

/** Charge categories as one table, with a total row. */
public final class CrimesTables implements Tabulator<CrimesReport> {

    @Override
    public Tabulated tabulate(CrimesReport report) {
        CrimesReport.Header header = report.header();
        List<String> lines = new ArrayList<>();
        lines.add("Period: " + header.period());
        lines.add(HeaderLines.edition(header.edition(), header.threshold()));
        lines.add(HeaderLines.data(header.dataFrom(), header.dataTo(), header.generatedSampleData()));
        lines.addAll(header.definitions());
        List<Column> columns = List.of(Column.of("category", "charge category"), Column.of("declined", "declined"),
                Column.of("declined_share", "share"), Column.of("issued", "issued"), Column.of("issued_share", "share"));
        List<List<Object>> rows = new ArrayList<>();
        for (CrimesReport.CategoryRow row : report.categories()) {
            rows.add(Arrays.asList(row.category(), row.declined(), row.declinedShare(), row.issued(), row.issuedShare()));
        }
        rows.add(Arrays.asList("Total", report.declined(), report.declined().value() > 0 ? 1.0 : null, report.issued(),
                report.issued().value() > 0 ? 1.0 : null));
        return new Tabulated(header.title(), lines, List.of(new Table("crimes", null, columns, rows)), report.notes());
    }
}
