package org.ddor.ingest.sample;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;
import java.util.Objects;
import java.util.function.LongConsumer;
import org.ddor.domain.Jurisdiction;
import org.ddor.ingest.reference.Gazetteer;

/**
 * Writes generated sample detainer data in the layout of a real ICE release: DDOR's test and
 * benchmark data. The data is invented and says so wherever the format has room (xlsx title rows
 * and document properties, the {@code ddor-sample-} file name); it imitates the real releases'
 * shape (volumes, calendar, facility names, outcome mix) and their defects (same-name counties,
 * facilities inside counties that do not run them, likely duplicates, malformed rows on request).
 * docs/generator.md describes the model.
 *
 * <p>Streaming: memory does not depend on the row count. Deterministic: the same options give the
 * same rows (byte-identical CSV). Thread-safe: each {@link #generate} call has its own state.
 */
public final class SampleGenerator {

    /** The note every generated xlsx carries in its title rows and document properties. */
    public static final String NOT_REAL = "DDOR GENERATED SAMPLE DATA — NOT REAL";

    private final SampleFacilities facilities;

    /** A generator over the project's gazetteer and sample policy table. */
    public SampleGenerator() {
        this(Gazetteer.load());
    }

    public SampleGenerator(Gazetteer gazetteer) {
        this(gazetteer.counties(), gazetteer.states(), SamplePolicies.load());
    }

    SampleGenerator(List<Jurisdiction> counties, List<Jurisdiction> states, List<SamplePolicy> policies) {
        this.facilities = SampleFacilities.build(counties, states, policies);
    }

    /**
     * Writes {@code options.rows()} rows to {@code out}, replacing it; the file appears only when
     * complete (it is written beside it first).
     *
     * @param progress called with the number of rows written so far, every 10,000 rows and at the end
     * @throws IllegalArgumentException when an xlsx would exceed Excel's 1,048,576 rows
     * @throws IOException when the file cannot be written; no partial file is left
     */
    public GeneratorSummary generate(GeneratorOptions options, Path out, LongConsumer progress) throws IOException {
        Objects.requireNonNull(out, "out");
        Objects.requireNonNull(progress, "progress");
        requireFits(options);
        Path partial = out.resolveSibling(out.getFileName() + ".part");
        try {
            GeneratorSummary summary;
            try (OutputStream stream = new BufferedOutputStream(Files.newOutputStream(partial), 1 << 16)) {
                summary = new GenerationRun(options, facilities, progress).writeTo(stream, out);
            }
            move(partial, out);
            return summary;
        } catch (IOException | RuntimeException e) {
            Files.deleteIfExists(partial);
            throw e;
        }
    }

    /** The facility universe, for tests. */
    SampleFacilities facilities() {
        return facilities;
    }

    private static void requireFits(GeneratorOptions options) {
        long maxDataRows = XlsxRowSink.MAX_ROWS - GenerationRun.XLSX_ROWS_ABOVE_DATA;
        if (options.format() == GeneratorOptions.Format.XLSX && options.rows() > maxDataRows) {
            throw new IllegalArgumentException("an xlsx sheet holds at most " + maxDataRows + " data rows, "
                    + options.rows() + " were asked for; use --format csv or fewer rows");
        }
    }

    private static void move(Path from, Path to) throws IOException {
        try {
            Files.move(from, to, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } catch (AtomicMoveNotSupportedException e) {
            Files.move(from, to, StandardCopyOption.REPLACE_EXISTING);
        }
    }
}
