package org.ddor.cli;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.sql.Date;
import java.sql.SQLException;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.Callable;
import org.ddor.ingest.sample.GeneratorOptions;
import org.ddor.ingest.sample.SampleGenerator;
import org.ddor.render.DdorRenderers;
import org.ddor.render.ReportRenderer;
import org.ddor.report.Period;
import org.ddor.report.ddor.DdorParameters;
import org.ddor.report.ddor.DdorReport;
import org.ddor.report.ddor.DdorReportBuilder;
import org.ddor.store.Query;
import org.ddor.store.Store;
import org.ddor.store.imports.ImportOptions;
import org.ddor.store.imports.Importer;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code ddor demo}: builds a store of generated sample data from nothing, so a newcomer sees DDOR
 * work. The store is separate from the default one, so a demo never mixes with real data.
 */
@Command(name = "demo", description = {
        "Create a demo store under ./data/ from generated sample data: a year (FY2026) of national",
        "detainers in ICE's ero-lesa layout and DDOR's sample policy table. Everything it makes is",
        "marked as generated sample data. Rebuilds the demo store each time, then writes the",
        "Declined Detainer Outcome Report of the last full week as HTML and PDF into ./data/demo/."})
final class DemoCommand implements Callable<Integer> {

    static final Path DEMO_FOLDER = Path.of("data", "demo");
    static final Path DEMO_STORE = Path.of("data", "demo.duckdb");

    @Option(names = "--rows", defaultValue = "156000", description = "Detainers to generate (default: ${DEFAULT-VALUE}, about a year).")
    long rows;

    @Option(names = "--seed", defaultValue = "2026", description = "Random seed (default: ${DEFAULT-VALUE}).")
    long seed;

    @Option(names = "--no-serve", description = "Do not serve the demo store afterwards (serving is the default only"
            + " when DDOR runs in a terminal, so scripts and CI are never blocked).")
    boolean noServe;

    @Option(names = "--port", defaultValue = "8080", description = "Port to serve the demo on (default: ${DEFAULT-VALUE}).")
    int port;

    @Override
    public Integer call() throws IOException, SQLException, InterruptedException {
        Files.createDirectories(DEMO_FOLDER);
        Files.deleteIfExists(DEMO_STORE);
        Files.deleteIfExists(Path.of(DEMO_STORE + ".wal"));
        Path detainers = DEMO_FOLDER.resolve("ddor-sample-ero-lesa-fy2026.csv");
        Path policies = DEMO_FOLDER.resolve("ddor-sample-policies.csv");
        Period week;
        System.out.println("DDOR demo — GENERATED SAMPLE DATA, not real records.");
        generate(detainers);
        copyPolicies(policies);
        try (Store store = Store.open(DEMO_STORE); TerminalProgress progress = TerminalProgress.start()) {
            Importer importer = new Importer(store);
            var policyResult = importer.importFile(policies, ImportOptions.defaults().withGenerated(true), progress);
            var detainerResult = importer.importFile(detainers, ImportOptions.defaults().withGenerated(true), progress);
            progress.done();
            ImportSummary.print(System.out, policyResult);
            ImportSummary.print(System.out, detainerResult);
            week = lastFullWeek(store);
            if (week != null) {
                writeWeeklyReport(store, week);
            }
        }
        printNextSteps(week);
        if (!noServe && System.console() != null) {
            System.out.println();
            ServeCommand.serveUntilStopped(org.ddor.web.Config.of(port, DEMO_STORE, null));
        }
        return 0;
    }

    private void generate(Path target) throws IOException {
        GeneratorOptions options = new GeneratorOptions(rows, seed, GeneratorOptions.Layout.ERO_LESA,
                GeneratorOptions.Format.CSV, 0.002, LocalDate.of(2025, 10, 1));
        try (Progress progress = Progress.start("generating", rows)) {
            var summary = new SampleGenerator().generate(options, target, progress::update);
            progress.done();
            System.out.println("generated " + target + ": " + GenerateCommand.describe(summary));
        }
    }

    private static void copyPolicies(Path target) throws IOException {
        try (InputStream in = DemoCommand.class.getResourceAsStream("/org/ddor/sample/policies.csv")) {
            Files.copy(in, target, StandardCopyOption.REPLACE_EXISTING);
        }
    }

    /**
     * The last complete Saturday-to-Friday week: the week containing the store's last issued date minus
     * 7 days (the week of the last issued date itself may still be filling). Null for an empty store.
     */
    static Period lastFullWeek(Store store) throws SQLException {
        LocalDate lastIssued = Query.one(store.connection(), DdorReportBuilder.class, "data_range.sql", row -> {
            Date day = row.getDate(2);
            return day == null ? null : day.toLocalDate();
        });
        return lastIssued == null ? null : Period.week(lastIssued.minusDays(7), DayOfWeek.SATURDAY);
    }

    private static void writeWeeklyReport(Store store, Period week) throws SQLException, IOException {
        DdorReport report = new DdorReportBuilder(store.connection()).build(DdorParameters.of(week));
        System.out.println();
        System.out.println("Declined Detainer Outcome Report, " + week + " (the last full week; generated sample data):");
        for (String format : List.of("html", "pdf")) {
            ReportRenderer<DdorReport> renderer = DdorRenderers.forFormat(format);
            Path target = DEMO_FOLDER.resolve("ddor-report-" + week.key() + "." + renderer.extension());
            try (OutputStream out = Files.newOutputStream(target)) {
                renderer.render(report, out);
            }
            System.out.println("  " + target);
        }
    }

    private static void printNextSteps(Period week) {
        System.out.println();
        System.out.println("Demo store: " + DEMO_STORE + " (generated sample data). Try:");
        System.out.println("  ./ddor facilities --db " + DEMO_STORE + "                      # how facilities were resolved");
        System.out.println("  ./ddor facilities --db " + DEMO_STORE + " --status ambiguous   # what needs a person's decision");
        if (week != null) {
            System.out.println("  ./ddor report ddor --db " + DEMO_STORE + " --week " + week.previous().from()
                    + " --format pdf --out week.pdf   # another week's report");
        }
        System.out.println("  ./ddor import FILE --db data/mine.duckdb                   # load a real ICE release");
        System.out.println("Docs: README.md, docs/formats.md, docs/resolution.md, docs/generator.md");
    }
}
