package org.ddor.ingest.sample;

import java.util.Map;
import java.util.TreeMap;
import org.ddor.domain.Jurisdiction;
import org.ddor.domain.Operator;

/** A facility while the universe is being built: its weight and policy steps can still change. */
final class FacilityDraft {

    final Operator operator;
    final String name;
    final String code;
    final String city;
    final Jurisdiction county;
    double weight;
    /** Epoch day a policy takes effect → the decline share from that day on. */
    final TreeMap<Integer, Double> policySteps = new TreeMap<>();

    FacilityDraft(Operator operator, String name, String code, String city, Jurisdiction county, double weight) {
        this.operator = operator;
        this.name = name;
        this.code = code;
        this.city = city;
        this.county = county;
        this.weight = weight;
    }

    String usps() {
        return county.state();
    }

    SampleFacility toFacility(String stateName, AorNames.FieldOffice office) {
        int[] from = new int[policySteps.size()];
        double[] share = new double[policySteps.size()];
        int i = 0;
        for (Map.Entry<Integer, Double> step : policySteps.entrySet()) {
            from[i] = step.getKey();
            share[i++] = step.getValue();
        }
        return new SampleFacility(operator, name, code, city, usps(), county.fips(), stateName, office, from, share);
    }
}
