package org.ddor.ingest.sample;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.ddor.domain.Operator;
import org.junit.jupiter.api.Test;

/** The generated facility universe: ICE-style names and codes, every operator, the traps in place. */
class SampleFacilitiesTest {

    private static final String KERN = "06029";

    private final List<SampleFacility> facilities = SampleFixtures.generator().facilities().all();

    @Test
    void namesAndCodesLookLikeIces() {
        assertThat(facilities).hasSizeGreaterThan(3_000);
        assertThat(facilities).allSatisfy(f -> {
            assertThat(f.rawName()).hasSizeLessThanOrEqualTo(FacilityNames.MAX_LENGTH + 4).isUpperCase();
            assertThat(f.code().value()).matches("[A-Z0-9]{7}");
        });
        assertThat(facilities.stream().map(f -> f.code().value()).distinct()).hasSameSizeAs(facilities);
        assertThat(facilities).extracting(SampleFacility::rawName).contains("MONTGOMERY CNTY JAIL, PA",
                "FRANKLIN CO. CORRECTIONS CENTER", "SCI GRATERFORD", "FCI ALLENWOOD", "MOSHANNON VALLEY PROC CTR",
                "MINN.C.F.,ST.CLOUD", "HARRIS COUNTY JAIL");
        assertThat(facilities).filteredOn(f -> f.rawName().equals("MINN.C.F.,ST.CLOUD"))
                .singleElement().satisfies(f -> assertThat(f.code().value()).isEqualTo("MNCFSTC"));
    }

    @Test
    void everyStateAndEveryOperatorKindIsPresent() {
        assertThat(facilities.stream().map(SampleFacility::usps).collect(Collectors.toSet())).hasSize(51);
        assertThat(facilities.stream().map(SampleFacility::operator).collect(Collectors.toSet()))
                .containsExactlyInAnyOrder(Operator.COUNTY, Operator.CITY, Operator.STATE, Operator.FEDERAL,
                        Operator.PRIVATE, Operator.ICE);
    }

    @Test
    void namesAloneDoNotTellTheState() {
        Set<String> statesOfFranklinCountyJail = facilities.stream()
                .filter(f -> f.rawName().equals("FRANKLIN COUNTY JAIL")).map(SampleFacility::usps).collect(Collectors.toSet());

        assertThat(statesOfFranklinCountyJail).hasSizeGreaterThanOrEqualTo(3).contains("PA", "NY");
    }

    @Test
    void kernCountyHoldsFacilitiesItDoesNotRun() {
        List<SampleFacility> kern = facilities.stream().filter(f -> f.countyFips().equals(KERN)).toList();
        int june2026 = (int) LocalDate.of(2026, 6, 1).toEpochDay();

        assertThat(kern).extracting(SampleFacility::operator)
                .contains(Operator.COUNTY, Operator.CITY, Operator.STATE, Operator.FEDERAL, Operator.PRIVATE);
        assertThat(kern).filteredOn(f -> f.operator() == Operator.COUNTY)
                .allSatisfy(f -> assertThat(f.declineShare(june2026, 0.01)).isGreaterThan(0.2));
        assertThat(kern).filteredOn(f -> f.operator() != Operator.COUNTY)
                .allSatisfy(f -> assertThat(f.hasPolicy()).as(f.rawName()).isFalse());
    }

    @Test
    void aPolicyBindsOneOfTheSameNameCountiesOnly() {
        Set<String> franklinWithPolicy = facilities.stream()
                .filter(f -> f.operator() == Operator.COUNTY && f.hasPolicy() && f.rawName().startsWith("FRANKLIN"))
                .map(SampleFacility::usps).collect(Collectors.toSet());

        assertThat(franklinWithPolicy).containsExactly("PA");
    }

    @Test
    void policiesTakeEffectOnTheirDateAndTheLaterOneReplacesTheEarlier() {
        SampleFacility franklinPa = facilities.stream()
                .filter(f -> f.usps().equals("PA") && f.rawName().equals("FRANKLIN COUNTY JAIL")).findFirst().orElseThrow();
        int beforePolicy = (int) LocalDate.of(2014, 8, 31).toEpochDay();
        int firstPolicy = (int) LocalDate.of(2014, 9, 1).toEpochDay();
        int secondPolicy = (int) LocalDate.of(2017, 2, 1).toEpochDay();

        assertThat(franklinPa.declineShare(beforePolicy, 0.01)).isEqualTo(0.01);
        assertThat(franklinPa.declineShare(firstPolicy, 0.01)).isEqualTo(0.35);
        assertThat(franklinPa.declineShare(secondPolicy, 0.01)).isEqualTo(0.20);
    }

    @Test
    void aStateWidePolicyBindsTheStatesOwnFacilities() {
        assertThat(facilities).filteredOn(f -> f.usps().equals("RI") && f.operator() == Operator.STATE)
                .isNotEmpty().allSatisfy(f -> assertThat(f.hasPolicy()).isTrue());
        assertThat(facilities).filteredOn(f -> f.usps().equals("RI") && f.operator() != Operator.STATE)
                .allSatisfy(f -> assertThat(f.hasPolicy()).isFalse());
    }
}
