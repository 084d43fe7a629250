package org.ddor.ingest.resolve;

import java.util.List;
import java.util.Objects;
import org.ddor.domain.Jurisdiction;
import org.ddor.domain.Operator;
import org.ddor.domain.Resolution;

/**
 * What {@link FacilityResolver} concluded about one facility.
 *
 * <p>Invariants: a {@link Resolution#RULE} result has a known operator, and a jurisdiction exactly when
 * the operator has one (county, city or state: a 5-digit county-equivalent FIPS or a 2-digit state FIPS);
 * federal, private and ICE facilities are RULE with no jurisdiction, because no local government runs
 * them. An {@link Resolution#AMBIGUOUS} or {@link Resolution#UNRESOLVED} result never has a jurisdiction;
 * its operator may still be known (a county jail in a county that cannot be told apart) and its
 * candidates list the jurisdictions a person would choose from. This resolver never returns
 * {@link Resolution#MANUAL}.
 *
 * @param operator         who runs the facility; {@link Operator#UNKNOWN} when the evidence does not say
 * @param jurisdictionFips FIPS of the government that runs it, or null (see above)
 * @param resolution       RULE, AMBIGUOUS or UNRESOLVED
 * @param evidence         a sentence a person can check against the source row and the gazetteer
 * @param candidates       for AMBIGUOUS and UNRESOLVED: the jurisdictions a person would choose from (counties,
 *                         or states where the state may run it); empty for RULE and when nothing fits; never null
 * @param rule             the rule that decided
 */
public record FacilityResolution(Operator operator, String jurisdictionFips, Resolution resolution,
                                 String evidence, List<Jurisdiction> candidates, FacilityRule rule) {

    public FacilityResolution {
        Objects.requireNonNull(operator, "operator");
        Objects.requireNonNull(resolution, "resolution");
        Objects.requireNonNull(evidence, "evidence");
        Objects.requireNonNull(rule, "rule");
        candidates = List.copyOf(candidates);
        if (resolution == Resolution.MANUAL) {
            throw new IllegalArgumentException("a rule never records a MANUAL resolution: " + evidence);
        }
        if (resolution == Resolution.RULE) {
            if (operator == Operator.UNKNOWN) {
                throw new IllegalArgumentException("a RULE resolution needs a known operator: " + evidence);
            }
            if (hasJurisdiction(operator) != (jurisdictionFips != null)) {
                throw new IllegalArgumentException("a RULE resolution has a jurisdiction exactly when the operator "
                        + "is COUNTY, CITY or STATE, not " + operator + " with '" + jurisdictionFips + "': "
                        + evidence);
            }
        } else if (jurisdictionFips != null) {
            throw new IllegalArgumentException(resolution + " resolution with jurisdiction " + jurisdictionFips);
        }
    }

    /** True where a facility run by this operator belongs to a government with a FIPS code. */
    public static boolean hasJurisdiction(Operator operator) {
        return operator.isLocal() || operator == Operator.STATE;
    }

    /** True when the records of this facility count for its operator (and its jurisdiction, if any). */
    public boolean isAttributed() {
        return resolution.isAttributed();
    }

    static FacilityResolution rule(Operator operator, String fips, String evidence, FacilityRule rule) {
        return new FacilityResolution(operator, fips, Resolution.RULE, evidence, List.of(), rule);
    }

    static FacilityResolution open(Operator operator, Resolution resolution, String evidence,
                                   List<Jurisdiction> candidates, FacilityRule rule) {
        return new FacilityResolution(operator, null, resolution, evidence, candidates, rule);
    }
}
