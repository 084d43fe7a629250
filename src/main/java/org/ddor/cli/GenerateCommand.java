package org.ddor.cli;

import java.io.IOException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.concurrent.Callable;
import org.ddor.ingest.sample.GeneratorOptions;
import org.ddor.ingest.sample.GeneratorSummary;
import org.ddor.ingest.sample.SampleGenerator;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code ddor generate}: writes generated sample data in a real input layout. */
@Command(name = "generate", description = {
        "Write generated sample detainer data in one of ICE's layouts, for tests, benchmarks and",
        "the demo. Deterministic for a seed; streams, so any size fits in a small heap.",
        "Generated data is not real: files and stores made from it say so. Model: docs/generator.md."})
final class GenerateCommand implements Callable<Integer> {

    @Option(names = "--rows", defaultValue = "100000", description = "Data rows to write (default: ${DEFAULT-VALUE}).")
    long rows;

    @Option(names = "--seed", defaultValue = "1", description = "Random seed (default: ${DEFAULT-VALUE}).")
    long seed;

    @Option(names = "--layout", defaultValue = "ero-lesa", description = "ero-lesa or foia-2015 (default: ${DEFAULT-VALUE}).")
    String layout;

    @Option(names = "--format", defaultValue = "csv", description = "csv or xlsx (default: ${DEFAULT-VALUE}).")
    String format;

    @Option(names = "--dirty", defaultValue = "0", description = "Share of malformed rows, e.g. 0.01 (default: ${DEFAULT-VALUE}).")
    double dirty;

    @Option(names = "--first-day", description = "First issued date (default: 2025-10-01 for ero-lesa, 2007-10-01 for foia-2015, or earlier when the rows would run past the release's last day).")
    LocalDate firstDay;

    @Option(names = "--out", description = "Output file (default: ddor-sample-LAYOUT-ROWS.FORMAT).")
    Path out;

    @Override
    public Integer call() throws IOException {
        if (rows < 1) {
            throw new IllegalArgumentException("--rows must be at least 1, got " + rows);
        }
        if (dirty < 0 || dirty > 0.5) {
            throw new IllegalArgumentException("--dirty must be between 0 and 0.5, got " + dirty);
        }
        GeneratorOptions options = new GeneratorOptions(rows, seed, GeneratorOptions.Layout.ofCliName(layout),
                GeneratorOptions.Format.ofCliName(format), dirty, firstDay);
        Path target = out != null ? out : Path.of(options.defaultFileName());
        GeneratorSummary summary;
        try (Progress progress = Progress.start("generating", rows)) {
            summary = new SampleGenerator().generate(options, target, progress::update);
        }
        System.out.println("wrote " + target + ": " + describe(summary));
        System.out.println("This is generated sample data, not real records.");
        return 0;
    }

    /** One line: rows, dates covered, declines, duplicates, malformed rows. */
    static String describe(GeneratorSummary summary) {
        return String.format("%,d rows issued %s to %s; %.1f%% declined; %,d likely duplicates; %,d malformed rows",
                summary.rows(), summary.firstDay(), summary.lastDay(), 100 * summary.declinedShare(),
                summary.duplicateRows(), summary.malformedRows());
    }
}
