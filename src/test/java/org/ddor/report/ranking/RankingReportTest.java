package org.ddor.report.ranking;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.ddor.report.ranking.RankingFixture.JANUARY;

import java.nio.file.Path;
import java.sql.SQLException;
import org.ddor.report.Edition;
import org.ddor.report.Suppression;
import org.ddor.report.ranking.RankingReport.RankedUnit;
import org.ddor.store.Store;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Rankings on a store whose every figure is known (see {@link RankingFixture}): order and ties,
 * numerators and denominators, rates withheld for small denominators and suppressed counts,
 * federal facilities counting for no jurisdiction, all the data when no period is given.
 */
class RankingReportTest {

    private static final Suppression OFFICIAL = new Suppression(Edition.OFFICIAL, 5);

    @TempDir
    static Path folder;

    private static Store store;

    @BeforeAll
    static void importFixture() {
        store = RankingFixture.rows().importInto(folder);
    }

    @AfterAll
    static void closeStore() {
        store.close();
    }

    @Test
    void ranksJurisdictionsByDetainersIssuedWithTiesSharingARank() throws SQLException {
        RankingReport report = build(RankingParameters.of(JANUARY, RankingUnit.JURISDICTION, RankingMeasure.ISSUED)
                .withSuppression(OFFICIAL));

        assertThat(report.rows()).extracting(RankedUnit::key).containsExactly("42017", "42091", "48339", "42029", "42");
        assertThat(report.rows()).extracting(RankedUnit::rank).containsExactly(1, 1, 3, 4, 5);
        assertThat(report.rows()).extracting(unit -> unit.issued().value()).containsExactly(40L, 40L, 35L, 10L, 3L);
        RankedUnit montgomery = report.rows().get(1);
        assertThat(montgomery.name()).isEqualTo("Montgomery County");
        assertThat(montgomery.state()).isEqualTo("PA");
        assertThat(montgomery.aor()).isEqualTo("PHI");
        assertThat(montgomery.declined().value()).isEqualTo(10);
        assertThat(montgomery.declinedOfIssued().value()).isEqualTo(10);
        assertThat(montgomery.booked().value()).isEqualTo(20);
        assertThat(montgomery.declineRate().display()).isEqualTo("25.0% (14.2%–40.2%)");
        assertThat(montgomery.issued().trace()).isEqualTo("ranking/jurisdiction/42091/issued");
        assertThat(montgomery.declineRate().numerator().trace()).isEqualTo("ranking/jurisdiction/42091/declined-of-issued");
    }

    @Test
    void countsFederalFacilitiesForNoJurisdictionAndSaysSo() throws SQLException {
        RankingReport report = build(RankingParameters.of(JANUARY, RankingUnit.JURISDICTION, RankingMeasure.ISSUED));

        assertThat(report.excluded().issuedWithoutUnit().value()).isEqualTo(6);
        assertThat(report.excluded().declinedWithoutUnit().display()).isEqualTo("<5");
        assertThat(report.notes()).anyMatch(note -> note.startsWith("6 detainers issued and <5 declines placed in the"
                + " period count for no jurisdiction"));
    }

    @Test
    void ranksByDeclineRateOnlyWhereTheDenominatorReachesTheMinimumAndNoCountIsSuppressed() throws SQLException {
        RankingReport report = build(RankingParameters.of(JANUARY, RankingUnit.JURISDICTION, RankingMeasure.DECLINE_RATE));

        assertThat(report.rows()).extracting(RankedUnit::key).containsExactly("42091", "48339");
        assertThat(report.rows().get(1).declineRate().display()).isEqualTo("0.0% (0.0%–9.9%)");
        assertThat(report.excluded().unitsBelowMinimum()).isEqualTo(2);
        assertThat(report.excluded().unitsSuppressed()).isEqualTo(1);
        assertThat(report.notes()).contains(
                "2 jurisdictions with fewer than 30 detainers issued in the period are not ranked by rate (the minimum"
                        + " is set with --min-denominator).",
                "1 jurisdiction is not ranked by rate because a count is below the public edition's threshold of 5.");
    }

    @Test
    void showsTheSuppressedRateInTheOfficialEditionAndHonoursAnotherMinimum() throws SQLException {
        RankingReport report = build(RankingParameters.of(JANUARY, RankingUnit.JURISDICTION, RankingMeasure.DECLINE_RATE)
                .withSuppression(OFFICIAL).withMinimumDenominator(10));

        assertThat(report.rows()).extracting(RankedUnit::key).containsExactly("42029", "42091", "42017", "48339");
        assertThat(report.rows()).extracting(unit -> unit.declineRate().value()).containsExactly(0.5, 0.25, 0.1, 0.0);
        assertThat(report.header().minimumDenominator()).isEqualTo(10);
        assertThat(report.header().definitions()).anyMatch(line -> line.contains("withheld when fewer than 10"));
    }

    @Test
    void suppressesSmallCountsInThePublicEdition() throws SQLException {
        RankingReport report = build(RankingParameters.of(JANUARY, RankingUnit.JURISDICTION, RankingMeasure.ISSUED));

        RankedUnit state = report.rows().get(4);
        assertThat(state.key()).isEqualTo("42");
        assertThat(state.issued().display()).isEqualTo("<5");
        assertThat(state.issued().shownValue()).isNull();
        assertThat(state.declineRate().value()).isNull();
        RankedUnit bucks = report.rows().get(0);
        assertThat(bucks.declinedOfIssued().display()).isEqualTo("<5");
        assertThat(bucks.declineRate().display()).isEqualTo("<5 of 40");
    }

    @Test
    void cutsAtTopAndCountsTiesBeyondIt() throws SQLException {
        RankingReport report = build(RankingParameters.of(JANUARY, RankingUnit.JURISDICTION, RankingMeasure.ISSUED)
                .withTop(1));

        assertThat(report.rows()).extracting(RankedUnit::key).containsExactly("42017");
        assertThat(report.rows().get(0).tied()).isTrue();
        assertThat(report.excluded().tiedBeyondTop()).isEqualTo(1);
        assertThat(report.notes()).contains("1 more jurisdiction not shown ties with the last row shown.");
    }

    @Test
    void ranksDeclinesPlacedInThePeriodOnly() throws SQLException {
        RankingReport report = build(RankingParameters.of(JANUARY, RankingUnit.JURISDICTION, RankingMeasure.DECLINED)
                .withSuppression(OFFICIAL).withTop(2));

        assertThat(report.rows()).extracting(RankedUnit::key).containsExactly("42091", "42029");
        assertThat(report.rows()).extracting(unit -> unit.declined().value()).containsExactly(10L, 5L);
    }

    @Test
    void ranksFacilitiesStatesAndAreasOfResponsibility() throws SQLException {
        RankingReport facilities = build(RankingParameters.of(JANUARY, RankingUnit.FACILITY, RankingMeasure.ISSUED)
                .withSuppression(OFFICIAL));
        RankingReport states = build(RankingParameters.of(JANUARY, RankingUnit.STATE, RankingMeasure.ISSUED));
        RankingReport areas = build(RankingParameters.of(JANUARY, RankingUnit.AOR, RankingMeasure.ISSUED));

        assertThat(facilities.rows()).extracting(unit -> unit.issued().value()).containsExactly(40L, 40L, 35L, 10L, 6L, 3L);
        RankedUnit federal = facilities.rows().get(4);
        assertThat(federal.name()).isEqualTo("FCI LORETTO");
        assertThat(federal.kind()).isEqualTo("federal");
        assertThat(federal.detail()).isEqualTo("LORETTO; FCILOPA; run by the federal government: counts for no jurisdiction");
        assertThat(facilities.excluded().issuedWithoutUnit()).isNull();
        assertThat(states.rows()).extracting(RankedUnit::key, RankedUnit::name).containsExactly(
                org.assertj.core.groups.Tuple.tuple("PA", "Pennsylvania"), org.assertj.core.groups.Tuple.tuple("TX", "Texas"));
        assertThat(states.rows()).extracting(unit -> unit.issued().value()).containsExactly(93L, 35L);
        assertThat(areas.rows()).extracting(RankedUnit::key).containsExactly("PHI", "HOU");
    }

    @Test
    void ranksAllTheDataWhenNoPeriodIsGiven() throws SQLException {
        RankingReport report = build(RankingParameters.of(null, RankingUnit.JURISDICTION, RankingMeasure.DECLINED)
                .withSuppression(OFFICIAL));

        assertThat(report.header().period()).isEqualTo("all data (issued 2025-12-20 to 2026-01-20)");
        assertThat(report.header().from()).isNull();
        RankedUnit montgomery = report.rows().get(0);
        assertThat(montgomery.key()).isEqualTo("42091");
        assertThat(montgomery.issued().value()).isEqualTo(45);
        assertThat(montgomery.declined().value()).isEqualTo(15);
    }

    @Test
    void refusesUnknownUnitsAndMeasuresWithTheChoices() {
        assertThatThrownBy(() -> RankingUnit.parse("county"))
                .hasMessage("--by 'county' is not a unit; expected one of jurisdiction, facility, state, aor");
        assertThatThrownBy(() -> RankingMeasure.parse("rate"))
                .hasMessage("--measure 'rate' is not a measure; expected one of issued, declined, decline-rate, booked");
        assertThat(RankingMeasure.parse("Decline_Rate")).isEqualTo(RankingMeasure.DECLINE_RATE);
    }

    private static RankingReport build(RankingParameters parameters) throws SQLException {
        return new RankingReportBuilder(store.connection()).build(parameters);
    }

    @Test
    void aFilterRanksWithinTheSelectionAndSaysSo() throws SQLException {
        RankingParameters all = RankingParameters.of(JANUARY, RankingUnit.JURISDICTION, RankingMeasure.ISSUED)
                .withSuppression(OFFICIAL);
        RankingReport texas = build(all.withFilter(new RankingFilter("tx", null, null)));
        assertThat(texas.rows()).extracting(RankedUnit::key).containsExactly("48339");
        assertThat(texas.rows()).extracting(RankedUnit::rank).containsExactly(1);
        assertThat(texas.header().title()).isEqualTo("Jurisdictions in TX ranked by detainers issued");
        assertThat(texas.notes().get(0)).startsWith("Only jurisdictions in TX are ranked; ranks are within that selection");
        RankingReport philadelphiaAor = build(all.withFilter(new RankingFilter(null, "PHI", null)));
        assertThat(philadelphiaAor.rows()).extracting(RankedUnit::aor).containsOnly("PHI");
        assertThat(philadelphiaAor.excluded().issuedWithoutUnit().value())
                .as("what counts for no unit is the nation's").isEqualTo(build(all).excluded().issuedWithoutUnit().value());
        RankingReport countyFacilities = build(RankingParameters.of(JANUARY, RankingUnit.FACILITY, RankingMeasure.ISSUED)
                .withFilter(new RankingFilter(null, null, org.ddor.domain.Operator.COUNTY)));
        assertThat(countyFacilities.rows()).isNotEmpty().extracting(RankedUnit::kind).containsOnly("county");
    }

    @Test
    void anOperatorFilterIsForFacilitiesOnly() {
        assertThatThrownBy(() -> RankingParameters.of(JANUARY, RankingUnit.STATE, RankingMeasure.ISSUED)
                .withFilter(new RankingFilter(null, null, org.ddor.domain.Operator.COUNTY)))
                .hasMessage("--operator applies to facility rankings only (--by facility); a state's figures come only"
                        + " from facilities its own agencies run");
        assertThatThrownBy(() -> new RankingFilter("Pennsylvania", null, null))
                .hasMessage("--state 'PENNSYLVANIA' is not a USPS state code such as PA");
    }
}
