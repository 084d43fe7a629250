package org.ddor.ingest.sample;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.InputStream;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The sample policy table: labelled as not real, Section III layout, with the defects of real lists. */
class SamplePoliciesTest {

    private final List<SamplePolicy> policies = SamplePolicies.load();

    @Test
    void saysItIsNotRealOnItsFirstLine() throws IOException {
        try (InputStream in = SamplePolicies.class.getResourceAsStream(SamplePolicies.RESOURCE)) {
            String text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
            assertThat(text.lines().findFirst().orElseThrow())
                    .startsWith("# DDOR GENERATED SAMPLE POLICY TABLE — NOT REAL POLICIES");
            assertThat(text.lines().skip(1).findFirst().orElseThrow())
                    .isEqualTo("Location,Date Enacted,Policy,Criteria for Honoring Detainer");
        }
    }

    @Test
    void hasAboutTwentyFiveRowsWithTheAccuracyTraps() {
        assertThat(policies).hasSizeBetween(20, 35);
        // an exact duplicate row
        assertThat(policies.stream().map(p -> List.of(p.location(), p.dateEnacted(), p.policy(), p.criteria())).distinct())
                .hasSize(policies.size() - 1);
        // one county, two different policies over time
        assertThat(policies).filteredOn(p -> p.location().equals("Franklin County, Pennsylvania"))
                .extracting(SamplePolicy::enactedOn)
                .containsExactly(LocalDate.of(2014, 9, 1), LocalDate.of(2017, 2, 1));
        // a state-wide row, a ZIP code in a location, Kern County
        assertThat(policies).filteredOn(SamplePolicy::stateWide).extracting(SamplePolicy::stateName).containsExactly("Rhode Island");
        assertThat(policies).filteredOn(p -> p.location().matches(".*\\d{5}$"))
                .singleElement().satisfies(p -> assertThat(p.stateName()).isEqualTo("Washington"));
        assertThat(policies).extracting(SamplePolicy::location).contains("Kern County, California")
                .doesNotContain("Franklin County, Ohio", "Montgomery County, Pennsylvania");
        // mixed date formats
        assertThat(policies).extracting(SamplePolicy::dateEnacted)
                .anyMatch(d -> d.matches("[A-Z][a-z]{2}-\\d{2}"))
                .anyMatch(d -> d.matches("[A-Z][a-z]+ \\d{4}"))
                .anyMatch(d -> d.matches("\\d{4}-\\d{2}-\\d{2}"));
    }

    @Test
    void everyDateParses() {
        assertThat(policies).allSatisfy(p -> assertThat(p.enactedOn()).isBetween(LocalDate.of(2008, 1, 1), LocalDate.of(2026, 12, 31)));
    }

    @Test
    void rejectsABadDateWithItsLine() {
        SamplePolicy policy = new SamplePolicy(7, "Kern County, California", "Sept 2014", "x", "y");

        assertThatThrownBy(policy::enactedOn)
                .hasMessage("line 7: date enacted 'Sept 2014' is not like Sep-14, February 2017 or 2015-08-14");
    }

    @Test
    void rejectsAnotherHeader() {
        assertThatThrownBy(() -> SamplePolicies.read(new StringReader("Place,Date,Policy,Criteria\n"), "t.csv"))
                .hasMessage("t.csv: header must be Location,Date Enacted,Policy,Criteria for Honoring Detainer, "
                        + "found Place,Date,Policy,Criteria");
    }

    @Test
    void skipsCommentLinesAndKeepsFileLineNumbers() throws IOException {
        List<SamplePolicy> read = SamplePolicies.read(new StringReader("""
                # not real
                Location,Date Enacted,Policy,Criteria for Honoring Detainer
                "Kern County, California",Jan-15,Decision,Will not honor ICE detainer
                """), "t.csv");

        assertThat(read).singleElement().satisfies(p -> {
            assertThat(p.line()).isEqualTo(3);
            assertThat(p.place()).isEqualTo("Kern County");
            assertThat(p.stateName()).isEqualTo("California");
        });
    }
}
