package org.ddor.ingest.resolve;

import java.util.Objects;

/**
 * What a source says about a receiving facility: the evidence {@link FacilityResolver} works from.
 *
 * @param rawName the facility name exactly as the source spells it, e.g. "MONTGOMERY CNTY JAIL, PA";
 *                never null, may be blank
 * @param city    the facility's city as the source gives it ("NORRISTOWN"), or null
 * @param state   the facility's state as the source gives it: a USPS code ("PA"), a full name in any case
 *                ("PENNSYLVANIA"), or null
 * @param iceCode ICE's facility code ("MNCFSTC"), or null where the source has none
 */
public record FacilityEvidence(String rawName, String city, String state, String iceCode) {

    public FacilityEvidence {
        Objects.requireNonNull(rawName, "rawName");
        city = blankToNull(city);
        state = blankToNull(state);
        iceCode = blankToNull(iceCode);
    }

    /** Evidence without an ICE facility code, as in the 2007–2015 extracts. */
    public static FacilityEvidence of(String rawName, String city, String state) {
        return new FacilityEvidence(rawName, city, state, null);
    }

    // "NA" is how the ERO-LESA releases write a missing value (DESIGN.md §4.2).
    private static String blankToNull(String s) {
        return s == null || s.isBlank() || s.strip().equalsIgnoreCase("NA") ? null : s.strip();
    }
}
