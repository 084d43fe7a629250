package org.ddor.cli;

import java.io.IOException;
import java.sql.SQLException;
import java.util.concurrent.Callable;
import org.ddor.render.ReportRenderer;
import org.ddor.render.companion.SeriesTables;
import org.ddor.report.series.Bucketing;
import org.ddor.report.series.SeriesParameters;
import org.ddor.report.series.SeriesReport;
import org.ddor.report.series.SeriesReportBuilder;
import org.ddor.store.Store;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code ddor report series}: issued, declined and booked per week, month or fiscal year. */
@Command(name = "series", description = {
        "Detainers issued, declined and booked per week, month or fiscal year.",
        "Weeks run Saturday to Friday unless --week-start; fiscal years October to September;",
        "nationally or for one jurisdiction. No period option: all the data. Definitions: docs/reports.md."})
final class SeriesReportCommand implements Callable<Integer> {

    @Mixin
    StoreOption store;

    @Mixin
    PeriodOptions period;

    @Mixin
    ReportOutputOptions output;

    @Option(names = "--by", defaultValue = "month",
            description = "Buckets: week, month or fiscal-year (default: ${DEFAULT-VALUE}).")
    String by;

    @Option(names = "--jurisdiction", paramLabel = "FIPS",
            description = "One jurisdiction's own figures (5-digit county or 2-digit state FIPS code); default: national.")
    String jurisdiction;

    @Override
    public Integer call() throws SQLException, IOException {
        SeriesParameters parameters = new SeriesParameters(OptionalPeriod.of(period), Bucketing.parse(by),
                period.weekStart, jurisdiction, output.suppression());
        ReportRenderer<SeriesReport> renderer = output.renderer(new SeriesTables(), false);
        SeriesReport report;
        try (Store opened = store.open()) {
            report = new SeriesReportBuilder(opened.connection()).build(parameters);
        }
        output.write(renderer, report);
        return 0;
    }
}
