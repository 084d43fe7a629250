package org.ddor.ingest.sample;

import de.siegmar.fastcsv.reader.CommentStrategy;
import de.siegmar.fastcsv.reader.CsvReader;
import de.siegmar.fastcsv.reader.CsvRecord;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * The generated sample policy table ({@value #RESOURCE}): about thirty rows in the DDOR Section III
 * layout, marked as not real in its first line, with the defects of real lists put in on purpose
 * (docs/generator.md lists them). The generator reads it to know which jurisdictions decline more.
 */
public final class SamplePolicies {

    /** Classpath location of the table. */
    public static final String RESOURCE = "/org/ddor/sample/policies.csv";

    /** The four columns of DDOR Section III, in order. */
    public static final List<String> HEADER = List.of("Location", "Date Enacted", "Policy", "Criteria for Honoring Detainer");

    private SamplePolicies() {
    }

    /** The rows of the table on the classpath, in file order, the duplicate included; comment lines skipped. */
    public static List<SamplePolicy> load() {
        try (InputStream in = SamplePolicies.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException("the sample policy table " + RESOURCE + " is missing from the classpath");
            }
            return read(new InputStreamReader(in, StandardCharsets.UTF_8), RESOURCE);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + RESOURCE, e);
        }
    }

    /**
     * Reads a table in the Section III layout; lines starting with {@code #} are comments.
     *
     * @throws IllegalArgumentException when the header is not the four Section III columns or a row has another count
     */
    static List<SamplePolicy> read(Reader reader, String sourceName) throws IOException {
        List<SamplePolicy> policies = new ArrayList<>();
        try (CsvReader<CsvRecord> csv = CsvReader.builder()
                .commentStrategy(CommentStrategy.SKIP).commentCharacter('#').ofCsvRecord(reader)) {
            boolean header = true;
            for (CsvRecord record : csv) {
                if (header) {
                    requireHeader(record, sourceName);
                    header = false;
                    continue;
                }
                if (record.getFieldCount() != HEADER.size()) {
                    throw new IllegalArgumentException(sourceName + " line " + record.getStartingLineNumber()
                            + ": expected 4 fields, found " + record.getFieldCount());
                }
                policies.add(new SamplePolicy(record.getStartingLineNumber(), record.getField(0), record.getField(1),
                        record.getField(2), record.getField(3)));
            }
        }
        return List.copyOf(policies);
    }

    private static void requireHeader(CsvRecord record, String sourceName) {
        if (!record.getFields().equals(HEADER)) {
            throw new IllegalArgumentException(sourceName + ": header must be " + String.join(",", HEADER)
                    + ", found " + String.join(",", record.getFields()));
        }
    }
}
