package org.ddor.ingest.sample;

import de.siegmar.fastcsv.reader.CsvReader;
import de.siegmar.fastcsv.reader.CsvRecord;
import de.siegmar.fastcsv.reader.FieldMismatchStrategy;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/** One generator shared by the sample tests (building the universe takes about a second), and a CSV reader. */
final class SampleFixtures {

    private static SampleGenerator generator;

    private SampleFixtures() {
    }

    static synchronized SampleGenerator generator() {
        if (generator == null) {
            generator = new SampleGenerator();
        }
        return generator;
    }

    static GeneratorSummary generate(GeneratorOptions options, Path file) {
        try {
            return generator().generate(options, file, written -> { });
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** All records, header included; tolerant of the malformed rows (field counts and stray quotes). */
    @SuppressWarnings("removal")
    static List<CsvRecord> readCsv(Path file) {
        List<CsvRecord> records = new ArrayList<>();
        try (CsvReader<CsvRecord> csv = CsvReader.builder()
                .extraFieldStrategy(FieldMismatchStrategy.IGNORE)
                .missingFieldStrategy(FieldMismatchStrategy.IGNORE)
                .allowExtraCharsAfterClosingQuote(true)
                .ofCsvRecord(file)) {
            csv.forEach(records::add);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return records;
    }
}
