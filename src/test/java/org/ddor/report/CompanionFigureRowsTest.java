package org.ddor.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.sql.SQLException;
import java.time.DayOfWeek;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.ddor.report.crimes.CrimesFigureRows;
import org.ddor.report.crimes.CrimesParameters;
import org.ddor.report.crimes.CrimesReportBuilder;
import org.ddor.report.ddor.FigureRows;
import org.ddor.report.followup.FollowupFigureRows;
import org.ddor.report.followup.FollowupParameters;
import org.ddor.report.followup.FollowupReportBuilder;
import org.ddor.report.profile.JurisdictionProfileBuilder;
import org.ddor.report.profile.ProfileFigureRows;
import org.ddor.report.profile.ProfileParameters;
import org.ddor.report.ranking.RankingFigureRows;
import org.ddor.report.ranking.RankingMeasure;
import org.ddor.report.ranking.RankingParameters;
import org.ddor.report.ranking.RankingReportBuilder;
import org.ddor.report.ranking.RankingUnit;
import org.ddor.report.series.Bucketing;
import org.ddor.report.series.SeriesFigureRows;
import org.ddor.report.series.SeriesParameters;
import org.ddor.report.series.SeriesReportBuilder;
import org.ddor.store.Store;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Every figure of the companion reports is traceable (DESIGN.md §5), as FigureRowsTest proves for the
 * Declined Detainer Outcome Report: on the golden dataset, for every figure of a ranking (each unit;
 * by fiscal year only of jurisdictions),
 * the charge category table, a time series (each bucketing), a jurisdiction profile and the
 * follow-up report (subjects listed by their index detainer), nationally
 * and for a jurisdiction, over all the data and over a fiscal year, the records listed for the
 * figure's trace key are exactly as many as the figure says, one per detainer. Figures of zero are
 * sampled (two per report): their listing is the same query, and each listing takes time.
 */
class CompanionFigureRowsTest {

    private static final String GOLDEN = "/org/ddor/report/golden/input/";
    private static final Suppression OFFICIAL = new Suppression(Edition.OFFICIAL, Suppression.DEFAULT_THRESHOLD);
    private static final Suppression PUBLIC = new Suppression(Edition.PUBLIC, Suppression.DEFAULT_THRESHOLD);
    private static final List<Period> PERIODS = java.util.Arrays.asList(null, Period.fiscalYear(2017));

    @TempDir
    static Path folder;

    private static Store store;

    @BeforeAll
    static void buildStore() {
        store = ReportFixtures.storeWith(folder, GOLDEN + "golden-policies.csv", GOLDEN + "golden-detainers.csv");
    }

    @AfterAll
    static void closeStore() {
        store.close();
    }

    @Test
    void everyFigureOfARankingListsAsManyRowsAsItCounts() throws SQLException {
        List<String> keys = new ArrayList<>();
        for (Period period : PERIODS) {
            for (RankingUnit unit : RankingUnit.values()) {
                if (period != null && unit != RankingUnit.JURISDICTION) {
                    continue; // the other units' queries differ only in the unit: all the data proves them
                }
                Map<String, Count> figures = TracedFigures.of(new RankingReportBuilder(store.connection()).build(
                        new RankingParameters(period, unit, RankingMeasure.ISSUED, 10_000, OFFICIAL, 1)));
                for (Count count : sample(figures)) {
                    assertListed(count, RankingFigureRows.list(store.connection(), count.trace(), period, OFFICIAL), period);
                    keys.add(count.trace());
                }
            }
        }
        assertThat(keys).contains("ranking/jurisdiction/48453/issued", "ranking/jurisdiction/48453/declined-of-issued",
                "ranking/jurisdiction/none/declined", "ranking/state/TX/booked", "ranking/aor/SNA/declined");
        assertThat(keys).anyMatch(key -> key.matches("ranking/facility/[0-9]+/declined"));
    }

    @Test
    void everyFigureOfTheChargeCategoryTableListsAsManyRowsAsItCounts() throws SQLException {
        List<String> keys = new ArrayList<>();
        for (Period period : PERIODS) {
            for (String fips : java.util.Arrays.asList(null, "48453")) {
                CrimesParameters parameters = new CrimesParameters(period, fips, OFFICIAL);
                for (Count count : sample(TracedFigures.of(new CrimesReportBuilder(store.connection()).build(parameters)))) {
                    assertListed(count, CrimesFigureRows.list(store.connection(), count.trace(), parameters), period);
                    keys.add(count.trace());
                }
            }
        }
        assertThat(keys).contains("crimes/national/declined", "crimes/48453/issued");
        assertThat(keys.stream().filter(key -> key.split("/").length == 4).count()).isGreaterThan(6);
    }

    @Test
    void everyBucketOfATimeSeriesListsAsManyRowsAsItCounts() throws SQLException {
        int buckets = 0;
        for (Period period : PERIODS) {
            for (Bucketing bucketing : Bucketing.values()) {
                if (bucketing == Bucketing.WEEK && period == null) {
                    continue; // years of weeks: the fiscal year's weeks prove the same
                }
                for (String fips : java.util.Arrays.asList(null, "48453")) {
                    SeriesParameters parameters = new SeriesParameters(period, bucketing, DayOfWeek.SATURDAY, fips, OFFICIAL);
                    for (Count count : sample(TracedFigures.of(new SeriesReportBuilder(store.connection()).build(parameters)))) {
                        assertListed(count, SeriesFigureRows.list(store.connection(), count.trace(), parameters), period);
                        buckets += count.value() > 0 ? 1 : 0;
                    }
                }
            }
        }
        assertThat(buckets).isGreaterThan(20);
    }

    @Test
    void everyFigureOfAJurisdictionProfileListsAsManyRowsAsItCounts() throws SQLException {
        List<String> keys = new ArrayList<>();
        for (Period period : PERIODS) {
            for (String fips : List.of("48453", "06037", "08059")) {
                ProfileParameters parameters = new ProfileParameters(fips, period, OFFICIAL, 1);
                SeriesParameters monthly = new SeriesParameters(period, Bucketing.MONTH, DayOfWeek.SATURDAY, fips, OFFICIAL);
                for (Count count : sample(TracedFigures.of(new JurisdictionProfileBuilder(store.connection()).build(parameters)))) {
                    FigureRows.Listing listing = count.trace().startsWith("series/")
                            ? SeriesFigureRows.list(store.connection(), count.trace(), monthly)
                            : ProfileFigureRows.list(store.connection(), count.trace(), parameters);
                    assertListed(count, listing, period);
                    keys.add(count.trace());
                }
            }
        }
        assertThat(keys).contains("profile/48453/issued", "profile/48453/declined", "profile/48453/declined-of-issued",
                "profile/48453/booked");
        assertThat(keys).anyMatch(key -> key.startsWith("profile/48453/outcome/"));
        assertThat(keys).anyMatch(key -> key.startsWith("profile/48453/facility/"));
    }

    @Test
    void everyFigureOfTheFollowupReportListsAsManyRowsAsItCounts() throws SQLException {
        List<String> keys = new ArrayList<>();
        Period threeYears = Period.range(java.time.LocalDate.of(2014, 1, 1), java.time.LocalDate.of(2017, 2, 28));
        for (Period period : List.of(Period.fiscalYear(2017), threeYears)) {
            for (int window : period == threeYears ? List.of(30, 365) : List.of(90)) {
                FollowupParameters parameters = new FollowupParameters(period, window, OFFICIAL, 1);
                for (Count count : TracedFigures.of(new FollowupReportBuilder(store.connection()).build(parameters)).values()) {
                    assertListed(count, FollowupFigureRows.list(store.connection(), count.trace(), parameters), period);
                    keys.add(count.trace());
                }
            }
        }
        assertThat(keys).contains("followup/declined/subjects", "followup/declined/observed/later",
                "followup/comparison/censored", "followup/declined/records", "followup/without-subject/declined",
                "followup/both-groups");
    }

    @Test
    void thePublicEditionRefusesTheRowsOfASuppressedFigure() throws SQLException {
        Count small = TracedFigures.of(new CrimesReportBuilder(store.connection()).build(
                new CrimesParameters(null, null, PUBLIC))).values().stream().filter(Count::suppressed).findFirst().orElseThrow();
        assertThatThrownBy(() -> CrimesFigureRows.list(store.connection(), small.trace(), new CrimesParameters(null, null, PUBLIC)))
                .isInstanceOf(FigureRows.SuppressedFigureException.class)
                .hasMessage("figure " + small.trace() + " is suppressed in the public edition; use --edition official");
    }

    @Test
    void aKeyThatIsNoFigureKeyIsRefusedWithTheKeyForms() {
        assertThatThrownBy(() -> RankingFigureRows.list(store.connection(), "ranking/jurisdiction/Travis/issued", null, OFFICIAL))
                .hasMessage("figure ranking/jurisdiction/Travis/issued: 'Travis' is not a jurisdiction key (a FIPS code"
                        + " such as 48453)");
        assertThatThrownBy(() -> RankingFigureRows.list(store.connection(), "ranking/jurisdiction/48453/rate", null, OFFICIAL))
                .hasMessageStartingWith("unknown figure key 'ranking/jurisdiction/48453/rate'; ranking figure keys are"
                        + " ranking/UNIT/KEY/issued,");
        assertThatThrownBy(() -> CrimesFigureRows.list(store.connection(), "crimes/national/no-such-category/declined",
                new CrimesParameters(null, null, OFFICIAL)))
                .hasMessage("no figure 'crimes/national/no-such-category/declined' in this report; its figure keys are"
                        + " crimes/SCOPE/CATEGORY/declined, crimes/SCOPE/CATEGORY/issued, crimes/SCOPE/declined,"
                        + " crimes/SCOPE/issued (the report's JSON 'trace' fields give them)");
        assertThatThrownBy(() -> SeriesFigureRows.list(store.connection(), "series/national/month/1999-01/issued",
                SeriesParameters.of(null, Bucketing.MONTH)))
                .hasMessageStartingWith("no figure 'series/national/month/1999-01/issued' in this report");
    }

    private static void assertListed(Count count, FigureRows.Listing listing, Period period) {
        assertThat(listing.rows()).as("rows of %s in %s", count.trace(), period).hasSize((int) count.value());
        assertThat(listing.rows()).extracting(row -> row.get(0)).as("one row per detainer").doesNotHaveDuplicates();
    }

    /** Every figure above zero and the first two zeros (listing a zero is the same query; each takes time). */
    private static List<Count> sample(Map<String, Count> figures) {
        List<Count> sample = new ArrayList<>();
        int zeros = 0;
        for (Count count : figures.values()) {
            if (count.value() > 0 || zeros++ < 2) {
                sample.add(count);
            }
        }
        return sample;
    }
}
