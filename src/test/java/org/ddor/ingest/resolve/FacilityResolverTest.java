package org.ddor.ingest.resolve;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.stream.IntStream;
import org.ddor.domain.Jurisdiction;
import org.ddor.domain.Operator;
import org.ddor.domain.Resolution;
import org.ddor.ingest.reference.Gazetteer;
import org.junit.jupiter.api.Test;

class FacilityResolverTest {

    private final FacilityResolver resolver = new FacilityResolver(Gazetteer.load());

    @Test
    void facilityKeyIsTheIceCodeWhenThereIsOne() {
        assertThat(FacilityResolver.facilityKey(new FacilityEvidence("MINN.C.F.,ST.CLOUD", "ST. CLOUD", "MINNESOTA",
                "mncfstc"))).isEqualTo("code:MNCFSTC");
        assertThat(FacilityResolver.facilityKey(new FacilityEvidence("MINN CF ST CLOUD", null, "MN", "MNCFSTC")))
                .isEqualTo("code:MNCFSTC");
    }

    @Test
    void facilityKeyIgnoresCasePunctuationSpacingAndStateSpelling() {
        String key = FacilityResolver.facilityKey(FacilityEvidence.of("MONTGOMERY CNTY JAIL, PA", "NORRISTOWN",
                "PENNSYLVANIA"));
        assertThat(key).isEqualTo("name:MONTGOMERY CNTY JAIL PA|PA|NORRISTOWN");
        assertThat(FacilityResolver.facilityKey(FacilityEvidence.of("Montgomery  Cnty Jail,PA", "Norristown", "pa")))
                .isEqualTo(key);
        assertThat(FacilityResolver.facilityKey(FacilityEvidence.of("MONTGOMERY COUNTY JAIL", "NORRISTOWN",
                "PENNSYLVANIA"))).as("abbreviations are kept: merging them is a person's decision").isNotEqualTo(key);
        assertThat(FacilityResolver.facilityKey(FacilityEvidence.of("MONTGOMERY CNTY JAIL, PA", "RED OAK", "IOWA")))
                .isNotEqualTo(key);
    }

    @Test
    void missingValuesAreNull() {
        FacilityEvidence e = new FacilityEvidence("X COUNTY JAIL", " ", "NA", "");
        assertThat(e.city()).isNull();
        assertThat(e.state()).isNull();
        assertThat(e.iceCode()).isNull();
        assertThatThrownBy(() -> FacilityEvidence.of(null, null, null)).isInstanceOf(NullPointerException.class)
                .hasMessage("rawName");
    }

    @Test
    void aFederalPrisonIsAttributedToNoJurisdiction() {
        FacilityResolution r = resolver.resolve(FacilityEvidence.of("USP CANAAN", "WAYMART", "PENNSYLVANIA"));
        assertThat(r.isAttributed()).isTrue();
        assertThat(r.operator()).isEqualTo(Operator.FEDERAL);
        assertThat(r.jurisdictionFips()).isNull();
        assertThat(r.rule()).isEqualTo(FacilityRule.FEDERAL);
        assertThat(r.evidence()).contains("\"USP\"").contains("no county or city");
    }

    @Test
    void evidenceNamesTheWordsTheStateAndTheJurisdiction() {
        FacilityResolution r = resolver.resolve(FacilityEvidence.of("MONTGOMERY CNTY JAIL, PA", "NORRISTOWN",
                "PENNSYLVANIA"));
        assertThat(r.evidence()).isEqualTo("\"CNTY\" with \"MONTGOMERY\" names a county; state PA (state column "
                + "\"PENNSYLVANIA\" and \", PA\" in the name); Montgomery County, PA (42091) is the only one of that "
                + "name there (the same name elsewhere, 17 more, is not considered)");
    }

    @Test
    void ambiguousNamesListTheirCandidates() {
        FacilityResolution r = resolver.resolve(FacilityEvidence.of("FRANKLIN COUNTY JAIL", null, null));
        assertThat(r.resolution()).isEqualTo(Resolution.AMBIGUOUS);
        assertThat(r.candidates()).extracting(Jurisdiction::fips).contains("39049", "36033", "42055", "19069", "22041")
                .doesNotContain("51620");
        assertThat(r.evidence()).contains("no state").contains("25 counties have that name")
                .contains("Franklin County, AL (01059)");
    }

    @Test
    void aCountyOfTheSameNameInAnotherStateIsACandidateNeverTheAnswer() {
        FacilityResolution r = resolver.resolve(FacilityEvidence.of("FRANKLIN COUNTY JAIL", "DOVER", "DELAWARE"));
        assertThat(r.resolution()).isEqualTo(Resolution.UNRESOLVED);
        assertThat(r.jurisdictionFips()).isNull();
        assertThat(r.candidates()).extracting(Jurisdiction::state).doesNotContain("DE").contains("PA", "OH");
        assertThat(r.evidence()).contains("state DE").contains("has no county of that name");
    }

    @Test
    void aStateConflictNamesBothStates() {
        FacilityResolution r = resolver.resolve(FacilityEvidence.of("MONTGOMERY CNTY JAIL, PA", "RED OAK", "IOWA"));
        assertThat(r.rule()).isEqualTo(FacilityRule.STATE_CONFLICT);
        assertThat(r.candidates()).extracting(Jurisdiction::fips).containsExactlyInAnyOrder("19137", "42091");
        assertThat(r.evidence()).startsWith("\", PA\" in the name says PA but the state column says \"IOWA\" (IA): "
                + "never pick one");
    }

    @Test
    void resolvingIsThreadSafeAndDeterministic() {
        List<FacilityEvidence> inputs = List.of(FacilityEvidence.of("MONTGOMERY CNTY JAIL, PA", "NORRISTOWN", "PA"),
                FacilityEvidence.of("SCI GRATERFORD", "GRATERFORD", "PENNSYLVANIA"),
                FacilityEvidence.of("RICHMOND JAIL", "RICHMOND", "VIRGINIA"),
                FacilityEvidence.of("NYPD 75 PCT", "BROOKLYN", "NEW YORK"));
        List<FacilityResolution> once = inputs.stream().map(resolver::resolve).toList();
        IntStream.range(0, 2000).parallel().forEach(i -> {
            int k = i % inputs.size();
            assertThat(resolver.resolve(inputs.get(k))).isEqualTo(once.get(k));
        });
    }

    @Test
    void aResolutionKeepsItsInvariants() {
        assertThatThrownBy(() -> FacilityResolution.rule(Operator.FEDERAL, "42", "x", FacilityRule.FEDERAL))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("a RULE resolution has a jurisdiction exactly when the operator is COUNTY, CITY or STATE, "
                        + "not FEDERAL with '42': x");
        assertThatThrownBy(() -> FacilityResolution.rule(Operator.COUNTY, null, "x", FacilityRule.COUNTY))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> FacilityResolution.rule(Operator.UNKNOWN, null, "x", FacilityRule.NO_EVIDENCE))
                .hasMessage("a RULE resolution needs a known operator: x");
        assertThatThrownBy(() -> new FacilityResolution(Operator.COUNTY, "42091", Resolution.AMBIGUOUS, "x", List.of(),
                FacilityRule.COUNTY)).hasMessage("AMBIGUOUS resolution with jurisdiction 42091");
    }
}
