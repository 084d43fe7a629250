package org.ddor.ingest.sample;

import java.util.Map;

/**
 * ICE's 25 ERO field offices as the generator writes them: the Area of Responsibility's display
 * name ("St. Paul Area of Responsibility", as in the {@code facility_aor} column of current
 * releases), the duty-site prefix ("ST. PAUL, MN") and the county the field office sits in, where
 * the generator puts its ICE hold room.
 */
final class AorNames {

    /** One field office. */
    record FieldOffice(String code, String city, String dutyCity, String state, String county) {

        /** e.g. "St. Paul Area of Responsibility". */
        CellText areaOfResponsibility() {
            return AREA_TEXTS.get(code);
        }

        /** e.g. "ST. PAUL, MN, DOCKET CONTROL OFFICE". */
        CellText dutySite() {
            return DUTY_SITE_TEXTS.get(code);
        }
    }

    private static final FieldOffice[] OFFICES = {
        new FieldOffice("ATL", "Atlanta", "ATLANTA, GA", "GA", "Fulton County"),
        new FieldOffice("BAL", "Baltimore", "BALTIMORE, MD", "MD", "Baltimore city"),
        new FieldOffice("BOS", "Boston", "BURLINGTON, MA", "MA", "Middlesex County"),
        new FieldOffice("BUF", "Buffalo", "BUFFALO, NY", "NY", "Erie County"),
        new FieldOffice("CHI", "Chicago", "CHICAGO, IL", "IL", "Cook County"),
        new FieldOffice("DAL", "Dallas", "DALLAS, TX", "TX", "Dallas County"),
        new FieldOffice("DEN", "Denver", "CENTENNIAL, CO", "CO", "Arapahoe County"),
        new FieldOffice("DET", "Detroit", "DETROIT, MI", "MI", "Wayne County"),
        new FieldOffice("ELP", "El Paso", "EL PASO, TX", "TX", "El Paso County"),
        new FieldOffice("HAL", "Harlingen", "HARLINGEN, TX", "TX", "Cameron County"),
        new FieldOffice("HOU", "Houston", "HOUSTON, TX", "TX", "Harris County"),
        new FieldOffice("LOS", "Los Angeles", "LOS ANGELES, CA", "CA", "Los Angeles County"),
        new FieldOffice("MIA", "Miami", "PLANTATION, FL", "FL", "Broward County"),
        new FieldOffice("NEW", "Newark", "NEWARK, NJ", "NJ", "Essex County"),
        new FieldOffice("NOL", "New Orleans", "NEW ORLEANS, LA", "LA", "Orleans Parish"),
        new FieldOffice("NYC", "New York City", "NEW YORK, NY", "NY", "New York County"),
        new FieldOffice("PHI", "Philadelphia", "PHILADELPHIA, PA", "PA", "Philadelphia County"),
        new FieldOffice("PHO", "Phoenix", "PHOENIX, AZ", "AZ", "Maricopa County"),
        new FieldOffice("SEA", "Seattle", "TUKWILA, WA", "WA", "King County"),
        new FieldOffice("SFR", "San Francisco", "SAN FRANCISCO, CA", "CA", "San Francisco County"),
        new FieldOffice("SLC", "Salt Lake City", "WEST VALLEY CITY, UT", "UT", "Salt Lake County"),
        new FieldOffice("SNA", "San Antonio", "SAN ANTONIO, TX", "TX", "Bexar County"),
        new FieldOffice("SND", "San Diego", "SAN DIEGO, CA", "CA", "San Diego County"),
        new FieldOffice("SPM", "St. Paul", "ST. PAUL, MN", "MN", "Hennepin County"),
        new FieldOffice("WAS", "Washington", "CHANTILLY, VA", "VA", "Fairfax County"),
    };

    private static final Map<String, FieldOffice> BY_CODE = byCode();
    private static final Map<String, CellText> AREA_TEXTS = texts(" Area of Responsibility", false);
    private static final Map<String, CellText> DUTY_SITE_TEXTS = texts(", DOCKET CONTROL OFFICE", true);

    private AorNames() {
    }

    static FieldOffice[] offices() {
        return OFFICES.clone();
    }

    /** The office for an AOR code; codes the generator does not know fall back to Washington (WAS). */
    static FieldOffice office(String code) {
        FieldOffice office = code == null ? null : BY_CODE.get(code);
        return office == null ? BY_CODE.get("WAS") : office;
    }

    private static Map<String, CellText> texts(String suffix, boolean dutyCity) {
        Map<String, CellText> map = new java.util.TreeMap<>();
        for (FieldOffice office : OFFICES) {
            map.put(office.code(), CellText.of((dutyCity ? office.dutyCity() : office.city()) + suffix));
        }
        return Map.copyOf(map);
    }

    private static Map<String, FieldOffice> byCode() {
        Map<String, FieldOffice> map = new java.util.TreeMap<>();
        for (FieldOffice office : OFFICES) {
            map.put(office.code(), office);
        }
        return Map.copyOf(map);
    }
}
