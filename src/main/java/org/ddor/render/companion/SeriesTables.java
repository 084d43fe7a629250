package org.ddor.render.companion;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.ddor.render.table.Column;
import org.ddor.render.table.Table;
import org.ddor.render.table.Tabulated;
import org.ddor.render.table.Tabulator;
import org.ddor.report.series.SeriesReport;

/** A time series as one table, a row per bucket. */
public final class SeriesTables implements Tabulator<SeriesReport> {

    @Override
    public Tabulated tabulate(SeriesReport report) {
        SeriesReport.Header header = report.header();
        List<String> lines = new ArrayList<>();
        lines.add("Period: " + header.period());
        lines.add(HeaderLines.edition(header.edition(), header.threshold()));
        lines.add(HeaderLines.data(header.dataFrom(), header.dataTo(), header.generatedSampleData()));
        lines.addAll(header.definitions());
        return new Tabulated(header.title(), lines, List.of(table("series", null, report.buckets())), report.notes());
    }

    /** The buckets as a table; the jurisdiction profile's monthly table too. */
    static Table table(String name, String title, List<SeriesReport.Bucket> buckets) {
        List<Column> columns = List.of(Column.of("bucket", "bucket"), Column.of("first_day", "first day"),
                Column.of("last_day", "last day"), Column.of("partial", "partial"), Column.of("issued", "issued"),
                Column.of("declined", "declined"), Column.of("booked", "booked"));
        List<List<Object>> rows = new ArrayList<>();
        for (SeriesReport.Bucket bucket : buckets) {
            rows.add(Arrays.asList(bucket.label(), bucket.firstDay(), bucket.lastDay(), bucket.partial(), bucket.issued(),
                    bucket.declined(), bucket.booked()));
        }
        return new Table(name, title, columns, rows);
    }
}
