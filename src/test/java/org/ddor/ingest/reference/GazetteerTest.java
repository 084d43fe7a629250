package org.ddor.ingest.reference;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.ddor.domain.Jurisdiction;
import org.ddor.domain.JurisdictionKind;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class GazetteerTest {

    /** ICE ERO's 25 field offices (Areas of Responsibility). */
    static final Set<String> AOR_CODES = Set.of("ATL", "BAL", "BOS", "BUF", "CHI", "DAL", "DEN", "DET",
            "ELP", "HAL", "HOU", "LOS", "MIA", "NEW", "NOL", "NYC", "PHI", "PHO", "SEA", "SFR", "SLC", "SNA",
            "SND", "SPM", "WAS");

    private final Gazetteer gazetteer = Gazetteer.load();

    @Test
    void countsMatchTheCensus2023CountyEquivalents() {
        // Census 2023: 3,144 counties and equivalents in the 50 states and DC (Connecticut's 9
        // planning regions in place of its 8 former counties), 78 Puerto Rico municipios, and the
        // 11 island-area units of the 2023 cartographic files (AS 3, GU 1, MP 4, VI 3).
        assertThat(gazetteer.counties()).hasSize(3144 + 78 + 11);
        assertThat(gazetteer.counties().stream().filter(j -> j.fips().compareTo("57") < 0)).hasSize(3144);
        assertThat(gazetteer.countiesInState("PR")).hasSize(78);
        // 50 states, DC, PR, and the island areas AS, GU, MP, VI.
        assertThat(gazetteer.states()).hasSize(56);
    }

    @Test
    void fipsCodesAreUniqueWellFormedAndMatchTheirState() {
        List<Jurisdiction> counties = gazetteer.counties();
        assertThat(counties).extracting(Jurisdiction::fips).doesNotHaveDuplicates().allMatch(f -> f.matches("\\d{5}"));
        assertThat(gazetteer.states()).extracting(Jurisdiction::fips).doesNotHaveDuplicates()
                .allMatch(f -> f.matches("\\d{2}"));
        assertThat(counties).allSatisfy(c -> {
            assertThat(gazetteer.state(c.state())).map(Jurisdiction::fips).contains(c.fips().substring(0, 2));
            assertThat(c.kind().isCountyEquivalent()).isTrue();
        });
        assertThat(counties).extracting(Jurisdiction::fips).isSorted();
    }

    @ParameterizedTest
    @CsvSource({
        "42091, PA, Montgomery County, COUNTY",
        "39049, OH, Franklin County, COUNTY",
        "36033, NY, Franklin County, COUNTY",
        "42055, PA, Franklin County, COUNTY",
        "19069, IA, Franklin County, COUNTY",
        "42029, PA, Chester County, COUNTY",
        "37153, NC, Richmond County, COUNTY",
        "06029, CA, Kern County, COUNTY",
        "22071, LA, Orleans Parish, PARISH",
        "51760, VA, Richmond city, INDEPENDENT_CITY",
        "24510, MD, Baltimore city, INDEPENDENT_CITY",
        "29510, MO, St. Louis city, INDEPENDENT_CITY",
        "32510, NV, Carson City, INDEPENDENT_CITY",
        "11001, DC, District of Columbia, DISTRICT",
        "09110, CT, Capitol Planning Region, PLANNING_REGION",
        "72001, PR, Adjuntas Municipio, MUNICIPALITY",
        "02020, AK, Anchorage Municipality, MUNICIPALITY",
        "02110, AK, Juneau City and Borough, CITY_AND_BOROUGH",
        "02050, AK, Bethel Census Area, CENSUS_AREA",
        "02090, AK, Fairbanks North Star Borough, BOROUGH",
        "51095, VA, James City County, COUNTY",
        "06075, CA, San Francisco County, COUNTY",
        "78010, VI, St. Croix Island, ISLAND_AREA",
    })
    void knownCountyEquivalents(String fips, String state, String name, JurisdictionKind kind) {
        assertThat(gazetteer.byFips(fips)).get().satisfies(j -> {
                    assertThat(j.name()).isEqualTo(name);
                    assertThat(j.state()).isEqualTo(state);
                    assertThat(j.kind()).isEqualTo(kind);
                });
        assertThat(gazetteer.county(state, name)).map(Jurisdiction::fips).contains(fips);
    }

    @Test
    void knownAors() {
        assertThat(aorOf("42091")).isEqualTo("PHI");
        assertThat(aorOf("06029")).isEqualTo("SFR");
        assertThat(aorOf("06037")).isEqualTo("LOS");
        assertThat(aorOf("06073")).isEqualTo("SND");
        assertThat(aorOf("36061")).isEqualTo("NYC");
        assertThat(aorOf("36029")).isEqualTo("BUF");
        assertThat(aorOf("48201")).isEqualTo("HOU");
        assertThat(aorOf("48113")).isEqualTo("DAL");
        assertThat(aorOf("48141")).isEqualTo("ELP");
        assertThat(aorOf("48029")).isEqualTo("SNA");
        assertThat(aorOf("51760")).isEqualTo("WAS");
        assertThat(aorOf("72127")).isEqualTo("MIA");
        assertThat(gazetteer.state("TX")).map(Jurisdiction::aor).contains("SNA");
    }

    @Test
    void everyJurisdictionHasAKnownAor() {
        assertThat(gazetteer.counties()).allSatisfy(j -> assertThat(j.aor()).isIn(AOR_CODES));
        assertThat(gazetteer.states()).allSatisfy(j -> assertThat(j.aor()).isIn(AOR_CODES));
    }

    @Test
    void franklinIsInManyStates() {
        List<Jurisdiction> franklins = gazetteer.countiesNamed("Franklin");
        Set<String> states = franklins.stream().map(Jurisdiction::state).collect(Collectors.toSet());
        assertThat(states).hasSizeGreaterThanOrEqualTo(20).contains("PA", "NY", "IA", "OH", "LA", "VA");
        assertThat(franklins).extracting(Jurisdiction::fips).contains("51067", "51620", "22041");
        assertThat(gazetteer.countiesNamed("franklin")).isEqualTo(franklins);
        assertThat(gazetteer.countiesNamed("Franklin County")).extracting(Jurisdiction::fips)
                .contains("51067").doesNotContain("51620");
    }

    @Test
    void richmondMeansCountiesAndTheIndependentCity() {
        assertThat(gazetteer.countiesNamed("richmond")).extracting(Jurisdiction::fips)
                .containsExactly("13245", "36085", "37153", "51159", "51760");
        assertThat(gazetteer.countiesNamed("Richmond city")).extracting(Jurisdiction::fips).containsExactly("51760");
    }

    @Test
    void countyLookupIsCaseAndPunctuationInsensitive() {
        assertThat(fipsOf("OH", "FRANKLIN")).isEqualTo("39049");
        assertThat(fipsOf("oh", "franklin county")).isEqualTo("39049");
        assertThat(fipsOf("LA", "ORLEANS")).isEqualTo("22071");
        assertThat(fipsOf("MD", "Prince Georges")).isEqualTo("24033");
        assertThat(fipsOf("MD", "ST. MARY'S")).isEqualTo("24037");
        assertThat(fipsOf("MD", "Saint Marys County")).isEqualTo("24037");
        assertThat(fipsOf("MO", "Ste Genevieve")).isEqualTo("29186");
        assertThat(fipsOf("NM", "DONA ANA")).isEqualTo("35013");
        assertThat(fipsOf("IL", "La Salle")).isEqualTo("17099");
        assertThat(fipsOf("IN", "De Kalb")).isEqualTo("18033");
        assertThat(fipsOf("TX", "FT BEND")).isEqualTo("48157");
        assertThat(fipsOf("AK", "Matanuska Susitna")).isEqualTo("02170");
        assertThat(fipsOf("PR", "Mayaguez")).isEqualTo("72097");
    }

    @Test
    void plainNameMeansTheCountyWhenACityHasTheSameName() {
        assertThat(fipsOf("VA", "Richmond")).isEqualTo("51159");
        assertThat(fipsOf("VA", "Richmond County")).isEqualTo("51159");
        assertThat(fipsOf("VA", "RICHMOND CITY")).isEqualTo("51760");
        assertThat(fipsOf("VA", "City of Richmond")).isEqualTo("51760");
        assertThat(fipsOf("VA", "Fairfax")).isEqualTo("51059");
        assertThat(fipsOf("VA", "Fairfax City")).isEqualTo("51600");
        assertThat(fipsOf("VA", "Roanoke")).isEqualTo("51161");
        assertThat(fipsOf("VA", "Roanoke city")).isEqualTo("51770");
        assertThat(fipsOf("MD", "Baltimore")).isEqualTo("24005");
        assertThat(fipsOf("MD", "Baltimore City")).isEqualTo("24510");
        assertThat(fipsOf("MO", "St. Louis")).isEqualTo("29189");
        assertThat(fipsOf("MO", "SAINT LOUIS CITY")).isEqualTo("29510");
    }

    @Test
    void plainNameMeansTheCityWhenNoCountyHasThatName() {
        assertThat(fipsOf("VA", "Alexandria")).isEqualTo("51510");
        assertThat(fipsOf("NV", "Carson")).isEqualTo("32510");
        assertThat(fipsOf("NV", "CARSON CITY")).isEqualTo("32510");
        assertThat(fipsOf("VA", "Charles City")).isEqualTo("51036");
        assertThat(fipsOf("VA", "James City")).isEqualTo("51095");
    }

    @Test
    void unknownNamesAndStatesGiveNothing() {
        assertThat(gazetteer.county("PA", "Franklin City")).isEmpty();
        assertThat(gazetteer.county("PA", "Atlantis")).isEmpty();
        assertThat(gazetteer.county("XX", "Franklin")).isEmpty();
        assertThat(gazetteer.county("PA", "")).isEmpty();
        assertThat(gazetteer.county(null, null)).isEmpty();
        assertThat(gazetteer.countiesNamed("Atlantis")).isEmpty();
        assertThat(gazetteer.countiesInState("XX")).isEmpty();
        assertThat(gazetteer.byFips("99999")).isEmpty();
        assertThat(gazetteer.byFips(null)).isEmpty();
    }

    @Test
    void stateCodeForNameAcceptsNamesAndCodes() {
        assertThat(gazetteer.stateCodeForName("PENNSYLVANIA")).contains("PA");
        assertThat(gazetteer.stateCodeForName("Pennsylvania")).contains("PA");
        assertThat(gazetteer.stateCodeForName("PA")).contains("PA");
        assertThat(gazetteer.stateCodeForName("pa")).contains("PA");
        assertThat(gazetteer.stateCodeForName("NEW YORK")).contains("NY");
        assertThat(gazetteer.stateCodeForName("District of Columbia")).contains("DC");
        assertThat(gazetteer.stateCodeForName("PUERTO RICO")).contains("PR");
        assertThat(gazetteer.stateCodeForName("VIRGIN ISLANDS")).contains("VI");
        assertThat(gazetteer.stateCodeForName("Franklin")).isEmpty();
        assertThat(gazetteer.state("PA")).map(Jurisdiction::name).contains("Pennsylvania");
        assertThat(gazetteer.byFips("42")).map(Jurisdiction::kind).contains(JurisdictionKind.STATE);
    }

    @Test
    void baseNameDropsTheKindWord() {
        assertThat(Gazetteer.baseName(gazetteer.byFips("51760").orElseThrow())).isEqualTo("Richmond");
        assertThat(Gazetteer.baseName(gazetteer.byFips("51095").orElseThrow())).isEqualTo("James City");
        assertThat(Gazetteer.baseName(gazetteer.byFips("02110").orElseThrow())).isEqualTo("Juneau");
        assertThat(Gazetteer.baseName(gazetteer.byFips("11001").orElseThrow())).isEqualTo("District of Columbia");
    }

    @Test
    void isImmutableAndShared() {
        assertThat(Gazetteer.load()).isSameAs(gazetteer);
        assertThatThrownBy(() -> gazetteer.counties().clear()).isInstanceOf(UnsupportedOperationException.class);
        assertThatThrownBy(() -> gazetteer.countiesNamed("Franklin").clear())
                .isInstanceOf(UnsupportedOperationException.class);
    }

    private String aorOf(String fips) {
        return gazetteer.byFips(fips).orElseThrow().aor();
    }

    private String fipsOf(String state, String name) {
        return gazetteer.county(state, name).map(Jurisdiction::fips).orElse("none");
    }
}
