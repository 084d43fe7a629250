package org.ddor.report.profile;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.groups.Tuple.tuple;
import static org.ddor.report.EroLesaFixture.BOOKED;
import static org.ddor.report.EroLesaFixture.CHESTER;
import static org.ddor.report.EroLesaFixture.CHESTER_CITY;
import static org.ddor.report.EroLesaFixture.DECLINED;
import static org.ddor.report.EroLesaFixture.NONE;
import static org.ddor.report.EroLesaFixture.SCI_CHESTER;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.SQLException;
import org.ddor.report.Edition;
import org.ddor.report.EroLesaFixture;
import org.ddor.report.Rate;
import org.ddor.report.Suppression;
import org.ddor.report.profile.JurisdictionProfile.FacilityRow;
import org.ddor.report.profile.JurisdictionProfile.OutcomeRow;
import org.ddor.report.profile.JurisdictionProfile.PolicyRow;
import org.ddor.report.series.SeriesReport.Bucket;
import org.ddor.store.Store;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Chester County, PA (42029): 31 detainers at its jail in January 2026 (11 declined, 10 booked, 10
 * open) and 3 in February; the unresolved CHESTER CITY LOCKUP (4) and the state's SCI CHESTER (2)
 * nearby; two county policies and a state-wide one.
 */
class JurisdictionProfileTest {

    private static final Suppression OFFICIAL = new Suppression(Edition.OFFICIAL, 5);

    @TempDir
    static Path folder;

    private static Store store;

    @BeforeAll
    static void importFixture() throws IOException {
        store = new EroLesaFixture()
                .addMany(11, "2026-01-08", CHESTER, DECLINED, "declined")
                .addMany(10, "2026-01-09", CHESTER, BOOKED, "booked")
                .addMany(10, "2026-01-10", CHESTER, NONE, "open")
                .addMany(3, "2026-02-03", CHESTER, NONE, "february")
                .addMany(4, "2026-01-12", CHESTER_CITY, NONE, "city")
                .addMany(2, "2026-01-13", SCI_CHESTER, NONE, "state")
                .importInto(folder);
        Path policies = Files.writeString(folder.resolve("policies.csv"), """
                Location,Date Enacted,Policy,Criteria for Honoring Detainer
                "Chester County, Pennsylvania",Oct-14,County Prison Board Decision,Will not honor ICE detainer without a judicial warrant
                Pennsylvania,2017-01-01,State Executive Order 2017-1,Will honor ICE detainer only with a judicial warrant
                "Chester County, Pennsylvania",February 2020,County Prison Board Resolution 2020-3,Will not hold anyone for ICE
                """);
        EroLesaFixture.importFile(store, policies, folder);
    }

    @AfterAll
    static void closeStore() {
        store.close();
    }

    @Test
    void namesTheJurisdictionAndGivesItsFigures() throws SQLException {
        JurisdictionProfile profile = build("42029");

        assertThat(profile.header().title()).isEqualTo("Jurisdiction profile: Chester County, PA (42029)");
        assertThat(profile.jurisdiction().kind()).isEqualTo("COUNTY");
        assertThat(profile.jurisdiction().stateName()).isEqualTo("Pennsylvania");
        assertThat(profile.jurisdiction().aor()).isEqualTo("PHI");
        assertThat(profile.totals().issued().value()).isEqualTo(34);
        assertThat(profile.totals().declined().value()).isEqualTo(11);
        assertThat(profile.totals().booked().value()).isEqualTo(10);
        Rate rate = profile.totals().declineRate();
        assertThat(rate.value()).isEqualTo(11.0 / 34);
        assertThat(profile.totals().issued().trace()).isEqualTo("profile/42029/issued");
        assertThat(profile.monthly()).extracting(Bucket::label, bucket -> bucket.issued().value())
                .containsExactly(tuple("2026-01", 31L), tuple("2026-02", 3L));
        assertThat(profile.outcomes()).extracting(OutcomeRow::label, row -> row.detainers().value()).containsExactly(
                tuple("booked into ICE custody", 10L), tuple("declined by LEA", 11L), tuple("unknown", 13L));
    }

    @Test
    void listsItsOwnAndItsStatesPoliciesOverTime() throws SQLException {
        JurisdictionProfile profile = build("42029");

        assertThat(profile.policies()).extracting(PolicyRow::fips, PolicyRow::statewide, PolicyRow::inEffect)
                .containsExactly(tuple("42029", false, false), tuple("42", true, true), tuple("42029", false, true));
        PolicyRow first = profile.policies().get(0);
        assertThat(first.effectiveFrom()).isEqualTo("2014-10-01");
        assertThat(first.effectiveTo()).isEqualTo("2020-02-01");
        assertThat(first.category()).isEqualTo("judicial warrant required");
        assertThat(first.criteria()).isEqualTo("Will not honor ICE detainer without a judicial warrant");
        assertThat(first.source()).isNotBlank();
        assertThat(profile.header().policiesOn()).isEqualTo("2026-02-03");
    }

    @Test
    void listsTheFacilitiesItRunsAndTheUnattributedOnesThatMentionIt() throws SQLException {
        JurisdictionProfile profile = build("42029");

        assertThat(profile.facilities()).extracting(FacilityRow::name, FacilityRow::resolution, row -> row.records().value())
                .containsExactly(tuple("CHESTER CNTY JAIL, PA", "RULE", 34L));
        assertThat(profile.notAttributableNearby()).extracting(FacilityRow::name, FacilityRow::resolution,
                        row -> row.records().value(), FacilityRow::mentions)
                .containsExactly(tuple("CHESTER CITY LOCKUP", "UNRESOLVED", 4L,
                        "its name or evidence has the word \"CHESTER\""));
        assertThat(profile.notes()).contains(
                "1 facility near it holds records of the period that count for no jurisdiction until a person resolves it.");
    }

    @Test
    void profilesAStateByItsOwnFacilities() throws SQLException {
        JurisdictionProfile profile = build("42");

        assertThat(profile.header().title()).isEqualTo("Jurisdiction profile: Pennsylvania (42)");
        assertThat(profile.totals().issued().value()).isEqualTo(2);
        assertThat(profile.facilities()).extracting(FacilityRow::name).containsExactly("SCI CHESTER");
        assertThat(profile.notAttributableNearby()).extracting(FacilityRow::name, FacilityRow::mentions)
                .containsExactly(tuple("CHESTER CITY LOCKUP", "located in the state"));
        assertThat(profile.policies()).extracting(PolicyRow::fips).containsExactly("42");
    }

    @Test
    void refusesAnUnknownCode() {
        assertThatThrownBy(() -> build("42999")).hasMessage("no jurisdiction has FIPS code 42999: give 5 digits for a"
                + " county or county-equivalent (42091) or 2 for a state (42)");
        assertThatThrownBy(() -> ProfileParameters.of("Chester", null)).hasMessage("'Chester' is not a FIPS code:"
                + " give 5 digits for a county or county-equivalent (42091) or 2 for a state (42)");
    }

    @Test
    void mentionsMatchTheNameWithoutItsKindWord() {
        Mentions chester = new Mentions("42029", "Chester County");

        assertThat(chester.why("CHESTER CITY LOCKUP", "")).isNotNull();
        assertThat(chester.why("WEST CHESTERFIELD JAIL", "")).isNull();
        assertThat(chester.why("X", "names Chester County, PA (42029)")).isEqualTo("its resolution evidence names the jurisdiction");
        assertThat(Mentions.stem("baltimore city")).isEqualTo("baltimore");
        assertThat(Mentions.stem("juneau city and borough")).isEqualTo("juneau");
    }

    private static JurisdictionProfile build(String fips) throws SQLException {
        return new JurisdictionProfileBuilder(store.connection())
                .build(new ProfileParameters(fips, null, OFFICIAL, Rate.DEFAULT_MINIMUM_DENOMINATOR));
    }
}
