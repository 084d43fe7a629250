package org.ddor.store.imports;

import static org.assertj.core.api.Assertions.assertThat;
import static org.ddor.store.imports.ImportFixtures.importFile;
import static org.ddor.store.imports.ImportFixtures.options;

import de.siegmar.fastcsv.reader.CsvReader;
import de.siegmar.fastcsv.reader.NamedCsvRecord;
import java.nio.file.Path;
import java.util.Map;
import java.util.TreeMap;
import org.ddor.ingest.sample.DirtyKind;
import org.ddor.ingest.sample.GeneratorOptions;
import org.ddor.ingest.sample.GeneratorSummary;
import org.ddor.ingest.sample.SampleGenerator;
import org.ddor.store.Store;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The sample generator's {@code --dirty} rows, in every layout and format: the importer rejects exactly the
 * rows made malformed, each kind with its reason, and stores every other row.
 */
class GeneratedDirtyRowsTest {

    private static final int ROWS = 1500;

    @TempDir
    Path folder;

    @ParameterizedTest(name = "{0} {1}")
    @CsvSource({"ERO_LESA, CSV", "ERO_LESA, XLSX", "FOIA_2015, CSV", "FOIA_2015, XLSX"})
    void exactlyTheMalformedRowsAreRejectedEachWithItsReason(GeneratorOptions.Layout layout,
                                                             GeneratorOptions.Format format) throws Exception {
        GeneratorOptions generation = new GeneratorOptions(ROWS, 5, layout, format, 0.04, null);
        GeneratorSummary summary = new SampleGenerator().generate(generation,
                folder.resolve(generation.defaultFileName()), written -> { });

        try (Store store = ImportFixtures.openStore(folder)) {
            ImportResult result = importFile(store, summary.file(), options(folder));

            assertThat(summary.malformedRows()).isPositive();
            assertThat(result.rowsRead()).isEqualTo(ROWS);
            assertThat(result.rowsRejected()).isEqualTo(summary.malformedRows());
            assertThat(result.rowsImported()).isEqualTo(ROWS - summary.malformedRows());
            assertThat(rejectsByReason(folder.resolve("rejects.csv"))).isEqualTo(expectedReasons(summary, format));
        }
    }

    /** The generator's kinds, counted as the rejects file words them. */
    private static Map<String, Long> expectedReasons(GeneratorSummary summary, GeneratorOptions.Format format) {
        Map<String, Long> expected = new TreeMap<>();
        summary.malformedByKind().forEach((kind, count) -> {
            if (count > 0) {
                expected.merge(reasonOf(kind, format), count, Long::sum);
            }
        });
        return expected;
    }

    private static String reasonOf(DirtyKind kind, GeneratorOptions.Format format) {
        return switch (kind) {
            case IMPOSSIBLE_DATE, GARBLED_DATE -> "not a date";
            case MISSING_PREPARE_DATE -> "prepare date is missing";
            case UNKNOWN_STATE -> "not a U.S. state or territory";
            case NON_NUMERIC_BIRTH_YEAR -> "not a birth year";
            case WRONG_COLUMN_COUNT -> format == GeneratorOptions.Format.CSV ? "row has" : "row has values beyond";
            case STRAY_QUOTE -> "stray quote";
        };
    }

    private static Map<String, Long> rejectsByReason(Path rejects) throws Exception {
        Map<String, Long> reasons = new TreeMap<>();
        try (CsvReader<NamedCsvRecord> reader = CsvReader.builder().ofNamedCsvRecord(rejects)) {
            for (NamedCsvRecord reject : reader) {
                String reason = reject.getField("reason");
                String group = reason.startsWith("not a date") ? "not a date"
                        : reason.startsWith("row has values beyond") ? "row has values beyond"
                        : reason.startsWith("row has") ? "row has"
                        : reason.startsWith("stray quote") ? "stray quote" : reason;
                reasons.merge(group, 1L, Long::sum);
            }
        }
        return reasons;
    }
}
