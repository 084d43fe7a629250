package org.ddor.report.accuracy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.entry;

import java.nio.file.Path;
import org.ddor.report.ddor.DdorReport;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Duplicates are counted once (DESIGN.md §4): an exact repeat of a row, a row ICE flags
 * duplicate_likely for the same person, day and facility, and a later release that repeats records
 * already stored. Two detainers of one person on different days are two.
 */
class DuplicatesAreCountedOnceTest {

    @TempDir
    Path folder;

    @Test
    void repeatedRowsAndOverlappingReleasesCountOnce() throws Exception {
        try (AccuracyFixture fixture = AccuracyFixture.of(folder, "duplicates-policies.csv", "duplicates.csv",
                "duplicates-overlap.csv")) {
            DdorReport report = fixture.report();
            assertThat(report.summary().issued().value()).isEqualTo(6);
            assertThat(report.summary().declined().value()).isEqualTo(4);
            assertThat(report.sectionI().get(0).issued().value()).isEqualTo(6);
            assertThat(fixture.records("section1/48453")).containsExactly("dup-a", "dup-b", "dup-c", "dup-c", "dup-d", "dup-e");
            assertThat(fixture.records("section2/48453")).containsExactly("dup-a", "dup-c", "dup-c", "dup-e");
        }
    }

    @Test
    void sectionFourCountsTheDuplicatesLeftOut() throws Exception {
        try (AccuracyFixture fixture = AccuracyFixture.of(folder, "duplicates-policies.csv", "duplicates.csv",
                "duplicates-overlap.csv")) {
            DdorReport report = fixture.report();
            assertThat(AccuracyFixture.exclusions(report)).containsExactly(entry("duplicate", "2/1"));
            assertThat(fixture.records("section4/excluded/duplicate/issued")).containsExactly("dup-a", "dup-b");
        }
    }
}
