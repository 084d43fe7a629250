package org.ddor.bench.jmh;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Comparator;
import java.util.stream.Stream;
import org.ddor.ingest.sample.GeneratorOptions;
import org.ddor.ingest.sample.GeneratorSummary;
import org.ddor.ingest.sample.SampleGenerator;
import org.ddor.ingest.sample.SamplePolicies;

/** Generated sample data for the benchmarks, in a temporary folder removed at tear-down. */
final class SampleFiles {

    static final long SEED = 2026;

    private SampleFiles() {
    }

    static Path folder() {
        try {
            return Files.createTempDirectory("ddor-jmh-");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** An ero-lesa csv of {@code rows} rows (no malformed rows), as 'ddor generate' writes it. */
    static GeneratorSummary eroLesa(Path folder, long rows, GeneratorOptions.Format format) throws IOException {
        GeneratorOptions options = new GeneratorOptions(rows, SEED, GeneratorOptions.Layout.ERO_LESA, format, 0, null);
        Path file = folder.resolve("sample-" + rows + "." + format.extension());
        return new SampleGenerator().generate(options, file, written -> { });
    }

    /** The sample policy table (the file 'ddor demo' imports). */
    static Path policies(Path folder) throws IOException {
        Path file = folder.resolve("ddor-sample-policies.csv");
        try (InputStream in = SampleFiles.class.getResourceAsStream(SamplePolicies.RESOURCE)) {
            Files.copy(in, file, StandardCopyOption.REPLACE_EXISTING);
        }
        return file;
    }

    static void delete(Path folder) throws IOException {
        if (folder == null || !Files.exists(folder)) {
            return;
        }
        try (Stream<Path> paths = Files.walk(folder)) {
            for (Path path : paths.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(path);
            }
        }
    }
}
