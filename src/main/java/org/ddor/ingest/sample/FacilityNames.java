package org.ddor.ingest.sample;

import java.text.Normalizer;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * How ICE writes facility names: upper case, abbreviated ("CNTY", "CO.", "CORR.FAC."), sometimes
 * with the state after a comma, truncated to {@value #MAX_LENGTH} characters and now and then
 * misspelt ("LACKAWANA", "CORRECTIONL"). Hand-written names ({@link CuratedFacilities}) are kept
 * as written. Styles are drawn per facility, so names of same-name
 * counties in different states often read the same ("FRANKLIN COUNTY JAIL"). Stateless.
 */
final class FacilityNames {

    static final int MAX_LENGTH = 30;

    /** {B} = county base name, {ST} = USPS code. Weighted by repetition. */
    private static final String[] COUNTY_STYLES = {
        "{B} COUNTY JAIL", "{B} COUNTY JAIL", "{B} COUNTY JAIL", "{B} COUNTY JAIL", "{B} COUNTY JAIL",
        "{B} CNTY JAIL, {ST}", "{B} CNTY JAIL, {ST}", "{B} CO. JAIL", "{B} CO. JAIL", "{B} CO JAIL",
        "{B} COUNTY JAIL, {ST}", "{B} COUNTY DET CTR", "{B} COUNTY DET CTR", "{B} CO. CORRECTIONS CENTER",
        "{B} COUNTY PRISON", "{B} COUNTY ADULT DET CTR", "{B} CO. DET. FAC.", "{B} COUNTY CORR. FAC.",
        "{B} COUNTY SHERIFF DEPT", "{B} CO. JAIL, {ST}", "{B} COUNTY DETENTION CENTER",
    };
    private static final String[] SECOND_COUNTY_STYLES = {
        "{B} CO. WORK RELEASE", "{B} COUNTY ANNEX", "{B} CO. JUVENILE CTR", "{B} COUNTY MIN SECURITY",
    };
    private static final String[] PARISH_STYLES = {
        "{B} PARISH PRISON", "{B} PARISH CORR CTR", "{B} PARISH JAIL", "{B} PAR. DET. CTR",
    };
    private static final String[] CITY_STYLES = {
        "{T} CITY JAIL", "{T} POLICE DEPT", "{T} P.D.", "{T} MUNICIPAL JAIL", "{T} PD HOLDING",
    };
    private static final String[] STATE_STYLES = {
        "{T} CORRECTIONAL FACILITY", "{T} CORR. CENTER", "{T} CORRECTIONAL INST", "{T} STATE PRISON",
        "{T} CORR FACILITY", "{ST} DOC {T}",
    };
    private static final String[] FEDERAL_STYLES = {
        "FCI {T}", "FCI {T}", "USP {T}", "FPC {T}", "{T} FED.CORR.INST.", "FMC {T}",
    };
    private static final String[] PRIVATE_STYLES = {
        "{T} DETENTION CENTER", "{T} CORRECTIONAL CENTER", "{T} PROCESSING CENTER", "{T} CONTRACT DET FAC",
        "{B} COUNTY CORR CTR", "{B} COUNTY DETENTION CTR",
    };
    private static final String[] TEXAS_UNITS = {
        "ELLIS", "WYNNE", "FERGUSON", "ESTELLE", "COFFIELD", "MICHAEL", "TELFORD", "CONNALLY", "MCCONNELL",
        "STILES", "ROBERTSON", "ALLRED", "CLEMENTS", "HUGHES", "LEWIS", "POLUNSKY", "STRINGFELLOW",
        "DARRINGTON", "RAMSEY", "TERRELL", "BRISCOE", "TORRES", "GARZA", "SEGOVIA", "LOPEZ", "HOBBY",
    };

    /** Town names found in many states: the generator's cities are as ambiguous as real ones. */
    private static final String[] TOWNS = {
        "SPRINGFIELD", "FRANKLIN", "CLINTON", "GREENVILLE", "MADISON", "GEORGETOWN", "SALEM", "ARLINGTON",
        "ASHLAND", "BURLINGTON", "MANCHESTER", "MILTON", "NEWPORT", "OXFORD", "RIVERSIDE", "CENTERVILLE",
        "MARION", "DOVER", "CLAYTON", "JACKSON", "HUDSON", "AUBURN", "DAYTON", "LEXINGTON", "FAIRVIEW",
        "BRISTOL", "CHESTER", "WINCHESTER", "CAMDEN", "DANVILLE", "FLORENCE", "GREENWOOD", "HAMILTON",
        "KINGSTON", "LEBANON", "LINCOLN", "MONROE", "MOUNT VERNON", "OAKLAND", "PLYMOUTH", "RICHMOND",
        "SHELBYVILLE", "TROY", "UNION", "WASHINGTON", "WAVERLY", "BELLEVUE", "CLEVELAND", "COLUMBIA",
        "CONCORD", "CUMBERLAND", "ELIZABETHTOWN", "FAYETTEVILLE", "FREMONT", "GLENDALE", "HARRISON",
        "JEFFERSON", "LAKEWOOD", "LANCASTER", "LIBERTY", "MARSHALL", "MIDDLETOWN", "MILFORD",
        "MORGANTOWN", "NEWTON", "PARIS", "PRINCETON", "QUINCY", "ROCHESTER", "SHELBY", "SPARTA",
        "STERLING", "SUMMERVILLE", "VERNON", "WARREN", "WAYNE", "WESTON", "WILMINGTON", "WOODSTOCK",
        "YORK", "ATHENS", "AUGUSTA", "BEDFORD", "BRIDGEPORT", "CANTON", "CARROLLTON", "DECATUR", "DUBLIN",
        "EASTON", "ELGIN", "EUREKA", "FARMINGTON", "FRANKFORT", "GRAFTON", "HANOVER", "HUNTSVILLE",
        "INDEPENDENCE", "JASPER", "LAUREL", "LOGAN", "MANSFIELD", "MAYSVILLE", "MONTICELLO", "MORRISTOWN",
        "NEW CASTLE", "NORWALK", "PALMYRA", "PERRY", "PORTLAND", "RUSSELLVILLE", "SALISBURY", "SEYMOUR",
        "SMITHFIELD", "STAFFORD", "TAYLOR", "TIPTON", "VIENNA", "WARSAW", "WESTMINSTER", "WILSON", "WINDSOR",
    };

    private static final Pattern MARKS = Pattern.compile("\\p{M}+");
    private static final Pattern KIND_WORD = Pattern.compile(
            " (County|Parish|Borough|Census Area|City and Borough|Municipality|city|Planning Region)$");

    private FacilityNames() {
    }

    static String town(SampleRandom random) {
        return TOWNS[random.nextInt(TOWNS.length)];
    }

    /** "Franklin County" → "FRANKLIN", "Doña Ana County" → "DONA ANA", "Richmond city" → "RICHMOND". */
    static String baseName(String jurisdictionName) {
        String plain = MARKS.matcher(Normalizer.normalize(jurisdictionName, Normalizer.Form.NFD)).replaceAll("");
        return KIND_WORD.matcher(plain).replaceFirst("").toUpperCase(Locale.ROOT);
    }

    static String countyJail(String base, String usps, boolean parish, SampleRandom random) {
        return styled(pick(parish ? PARISH_STYLES : COUNTY_STYLES, random), base, null, usps, random);
    }

    static String secondCountyFacility(String base, String usps, SampleRandom random) {
        return styled(pick(SECOND_COUNTY_STYLES, random), base, null, usps, random);
    }

    static String cityJail(String town, String usps, SampleRandom random) {
        return styled(pick(CITY_STYLES, random), null, town, usps, random);
    }

    static String statePrison(String town, String usps, SampleRandom random) {
        String style = switch (usps) {
            case "PA" -> pick(new String[] {"SCI {T}", "S.C.I. {T}", "SCI {T}, {ST}"}, random);
            case "CA" -> pick(new String[] {"{T} STATE PRISON", "CALIF. CORR. INST. {T}", "CALIF. STATE PRISON-{T}"}, random);
            case "TX" -> pick(TEXAS_UNITS, random) + " UNIT";
            case "NY" -> pick(new String[] {"{T} CORR FACILITY", "{T} C.F."}, random);
            case "FL" -> pick(new String[] {"{T} CORRECTIONAL INST", "{T} C.I."}, random);
            case "MN" -> pick(new String[] {"MINN.C.F.,{T}", "MCF-{T}"}, random);
            default -> pick(STATE_STYLES, random);
        };
        return styled(style, null, town, usps, random);
    }

    static String federal(String town, String usps, SampleRandom random) {
        return styled(pick(FEDERAL_STYLES, random), null, town, usps, random);
    }

    static String marshals(String usps, SampleRandom random) {
        String style = pick(new String[] {"US MARSHALS, E.DIST.{ST}", "US MARSHAL WESTERN DIST., {ST}",
            "US MARSHALS, {ST}", "USMS {ST} DISTRICT", "US MARSHAL MIDDLE DIST., {ST}"}, random);
        return styled(style, null, null, usps, random);
    }

    static String privateFacility(String base, String town, String usps, SampleRandom random) {
        return styled(pick(PRIVATE_STYLES, random), base, town, usps, random);
    }

    private static String styled(String style, String base, String town, String usps, SampleRandom random) {
        String name = style.replace("{B}", base == null ? "" : base)
                .replace("{T}", town == null ? "" : town)
                .replace("{ST}", usps);
        return truncate(misspell(name, random));
    }

    /** About one name in thirty gets one of ICE's typical slips. */
    private static String misspell(String name, SampleRandom random) {
        if (!random.chance(1.0 / 30)) {
            return name;
        }
        return switch (random.nextInt(3)) {
            case 0 -> name.replaceFirst("(.)\\1", "$1");              // LACKAWANNA -> LACKAWANA
            case 1 -> name.replaceFirst("IONAL", "IONL");             // CORRECTIONAL -> CORRECTIONL
            default -> name.replaceFirst(" ", "  ");                   // CLARION  COUNTY
        };
    }

    static String truncate(String name) {
        return name.length() <= MAX_LENGTH ? name : name.substring(0, MAX_LENGTH).stripTrailing();
    }

    private static String pick(String[] options, SampleRandom random) {
        return options[random.nextInt(options.length)];
    }
}
