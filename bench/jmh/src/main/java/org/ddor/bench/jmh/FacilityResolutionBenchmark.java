package org.ddor.bench.jmh;

import de.siegmar.fastcsv.reader.CsvReader;
import de.siegmar.fastcsv.reader.NamedCsvRecord;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import org.ddor.ingest.reference.Gazetteer;
import org.ddor.ingest.resolve.FacilityEvidence;
import org.ddor.ingest.resolve.FacilityResolver;
import org.ddor.ingest.sample.GeneratorOptions;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.infra.Blackhole;

/**
 * Facility resolution as the import runs it: {@link FacilityResolver#resolve} (and the identity key) over every
 * distinct (facility, city, state, code) of a generated ero-lesa file — about 3,600 facilities for 100,000
 * rows. One operation = all of them; the setup prints how many.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
public class FacilityResolutionBenchmark {

    @Param({"100000"})
    public long rows;

    private FacilityResolver resolver;
    private List<FacilityEvidence> facilities;

    @Setup
    public void setUp() throws Exception {
        Path folder = SampleFiles.folder();
        try {
            Path csv = SampleFiles.eroLesa(folder, rows, GeneratorOptions.Format.CSV).file();
            Set<FacilityEvidence> distinct = new LinkedHashSet<>();
            try (CsvReader<NamedCsvRecord> reader = CsvReader.builder().ofNamedCsvRecord(csv)) {
                for (NamedCsvRecord row : reader) {
                    distinct.add(new FacilityEvidence(row.getField("detention_facility"), row.getField("facility_city"),
                            row.getField("facility_state"), row.getField("detention_facility_code")));
                }
            }
            facilities = new ArrayList<>(distinct);
        } finally {
            SampleFiles.delete(folder);
        }
        resolver = new FacilityResolver(Gazetteer.load());
        System.out.println("\n" + facilities.size() + " distinct facilities in " + rows + " rows");
    }

    @Benchmark
    public void resolveAll(Blackhole blackhole) {
        for (FacilityEvidence facility : facilities) {
            blackhole.consume(resolver.resolve(facility));
        }
    }

    @Benchmark
    public void facilityKeys(Blackhole blackhole) {
        for (FacilityEvidence facility : facilities) {
            blackhole.consume(FacilityResolver.facilityKey(facility));
        }
    }
}
