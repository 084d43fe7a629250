package org.ddor.ingest.sample;

import java.util.Map;
import java.util.Set;

/**
 * Relative detainer volumes by state and for the largest counties, made up to give the generated
 * data a realistic shape (Texas and California far ahead; a few big counties dominating their
 * state), and the states whose jails and prisons are one state-run system (no county jails).
 * Not statistics: invented proportions for sample data.
 */
final class StateVolumes {

    private static final double DEFAULT_STATE = 0.3;

    private static final Map<String, Double> STATES = Map.ofEntries(
            Map.entry("TX", 22.0), Map.entry("CA", 15.0), Map.entry("FL", 8.0), Map.entry("AZ", 5.0),
            Map.entry("GA", 5.0), Map.entry("NY", 4.0), Map.entry("NC", 4.0), Map.entry("NJ", 3.0),
            Map.entry("IL", 3.0), Map.entry("VA", 2.5), Map.entry("WA", 2.0), Map.entry("CO", 2.0),
            Map.entry("NV", 2.0), Map.entry("TN", 2.0), Map.entry("PA", 2.0), Map.entry("OK", 1.5),
            Map.entry("LA", 1.5), Map.entry("MD", 1.5), Map.entry("MA", 1.5), Map.entry("SC", 1.5),
            Map.entry("OH", 1.5), Map.entry("UT", 1.2), Map.entry("OR", 1.0), Map.entry("NM", 1.0),
            Map.entry("AL", 1.0), Map.entry("MN", 1.0), Map.entry("MO", 1.0), Map.entry("IN", 1.0),
            Map.entry("MI", 1.0), Map.entry("AR", 0.8), Map.entry("KS", 0.8), Map.entry("IA", 0.8),
            Map.entry("KY", 0.8), Map.entry("NE", 0.7), Map.entry("WI", 0.7), Map.entry("CT", 0.6),
            Map.entry("MS", 0.5), Map.entry("ID", 0.5), Map.entry("HI", 0.3), Map.entry("DE", 0.2),
            Map.entry("RI", 0.3), Map.entry("NH", 0.2), Map.entry("WV", 0.2), Map.entry("DC", 0.2),
            Map.entry("SD", 0.15), Map.entry("ME", 0.1), Map.entry("MT", 0.1), Map.entry("WY", 0.1),
            Map.entry("ND", 0.1), Map.entry("AK", 0.1), Map.entry("VT", 0.05));

    /** "ST|County name" → how many times a typical county of its state. */
    private static final Map<String, Double> BIG_COUNTIES = Map.ofEntries(
            Map.entry("TX|Harris County", 120.0), Map.entry("TX|Dallas County", 70.0),
            Map.entry("TX|Tarrant County", 50.0), Map.entry("TX|Bexar County", 50.0),
            Map.entry("TX|Hidalgo County", 40.0), Map.entry("TX|Travis County", 30.0),
            Map.entry("TX|El Paso County", 30.0), Map.entry("TX|Cameron County", 25.0),
            Map.entry("TX|Webb County", 15.0), Map.entry("TX|Fort Bend County", 15.0),
            Map.entry("TX|Collin County", 15.0), Map.entry("TX|Montgomery County", 12.0),
            Map.entry("TX|Denton County", 12.0), Map.entry("TX|Williamson County", 10.0),
            Map.entry("CA|Los Angeles County", 40.0), Map.entry("CA|Orange County", 15.0),
            Map.entry("CA|San Diego County", 15.0), Map.entry("CA|Riverside County", 14.0),
            Map.entry("CA|San Bernardino County", 14.0), Map.entry("CA|Kern County", 10.0),
            Map.entry("CA|Santa Clara County", 8.0), Map.entry("CA|Fresno County", 8.0),
            Map.entry("CA|Sacramento County", 7.0), Map.entry("CA|Alameda County", 6.0),
            Map.entry("CA|San Francisco County", 4.0), Map.entry("AZ|Maricopa County", 40.0),
            Map.entry("AZ|Pima County", 10.0), Map.entry("FL|Miami-Dade County", 20.0),
            Map.entry("FL|Broward County", 12.0), Map.entry("FL|Palm Beach County", 10.0),
            Map.entry("FL|Orange County", 10.0), Map.entry("FL|Hillsborough County", 10.0),
            Map.entry("GA|Gwinnett County", 15.0), Map.entry("GA|Cobb County", 10.0),
            Map.entry("GA|Fulton County", 10.0), Map.entry("GA|DeKalb County", 8.0),
            Map.entry("NY|Suffolk County", 8.0), Map.entry("NY|Nassau County", 8.0),
            Map.entry("NY|Westchester County", 5.0), Map.entry("NC|Mecklenburg County", 10.0),
            Map.entry("NC|Wake County", 8.0), Map.entry("NJ|Hudson County", 5.0),
            Map.entry("NJ|Bergen County", 5.0), Map.entry("NJ|Middlesex County", 5.0),
            Map.entry("IL|Cook County", 20.0), Map.entry("WA|King County", 8.0),
            Map.entry("WA|Yakima County", 5.0), Map.entry("CO|Denver County", 6.0),
            Map.entry("CO|Arapahoe County", 5.0), Map.entry("CO|Jefferson County", 4.0),
            Map.entry("NV|Clark County", 15.0), Map.entry("NV|Washoe County", 4.0),
            Map.entry("PA|Montgomery County", 5.0), Map.entry("PA|Chester County", 4.0),
            Map.entry("PA|Bucks County", 4.0), Map.entry("PA|Lehigh County", 3.0),
            Map.entry("MN|Hennepin County", 6.0), Map.entry("TN|Davidson County", 8.0),
            Map.entry("OK|Oklahoma County", 6.0), Map.entry("UT|Salt Lake County", 8.0),
            Map.entry("OR|Multnomah County", 5.0), Map.entry("OR|Washington County", 4.0),
            Map.entry("MD|Montgomery County", 5.0), Map.entry("VA|Fairfax County", 6.0),
            Map.entry("LA|Jefferson Parish", 5.0), Map.entry("LA|Orleans Parish", 4.0),
            Map.entry("WI|Dane County", 3.0), Map.entry("OH|Franklin County", 5.0));

    /** Alaska, Connecticut, Delaware, Hawaii, Rhode Island, Vermont: one state-run jail and prison system. */
    static final Set<String> UNIFIED_STATES = Set.of("AK", "CT", "DE", "HI", "RI", "VT");

    /**
     * County base names that several states share and that the 2017 reports confused (DESIGN.md §1.1):
     * every county of these names gets at least a typical county's volume so each appears in small samples.
     */
    static final Set<String> SAME_NAME_TRAPS = Set.of(
            "FRANKLIN", "MONTGOMERY", "WASHINGTON", "RICHMOND", "CHESTER", "JEFFERSON", "ORANGE", "SUFFOLK");

    private StateVolumes() {
    }

    static double state(String usps) {
        return STATES.getOrDefault(usps, DEFAULT_STATE);
    }

    static double countyBoost(String usps, String countyName) {
        return BIG_COUNTIES.getOrDefault(usps + "|" + countyName, 1.0);
    }
}
