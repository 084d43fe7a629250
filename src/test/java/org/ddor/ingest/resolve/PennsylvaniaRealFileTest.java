package org.ddor.ingest.resolve;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import de.siegmar.fastcsv.reader.CsvReader;
import de.siegmar.fastcsv.reader.NamedCsvRecord;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.Map;
import org.ddor.domain.Operator;
import org.ddor.domain.Resolution;
import org.ddor.ingest.reference.Gazetteer;
import org.junit.jupiter.api.Test;

/**
 * Resolves every distinct facility of the real Pennsylvania FOIA extract (../shared/data/real) and reports
 * how many facilities and records are attributed; skipped where the file is not present.
 * docs/resolution.md quotes its output.
 */
class PennsylvaniaRealFileTest {

    private static final String FILE = "data/real/records/pa_detainers_2007-10_2015-07.csv";

    @Test
    void attributesNearlyEveryPennsylvaniaRecordWithoutGuessing() throws IOException {
        String shared = System.getProperty("ddor.shared");
        assumeTrue(shared != null, "system property ddor.shared is not set");
        Path file = Path.of(shared).resolve(FILE);
        assumeTrue(Files.isReadable(file), file + " is not present");

        Map<FacilityEvidence, Long> records = countFacilities(file);
        FacilityResolver resolver = new FacilityResolver(Gazetteer.load());
        Map<FacilityEvidence, FacilityResolution> resolved = new LinkedHashMap<>();
        records.keySet().forEach(e -> resolved.put(e, resolver.resolve(e)));

        Tally tally = new Tally();
        resolved.forEach((e, r) -> tally.add(r, records.get(e)));
        System.out.println(tally.report(records, resolved));

        assertThat(tally.totalRecords).isEqualTo(32_757);
        assertThat(tally.attributedFacilities).isGreaterThanOrEqualTo((long) Math.ceil(0.95 * records.size()));
        assertThat(tally.attributedRecords).isGreaterThanOrEqualTo((long) Math.ceil(0.99 * tally.totalRecords));
        resolved.forEach((e, r) -> {
            if (r.jurisdictionFips() != null) {
                assertThat(r.jurisdictionFips()).as(e.rawName()).startsWith("42");
            }
            String name = e.rawName();
            if (name.contains("SCI") || name.contains("S.C.I.")) {
                assertThat(r.operator()).as(name).isEqualTo(Operator.STATE);
            }
            if (name.contains("FCI") || name.contains("FED.") || name.contains("U.S.") || name.contains("USP")) {
                assertThat(r.operator()).as(name).isEqualTo(Operator.FEDERAL);
            }
        });
    }

    private static Map<FacilityEvidence, Long> countFacilities(Path file) throws IOException {
        Map<FacilityEvidence, Long> counts = new LinkedHashMap<>();
        try (CsvReader<NamedCsvRecord> csv = CsvReader.builder().ofNamedCsvRecord(file)) {
            for (NamedCsvRecord row : csv) {
                FacilityEvidence e = FacilityEvidence.of(row.getField("det_facility"), row.getField("city"),
                        row.getField("state"));
                counts.merge(e, 1L, Long::sum);
            }
        }
        return counts;
    }

    /** Facilities and records per operator and resolution. */
    private static final class Tally {
        long totalRecords;
        long attributedFacilities;
        long attributedRecords;
        final Map<Operator, long[]> byOperator = new EnumMap<>(Operator.class);
        final Map<Resolution, long[]> byResolution = new EnumMap<>(Resolution.class);
        final Map<FacilityRule, long[]> attributedByRule = new EnumMap<>(FacilityRule.class);

        void add(FacilityResolution r, long n) {
            totalRecords += n;
            if (r.isAttributed()) {
                attributedFacilities++;
                attributedRecords += n;
                add(byOperator.computeIfAbsent(r.operator(), o -> new long[2]), n);
                add(attributedByRule.computeIfAbsent(r.rule(), o -> new long[2]), n);
            }
            add(byResolution.computeIfAbsent(r.resolution(), o -> new long[2]), n);
        }

        private static void add(long[] counts, long n) {
            counts[0]++;
            counts[1] += n;
        }

        String report(Map<FacilityEvidence, Long> records, Map<FacilityEvidence, FacilityResolution> resolved) {
            StringBuilder out = new StringBuilder("Pennsylvania 2007-10..2015-07: ")
                    .append(records.size()).append(" facilities, ").append(totalRecords).append(" records\n")
                    .append(String.format("attributed: %d facilities (%.1f%%), %d records (%.3f%%)%n",
                            attributedFacilities, 100.0 * attributedFacilities / records.size(), attributedRecords,
                            100.0 * attributedRecords / totalRecords));
            byOperator.forEach((o, c) -> out.append(String.format("  %-8s %4d facilities %6d records (%.1f%%)%n", o,
                    c[0], c[1], 100.0 * c[1] / totalRecords)));
            attributedByRule.forEach((o, c) -> out.append(String.format("  by rule %-14s %4d facilities %6d records%n",
                    o, c[0], c[1])));
            byResolution.forEach((o, c) -> out.append(String.format("  %-10s %4d facilities %6d records%n", o, c[0],
                    c[1])));
            resolved.entrySet().stream().filter(e -> !e.getValue().isAttributed())
                    .sorted(Comparator.comparing(e -> -records.get(e.getKey())))
                    .forEach(e -> out.append(String.format("  not attributed: %5d  %s (%s) %s — %s%n",
                            records.get(e.getKey()), e.getKey().rawName(), e.getKey().city(),
                            e.getValue().resolution(), e.getValue().evidence())));
            return out.toString();
        }
    }
}
