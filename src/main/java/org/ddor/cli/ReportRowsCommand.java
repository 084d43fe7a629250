package org.ddor.cli;

import java.io.IOException;
import java.sql.SQLException;
import java.util.concurrent.Callable;
import org.ddor.render.csv.CsvTable;
import org.ddor.report.Edition;
import org.ddor.report.Suppression;
import org.ddor.report.ddor.DdorParameters;
import org.ddor.report.ddor.FigureRows;
import org.ddor.store.Store;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code ddor report rows}: the records behind a figure of a report (DESIGN.md §5), one
 * subcommand per report. Writes CSV to standard output.
 */
@Command(name = "rows", description = {
        "List the records behind a figure of a report, as CSV.",
        "One row per detainer, with its release, sheet and row, on standard",
        "output. A figure's key is in the report (JSON 'trace', CSV '*_trace'",
        "columns). See docs/reports.md, 'Tracing a figure'."},
        subcommands = {ReportRowsCommand.Ddor.class})
final class ReportRowsCommand implements Runnable {

    @Spec
    CommandSpec spec;

    @Override
    public void run() {
        spec.commandLine().usage(System.out);
    }

    /** {@code ddor report rows ddor}: the records behind a figure of the Declined Detainer Outcome Report. */
    @Command(name = "ddor", description = {
            "The records behind a figure of the Declined Detainer Outcome Report",
            "of the same period. Figure keys:",
            "  summary/issued, summary/declined, summary/restricted,",
            "  trend/DAY/issued, trend/DAY/declined,",
            "  section1/FIPS, section1/FIPS/declined, section2/FIPS,",
            "  section4/excluded/REASON/issued, section4/excluded/REASON/declined,",
            "  section4/placed/RULE, section4/burst/FIPS/DAY, section4/old,",
            "  section4/transferred.",
            "The public edition lists no rows of a figure it shows as \"<5\"."})
    static final class Ddor implements Callable<Integer> {

        @Mixin
        StoreOption store;

        @Mixin
        PeriodOptions period;

        @Option(names = "--figure", required = true, paramLabel = "KEY", description = "The figure's key, e.g. section2/48453.")
        String figure;

        @Option(names = "--edition", defaultValue = "public", description = "public or official (default: ${DEFAULT-VALUE}).")
        Edition edition;

        @Option(names = "--threshold", defaultValue = "5", description = "Small-cell threshold of the public edition (default: ${DEFAULT-VALUE}).")
        int threshold;

        @Override
        public Integer call() throws SQLException, IOException {
            DdorParameters parameters = new DdorParameters(period.period(), DdorParameters.DEFAULT_TOP,
                    new Suppression(edition, threshold), DdorParameters.DEFAULT_OLD_DETAINER_DAYS);
            FigureRows.figure(figure, parameters);
            FigureRows.Listing listing;
            try (Store opened = store.open()) {
                listing = FigureRows.list(opened.connection(), figure, parameters);
            }
            CsvTable.write(listing.columns(), listing.rows(), System.out);
            System.out.flush();
            return 0;
        }
    }
}
