package org.ddor.ingest.sample;

import java.util.Arrays;
import java.util.List;
import org.ddor.domain.Jurisdiction;

/**
 * The generated universe of receiving facilities and the chance of each to receive the next
 * detainer. Built once per run from the gazetteer and the sample policy table; the same for every
 * seed, so two generated releases name the same facilities the same way. Immutable after
 * construction; {@link #drawIndex} is safe only with a random source owned by the caller.
 */
final class SampleFacilities {

    private final SampleFacility[] facilities;
    private final AliasTable draw;

    SampleFacilities(List<SampleFacility> facilities, double[] probabilities) {
        this.facilities = facilities.toArray(new SampleFacility[0]);
        this.draw = new AliasTable(probabilities);
    }

    /**
     * Builds the universe.
     *
     * @param counties county-equivalents of the 50 states and DC (others are ignored)
     * @param states   the states, DC included
     * @param policies the sample policy table
     * @throws IllegalStateException when a hand-written facility or a policy names a place the gazetteer lacks
     */
    static SampleFacilities build(List<Jurisdiction> counties, List<Jurisdiction> states, List<SamplePolicy> policies) {
        return new FacilityUniverse(counties, states).build(policies);
    }

    int drawIndex(SampleRandom random) {
        return draw.sample(random);
    }

    SampleFacility get(int index) {
        return facilities[index];
    }

    int size() {
        return facilities.length;
    }

    List<SampleFacility> all() {
        return List.copyOf(Arrays.asList(facilities));
    }
}
