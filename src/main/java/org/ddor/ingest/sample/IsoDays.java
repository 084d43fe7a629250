package org.ddor.ingest.sample;

/**
 * Epoch days to calendar fields without allocating a {@link java.time.LocalDate}: the generator
 * writes several dates per row. Proleptic Gregorian, as {@code LocalDate} (Hinnant's algorithm).
 */
final class IsoDays {

    private IsoDays() {
    }

    /** The date as {@code yyyymmdd} in one int, e.g. 20260211. */
    static int packed(long epochDay) {
        long z = epochDay + 719_468;
        long era = Math.floorDiv(z, 146_097);
        long dayOfEra = z - era * 146_097;
        long yearOfEra = (dayOfEra - dayOfEra / 1460 + dayOfEra / 36_524 - dayOfEra / 146_096) / 365;
        long dayOfYear = dayOfEra - (365 * yearOfEra + yearOfEra / 4 - yearOfEra / 100);
        long shiftedMonth = (5 * dayOfYear + 2) / 153;
        long day = dayOfYear - (153 * shiftedMonth + 2) / 5 + 1;
        long month = shiftedMonth < 10 ? shiftedMonth + 3 : shiftedMonth - 9;
        long year = yearOfEra + era * 400 + (month <= 2 ? 1 : 0);
        return (int) (year * 10_000 + month * 100 + day);
    }

    static int year(long epochDay) {
        return packed(epochDay) / 10_000;
    }

    /** Writes {@code yyyy-mm-dd} (years 0–9999) at {@code at}; returns the position after it. */
    static int writeIso(long epochDay, byte[] into, int at) {
        int packed = packed(epochDay);
        int year = packed / 10_000;
        int month = packed / 100 % 100;
        int day = packed % 100;
        into[at] = digit(year / 1000);
        into[at + 1] = digit(year / 100 % 10);
        into[at + 2] = digit(year / 10 % 10);
        into[at + 3] = digit(year % 10);
        into[at + 4] = '-';
        into[at + 5] = digit(month / 10);
        into[at + 6] = digit(month % 10);
        into[at + 7] = '-';
        into[at + 8] = digit(day / 10);
        into[at + 9] = digit(day % 10);
        return at + 10;
    }

    private static byte digit(int value) {
        return (byte) ('0' + value);
    }
}
