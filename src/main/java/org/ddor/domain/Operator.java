package org.ddor.domain;

/**
 * Who runs a facility (DESIGN.md §1.4). A county's figures include only facilities its own
 * agencies run: a state prison or a federal facility located in the county is not the county's.
 */
public enum Operator {
    COUNTY,
    CITY,
    STATE,
    /** Federal Bureau of Prisons, U.S. Marshals Service and other federal agencies except ICE. */
    FEDERAL,
    PRIVATE,
    ICE,
    UNKNOWN;

    /** True where the facility's figures may be attributed to a local jurisdiction's policy. */
    public boolean isLocal() {
        return this == COUNTY || this == CITY;
    }
}
