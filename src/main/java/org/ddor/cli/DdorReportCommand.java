package org.ddor.cli;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.SQLException;
import java.util.concurrent.Callable;
import org.ddor.render.DdorRenderers;
import org.ddor.report.Edition;
import org.ddor.report.Suppression;
import org.ddor.report.ddor.DdorParameters;
import org.ddor.report.ddor.DdorReport;
import org.ddor.report.ddor.DdorReportBuilder;
import org.ddor.store.Store;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code ddor report ddor}: the Declined Detainer Outcome Report for a period. */
@Command(name = "ddor", description = {
        "The Declined Detainer Outcome Report for a week, date range, quarter or fiscal year:",
        "summary; Section I, detainers issued to jurisdictions with a restrictive policy in effect;",
        "Section II, detainers recorded as declined, by the jurisdiction that declined; Section III,",
        "the policies; Section IV, scope and data fidelity."})
final class DdorReportCommand implements Callable<Integer> {

    @Mixin
    StoreOption store;

    @Mixin
    PeriodOptions period;

    @Option(names = "--format", defaultValue = "json", description = "Output format: html, pdf, csv or json (default: ${DEFAULT-VALUE}).")
    String format;

    @Option(names = "--out", paramLabel = "FILE", description = "Write to FILE instead of standard output.")
    Path out;

    @Option(names = "--top", defaultValue = "10", description = "Rows in Section I (default: ${DEFAULT-VALUE}).")
    int top;

    @Option(names = "--edition", defaultValue = "public", description = "public or official (default: ${DEFAULT-VALUE}).")
    Edition edition;

    @Option(names = "--threshold", defaultValue = "5", description = "Small-cell threshold of the public edition (default: ${DEFAULT-VALUE}).")
    int threshold;

    @Override
    public Integer call() throws SQLException, IOException {
        DdorRenderers.forFormat(format);
        DdorParameters parameters = new DdorParameters(period.period(), top, new Suppression(edition, threshold),
                DdorParameters.DEFAULT_OLD_DETAINER_DAYS);
        DdorReport report;
        try (Store opened = store.open()) {
            report = new DdorReportBuilder(opened.connection()).build(parameters);
        }
        try (OutputStream target = out == null ? System.out : Files.newOutputStream(out)) {
            DdorRenderers.forFormat(format).render(report, target);
        }
        return 0;
    }
}
