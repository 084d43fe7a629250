package org.ddor.ingest.sample;

import org.ddor.domain.Operator;

/**
 * One receiving facility of the generated universe, with its values pre-encoded for writing and
 * the decline shares that the sample policy table puts on it over time. Immutable.
 *
 * <p>{@code countyFips} is where the facility <em>is</em>, not who runs it: a state prison in Kern
 * County has Kern's FIPS and operator {@link Operator#STATE} (DESIGN.md §1.4).
 */
final class SampleFacility {

    /** Decline share at state, federal, private and ICE facilities: almost never. */
    static final double NON_LOCAL_DECLINE_SHARE = 0.0005;

    private final Operator operator;
    private final String rawName;
    private final String usps;
    private final String countyFips;
    private final CellText name;
    private final CellText code;
    private final CellText city;
    private final CellText stateName;
    private final CellText areaOfResponsibility;
    private final CellText dutySite;
    private final int[] policyFrom;
    private final double[] policyShare;

    SampleFacility(Operator operator, String rawName, String code, String city, String usps, String countyFips,
                   String stateName, AorNames.FieldOffice office, int[] policyFrom, double[] policyShare) {
        this.operator = operator;
        this.rawName = rawName;
        this.usps = usps;
        this.countyFips = countyFips;
        this.name = CellText.of(rawName);
        this.code = CellText.of(code);
        this.city = CellText.of(city);
        this.stateName = CellText.of(stateName);
        this.areaOfResponsibility = office.areaOfResponsibility();
        this.dutySite = office.dutySite();
        this.policyFrom = policyFrom.clone();
        this.policyShare = policyShare.clone();
    }

    /**
     * The probability that a detainer issued here on {@code epochDay} is declined: the share of the
     * latest policy step in effect, else {@code localBase} at county and city facilities and
     * {@link #NON_LOCAL_DECLINE_SHARE} elsewhere.
     */
    double declineShare(int epochDay, double localBase) {
        double share = operator.isLocal() ? localBase : NON_LOCAL_DECLINE_SHARE;
        for (int i = 0; i < policyFrom.length && epochDay >= policyFrom[i]; i++) {
            share = policyShare[i];
        }
        return share;
    }

    boolean hasPolicy() {
        return policyFrom.length > 0;
    }

    Operator operator() {
        return operator;
    }

    String rawName() {
        return rawName;
    }

    String usps() {
        return usps;
    }

    String countyFips() {
        return countyFips;
    }

    CellText name() {
        return name;
    }

    CellText code() {
        return code;
    }

    CellText city() {
        return city;
    }

    /** Full name in upper case, e.g. "PENNSYLVANIA". */
    CellText stateName() {
        return stateName;
    }

    CellText areaOfResponsibility() {
        return areaOfResponsibility;
    }

    CellText dutySite() {
        return dutySite;
    }

    @Override
    public String toString() {
        return rawName + " (" + city.value() + ", " + usps + "; " + operator + ", county " + countyFips + ")";
    }
}
