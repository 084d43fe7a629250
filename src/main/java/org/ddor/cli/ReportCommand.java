package org.ddor.cli;

import picocli.CommandLine.Command;

/** {@code ddor report}: the reports, each a subcommand. */
@Command(name = "report", description = {
        "Build reports from the store: the Declined Detainer Outcome Report and its companions.",
        "Definitions of every figure: docs/reports.md."},
        subcommands = {DdorReportCommand.class, ReportRowsCommand.class, ReportDiffCommand.class,
                RankingReportCommand.class, CrimesReportCommand.class, SeriesReportCommand.class,
                JurisdictionReportCommand.class, FollowupReportCommand.class})
final class ReportCommand implements Runnable {

    @picocli.CommandLine.Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Override
    public void run() {
        spec.commandLine().usage(System.out);
    }
}
