package org.ddor.report.accuracy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.entry;

import java.nio.file.Path;
import org.ddor.report.ddor.DdorReport;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * 2017: detainers issued to similarly named places elsewhere were attributed to Franklin County
 * (Iowa, New York, Pennsylvania) (DESIGN.md §1.1). Here Franklin County jails in Ohio, New York,
 * Pennsylvania and Iowa, and one with no state, through the ERO-LESA import and facility resolution:
 * each county gets only its own records, and the one without a state counts for none.
 */
class FranklinCountiesAreNeverCrossAttributedTest {

    @TempDir
    Path folder;

    @Test
    void eachFranklinCountyHasOnlyItsOwnDetainers() throws Exception {
        try (AccuracyFixture fixture = AccuracyFixture.of(folder, "franklin-policies.csv", "franklin.csv")) {
            DdorReport report = fixture.report();

            assertThat(AccuracyFixture.sectionI(report)).containsOnlyKeys("42055");
            assertThat(report.sectionI().get(0).issued().value()).isEqualTo(4);
            assertThat(report.sectionI().get(0).declined().value()).isEqualTo(1);
            assertThat(report.sectionI().get(0).state()).isEqualTo("PA");

            assertThat(AccuracyFixture.sectionII(report)).containsOnlyKeys("39049", "36033", "42055", "19069");
            assertThat(AccuracyFixture.sectionII(report).values())
                    .extracting(group -> group.fips() + " " + group.name() + ", " + group.state() + ": "
                            + group.declines().value() + (group.policy() == null ? "" : " (policy)"))
                    .containsExactly("19069 Franklin County, IA: 1", "36033 Franklin County, NY: 1",
                            "39049 Franklin County, OH: 2", "42055 Franklin County, PA: 1 (policy)");

            assertThat(fixture.records("section2/39049")).containsExactly("fr-oh-1", "fr-oh-2");
            assertThat(fixture.records("section2/36033")).containsExactly("fr-ny-1");
            assertThat(fixture.records("section1/42055")).containsExactly("fr-pa-1", "fr-pa-2", "fr-pa-3", "fr-pa-4");
            assertThat(fixture.listed("section2/39049", "jurisdiction")).containsOnly("Franklin County, OH");
        }
    }

    @Test
    void aFranklinCountyJailWithoutAStateCountsForNoFranklinCounty() throws Exception {
        try (AccuracyFixture fixture = AccuracyFixture.of(folder, "franklin-policies.csv", "franklin.csv")) {
            DdorReport report = fixture.report();
            assertThat(AccuracyFixture.exclusions(report)).containsExactly(entry("facility ambiguous", "1/1"));
            assertThat(fixture.records("section4/excluded/facility-ambiguous/declined")).containsExactly("fr-nostate-1");
            assertThat(report.summary().declined().value()).as("a decline nationally, of no county").isEqualTo(6);
            assertThat(report.summary().issued().value()).isEqualTo(11);
        }
    }
}
