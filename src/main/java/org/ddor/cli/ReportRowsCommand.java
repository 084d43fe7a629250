package org.ddor.cli;

import java.io.IOException;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.concurrent.Callable;
import org.ddor.render.csv.CsvTable;
import org.ddor.report.Edition;
import org.ddor.report.Rate;
import org.ddor.report.Suppression;
import org.ddor.report.crimes.CrimesFigureRows;
import org.ddor.report.crimes.CrimesParameters;
import org.ddor.report.followup.FollowupFigureRows;
import org.ddor.report.followup.FollowupParameters;
import org.ddor.report.profile.ProfileFigureRows;
import org.ddor.report.profile.ProfileParameters;
import org.ddor.report.ranking.RankingFigureRows;
import org.ddor.report.series.Bucketing;
import org.ddor.report.series.SeriesFigureRows;
import org.ddor.report.series.SeriesParameters;
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
        subcommands = {ReportRowsCommand.Ddor.class, ReportRowsCommand.Ranking.class, ReportRowsCommand.Crimes.class,
                ReportRowsCommand.Series.class, ReportRowsCommand.Jurisdiction.class, ReportRowsCommand.Followup.class})
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
            return write(store, connection -> FigureRows.list(connection, figure, parameters));
        }
    }

    /** What every companion rows command takes besides the store and the period. */
    static final class FigureOptions {

        @Option(names = "--figure", required = true, paramLabel = "KEY",
                description = "The figure's key, as the report's JSON 'trace' gives it.")
        String figure;

        @Option(names = "--edition", defaultValue = "public", description = "public or official (default: ${DEFAULT-VALUE}).")
        Edition edition;

        @Option(names = "--threshold", defaultValue = "5", description = "Small-cell threshold of the public edition (default: ${DEFAULT-VALUE}).")
        int threshold;

        Suppression suppression() {
            return new Suppression(edition, threshold);
        }
    }

    /**
     * A companion rows command: the store, the period and the figure, and how to list the figure's
     * records on an open store. Writes them as CSV to standard output.
     */
    abstract static class CompanionRows implements Callable<Integer> {

        @Mixin
        StoreOption store;

        @Mixin
        PeriodOptions period;

        @Mixin
        FigureOptions figure;

        abstract FigureRows.Listing list(Connection connection) throws SQLException;

        @Override
        public Integer call() throws SQLException, IOException {
            return write(store, this::list);
        }
    }

    /** Lists a figure's records on an open store. */
    @FunctionalInterface
    interface Lister {
        FigureRows.Listing list(Connection connection) throws SQLException;
    }

    static Integer write(StoreOption store, Lister lister) throws SQLException, IOException {
        FigureRows.Listing listing;
        try (Store opened = store.open()) {
            listing = lister.list(opened.connection());
        }
        CsvTable.write(listing.columns(), listing.rows(), System.out);
        System.out.flush();
        return 0;
    }

    /** {@code ddor report rows ranking}: the records behind a figure of a ranking. */
    @Command(name = "ranking", description = {
            "The records behind a figure of a ranking over the same period (no period",
            "option: all the data). Figure keys, UNIT jurisdiction, facility, state or aor:",
            "  ranking/UNIT/KEY/issued (the decline rate's denominator),",
            "  ranking/UNIT/KEY/declined-of-issued (its numerator), ranking/UNIT/KEY/declined,",
            "  ranking/UNIT/KEY/booked, ranking/UNIT/none/issued, ranking/UNIT/none/declined.",
            "Any unit can be listed, ranked or not."})
    static final class Ranking extends CompanionRows {

        @Override
        FigureRows.Listing list(Connection connection) throws SQLException {
            return RankingFigureRows.list(connection, figure.figure, OptionalPeriod.of(period), figure.suppression());
        }
    }

    /** {@code ddor report rows crimes}: the records behind a figure of the charge category table. */
    @Command(name = "crimes", description = {
            "The records behind a figure of the charge category table over the same period",
            "(no period option: all the data). Figure keys, SCOPE national or a FIPS code:",
            "  crimes/SCOPE/CATEGORY/declined, crimes/SCOPE/CATEGORY/issued,",
            "  crimes/SCOPE/declined, crimes/SCOPE/issued."})
    static final class Crimes extends CompanionRows {

        @Override
        FigureRows.Listing list(Connection connection) throws SQLException {
            return CrimesFigureRows.list(connection, figure.figure,
                    new CrimesParameters(OptionalPeriod.of(period), null, figure.suppression()));
        }
    }

    /** {@code ddor report rows series}: the records behind a bucket's figure of a time series. */
    @Command(name = "series", description = {
            "The records behind a bucket's figure of a time series over the same period",
            "(no period option: all the data; --week-start as the series had). Figure keys:",
            "  series/SCOPE/BUCKETING/LABEL/issued, .../declined, .../booked",
            "  (SCOPE national or a FIPS code; BUCKETING week, month or fiscal-year)."})
    static final class Series extends CompanionRows {

        @Override
        FigureRows.Listing list(Connection connection) throws SQLException {
            return SeriesFigureRows.list(connection, figure.figure, new SeriesParameters(OptionalPeriod.of(period),
                    Bucketing.MONTH, period.weekStart, null, figure.suppression()));
        }
    }

    /** {@code ddor report rows jurisdiction}: the records behind a figure of a jurisdiction profile. */
    @Command(name = "jurisdiction", description = {
            "The records behind a figure of a jurisdiction profile over the same period",
            "(no period option: all the data). Figure keys:",
            "  profile/FIPS/issued, profile/FIPS/declined, profile/FIPS/declined-of-issued,",
            "  profile/FIPS/booked, profile/FIPS/outcome/OUTCOME, profile/FIPS/facility/ID,",
            "  profile/FIPS/nearby/ID. Its monthly figures: 'ddor report rows series'."})
    static final class Jurisdiction extends CompanionRows {

        @Override
        FigureRows.Listing list(Connection connection) throws SQLException {
            String[] part = figure.figure.strip().split("/", -1);
            String fips = part.length > 1 ? part[1] : "";
            return ProfileFigureRows.list(connection, figure.figure, new ProfileParameters(fips,
                    OptionalPeriod.of(period), figure.suppression(), Rate.DEFAULT_MINIMUM_DENOMINATOR));
        }
    }

    /** {@code ddor report rows followup}: the records behind a figure of the follow-up report. */
    @Command(name = "followup", description = {
            "The records behind a figure of the follow-up report of the same period and",
            "--window. A group's figures (GROUP declined or comparison) count subjects: each",
            "is listed by the detainer that put it in the group. Figure keys:",
            "  followup/GROUP/subjects, .../censored, .../censored/later, .../observed,",
            "  .../observed/later, .../index-from-issued, followup/GROUP/records,",
            "  followup/without-subject/GROUP, followup/both-groups."})
    static final class Followup extends CompanionRows {

        @Option(names = "--window", paramLabel = "DAYS", defaultValue = "" + FollowupParameters.DEFAULT_WINDOW_DAYS,
                description = "The report's window in days (default: ${DEFAULT-VALUE}).")
        int window;

        @Override
        FigureRows.Listing list(Connection connection) throws SQLException {
            return FollowupFigureRows.list(connection, figure.figure, new FollowupParameters(period.period(), window,
                    figure.suppression(), Rate.DEFAULT_MINIMUM_DENOMINATOR));
        }
    }
}
