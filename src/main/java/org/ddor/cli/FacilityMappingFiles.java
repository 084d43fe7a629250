package org.ddor.cli;

import de.siegmar.fastcsv.reader.CsvReader;
import de.siegmar.fastcsv.reader.NamedCsvRecord;
import de.siegmar.fastcsv.writer.CsvWriter;
import java.io.IOException;
import java.nio.file.Path;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.ddor.domain.Operator;
import org.ddor.store.Store;
import org.ddor.store.imports.FacilityListing;
import org.ddor.store.imports.FacilityMappings;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * Facility mappings as a spreadsheet a team can review: export every facility with its current
 * resolution and empty decision columns; import the rows where someone filled a decision.
 */
final class FacilityMappingFiles {

    static final String[] HEADER = {"raw_name", "city", "state", "ice_code", "operator", "jurisdiction_fips",
            "jurisdiction", "resolution", "records", "evidence", "decided_operator", "decided_fips", "why"};

    private FacilityMappingFiles() {
    }

    @Command(name = "export", description = "Write all facilities with their resolution to a CSV for review.")
    static final class Export implements Callable<Integer> {

        @Mixin
        StoreOption store;

        @Parameters(paramLabel = "FILE", description = "The CSV to write, e.g. mappings.csv.")
        Path file;

        @Override
        public Integer call() throws SQLException, IOException {
            int written = 0;
            try (Store opened = store.open(); CsvWriter out = CsvWriter.builder().build(file)) {
                out.writeRecord(HEADER);
                for (FacilityListing.Row row : FacilityListing.list(opened.connection(), null, Integer.MAX_VALUE)) {
                    out.writeRecord(row.rawName(), nz(row.city()), nz(row.state()), nz(row.iceCode()),
                            row.operator().toLowerCase(Locale.ROOT), nz(row.jurisdictionFips()), nz(row.jurisdiction()),
                            row.resolution().toLowerCase(Locale.ROOT), Long.toString(row.records()), nz(row.evidence()),
                            "", "", "");
                    written++;
                }
            }
            System.out.printf("wrote %,d facilities to %s; fill decided_operator, decided_fips and why, then 'ddor facilities import'%n",
                    written, file);
            return 0;
        }
    }

    @Command(name = "import", description = "Record the decisions filled in an exported mappings CSV (rows with decided_operator).")
    static final class Import implements Callable<Integer> {

        @Mixin
        StoreOption store;

        @Parameters(paramLabel = "FILE", description = "A CSV written by 'ddor facilities export'.")
        Path file;

        @Option(names = "--by", description = "Who decided (default: the user name).")
        String by;

        @Override
        public Integer call() throws SQLException, IOException {
            String who = by != null ? by : System.getProperty("user.name");
            // Every row is read and checked before any is recorded; then all are recorded in one
            // transaction, so a bad row leaves the store as it was.
            List<FacilityMappings.Decision> decisions = new ArrayList<>();
            try (CsvReader<NamedCsvRecord> reader = CsvReader.builder().ofNamedCsvRecord(file)) {
                for (NamedCsvRecord record : reader) {
                    String decided = record.findField("decided_operator").orElse("").strip();
                    if (decided.isEmpty()) {
                        continue;
                    }
                    long row = record.getStartingLineNumber();
                    Operator operator = operator(decided, row);
                    String fips = record.findField("decided_fips").orElse("").strip();
                    String why = record.findField("why").orElse("").strip();
                    if (why.isEmpty()) {
                        throw new IllegalArgumentException(file + " row " + row + ": column why is empty; every decision needs its reason");
                    }
                    decisions.add(new FacilityMappings.Decision(record.getField("raw_name"),
                            record.getField("state").toUpperCase(Locale.ROOT), fips.isEmpty() ? null : fips, operator, who, why));
                }
            }
            int recorded = decisions.size();
            try (Store opened = store.open()) {
                FacilityMappings.recordAll(opened.connection(), decisions);
            }
            System.out.printf("recorded %,d decisions from %s%n", recorded, file);
            return 0;
        }

        private Operator operator(String text, long row) {
            try {
                return Operator.valueOf(text.toUpperCase(Locale.ROOT));
            } catch (IllegalArgumentException e) {
                throw new IllegalArgumentException(file + " row " + row + ": decided_operator '" + text
                        + "' is not county, city, state, federal, private, ice or unknown");
            }
        }
    }

    private static String nz(String value) {
        return value == null ? "" : value;
    }
}
