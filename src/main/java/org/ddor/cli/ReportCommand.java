package org.ddor.cli;

import picocli.CommandLine.Command;

/** {@code ddor report}: the Declined Detainer Outcome Report and its companions (issue 4). */
@Command(name = "report", description = {
        "Build reports from the store: the Declined Detainer Outcome Report, rankings, crime",
        "categories, time series, jurisdiction profiles and follow-up.",
        "Not in this build yet: reports arrive with the reports work (see docs/architecture.md)."})
final class ReportCommand implements Runnable {

    @Override
    public void run() {
        throw new UnsupportedOperationException(
                "reports are not in this build yet; 'ddor import' and 'ddor facilities' show what the store holds");
    }
}
