package org.ddor.report.series;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.ddor.report.EroLesaFixture.BOOKED;
import static org.ddor.report.EroLesaFixture.DECLINED;
import static org.ddor.report.EroLesaFixture.NONE;

import java.nio.file.Path;
import java.sql.SQLException;
import java.time.DayOfWeek;
import java.time.LocalDate;
import org.ddor.report.Edition;
import org.ddor.report.EroLesaFixture;
import org.ddor.report.Period;
import org.ddor.report.Suppression;
import org.ddor.report.series.SeriesReport.Bucket;
import org.ddor.store.Store;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Series bucket edges on records placed either side of them: Friday/Saturday for weeks,
 * September 30/October 1 for fiscal years; empty buckets listed; partial buckets marked.
 */
class SeriesReportTest {

    private static final Suppression OFFICIAL = new Suppression(Edition.OFFICIAL, 5);

    @TempDir
    static Path folder;

    private static Store store;

    @BeforeAll
    static void importFixture() {
        store = new EroLesaFixture()
                .add("2025-09-30", EroLesaFixture.MONTGOMERY, DECLINED, "a")     // Tuesday, FY2025's last day
                .add("2025-10-01", EroLesaFixture.MONTGOMERY, NONE, "b")         // FY2026's first day
                .add("2025-10-03", EroLesaFixture.MONTGOMERY, BOOKED, "c")       // Friday
                .add("2025-10-03", EroLesaFixture.BUCKS, BOOKED, "d")            // Friday
                .add("2025-10-04", EroLesaFixture.MONTGOMERY, DECLINED, "e")     // Saturday
                .add("2025-10-04", EroLesaFixture.MONTGOMERY, NONE, "f")
                .add("2025-10-04", EroLesaFixture.MONTGOMERY, NONE, "g")
                .add("2025-10-25", EroLesaFixture.MONTGOMERY, NONE, "h")         // Saturday, after two empty weeks
                .importInto(folder);
    }

    @AfterAll
    static void closeStore() {
        store.close();
    }

    @Test
    void cutsWeeksFromSaturdayToFridayAndListsEmptyWeeks() throws SQLException {
        SeriesReport report = build(parameters(Period.range(day("2025-09-27"), day("2025-10-31")), Bucketing.WEEK));

        assertThat(report.buckets()).extracting(Bucket::label)
                .containsExactly("2025-09-27", "2025-10-04", "2025-10-11", "2025-10-18", "2025-10-25");
        assertThat(report.buckets()).extracting(bucket -> bucket.issued().value()).containsExactly(4L, 3L, 0L, 0L, 1L);
        assertThat(report.buckets()).extracting(bucket -> bucket.declined().value()).containsExactly(1L, 1L, 0L, 0L, 0L);
        assertThat(report.buckets()).extracting(bucket -> bucket.booked().value()).containsExactly(2L, 0L, 0L, 0L, 0L);
        assertThat(report.buckets().get(0).lastDay()).isEqualTo("2025-10-03");
        // the data run from 2025-09-30 to 2025-10-25: the first and last weeks are covered in part
        assertThat(report.buckets()).extracting(Bucket::partial).containsExactly(true, false, false, false, true);
        assertThat(report.buckets().get(1).issued().trace()).isEqualTo("series/national/week/2025-10-04/issued");
        assertThat(report.header().weekStart()).isEqualTo("SATURDAY");
    }

    @Test
    void startsWeeksOnTheDayAskedFor() throws SQLException {
        SeriesReport report = build(parameters(Period.range(day("2025-09-29"), day("2025-10-05")), Bucketing.WEEK)
                .withWeekStart(DayOfWeek.MONDAY));

        assertThat(report.buckets()).extracting(Bucket::label).containsExactly("2025-09-29");
        assertThat(report.buckets().get(0).issued().value()).isEqualTo(7);
    }

    @Test
    void cutsFiscalYearsBetweenSeptember30AndOctober1() throws SQLException {
        SeriesReport report = build(parameters(null, Bucketing.FISCAL_YEAR));

        assertThat(report.buckets()).extracting(Bucket::label).containsExactly("FY2025", "FY2026");
        assertThat(report.buckets()).extracting(bucket -> bucket.issued().value()).containsExactly(1L, 7L);
        assertThat(report.buckets()).extracting(bucket -> bucket.declined().value()).containsExactly(1L, 1L);
        assertThat(report.buckets().get(1).firstDay()).isEqualTo("2025-10-01");
        assertThat(report.buckets().get(1).lastDay()).isEqualTo("2026-09-30");
        assertThat(report.buckets()).allMatch(Bucket::partial);
        assertThat(report.header().period()).isEqualTo("all data (issued 2025-09-30 to 2025-10-25)");
        assertThat(report.notes()).contains("2 buckets are covered only in part by the period or by the data"
                + " (issued 2025-09-30 to 2025-10-25): compare them with care.");
    }

    @Test
    void countsOneJurisdictionsOwnRecordsOnly() throws SQLException {
        SeriesReport report = build(parameters(null, Bucketing.MONTH).withJurisdiction("42017"));

        assertThat(report.header().jurisdictionName()).isEqualTo("Bucks County, PA");
        assertThat(report.buckets()).extracting(Bucket::label).containsExactly("2025-09", "2025-10");
        assertThat(report.buckets()).extracting(bucket -> bucket.issued().value()).containsExactly(0L, 1L);
        assertThat(report.buckets().get(1).issued().trace()).isEqualTo("series/42017/month/2025-10/issued");
    }

    @Test
    void suppressesSmallCountsInThePublicEdition() throws SQLException {
        SeriesReport report = build(SeriesParameters.of(null, Bucketing.MONTH));

        assertThat(report.buckets()).extracting(bucket -> bucket.issued().display()).containsExactly("<5", "7");
        assertThat(report.buckets().get(0).issued().shownValue()).isNull();
    }

    @Test
    void refusesAnUnknownJurisdiction() {
        assertThatThrownBy(() -> build(parameters(null, Bucketing.MONTH).withJurisdiction("99999")))
                .hasMessage("no jurisdiction has FIPS code 99999: give 5 digits for a county or county-equivalent"
                        + " (42091) or 2 for a state (42)");
        assertThatThrownBy(() -> parameters(null, Bucketing.MONTH).withJurisdiction("Montgomery"))
                .hasMessage("--jurisdiction 'Montgomery' is not a FIPS code: give 5 digits for a county (42091) or 2"
                        + " for a state (42)");
    }

    private static SeriesParameters parameters(Period period, Bucketing bucketing) {
        return SeriesParameters.of(period, bucketing).withSuppression(OFFICIAL);
    }

    private static SeriesReport build(SeriesParameters parameters) throws SQLException {
        return new SeriesReportBuilder(store.connection()).build(parameters);
    }

    private static LocalDate day(String text) {
        return LocalDate.parse(text);
    }
}
