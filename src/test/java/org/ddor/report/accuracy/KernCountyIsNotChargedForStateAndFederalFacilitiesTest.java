package org.ddor.report.accuracy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.entry;

import java.nio.file.Path;
import org.ddor.report.ddor.DdorReport;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * 2017: Kern County (CA) was ranked for detainers sent to state and federal prisons located in the
 * county but not run by its sheriff (DESIGN.md §1.4). Here the county jail, two state prisons, an
 * ICE processing center, a private detention facility, a federal prison and a facility nobody could
 * place, all in Kern County: only the jail's records are Kern County's; the state prisons' are
 * California's; the rest are nobody's, each with its reason.
 */
class KernCountyIsNotChargedForStateAndFederalFacilitiesTest {

    @TempDir
    Path folder;

    @Test
    void sectionOneCountsOnlyTheSheriffsJail() throws Exception {
        try (AccuracyFixture fixture = AccuracyFixture.of(folder, "kern-policies.csv", "kern.csv")) {
            DdorReport report = fixture.report();
            assertThat(AccuracyFixture.sectionI(report)).containsOnlyKeys("06029");
            assertThat(report.sectionI().get(0).issued().value()).isEqualTo(3);
            assertThat(report.sectionI().get(0).declined().value()).isEqualTo(1);
            assertThat(report.summary().issuedToRestricted().value()).isEqualTo(3);
            assertThat(fixture.records("section1/06029")).containsExactly("kern-1", "kern-2", "kern-3");
        }
    }

    @Test
    void statePrisonDeclinesAreTheStatesAndTheOthersNobodys() throws Exception {
        try (AccuracyFixture fixture = AccuracyFixture.of(folder, "kern-policies.csv", "kern.csv")) {
            DdorReport report = fixture.report();
            assertThat(AccuracyFixture.sectionII(report).values())
                    .extracting(group -> group.fips() + " " + group.name() + ": " + group.declines().value())
                    .containsExactly("06 California: 3", "06029 Kern County: 1");
            assertThat(AccuracyFixture.sectionII(report).get("06").policy()).as("Kern's policy is not the state's").isNull();
            assertThat(fixture.records("section2/06")).containsExactly("kern-state-1", "kern-state-2", "kern-state-5");
            assertThat(AccuracyFixture.exclusions(report)).containsExactly(
                    entry("facility unresolved", "2/1"),
                    entry("facility run by federal", "1/0"),
                    entry("facility run by private", "2/1"),
                    entry("facility run by ice", "3/0"));
            assertThat(report.sectionIV().caveats()).contains("A jurisdiction's figures count only facilities its own"
                    + " agencies run: state, federal, private and ICE facilities located in a county are not the county's.");
        }
    }
}
