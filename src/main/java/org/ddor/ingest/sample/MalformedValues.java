package org.ddor.ingest.sample;

/** The malformed values of {@link DirtyKind}, shared by the layouts. Stateless. */
final class MalformedValues {

    static final CellText[] UNKNOWN_STATES = CellText.all("NORTH VIRGINIA", "ZZ", "WEST CAROLINA", "NORTH VIRGINIA");
    static final CellText[] BIRTH_YEARS = CellText.all("19X6", "UNK", "198O", "19?5");
    static final CellText EXTRA = CellText.of("EXTRA");
    private static final int[] THIRTY_DAY_MONTHS = {4, 6, 9, 11};

    private MalformedValues() {
    }

    /** A date the calendar lacks, in the row's year: {@code 2025-02-30} or {@code 2025-04-31}. */
    static String impossibleDate(int epochDay, int variant) {
        int year = IsoDays.year(epochDay);
        return variant % 2 == 0
                ? year + "-02-" + (30 + variant / 2 % 2)
                : year + "-" + twoDigits(THIRTY_DAY_MONTHS[variant / 2 % 4]) + "-31";
    }

    /** A date in no format: {@code 13/45/2025}. */
    static String garbledDate(int epochDay, int variant) {
        return (13 + variant) + "/" + (45 - variant * 3) + "/" + IsoDays.year(epochDay);
    }

    /** {@code "MONTGOMERY "WEST" CNTY JAIL, PA"}: an even number of quotes, so the row stays on its line. */
    static String strayQuote(String facilityName) {
        int space = facilityName.indexOf(' ');
        String head = space < 0 ? facilityName : facilityName.substring(0, space);
        String tail = space < 0 ? " UNIT" : facilityName.substring(space);
        return '"' + head + " \"WEST\"" + tail + '"';
    }

    private static String twoDigits(int value) {
        return value < 10 ? "0" + value : Integer.toString(value);
    }
}
