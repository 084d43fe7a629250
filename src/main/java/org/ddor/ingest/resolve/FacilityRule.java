package org.ddor.ingest.resolve;

/**
 * The documented rule that decided a {@link FacilityResolution}, in the order
 * {@link FacilityResolver} tries them (docs/resolution.md describes each with examples).
 */
public enum FacilityRule {
    /** The name says one state (", NJ") and the state column another: never pick one. */
    STATE_CONFLICT,
    /** A facility in the small, sourced table of facilities whose name does not say who runs it. */
    KNOWN_FACILITY,
    /** Words of more than one operator ("USMS" and "COUNTY JAIL"): left for a person. */
    OPERATOR_CONFLICT,
    /** A contractor's name (GEO, CoreCivic, CCA, ...). */
    PRIVATE,
    /** ICE's own words: ICE, ERO, hold room, service processing center, district office. */
    ICE,
    /** Bureau of Prisons and U.S. Marshals words: FCI, USP, FDC, US PEN, USMS, FED ... */
    FEDERAL,
    /** A state prison, state police or state department of corrections: SCI, STATE PRISON, MINN C.F. */
    STATE,
    /** A county word (COUNTY, CNTY, CO, PARISH, SHERIFF, HOC) after a county name of the state. */
    COUNTY,
    /** A city word (CITY, POLICE, PD, PRECINCT) with a city that is or is not a county-equivalent. */
    CITY,
    /** No operator word, but a county-equivalent's name and a jail word. */
    PLACE_NAME,
    /** Nothing in the evidence says who runs the facility or where. */
    NO_EVIDENCE
}
