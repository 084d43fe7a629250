package org.ddor.cli;

import java.io.IOException;
import java.sql.SQLException;
import java.util.concurrent.Callable;
import org.ddor.render.ReportRenderer;
import org.ddor.render.companion.RankingTables;
import org.ddor.report.Rate;
import org.ddor.report.ranking.RankingMeasure;
import org.ddor.report.ranking.RankingParameters;
import org.ddor.report.ranking.RankingReport;
import org.ddor.report.ranking.RankingReportBuilder;
import org.ddor.report.ranking.RankingUnit;
import org.ddor.store.Store;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code ddor report ranking}: top N jurisdictions, facilities, states or AORs. */
@Command(name = "ranking", description = {
        "Top N jurisdictions, facilities, states or AORs by issued, declined, decline rate or booked.",
        "Every numerator and denominator is shown; rates carry a 95%% Wilson score interval and are",
        "withheld under --min-denominator. No period option: all the data. Definitions: docs/reports.md."})
final class RankingReportCommand implements Callable<Integer> {

    @Mixin
    StoreOption store;

    @Mixin
    PeriodOptions period;

    @Mixin
    ReportOutputOptions output;

    @Option(names = "--by", defaultValue = "jurisdiction",
            description = "What to rank: jurisdiction, facility, state or aor (default: ${DEFAULT-VALUE}).")
    String by;

    @Option(names = "--measure", defaultValue = "issued",
            description = "Rank by: issued, declined, decline-rate or booked (default: ${DEFAULT-VALUE}).")
    String measure;

    @Option(names = "--top", defaultValue = "10", description = "Rows to show (default: ${DEFAULT-VALUE}).")
    int top;

    @Option(names = "--min-denominator", defaultValue = "" + Rate.DEFAULT_MINIMUM_DENOMINATOR,
            description = "Withhold rates over fewer detainers issued than this (default: ${DEFAULT-VALUE}).")
    int minimumDenominator;

    @Override
    public Integer call() throws SQLException, IOException {
        RankingParameters parameters = new RankingParameters(OptionalPeriod.of(period), RankingUnit.parse(by),
                RankingMeasure.parse(measure), top, output.suppression(), minimumDenominator);
        ReportRenderer<RankingReport> renderer = output.renderer(new RankingTables(), false);
        RankingReport report;
        try (Store opened = store.open()) {
            report = new RankingReportBuilder(opened.connection()).build(parameters);
        }
        output.write(renderer, report);
        return 0;
    }
}
