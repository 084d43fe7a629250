package org.ddor.cli;

import java.io.IOException;
import java.sql.SQLException;
import java.util.concurrent.Callable;
import org.ddor.domain.Operator;
import org.ddor.render.ReportRenderer;
import org.ddor.render.companion.RankingTables;
import org.ddor.report.Rate;
import org.ddor.report.ranking.RankingFilter;
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

    @Option(names = "--state", description = "Rank only units of this state (USPS code, e.g. PA).")
    String state;

    @Option(names = "--aor", description = "Rank only units of this ICE Area of Responsibility (e.g. PHI).")
    String aor;

    @Option(names = "--operator", description = "With --by facility: rank only facilities run by county, city,"
            + " state, federal, private, ice or unknown.")
    String operator;

    @Override
    public Integer call() throws SQLException, IOException {
        RankingParameters parameters = new RankingParameters(OptionalPeriod.of(period), RankingUnit.parse(by),
                RankingMeasure.parse(measure), top, output.suppression(), minimumDenominator,
                new RankingFilter(state, aor, operator(operator)));
        ReportRenderer<RankingReport> renderer = output.renderer(new RankingTables(), false);
        RankingReport report;
        try (Store opened = store.open()) {
            report = new RankingReportBuilder(opened.connection()).build(parameters);
        }
        output.write(renderer, report);
        return 0;
    }

    static Operator operator(String text) {
        if (text == null || text.isBlank()) {
            return null;
        }
        try {
            return Operator.valueOf(text.strip().toUpperCase(java.util.Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("--operator '" + text + "' is not an operator; expected one of county,"
                    + " city, state, federal, private, ice, unknown");
        }
    }
}
