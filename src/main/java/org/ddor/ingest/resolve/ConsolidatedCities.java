package org.ddor.ingest.resolve;

import java.util.List;

/**
 * Cities that are one government with their county (or are a borough coextensive with a county), so
 * that a city facility there belongs to a county-equivalent with a FIPS code. Facts from the Census
 * Bureau's list of consolidated cities and the cities' charters; the Census gazetteer itself lists
 * these as plain counties. Cities that are county-equivalents in the Census (Virginia's independent
 * cities, Baltimore, St. Louis, Carson City) need no entry.
 */
final class ConsolidatedCities {

    /**
     * @param state USPS code
     * @param city  the city's name as ICE writes it
     * @param fips  the county-equivalent
     * @param note  the fact, for evidence
     */
    record Entry(String state, String city, String fips, String note) {
    }

    private static final String NYC = "New York City is five boroughs, each a county";

    static final List<Entry> ENTRIES = List.of(
            new Entry("PA", "Philadelphia", "42101", "the City of Philadelphia and Philadelphia County are one "
                    + "government (consolidated 1854)"),
            new Entry("CA", "San Francisco", "06075", "the City and County of San Francisco is one government"),
            new Entry("CO", "Denver", "08031", "the City and County of Denver is one government"),
            new Entry("CO", "Broomfield", "08014", "the City and County of Broomfield is one government (2001)"),
            new Entry("HI", "Honolulu", "15003", "the City and County of Honolulu is one government"),
            new Entry("LA", "New Orleans", "22071", "the City of New Orleans and Orleans Parish are coextensive"),
            new Entry("DC", "Washington", "11001", "Washington is the District of Columbia"),
            new Entry("DC", "DC", "11001", "Washington is the District of Columbia"),
            new Entry("TN", "Nashville", "47037", "Nashville is the Metropolitan Government of Nashville and "
                    + "Davidson County (1963)"),
            new Entry("FL", "Jacksonville", "12031", "the City of Jacksonville is consolidated with Duval County "
                    + "(1968)"),
            new Entry("IN", "Indianapolis", "18097", "the City of Indianapolis is consolidated with Marion County "
                    + "(1970)"),
            new Entry("KY", "Louisville", "21111", "Louisville is the Louisville/Jefferson County Metro Government "
                    + "(2003)"),
            new Entry("KY", "Lexington", "21067", "Lexington is the Lexington-Fayette Urban County Government (1974)"),
            new Entry("GA", "Augusta", "13245", "Augusta is the consolidated Augusta-Richmond County government "
                    + "(1996)"),
            new Entry("GA", "Athens", "13059", "Athens is the Unified Government of Athens-Clarke County (1991)"),
            new Entry("GA", "Columbus", "13215", "Columbus is consolidated with Muscogee County (1971)"),
            new Entry("KS", "Kansas City", "20209", "Kansas City, Kansas is the Unified Government of Wyandotte "
                    + "County and Kansas City (1997)"),
            new Entry("NY", "New York", "36061", "Manhattan, a borough of New York City, is New York County"),
            new Entry("NY", "Manhattan", "36061", "Manhattan, a borough of New York City, is New York County"),
            new Entry("NY", "Brooklyn", "36047", "Brooklyn, a borough of New York City, is Kings County"),
            new Entry("NY", "Bronx", "36005", "the Bronx, a borough of New York City, is Bronx County"),
            new Entry("NY", "Queens", "36081", "Queens, a borough of New York City, is Queens County"),
            new Entry("NY", "Staten Island", "36085", "Staten Island, a borough of New York City, is Richmond County"),
            new Entry("NY", "Richmond", "36085", "Staten Island, a borough of New York City, is Richmond County"),
            new Entry("NY", "Kings", "36047", "Brooklyn, a borough of New York City, is Kings County"),
            new Entry("NY", "New York City", "36061", NYC),
            new Entry("NY", "New York City", "36047", NYC),
            new Entry("NY", "New York City", "36005", NYC),
            new Entry("NY", "New York City", "36081", NYC),
            new Entry("NY", "New York City", "36085", NYC),
            new Entry("NY", "NYC", "36061", NYC),
            new Entry("NY", "NYC", "36047", NYC),
            new Entry("NY", "NYC", "36005", NYC),
            new Entry("NY", "NYC", "36081", NYC),
            new Entry("NY", "NYC", "36085", NYC));

    private ConsolidatedCities() {
    }
}
