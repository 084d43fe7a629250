package org.ddor.ingest.resolve;

import static org.assertj.core.api.Assertions.assertThat;

import de.siegmar.fastcsv.reader.CsvReader;
import de.siegmar.fastcsv.reader.NamedCsvRecord;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.ddor.domain.Jurisdiction;
import org.ddor.domain.Operator;
import org.ddor.domain.Resolution;
import org.ddor.ingest.reference.Gazetteer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** The facility resolution spec: one row of facility-cases.csv per case, with why it must come out so. */
class FacilityCasesTest {

    private static final String CASES = "/org/ddor/ingest/resolve/facility-cases.csv";
    private static final FacilityResolver RESOLVER = new FacilityResolver(Gazetteer.load());

    record Case(String id, FacilityEvidence evidence, Operator operator, String fips, Resolution resolution,
                String why) {
        @Override
        public String toString() {
            return id;
        }
    }

    static List<Case> cases() throws IOException {
        List<Case> cases = new ArrayList<>();
        InputStream resource = Objects.requireNonNull(FacilityCasesTest.class.getResourceAsStream(CASES), CASES);
        try (Reader in = new InputStreamReader(resource, StandardCharsets.UTF_8);
             CsvReader<NamedCsvRecord> csv = CsvReader.builder().ofNamedCsvRecord(in)) {
            for (NamedCsvRecord r : csv) {
                cases.add(new Case(r.getField("id"),
                        new FacilityEvidence(r.getField("raw_name"), r.getField("city"), r.getField("state"),
                                r.getField("ice_code")),
                        Operator.valueOf(r.getField("expected_operator")),
                        r.getField("expected_fips").isEmpty() ? null : r.getField("expected_fips"),
                        Resolution.valueOf(r.getField("expected_resolution")), r.getField("why")));
            }
        }
        return cases;
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void resolvesAsSpecified(Case c) {
        FacilityResolution r = RESOLVER.resolve(c.evidence());
        String context = c.why() + "\n  evidence: " + r.evidence() + "\n  candidates: "
                + r.candidates().stream().map(Jurisdiction::fips).toList();
        assertThat(r.resolution()).as(context).isEqualTo(c.resolution());
        assertThat(r.operator()).as(context).isEqualTo(c.operator());
        assertThat(r.jurisdictionFips()).as(context).isEqualTo(c.fips());
        assertThat(r.evidence()).as("evidence").isNotBlank();
        if (r.resolution() == Resolution.AMBIGUOUS) {
            assertThat(r.candidates()).as("an ambiguous facility lists what it could be: " + context).isNotEmpty();
        }
    }

    @Test
    void theSpecIsLargeAndItsIdsAreUnique() throws IOException {
        List<Case> cases = cases();
        assertThat(cases).hasSizeGreaterThanOrEqualTo(60);
        assertThat(cases).extracting(Case::id).doesNotHaveDuplicates();
        assertThat(cases).extracting(Case::resolution).contains(Resolution.RULE, Resolution.AMBIGUOUS,
                Resolution.UNRESOLVED);
        assertThat(cases).extracting(Case::operator).contains(Operator.values());
    }
}
