package org.ddor.cli;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.SQLException;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.ddor.render.DdorRenderers;
import org.ddor.render.csv.DdorCsvRenderer;
import org.ddor.render.csv.DdorCsvTables;
import org.ddor.report.Edition;
import org.ddor.report.Suppression;
import org.ddor.report.ddor.DdorParameters;
import org.ddor.report.ddor.DdorReport;
import org.ddor.report.ddor.DdorReportBuilder;
import org.ddor.store.Store;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code ddor report ddor}: the Declined Detainer Outcome Report for a period. */
@Command(name = "ddor", description = {
        "The Declined Detainer Outcome Report for a week, date range, quarter or fiscal year:",
        "summary; Section I, detainers issued to jurisdictions with a restrictive policy in effect;",
        "Section II, detainers recorded as declined, by the jurisdiction that declined; Section III,",
        "the policies; Section IV, scope and data fidelity.",
        "CSV is a zip of one CSV file per table, with a README.",
        "The records behind any figure: 'ddor report rows ddor --figure KEY'."})
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

    @Option(names = "--table", paramLabel = "NAME", description = "Write only this table as a CSV file (with --format csv or"
            + " no --format): metadata, inputs, summary, trend, section1, section2, section3, section4_sources,"
            + " section4_exclusions, section4_placement, section4_bursts or section4_flags.")
    String table;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() throws SQLException, IOException {
        DdorRenderers.forFormat(format);
        requireCsvForTable();
        DdorParameters parameters = new DdorParameters(period.period(), top, new Suppression(edition, threshold),
                DdorParameters.DEFAULT_OLD_DETAINER_DAYS);
        DdorReport report;
        try (Store opened = store.open()) {
            report = new DdorReportBuilder(opened.connection()).build(parameters);
        }
        try (OutputStream target = out == null ? System.out : Files.newOutputStream(out)) {
            if (table == null) {
                DdorRenderers.forFormat(format).render(report, target);
            } else {
                new DdorCsvRenderer().renderTable(report, table, target);
            }
        }
        if (table != null && report.header().generatedSampleData()) {
            System.err.println("ddor: note: " + DdorCsvTables.GENERATED_NOTICE);
        }
        return 0;
    }

    /** One table is one CSV file: --table goes with --format csv or none. Checked before the store is opened. */
    private void requireCsvForTable() {
        if (table == null) {
            return;
        }
        if (spec.commandLine().getParseResult().hasMatchedOption("--format") && !format.equalsIgnoreCase("csv")) {
            throw new IllegalArgumentException("--table writes one CSV table; use --format csv or leave out --format");
        }
        if (!DdorCsvTables.NAMES.contains(table.toLowerCase(Locale.ROOT))) {
            throw new IllegalArgumentException("unknown table '" + table + "'; expected one of "
                    + String.join(", ", DdorCsvTables.NAMES));
        }
    }
}
