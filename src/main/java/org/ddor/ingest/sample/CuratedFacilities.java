package org.ddor.ingest.sample;

import java.util.ArrayList;
import java.util.List;
import org.ddor.domain.Operator;

/**
 * Facilities written by hand, in ICE's spelling, to put the known accuracy traps into every
 * generated file (DESIGN.md §1): jails of same-name counties whose names do not tell the state,
 * state, federal and private facilities inside counties with restrictive policies (Kern County,
 * CA), private facilities named after a county, city-run jails of consolidated and independent
 * cities, and the examples of the real extracts. Names, cities and places are real or plausible;
 * codes marked "-" are generated; volumes and everything else the generator writes are invented.
 */
final class CuratedFacilities {

    /** A hand-written facility; {@code county} is the gazetteer name of the county it is in. */
    record Entry(Operator operator, String name, String code, String city, String usps, String county, double boost) {
    }

    // operator | name | code ("-" = generated) | city | state | county (gazetteer name) | volume boost
    private static final String TABLE = """
            COUNTY|MONTGOMERY CNTY JAIL, PA|-|NORRISTOWN|PA|Montgomery County|3
            COUNTY|CHESTER CNTY JAIL, PA|-|WEST CHESTER|PA|Chester County|3
            COUNTY|BUCKS CNTY JAIL, PA|-|DOYLESTOWN|PA|Bucks County|2
            COUNTY|LEHIGH COUNTY JAIL, PA|-|ALLENTOWN|PA|Lehigh County|2
            COUNTY|FRANKLIN COUNTY JAIL|-|CHAMBERSBURG|PA|Franklin County|1.5
            COUNTY|FRANKLIN CO. CORRECTIONS CENTER|-|COLUMBUS|OH|Franklin County|3
            COUNTY|FRANKLIN COUNTY JAIL|-|MALONE|NY|Franklin County|1
            COUNTY|FRANKLIN COUNTY JAIL|-|PASCO|WA|Franklin County|1.5
            COUNTY|FRANKLIN COUNTY JAIL|-|HAMPTON|IA|Franklin County|1
            COUNTY|HARRIS COUNTY JAIL|-|HOUSTON|TX|Harris County|4
            COUNTY|KERN COUNTY JAIL|-|BAKERSFIELD|CA|Kern County|2
            COUNTY|LERDO PRE-TRIAL FACILITY|-|BAKERSFIELD|CA|Kern County|1
            COUNTY|LOS ANGELES CO. MEN'S CENTRAL JAIL|-|LOS ANGELES|CA|Los Angeles County|2
            COUNTY|TWIN TOWERS CORR FAC|-|LOS ANGELES|CA|Los Angeles County|1
            COUNTY|COOK COUNTY JAIL|-|CHICAGO|IL|Cook County|2
            COUNTY|MONTGOMERY COUNTY JAIL|-|CONROE|TX|Montgomery County|2
            COUNTY|MONTGOMERY CO JAIL|-|DAYTON|OH|Montgomery County|1.5
            COUNTY|MONTGOMERY COUNTY DET CTR|-|ROCKVILLE|MD|Montgomery County|2
            COUNTY|MONTGOMERY COUNTY JAIL|-|RED OAK|IA|Montgomery County|1
            COUNTY|WASHINGTON COUNTY JAIL|-|HILLSBORO|OR|Washington County|2
            COUNTY|WASHINGTON CO. JAIL, PA|-|WASHINGTON|PA|Washington County|1
            COUNTY|WASHINGTON COUNTY JAIL|-|FAYETTEVILLE|AR|Washington County|2
            COUNTY|WASHINGTON COUNTY JAIL|-|STILLWATER|MN|Washington County|1
            COUNTY|CHESTER COUNTY DET CTR|-|CHESTER|SC|Chester County|1
            COUNTY|CHESTER COUNTY JAIL|-|HENDERSON|TN|Chester County|1
            COUNTY|RICHMOND COUNTY JAIL|-|AUGUSTA|GA|Richmond County|1.5
            COUNTY|RICHMOND COUNTY JAIL|-|ROCKINGHAM|NC|Richmond County|1
            COUNTY|JEFFERSON COUNTY JAIL|-|BIRMINGHAM|AL|Jefferson County|1.5
            COUNTY|JEFFERSON CO. DET. FAC.|-|GOLDEN|CO|Jefferson County|2
            COUNTY|JEFFERSON PARISH CORR CTR|-|GRETNA|LA|Jefferson Parish|2
            COUNTY|JEFFERSON COUNTY JAIL|-|BEAUMONT|TX|Jefferson County|1.5
            COUNTY|LOUISVILLE METRO CORR|-|LOUISVILLE|KY|Jefferson County|2
            COUNTY|ORANGE COUNTY JAIL|-|SANTA ANA|CA|Orange County|2
            COUNTY|ORANGE COUNTY JAIL|-|ORLANDO|FL|Orange County|2
            COUNTY|ORANGE COUNTY JAIL|-|GOSHEN|NY|Orange County|1
            COUNTY|SUFFOLK COUNTY JAIL|-|RIVERHEAD|NY|Suffolk County|2
            COUNTY|SUFFOLK CO. HOUSE OF CORR.|-|BOSTON|MA|Suffolk County|1.5
            COUNTY|HENNEPIN COUNTY JAIL|-|MINNEAPOLIS|MN|Hennepin County|2
            COUNTY|STEARNS COUNTY JAIL|-|ST. CLOUD|MN|Stearns County|1
            COUNTY|KING COUNTY CORR FACILITY|-|SEATTLE|WA|King County|2
            COUNTY|MULTNOMAH CO DET CTR|-|PORTLAND|OR|Multnomah County|2
            COUNTY|DENVER COUNTY JAIL|-|DENVER|CO|Denver County|2
            COUNTY|SANTA CLARA CO. MAIN JAIL|-|SAN JOSE|CA|Santa Clara County|2
            COUNTY|SAN FRANCISCO CO. JAIL|-|SAN FRANCISCO|CA|San Francisco County|1.5
            COUNTY|CLARK COUNTY DET CTR|-|LAS VEGAS|NV|Clark County|3
            COUNTY|WASHOE COUNTY JAIL|-|RENO|NV|Washoe County|1.5
            COUNTY|MIAMI-DADE TGK CORR CTR|-|MIAMI|FL|Miami-Dade County|2
            COUNTY|ORLEANS PARISH PRISON|-|NEW ORLEANS|LA|Orleans Parish|1.5
            COUNTY|TRAVIS COUNTY JAIL|-|AUSTIN|TX|Travis County|2
            COUNTY|WILLIAMSON COUNTY JAIL|-|GEORGETOWN|TX|Williamson County|1.5
            COUNTY|BASTROP COUNTY JAIL|-|BASTROP|TX|Bastrop County|1
            COUNTY|MARICOPA CO. 4TH AVE JAIL|-|PHOENIX|AZ|Maricopa County|3
            COUNTY|DALLAS COUNTY JAIL|-|DALLAS|TX|Dallas County|3
            COUNTY|BEXAR COUNTY ADULT DET CTR|-|SAN ANTONIO|TX|Bexar County|2
            COUNTY|GWINNETT COUNTY JAIL|-|LAWRENCEVILLE|GA|Gwinnett County|2
            COUNTY|SANTA FE CO. ADULT DET CTR|-|SANTA FE|NM|Santa Fe County|1
            COUNTY|DANE COUNTY JAIL|-|MADISON|WI|Dane County|1.5
            CITY|CURRAN FROMHOLD CORR.FAC.|-|PHILADELPHIA|PA|Philadelphia County|3
            CITY|PHILADELPHIA DETENTION CT|-|PHILADELPHIA|PA|Philadelphia County|2
            CITY|PHILADELPHIA 1ST POLICE DIST.|-|PHILADELPHIA|PA|Philadelphia County|1
            CITY|PHILADELPHIA 15TH POLICE DIST.|-|PHILADELPHIA|PA|Philadelphia County|1
            CITY|PHILADELPHIA 25TH POLICE DIST.|-|PHILADELPHIA|PA|Philadelphia County|1
            CITY|ROUNDHOUSE PHI, PA|-|PHILADELPHIA|PA|Philadelphia County|1
            CITY|NEWARK POLICE DEPT|-|NEWARK|NJ|Essex County|1.5
            CITY|LAPD METRO DETENTION CTR|-|LOS ANGELES|CA|Los Angeles County|2
            CITY|MONTGOMERY CITY JAIL|-|MONTGOMERY|AL|Montgomery County|1.5
            CITY|RICHMOND POLICE DEPT|-|RICHMOND|IN|Wayne County|1
            CITY|RICHMOND CITY JAIL|-|RICHMOND|VA|Richmond city|2
            CITY|BAKERSFIELD POLICE DEPT|-|BAKERSFIELD|CA|Kern County|1
            CITY|CHESTER CITY LOCKUP|-|CHESTER|PA|Delaware County|1
            CITY|NYC DOC RIKERS ISLAND|-|EAST ELMHURST|NY|Bronx County|6
            CITY|MANHATTAN DETENTION COMPLEX|-|NEW YORK|NY|New York County|3
            CITY|BROOKLYN DETENTION COMPLEX|-|BROOKLYN|NY|Kings County|3
            CITY|RICHMOND CO. CRIMINAL CT PENS|-|STATEN ISLAND|NY|Richmond County|1
            CITY|D.C. CENTRAL DETENTION FAC|-|WASHINGTON|DC|District of Columbia|2
            STATE|SCI GRATERFORD|-|GRATERFORD|PA|Montgomery County|2
            STATE|CAMPHILL SCI, PA|-|CAMP HILL|PA|Cumberland County|2
            STATE|SCI CHESTER|-|CHESTER|PA|Delaware County|1
            STATE|S.C.I. FOREST|-|MARIENVILLE|PA|Forest County|1
            STATE|MINN.C.F.,ST.CLOUD|MNCFSTC|ST. CLOUD|MN|Stearns County|2
            STATE|MCF-STILLWATER|-|BAYPORT|MN|Washington County|1
            STATE|KERN VALLEY STATE PRISON|-|DELANO|CA|Kern County|2
            STATE|WASCO STATE PRISON|-|WASCO|CA|Kern County|2
            STATE|NORTH KERN STATE PRISON|-|DELANO|CA|Kern County|2
            STATE|CALIF. CORR. INST. TEHACHAPI|-|TEHACHAPI|CA|Kern County|1.5
            STATE|CALIF. STATE PRISON-LA COUNTY|-|LANCASTER|CA|Los Angeles County|2
            STATE|FRANKLIN CORRECTIONAL FACILITY|-|MALONE|NY|Franklin County|1.5
            STATE|UPSTATE CORR FACILITY|-|MALONE|NY|Franklin County|1
            STATE|FRANKLIN CORRECTIONAL INST|-|CARRABELLE|FL|Franklin County|1
            STATE|ELLIS UNIT|-|HUNTSVILLE|TX|Walker County|2
            STATE|HUNTSVILLE UNIT|-|HUNTSVILLE|TX|Walker County|2
            STATE|RI ACI INTAKE SERVICE CTR|-|CRANSTON|RI|Providence County|3
            STATE|BALTIMORE CITY DET CTR|-|BALTIMORE|MD|Baltimore city|2
            STATE|JEFFERSON CITY CORR CTR|-|JEFFERSON CITY|MO|Cole County|1
            FEDERAL|FCI ALLENWOOD|-|WHITE DEER|PA|Union County|2
            FEDERAL|LEWISBURG U.S. PEN.|-|LEWISBURG|PA|Union County|1
            FEDERAL|USP CANAAN|-|WAYMART|PA|Wayne County|2
            FEDERAL|MCKEAN FED.CORR.INST.|-|BRADFORD|PA|McKean County|2
            FEDERAL|FDC PHILADELPHIA|-|PHILADELPHIA|PA|Philadelphia County|2
            FEDERAL|US MARSHALS, E.DIST.PA|-|PHILADELPHIA|PA|Philadelphia County|1
            FEDERAL|FCI TAFT|-|TAFT|CA|Kern County|2
            FEDERAL|USP ATWATER|-|ATWATER|CA|Merced County|1
            FEDERAL|MDC LOS ANGELES|-|LOS ANGELES|CA|Los Angeles County|2
            FEDERAL|MCC CHICAGO|-|CHICAGO|IL|Cook County|2
            FEDERAL|FCI SANDSTONE|-|SANDSTONE|MN|Pine County|1
            FEDERAL|FDC MIAMI|-|MIAMI|FL|Miami-Dade County|2
            FEDERAL|FCI BIG SPRING|-|BIG SPRING|TX|Howard County|2
            FEDERAL|FDC HOUSTON|-|HOUSTON|TX|Harris County|2
            FEDERAL|US MARSHALS, S.DIST.TX|-|HOUSTON|TX|Harris County|2
            FEDERAL|FCI FLORENCE|-|FLORENCE|CO|Fremont County|1
            FEDERAL|FCI ENGLEWOOD|-|LITTLETON|CO|Jefferson County|1
            PRIVATE|MOSHANNON VALLEY PROC CTR|-|PHILIPSBURG|PA|Clearfield County|4
            PRIVATE|MESA VERDE ICE PROCESSING CTR|-|BAKERSFIELD|CA|Kern County|2
            PRIVATE|GOLDEN STATE ANNEX|-|MCFARLAND|CA|Kern County|2
            PRIVATE|ADELANTO ICE PROCESSING CENTER|-|ADELANTO|CA|San Bernardino County|3
            PRIVATE|OTAY MESA DETENTION CENTER|-|SAN DIEGO|CA|San Diego County|2
            PRIVATE|NORTHWEST ICE PROCESSING CTR|-|TACOMA|WA|Pierce County|2
            PRIVATE|ELIZABETH CONTRACT DET FAC|-|ELIZABETH|NJ|Union County|2
            PRIVATE|DELANEY HALL|-|NEWARK|NJ|Essex County|2
            PRIVATE|STEWART DETENTION CENTER|-|LUMPKIN|GA|Stewart County|3
            PRIVATE|IRWIN COUNTY DETENTION CENTER|-|OCILLA|GA|Irwin County|2
            PRIVATE|MONTGOMERY PROCESSING CENTER|-|CONROE|TX|Montgomery County|2
            PRIVATE|T. DON HUTTO RESIDENTIAL CTR|-|TAYLOR|TX|Williamson County|1
            PRIVATE|SOUTH TEXAS ICE PROCESSING CTR|-|PEARSALL|TX|Frio County|3
            PRIVATE|KARNES COUNTY IMMIGRATION PROC|-|KARNES CITY|TX|Karnes County|2
            PRIVATE|CIBOLA COUNTY CORRECTIONAL CTR|-|MILAN|NM|Cibola County|2
            PRIVATE|OTERO COUNTY PROCESSING CENTER|-|CHAPARRAL|NM|Otero County|2
            PRIVATE|LASALLE ICE PROCESSING CENTER|-|JENA|LA|LaSalle Parish|2
            PRIVATE|EL VALLE DETENTION FACILITY|-|RAYMONDVILLE|TX|Willacy County|2
            PRIVATE|ELOY FEDERAL CONTRACT FACILITY|-|ELOY|AZ|Pinal County|2
            PRIVATE|LA PALMA CORRECTIONAL CENTER|-|ELOY|AZ|Pinal County|2
            ICE|KROME NORTH SPC|-|MIAMI|FL|Miami-Dade County|3
            ICE|PORT ISABEL SPC|-|LOS FRESNOS|TX|Cameron County|3
            ICE|EL PASO SPC|-|EL PASO|TX|El Paso County|3
            ICE|BUFFALO (BATAVIA) SPC|-|BATAVIA|NY|Genesee County|2
            ICE|FLORENCE SPC|-|FLORENCE|AZ|Pinal County|2
            ICE|PHI DISTRICT OFFICE|-|PHILADELPHIA|PA|Philadelphia County|1
            ICE|BROADVIEW SERVICE STAGING|-|BROADVIEW|IL|Cook County|2
            """;

    private CuratedFacilities() {
    }

    static List<Entry> entries() {
        List<Entry> entries = new ArrayList<>();
        for (String line : TABLE.strip().split("\n")) {
            String[] field = line.strip().split("\\|");
            entries.add(new Entry(Operator.valueOf(field[0]), field[1], "-".equals(field[2]) ? null : field[2],
                    field[3], field[4], field[5], Double.parseDouble(field[6])));
        }
        return List.copyOf(entries);
    }
}
