package org.ddor.cli;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.LocalDate;
import java.util.concurrent.Callable;
import org.ddor.ingest.sample.GeneratorOptions;
import org.ddor.ingest.sample.SampleGenerator;
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
        "marked as generated sample data. Rebuilds the demo store each time."})
final class DemoCommand implements Callable<Integer> {

    static final Path DEMO_FOLDER = Path.of("data", "demo");
    static final Path DEMO_STORE = Path.of("data", "demo.duckdb");

    @Option(names = "--rows", defaultValue = "156000", description = "Detainers to generate (default: ${DEFAULT-VALUE}, about a year).")
    long rows;

    @Option(names = "--seed", defaultValue = "2026", description = "Random seed (default: ${DEFAULT-VALUE}).")
    long seed;

    @Override
    public Integer call() throws IOException {
        Files.createDirectories(DEMO_FOLDER);
        Files.deleteIfExists(DEMO_STORE);
        Files.deleteIfExists(Path.of(DEMO_STORE + ".wal"));
        Path detainers = DEMO_FOLDER.resolve("ddor-sample-ero-lesa-fy2026.csv");
        Path policies = DEMO_FOLDER.resolve("ddor-sample-policies.csv");
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
        }
        printNextSteps();
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

    private static void printNextSteps() {
        System.out.println();
        System.out.println("Demo store: " + DEMO_STORE + " (generated sample data). Try:");
        System.out.println("  ./ddor facilities --db " + DEMO_STORE + "                      # how facilities were resolved");
        System.out.println("  ./ddor facilities --db " + DEMO_STORE + " --status ambiguous   # what needs a person's decision");
        System.out.println("  ./ddor import FILE --db data/mine.duckdb                   # load a real ICE release");
        System.out.println("Docs: README.md, docs/formats.md, docs/resolution.md, docs/generator.md");
    }
}
