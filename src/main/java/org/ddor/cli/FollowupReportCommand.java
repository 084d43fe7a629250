package org.ddor.cli;

import java.io.IOException;
import java.sql.SQLException;
import java.util.concurrent.Callable;
import org.ddor.render.ReportRenderer;
import org.ddor.render.companion.FollowupTables;
import org.ddor.report.Rate;
import org.ddor.report.followup.FollowupParameters;
import org.ddor.report.followup.FollowupReport;
import org.ddor.report.followup.FollowupReportBuilder;
import org.ddor.store.Store;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code ddor report followup}: later detainers for the same subject after a decline. */
@Command(name = "followup", description = {
        "Later detainers for the same subject after a decline, beside a comparison group.",
        "Subjects whose window runs past the end of the data are censored and reported apart.",
        "Needs subject identifiers (ERO-LESA releases have them; foia-2015 extracts do not).",
        "The method is printed with every output; definitions: docs/reports.md."})
final class FollowupReportCommand implements Callable<Integer> {

    @Mixin
    StoreOption store;

    @Mixin
    PeriodOptions period;

    @Mixin
    ReportOutputOptions output;

    @Option(names = "--window", paramLabel = "DAYS", defaultValue = "" + FollowupParameters.DEFAULT_WINDOW_DAYS,
            description = "Days after the index date in which a later detainer counts (default: ${DEFAULT-VALUE}).")
    int window;

    @Option(names = "--min-denominator", defaultValue = "" + Rate.DEFAULT_MINIMUM_DENOMINATOR,
            description = "Withhold rates over fewer observed subjects than this (default: ${DEFAULT-VALUE}).")
    int minimumDenominator;

    @Override
    public Integer call() throws SQLException, IOException {
        FollowupParameters parameters = new FollowupParameters(period.period(), window, output.suppression(),
                minimumDenominator);
        ReportRenderer<FollowupReport> renderer = output.renderer(new FollowupTables(), false);
        FollowupReport report;
        try (Store opened = store.open()) {
            report = new FollowupReportBuilder(opened.connection()).build(parameters);
        }
        output.write(renderer, report);
        return 0;
    }
}
