package org.ddor.report.accuracy;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.LocalDate;
import org.ddor.report.ddor.DdorReport;
import org.ddor.report.ddor.DdorReport.DeclineGroup;
import org.ddor.report.ddor.DdorReport.DeclineRow;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * 2017: 142 of the first week's 206 declines came from one county on the day its new policy
 * started; most of those detainers had been issued years before (DESIGN.md §1.5). Here ten
 * detainers issued 2014–2016 declined on one day in Jefferson County (CO), nine recent ones declined
 * on one day in Denver, one of them 364 days old: declines are placed by their declined date with
 * their age shown, the old ones are counted, and ten on one day are flagged as a burst, nine not.
 */
class OldDetainersArePlacedByDeclinedDateTest {

    @TempDir
    Path folder;

    @Test
    void oldDetainersAreInSectionTwoOfTheDeclinedWeekWithTheirAge() throws Exception {
        try (AccuracyFixture fixture = AccuracyFixture.of(folder, "old-detainers.csv")) {
            DdorReport report = fixture.report();
            DeclineGroup jefferson = AccuracyFixture.sectionII(report).get("08059");
            assertThat(jefferson.declines().value()).isEqualTo(10);
            assertThat(jefferson.rows()).extracting(DeclineRow::issued).first().isEqualTo("2014-03-03");
            assertThat(jefferson.rows()).extracting(DeclineRow::declined).containsOnly("2017-02-07");
            assertThat(jefferson.rows()).extracting(DeclineRow::ageDays)
                    .containsExactly(1072L, 995L, 911L, 859L, 785L, 749L, 701L, 596L, 512L, 365L);
            assertThat(report.summary().issued().value()).as("issued in the week: one detainer").isEqualTo(1);
            assertThat(report.summary().declined().value()).isEqualTo(19);
        }
    }

    @Test
    void sectionFourCountsTheOldDeclinesAndFlagsTheBurst() throws Exception {
        try (AccuracyFixture fixture = AccuracyFixture.of(folder, "old-detainers.csv")) {
            DdorReport report = fixture.report();
            assertThat(report.sectionIV().oldDeclines().value()).as("365 days or more; 364 is not old").isEqualTo(10);
            assertThat(fixture.records("section4/old")).hasSize(10).allMatch(key -> key.startsWith("o:jefferson-"));
            assertThat(report.sectionIV().bursts()).singleElement().satisfies(burst -> {
                assertThat(burst.day()).isEqualTo(LocalDate.of(2017, 2, 7));
                assertThat(burst.fips()).isEqualTo("08059");
                assertThat(burst.declines().value()).isEqualTo(10);
                assertThat(burst.medianAgeDays()).isEqualTo(767L);
            });
            assertThat(AccuracyFixture.sectionII(report).get("08031").declines().value()).as("nine: no burst").isEqualTo(9);
        }
    }

    @Test
    void aDeclineWithoutADeclinedDateIsPlacedByItsIssuedDateWithNoAge() throws Exception {
        try (AccuracyFixture fixture = AccuracyFixture.of(folder, "old-detainers.csv")) {
            DdorReport issueWeek = fixture.report("2014-06-04");
            DeclineRow row = AccuracyFixture.sectionII(issueWeek).get("08031").rows().get(0);
            assertThat(row.declined()).isNull();
            assertThat(row.declinedRule()).isEqualTo("issued date (declined date unknown)");
            assertThat(row.ageDays()).as("unknown, not 0").isNull();
            assertThat(issueWeek.sectionIV().placementRules()).extracting(placement -> placement.rule())
                    .containsExactly("issued date (declined date unknown)");
        }
    }
}
