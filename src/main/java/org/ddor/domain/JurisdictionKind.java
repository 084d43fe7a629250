package org.ddor.domain;

/**
 * What kind of government a {@link Jurisdiction} is. County-equivalents keep the Census kind
 * so that a report can say "independent city" or "parish" rather than "county".
 */
public enum JurisdictionKind {
    STATE,
    COUNTY,
    PARISH,
    BOROUGH,
    CENSUS_AREA,
    CITY_AND_BOROUGH,
    MUNICIPALITY,
    INDEPENDENT_CITY,
    CONSOLIDATED_CITY_COUNTY,
    PLANNING_REGION,
    DISTRICT,
    ISLAND_AREA,
    /** A city that is not a county-equivalent, e.g. a city police department's jail. */
    CITY;

    /** True for the Census county level: every kind but states and cities. */
    public boolean isCountyEquivalent() {
        return this != STATE && this != CITY;
    }
}
