package org.ddor.report.accuracy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.entry;

import java.nio.file.Path;
import org.ddor.report.ddor.DdorReport;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * 2017: Williamson and Bastrop Counties (TX) were listed as declining when the person had been
 * transferred to another facility that released them (DESIGN.md §1.2). Here detainers issued to
 * Williamson and Bastrop, with custody events (canonical layout) moving people to Travis County, to
 * Bastrop and then Travis, to a federal prison, and one moved only after the decline: each decline
 * is the custodian's at the time of the decline; an issued detainer stays the receiving county's.
 */
class TransfersAreAttributedToTheCustodianAtReleaseTest {

    @TempDir
    Path folder;

    @Test
    void aDeclineIsTheCustodiansAtTheTimeOfTheDecline() throws Exception {
        try (AccuracyFixture fixture = AccuracyFixture.of(folder, "transfers-policies.csv", "transfers.csv")) {
            DdorReport report = fixture.report();
            assertThat(AccuracyFixture.sectionII(report).values())
                    .extracting(group -> group.fips() + " " + group.name() + ": " + group.declines().value())
                    .containsExactly("48021 Bastrop County: 1", "48453 Travis County: 4", "48491 Williamson County: 1");
            assertThat(fixture.records("section2/48453")).containsExactly("t:bastrop-moved", "t:issued-in-week-moved",
                    "t:moved-twice", "t:williamson-moved");
            assertThat(fixture.records("section2/48491")).as("moved only after its decline")
                    .containsExactly("t:williamson-moved-after");
            assertThat(fixture.records("section2/48021")).containsExactly("t:bastrop-stayed");
        }
    }

    @Test
    void sectionFourCountsAndListsTheReattributedDeclines() throws Exception {
        try (AccuracyFixture fixture = AccuracyFixture.of(folder, "transfers-policies.csv", "transfers.csv")) {
            DdorReport report = fixture.report();
            assertThat(report.sectionIV().transfersReattributed().value()).isEqualTo(4);
            assertThat(fixture.records("section4/transferred")).containsExactly("t:bastrop-moved",
                    "t:issued-in-week-moved", "t:moved-twice", "t:williamson-moved");
            assertThat(fixture.listed("section4/transferred", "custodian_facility")).containsOnly("TRAVIS COUNTY JAIL");
            assertThat(AccuracyFixture.exclusions(report)).as("moved to a federal prison, declined there")
                    .containsExactly(entry("facility run by federal", "0/1"));
            assertThat(fixture.records("section4/excluded/facility-federal/declined")).containsExactly("t:moved-to-federal");
        }
    }

    @Test
    void anIssuedDetainerStaysTheReceivingCountysAndItsDeclineIsNotCountedForIt() throws Exception {
        try (AccuracyFixture fixture = AccuracyFixture.of(folder, "transfers-policies.csv", "transfers.csv")) {
            DdorReport report = fixture.report();
            assertThat(AccuracyFixture.sectionI(report)).containsOnlyKeys("48491");
            assertThat(fixture.records("section1/48491")).containsExactly("t:issued-in-week-moved", "t:issued-in-week-stayed");
            assertThat(report.sectionI().get(0).declined().value()).as("Travis declined it, not Williamson").isZero();
        }
    }
}
