package org.ddor.ingest.policy;

import static org.assertj.core.api.Assertions.assertThat;

import org.ddor.domain.JurisdictionKind;
import org.ddor.ingest.reference.Gazetteer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvFileSource;

class LocationResolverTest {

    private final LocationResolver resolver = new LocationResolver(Gazetteer.load());

    @ParameterizedTest(name = "{0}: ''{1}'' -> {2}")
    @CsvFileSource(resources = "/org/ddor/ingest/policy/location_specs.csv", numLinesToSkip = 1)
    void resolvesOrRefusesWithTheReason(String id, String location, String fips, String message) {
        LocationResolver.Result result = resolver.resolve(location);
        if (fips.equals("REJECT")) {
            assertThat(result.isResolved()).as(id + " must be refused, got %s", result.jurisdiction()).isFalse();
            assertThat(result.rejection()).as(id).contains(message);
            return;
        }
        assertThat(result.rejection()).as(id).isNull();
        assertThat(result.jurisdiction().fips()).as(id).isEqualTo(fips);
        if (message != null) {
            assertThat(result.notes()).as(id).anySatisfy(note -> assertThat(note).contains(message));
        }
    }

    @Test
    void stateWideRowsGoToTheStateWithItsTwoDigitCode() {
        LocationResolver.Result result = resolver.resolve("Colorado County Jails, Colorado");
        assertThat(result.jurisdiction().kind()).isEqualTo(JurisdictionKind.STATE);
        assertThat(result.jurisdiction().fips()).isEqualTo("08");
        assertThat(result.notes()).containsExactly("'Colorado County Jails, Colorado' is a state-wide policy, recorded"
                + " for the state Colorado (08); reports apply it to every county in Colorado");
    }

    @Test
    void aorInParenthesesIsTheTablesOtherwiseTheGazetteers() {
        assertThat(resolver.resolve("Travis County, TX (HOU)").aor()).isEqualTo("HOU");
        assertThat(resolver.resolve("Travis County, Texas").aor()).isEqualTo("SNA");
        assertThat(resolver.resolve("Suffolk County, NY (NYC)").notes()).isEmpty();
    }

    @Test
    void ambiguousCountyWithoutStateNamesTheStates() {
        assertThat(resolver.resolve("Franklin County").rejection())
                .startsWith("'Franklin County' without a state is ambiguous: ")
                .contains("IA", "NY", "PA", "WA").endsWith("; add the state");
    }
}
