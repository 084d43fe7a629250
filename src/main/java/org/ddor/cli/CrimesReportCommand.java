package org.ddor.cli;

import java.io.IOException;
import java.sql.SQLException;
import java.util.concurrent.Callable;
import org.ddor.render.ReportRenderer;
import org.ddor.render.companion.CrimesTables;
import org.ddor.report.crimes.CrimesParameters;
import org.ddor.report.crimes.CrimesReport;
import org.ddor.report.crimes.CrimesReportBuilder;
import org.ddor.store.Store;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code ddor report crimes}: charge categories of declined detainers and of all detainers. */
@Command(name = "crimes", description = {
        "Charge categories of declined detainers, beside those of all detainers, with shares.",
        "Categories only, never exact charges. No period option: all the data.",
        "Definitions: docs/reports.md."})
final class CrimesReportCommand implements Callable<Integer> {

    @Mixin
    StoreOption store;

    @Mixin
    PeriodOptions period;

    @Mixin
    ReportOutputOptions output;

    @Option(names = "--jurisdiction", paramLabel = "FIPS",
            description = "One jurisdiction's own records (5-digit county or 2-digit state FIPS code); default: national.")
    String jurisdiction;

    @Override
    public Integer call() throws SQLException, IOException {
        CrimesParameters parameters = new CrimesParameters(OptionalPeriod.of(period), jurisdiction, output.suppression());
        ReportRenderer<CrimesReport> renderer = output.renderer(new CrimesTables(), false);
        CrimesReport report;
        try (Store opened = store.open()) {
            report = new CrimesReportBuilder(opened.connection()).build(parameters);
        }
        output.write(renderer, report);
        return 0;
    }
}
