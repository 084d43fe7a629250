package org.ddor.domain;

import java.util.Objects;

/**
 * A government whose agency can run a facility: a state, a county or county-equivalent, or a city.
 * Identified by its FIPS code (2 digits for a state, 5 for a county), never by its bare name:
 * several states have a Franklin County (DESIGN.md §1.1).
 *
 * @param fips  2-digit state FIPS or 5-digit county FIPS; for cities the county's FIPS plus a suffix
 * @param kind  what kind of government it is
 * @param name  the full official name, e.g. "Franklin County", "Richmond city", "Orleans Parish"
 * @param state the state's USPS code, e.g. "OH"
 * @param aor   the ICE Area of Responsibility code (e.g. "DET"), or null where none is known
 */
public record Jurisdiction(String fips, JurisdictionKind kind, String name, String state, String aor) {

    public Jurisdiction {
        Objects.requireNonNull(fips, "fips");
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(state, "state");
    }

    /** The name with its state, e.g. "Franklin County, OH": unique among U.S. jurisdictions. */
    public String displayName() {
        return kind == JurisdictionKind.STATE ? name : name + ", " + state;
    }
}
