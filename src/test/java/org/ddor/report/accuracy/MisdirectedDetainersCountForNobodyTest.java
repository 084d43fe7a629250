package org.ddor.report.accuracy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.entry;

import java.nio.file.Path;
import org.ddor.report.ddor.DdorReport;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * 2017: Chester County (PA) and Richmond County (NC) were listed for detainers issued to them in
 * error; the people were elsewhere (DESIGN.md §1.3). Here detainers marked misdirected (canonical
 * layout) beside each county's own: the misdirected ones count for no jurisdiction and for no
 * national decline, and Section IV counts and lists them.
 */
class MisdirectedDetainersCountForNobodyTest {

    @TempDir
    Path folder;

    @Test
    void misdirectedDetainersAreNoJurisdictionsIssuedOrDeclined() throws Exception {
        try (AccuracyFixture fixture = AccuracyFixture.of(folder, "misdirected-policies.csv", "misdirected.csv")) {
            DdorReport report = fixture.report();
            assertThat(AccuracyFixture.sectionII(report)).containsOnlyKeys("42029");
            assertThat(fixture.records("section2/42029")).containsExactly("m:chester-own");
            assertThat(AccuracyFixture.sectionI(report).values())
                    .extracting(row -> row.fips() + ": " + row.issued().value() + " issued, " + row.declined().value() + " declined")
                    .containsExactly("37153: 1 issued, 0 declined", "42029: 1 issued, 1 declined");
            assertThat(report.summary().declined().value()).as("national declines").isEqualTo(1);
            assertThat(report.summary().issued().value()).as("issued nationally, even in error").isEqualTo(5);
        }
    }

    @Test
    void sectionFourCountsAndListsTheMisdirectedDetainers() throws Exception {
        try (AccuracyFixture fixture = AccuracyFixture.of(folder, "misdirected-policies.csv", "misdirected.csv")) {
            DdorReport report = fixture.report();
            assertThat(AccuracyFixture.exclusions(report)).containsExactly(entry("misdirected", "3/2"));
            assertThat(fixture.records("section4/excluded/misdirected/declined"))
                    .containsExactly("m:chester-misdirected", "m:richmond-misdirected");
            assertThat(fixture.records("section4/excluded/misdirected/issued"))
                    .containsExactly("m:chester-misdirected", "m:chester-misdirected-2", "m:richmond-misdirected");
            assertThat(report.sectionIV().placementRules()).extracting(placement -> placement.declines().value())
                    .as("placement counts the declines of the summary").containsExactly(1L);
        }
    }
}
