package org.ddor.report.ddor;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.ddor.report.Count;
import org.ddor.report.Edition;
import org.ddor.report.Period;
import org.ddor.report.ReportFixtures;
import org.ddor.report.Suppression;
import org.ddor.store.Store;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Every number is traceable (DESIGN.md §5): for every figure of reports of the golden dataset, the
 * records {@link FigureRows} lists are exactly as many as the figure says, for a week, a fiscal year
 * and a range of three years. Keys that are not figure keys, and suppressed figures of the public
 * edition, are refused with a one-line message.
 */
class FigureRowsTest {

    private static final String GOLDEN = "/org/ddor/report/golden/input/";

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
    void everyFigureOfTheWeekListsAsManyRowsAsItCounts() throws SQLException {
        DdorParameters week = ReportFixtures.week("2017-02-08", Edition.OFFICIAL);
        Map<String, Count> figures = assertEveryFigureTraces(week);
        assertThat(figures.keySet()).contains("summary/issued", "summary/declined", "summary/restricted",
                "trend/2017-02-04/issued", "trend/2017-01-21/declined", "section1/48453", "section1/48453/declined",
                "section2/48453", "section2/06", "section4/excluded/duplicate/issued",
                "section4/excluded/misdirected/declined", "section4/excluded/facility-ambiguous/issued",
                "section4/excluded/facility-unresolved/declined", "section4/excluded/facility-federal/issued",
                "section4/excluded/facility-private/declined", "section4/placed/recorded-declined-date",
                "section4/placed/outcome-date", "section4/placed/issued-date", "section4/burst/08059/2017-02-07",
                "section4/old", "section4/transferred");
        assertThat(figures.values()).filteredOn(count -> count.value() > 0).hasSizeGreaterThan(40);
    }

    @Test
    void everyFigureOfOtherPeriodsListsAsManyRowsAsItCounts() throws SQLException {
        for (Period period : List.of(Period.fiscalYear(2017), Period.range(LocalDate.of(2014, 1, 1), LocalDate.of(2017, 2, 28)))) {
            assertEveryFigureTraces(new DdorParameters(period, 1000, new Suppression(Edition.OFFICIAL, 5), 365));
        }
    }

    @Test
    void thePublicEditionListsTheRowsOfAFigureItShows() throws SQLException {
        FigureRows.Listing listing = FigureRows.list(store.connection(), "section2/48453",
                ReportFixtures.week("2017-02-08", Edition.PUBLIC));
        assertThat(listing.rows()).hasSize(5);
        assertThat(listing.columns()).isEqualTo(FigureRows.COLUMNS);
        assertThat(listing.rows()).extracting(row -> row.get(0)).containsExactly("6", "7", "1", "9", "2");
    }

    @Test
    void thePublicEditionRefusesTheRowsOfASuppressedFigure() {
        assertThatThrownBy(() -> FigureRows.list(store.connection(), "section2/42091",
                ReportFixtures.week("2017-02-08", Edition.PUBLIC)))
                .isInstanceOf(FigureRows.SuppressedFigureException.class)
                .hasMessage("figure section2/42091 is suppressed in the public edition; use --edition official");
    }

    @Test
    void aKeyThatIsNoFigureKeyIsRefusedWithTheKeyForms() {
        DdorParameters week = ReportFixtures.week("2017-02-08", Edition.OFFICIAL);
        assertThatThrownBy(() -> FigureRows.figure("section9/48453", week))
                .hasMessage("unknown figure key 'section9/48453'; figure keys are summary/issued, summary/declined,"
                        + " summary/restricted, trend/DAY/issued, trend/DAY/declined, section1/FIPS,"
                        + " section1/FIPS/declined, section2/FIPS, section4/excluded/REASON/issued,"
                        + " section4/excluded/REASON/declined, section4/placed/RULE, section4/burst/FIPS/DAY,"
                        + " section4/old, section4/transferred (DAY as 2017-02-04, FIPS as 48453, REASON and RULE"
                        + " as the report's keys give them)");
        assertThatThrownBy(() -> FigureRows.figure("section2/Travis", week))
                .hasMessage("figure section2/Travis: 'Travis' is not a FIPS code (2 digits for a state, 5 for a"
                        + " county-equivalent)");
        assertThatThrownBy(() -> FigureRows.figure("section4/excluded/transfer/issued", week))
                .hasMessage("figure section4/excluded/transfer/issued: unknown reason 'transfer'; expected one of"
                        + " duplicate, misdirected, facility-ambiguous, facility-unresolved, facility-federal,"
                        + " facility-private, facility-ice, operator-unknown, no-jurisdiction");
        assertThatThrownBy(() -> FigureRows.figure("trend/2017-02-05/issued", week))
                .hasMessage("figure trend/2017-02-05/issued: 2017-02-05 is not the first day of a trend week of this"
                        + " report; its 12 weeks start on 2016-11-19 and every 7 days after, up to 2017-02-04");
        assertThatThrownBy(() -> FigureRows.figure("section4/burst/08059/2017-03-07", week))
                .hasMessage("figure section4/burst/08059/2017-03-07: 2017-03-07 is outside the period 2017-02-04 to 2017-02-10");
        assertThatThrownBy(() -> FigureRows.figure("section4/burst/08059/7 Feb", week))
                .hasMessage("figure section4/burst/08059/7 Feb: '7 Feb' is not a date of the form 2025-04-02");
    }

    @Test
    void theExclusionCodesAreThoseOfTheAttributionView() throws SQLException {
        org.ddor.report.ReportContext.prepare(store.connection());
        List<String> codes = new ArrayList<>();
        try (var statement = store.connection().createStatement();
             var rows = statement.executeQuery("select code from ddor_exclusion_reason order by position")) {
            while (rows.next()) {
                codes.add(rows.getString(1));
            }
        }
        assertThat(codes).isEqualTo(FigureRows.EXCLUSION_CODES);
    }

    /** Builds the report and checks every figure against its listing; returns the figures. */
    private static Map<String, Count> assertEveryFigureTraces(DdorParameters parameters) throws SQLException {
        DdorReport report = ReportFixtures.build(store, parameters);
        Map<String, Count> figures = ReportFixtures.figures(report);
        for (Count count : figures.values()) {
            FigureRows.Listing listing = FigureRows.list(store.connection(), count.trace(), parameters);
            assertThat(listing.rows()).as("rows of %s in %s", count.trace(), parameters.period()).hasSize((int) count.value());
            assertThat(listing.rows()).extracting(row -> row.get(0)).as("one row per detainer").doesNotHaveDuplicates();
        }
        return figures;
    }
}
