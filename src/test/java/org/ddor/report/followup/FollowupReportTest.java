package org.ddor.report.followup;

import static org.assertj.core.api.Assertions.assertThat;
import static org.ddor.report.EroLesaFixture.BOOKED;
import static org.ddor.report.EroLesaFixture.CASE_CLOSED;
import static org.ddor.report.EroLesaFixture.DECLINED;
import static org.ddor.report.EroLesaFixture.LIFTED;
import static org.ddor.report.EroLesaFixture.MONTGOMERY;
import static org.ddor.report.EroLesaFixture.NONE;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.SQLException;
import org.ddor.report.Edition;
import org.ddor.report.EroLesaFixture;
import org.ddor.report.Period;
import org.ddor.report.Suppression;
import org.ddor.report.WilsonInterval;
import org.ddor.report.followup.FollowupReport.Group;
import org.ddor.store.Store;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Follow-up on a cohort computed by hand. Period 2026-01-01 to 2026-03-31, window 90 days, data end
 * 2026-05-31 (subject Z's detainer), so a window is censored when its index date is after 2026-03-02.
 * <pre>
 * declined cohort (index = decline's placing date; ERO-LESA has no declined date, so the issued date)
 *   S1 declined 01-05, booked 02-01 (27 days)         observed, later
 *   S2 declined 01-10, booked 04-11 (91 days)         observed, none within the window
 *   S3 declined 02-01, booked 05-02 (90 days)         observed, later (the window's last day counts)
 *   S4 lifted 02-25, declined 03-02 (window ends 05-31 = data end)  observed, none
 *   S5 declined 03-03 (window ends 06-01)            censored
 *   S6 declined 03-20, booked 04-15                   censored, later seen
 *   S7 declined 01-15 and 02-20 (enters once)         observed, later (the second decline)
 *   S8 declined 2025-12-20: before the period, not in the cohort
 *   a decline on 01-25 without a subject identifier: left out, counted
 * comparison (index = outcome date, else issued date)
 *   C1 lifted 01-20, booked 03-01                     observed, later
 *   C2 no outcome 02-10                               observed, none
 *   C3 case closed 03-15                              censored
 *   C4 booked 01-25                                   not in the group
 *   S8 no outcome 01-10                               observed, none
 *   S4 lifted 02-25, its decline 03-02 follows        observed, later (S4 is in both groups)
 * </pre>
 */
class FollowupReportTest {

    private static final Period FIRST_QUARTER = Period.quarter("2026Q1");
    private static final Suppression OFFICIAL = new Suppression(Edition.OFFICIAL, 5);

    @TempDir
    static Path folder;

    private static Store store;

    @BeforeAll
    static void importFixture() {
        store = new EroLesaFixture()
                .add("2026-01-05", MONTGOMERY, DECLINED, "S1").add("2026-02-01", MONTGOMERY, BOOKED, "S1")
                .add("2026-01-10", MONTGOMERY, DECLINED, "S2").add("2026-04-11", MONTGOMERY, BOOKED, "S2")
                .add("2026-02-01", MONTGOMERY, DECLINED, "S3").add("2026-05-02", MONTGOMERY, BOOKED, "S3")
                .add("2026-02-25", MONTGOMERY, LIFTED, "S4").add("2026-03-02", MONTGOMERY, DECLINED, "S4")
                .add("2026-03-03", MONTGOMERY, DECLINED, "S5")
                .add("2026-03-20", MONTGOMERY, DECLINED, "S6").add("2026-04-15", MONTGOMERY, BOOKED, "S6")
                .add("2026-01-15", MONTGOMERY, DECLINED, "S7").add("2026-02-20", MONTGOMERY, DECLINED, "S7")
                .add("2025-12-20", MONTGOMERY, DECLINED, "S8").add("2026-01-10", MONTGOMERY, NONE, "S8")
                .add("2026-01-25", MONTGOMERY, DECLINED, null)
                .add("2026-01-20", MONTGOMERY, LIFTED, "C1").add("2026-03-01", MONTGOMERY, BOOKED, "C1")
                .add("2026-02-10", MONTGOMERY, NONE, "C2")
                .add("2026-03-15", MONTGOMERY, CASE_CLOSED, "C3")
                .add("2026-01-25", MONTGOMERY, BOOKED, "C4")
                .add("2026-05-31", MONTGOMERY, BOOKED, "Z")
                .importInto(folder);
    }

    @AfterAll
    static void closeStore() {
        store.close();
    }

    @Test
    void followsTheDeclinedCohortWithCensoringAtTheEndOfTheData() throws SQLException {
        FollowupReport report = build(official(90));

        Group declined = report.declined();
        assertThat(report.measurable()).isTrue();
        assertThat(report.header().dataEnd()).isEqualTo("2026-05-31");
        assertThat(declined.subjects().value()).isEqualTo(7);
        assertThat(declined.censored().value()).isEqualTo(2);
        assertThat(declined.censoredWithLater().value()).isEqualTo(1);
        assertThat(declined.observed().value()).isEqualTo(5);
        assertThat(declined.withLater().value()).isEqualTo(3);
        assertThat(declined.indexFromIssued().value()).isEqualTo(7);
        assertThat(declined.rate().value()).isEqualTo(0.6);
        WilsonInterval interval = WilsonInterval.of95(3, 5);
        assertThat(declined.rate().lower()).isEqualTo(interval.lower());
        assertThat(declined.rate().upper()).isEqualTo(interval.upper());
        assertThat(declined.withLater().trace()).isEqualTo("followup/declined/observed/later");
    }

    @Test
    void followsTheComparisonGroupTheSameWay() throws SQLException {
        FollowupReport report = build(official(90));

        Group comparison = report.comparison();
        assertThat(comparison.subjects().value()).isEqualTo(5);
        assertThat(comparison.censored().value()).isEqualTo(1);
        assertThat(comparison.censoredWithLater().value()).isZero();
        assertThat(comparison.observed().value()).isEqualTo(4);
        assertThat(comparison.withLater().value()).isEqualTo(2);
        assertThat(comparison.rate().value()).isEqualTo(0.5);
        assertThat(report.inBothGroups().value()).isEqualTo(1);
    }

    @Test
    void countsTheRecordsLeftOutForWantOfASubjectIdentifier() throws SQLException {
        FollowupReport report = build(official(90));

        assertThat(report.withoutSubject().declines().value()).isEqualTo(1);
        assertThat(report.withoutSubject().declinesAll().value()).isEqualTo(9);
        assertThat(report.withoutSubject().comparisonRecords().value()).isZero();
        assertThat(report.withoutSubject().comparisonRecordsAll().value()).isEqualTo(5);
        assertThat(report.method()).anyMatch(line -> line.startsWith(
                "Left out for want of a subject identifier: 1 of 9 declines placed in the period, and 0 of 5"));
    }

    @Test
    void statesTheMethodInWords() throws SQLException {
        FollowupReport report = build(official(90));

        assertThat(report.method()).anyMatch(line -> line.startsWith("Censoring: the data end on 2026-05-31")
                && line.contains("Nothing is extrapolated"));
        assertThat(report.method()).anyMatch(line -> line.startsWith("Comparison group: subjects with a detainer issued"
                + " in the period whose outcome is lifted by ICE, case closed, transferred, other or unknown"));
        assertThat(report.method()).anyMatch(line -> line.contains("no more than 90 days after it"));
        assertThat(report.method()).anyMatch(line -> line.contains("7 of them enter on the issued date"));
    }

    @Test
    void aShorterWindowCensorsFewerAndCountsFewerLaterDetainers() throws SQLException {
        Group declined = build(official(30)).declined();

        assertThat(declined.censored().value()).isZero();
        assertThat(declined.observed().value()).isEqualTo(7);
        assertThat(declined.withLater().value()).isEqualTo(2);   // S1 after 27 days, S6 after 26
    }

    @Test
    void hidesTheTotalWhenOnePartIsSuppressedAndWithholdsTheRate() throws SQLException {
        Group declined = build(FollowupParameters.of(FIRST_QUARTER, 90)).declined();

        assertThat(declined.censored().display()).isEqualTo("<5");
        assertThat(declined.observed().display()).isEqualTo("5");
        assertThat(declined.subjects().display()).isEqualTo("≥5");
        assertThat(declined.subjects().shownValue()).isNull();
        assertThat(declined.rate().value()).isNull();
    }

    @Test
    void saysClearlyWhenTheRecordsHaveNoSubjectIdentifiers(@TempDir Path foiaFolder) throws IOException, SQLException {
        Path file = Files.writeString(foiaFolder.resolve("pa.csv"), """
                date,lift_reason,det_facility,city,state,detainer_type
                2014-01-06 00:00:00,Declined by LEA,"MONTGOMERY CNTY JAIL, PA",NORRISTOWN,PENNSYLVANIA,I247D
                2014-01-07 00:00:00,Declined by LEA,"BUCKS CNTY JAIL, PA",DOYLESTOWN,PENNSYLVANIA,I247D
                2014-02-03 00:00:00,Detainer Lifted,"BUCKS CNTY JAIL, PA",DOYLESTOWN,PENNSYLVANIA,I247D
                2014-06-30 00:00:00,,"BUCKS CNTY JAIL, PA",DOYLESTOWN,PENNSYLVANIA,I247D
                """);
        try (Store foia = Store.open(foiaFolder.resolve("ddor.duckdb"))) {
            EroLesaFixture.importFile(foia, file, foiaFolder);
            FollowupReport report = new FollowupReportBuilder(foia.connection())
                    .build(FollowupParameters.of(Period.quarter("2014Q1"), 90));

            assertThat(report.measurable()).isFalse();
            assertThat(report.method().get(0)).startsWith("Follow-up cannot be measured for this period: none of its"
                    + " records carries a subject identifier (ICE's foia-2015 layout has none");
            assertThat(report.withoutSubject().declines().display()).isEqualTo("<5");
            assertThat(report.declined()).isNull();
            assertThat(report.comparison()).isNull();
        }
    }

    private static FollowupParameters official(int window) {
        return FollowupParameters.of(FIRST_QUARTER, window).withSuppression(OFFICIAL).withMinimumDenominator(1);
    }

    private static FollowupReport build(FollowupParameters parameters) throws SQLException {
        return new FollowupReportBuilder(store.connection()).build(parameters);
    }
}
