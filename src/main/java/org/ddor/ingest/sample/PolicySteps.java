package org.ddor.ingest.sample;

import java.util.List;
import java.util.Locale;
import java.util.function.BiFunction;
import java.util.function.Function;
import org.ddor.domain.Jurisdiction;
import org.ddor.domain.JurisdictionKind;
import org.ddor.domain.Operator;

/**
 * Turns the sample policy table into decline-share steps on the facilities the policies bind:
 * a county row binds the facilities the county runs (not a state prison inside it), a city row
 * ("Newark, New Jersey") the facilities that city runs, a state-wide row the state's own
 * facilities. A later row for the same place replaces the earlier one from its date on.
 */
final class PolicySteps {

    private final Function<String, String> stateCode;
    private final BiFunction<String, String, Jurisdiction> county;

    PolicySteps(Function<String, String> stateCode, BiFunction<String, String, Jurisdiction> county) {
        this.stateCode = stateCode;
        this.county = county;
    }

    /** @throws IllegalStateException when a row names an unknown state or binds no facility */
    void apply(List<SamplePolicy> policies, List<FacilityDraft> drafts) {
        for (SamplePolicy policy : policies) {
            String usps = stateCode.apply(policy.stateName());
            if (usps == null) {
                throw new IllegalStateException("sample policy line " + policy.line() + ": unknown state '"
                        + policy.stateName() + "'");
            }
            int from = (int) policy.enactedOn().toEpochDay();
            double share = declineShare(policy.criteria());
            Target target = target(policy, usps);
            int bound = 0;
            for (FacilityDraft draft : drafts) {
                if (target.binds(draft)) {
                    draft.policySteps.put(from, share);
                    bound++;
                }
            }
            if (bound == 0) {
                throw new IllegalStateException("sample policy line " + policy.line() + " ('" + policy.location()
                        + "') binds no generated facility");
            }
        }
    }

    /** What a row binds: a state's own facilities, a county-equivalent's, or a city's. */
    private record Target(String usps, boolean stateWide, String countyFips, String city) {

        boolean binds(FacilityDraft draft) {
            if (!draft.usps().equals(usps)) {
                return false;
            }
            if (stateWide) {
                return draft.operator == Operator.STATE;
            }
            if (countyFips != null) {
                return draft.county.fips().equals(countyFips) && runsCountyEquivalent(draft);
            }
            return draft.operator == Operator.CITY && draft.city.equalsIgnoreCase(city);
        }
    }

    private Target target(SamplePolicy policy, String usps) {
        if (policy.stateWide()) {
            return new Target(usps, true, null, null);
        }
        String place = policy.place();
        if (place.matches(".*\\b(County|Parish|Borough|city)$")) {
            return new Target(usps, false, county.apply(usps, place).fips(), null);
        }
        return new Target(usps, false, null, place);
    }

    /** The county's own jails, and the jail of a city that is itself a county-equivalent. */
    private static boolean runsCountyEquivalent(FacilityDraft draft) {
        JurisdictionKind kind = draft.county.kind();
        boolean cityCounty = kind == JurisdictionKind.INDEPENDENT_CITY || kind == JurisdictionKind.DISTRICT;
        return draft.operator == Operator.COUNTY || (cityCounty && draft.operator == Operator.CITY);
    }

    /**
     * How often a bound facility declines, by what the criteria say: holds nobody (45 %), needs a
     * warrant or a judge (35 %), notifies only (30 %), wants reimbursement (25 %), honors listed
     * offenses only (20 %). Invented shares that make the generated report interesting.
     */
    static double declineShare(String criteria) {
        String text = criteria.toLowerCase(Locale.ROOT);
        if (text.matches("will not honor ice detainers?")) {
            return 0.45;
        }
        if (text.contains("notify")) {
            return 0.30;
        }
        if (text.contains(" only ")) {
            return text.contains("reimburse") ? 0.25 : 0.20;
        }
        if (text.contains("reimburse")) {
            return 0.25;
        }
        if (text.contains("warrant") || text.contains("judge") || text.contains("judicial") || text.contains("court")) {
            return 0.35;
        }
        return 0.30;
    }
}
