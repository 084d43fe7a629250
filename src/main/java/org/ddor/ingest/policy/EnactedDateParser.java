package org.ddor.ingest.policy;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.ddor.ingest.policy.EnactedDate.Precision;

/**
 * Reads the "Date Enacted" cell of a policy table, whose real lists mix formats. Accepted, with
 * the precision kept:
 * <ul>
 *   <li>day: {@code 2015-08-14} (also with a {@code 00:00:00} time), {@code 8/14/2015} and
 *       {@code 8/14/15} (month first, as U.S. spreadsheets write it), {@code 14-Aug-2015},
 *       {@code 14 August 2015}, {@code August 14, 2015}, and a spreadsheet serial day number
 *       such as {@code 42230} (1900 date system, what a date cell becomes when exported as a number);</li>
 *   <li>month: {@code Sep-14} and {@code Sep '14} (the spreadsheet's mmm-yy display: September 2014,
 *       never the 14th of September), {@code February 2017}, {@code Feb. 2017}, {@code Sept-2014},
 *       {@code 2017-02}, {@code 2/2017} — the 1st of the month;</li>
 *   <li>year: {@code 2015} — 1 January.</li>
 * </ul>
 * Two-digit years are 2000–2068 for 00–68 and 1969–1999 for 69–99 (the POSIX rule). Years outside
 * 1900–2099 are refused. "September 14" is refused: it could be a day without a year or a year
 * written with a space, and DDOR does not guess.
 *
 * <p>Stateless and thread-safe.
 */
public final class EnactedDateParser {

    static final int FIRST_YEAR = 1900;
    static final int LAST_YEAR = 2099;
    static final String EXAMPLES = "Sep-14, February 2017, 2015-08-14, 8/14/2015 or 2015";

    private static final String MONTH = "([A-Za-z]{3,9})\\.?";
    private static final Pattern ISO_DAY = Pattern.compile(
            "(\\d{4})-(\\d{1,2})-(\\d{1,2})(?:[ T]00:00(?::00(?:\\.0+)?)?)?");
    private static final Pattern ISO_MONTH = Pattern.compile("(\\d{4})-(\\d{1,2})");
    private static final Pattern US_DAY = Pattern.compile("(\\d{1,2})/(\\d{1,2})/(\\d{2}|\\d{4})");
    private static final Pattern US_MONTH = Pattern.compile("(\\d{1,2})/(\\d{4})");
    private static final Pattern MONTH_SHORT_YEAR = Pattern.compile(MONTH + "\\s?[-']\\s?(\\d{2})");
    private static final Pattern MONTH_YEAR = Pattern.compile(MONTH + "(?:\\s*-\\s*|\\s+)(\\d{4})");
    private static final Pattern DAY_MONTH_YEAR = Pattern.compile("(\\d{1,2})[-\\s]" + MONTH + "[-\\s](\\d{2}|\\d{4})");
    private static final Pattern MONTH_DAY_YEAR = Pattern.compile(MONTH + "\\s+(\\d{1,2}),?\\s+(\\d{4})");
    private static final Pattern YEAR = Pattern.compile("(\\d{4})");
    private static final Pattern SERIAL = Pattern.compile("(\\d{5})(?:\\.0+)?");
    private static final Pattern MONTH_SPACE_TWO_DIGITS = Pattern.compile(MONTH + "\\s+(\\d{1,2})");
    /** Spreadsheet serial day 0 in the 1900 date system (after its fictitious 29 February 1900). */
    private static final LocalDate SERIAL_EPOCH = LocalDate.of(1899, 12, 30);

    private static final Map<String, Integer> MONTHS = Map.ofEntries(
            Map.entry("jan", 1), Map.entry("january", 1), Map.entry("feb", 2), Map.entry("february", 2),
            Map.entry("mar", 3), Map.entry("march", 3), Map.entry("apr", 4), Map.entry("april", 4),
            Map.entry("may", 5), Map.entry("jun", 6), Map.entry("june", 6), Map.entry("jul", 7),
            Map.entry("july", 7), Map.entry("aug", 8), Map.entry("august", 8), Map.entry("sep", 9),
            Map.entry("sept", 9), Map.entry("september", 9), Map.entry("oct", 10), Map.entry("october", 10),
            Map.entry("nov", 11), Map.entry("november", 11), Map.entry("dec", 12), Map.entry("december", 12));

    private EnactedDateParser() {
    }

    /**
     * The date a cell gives.
     *
     * @param text the cell, may be null or blank
     * @return the date with its precision and the text as given
     * @throws IllegalArgumentException with a one-line reason a person can act on, when the text is
     *                                  empty, in no accepted format, or names no real day
     */
    public static EnactedDate parse(String text) {
        String raw = text == null ? "" : text;
        String cell = raw.strip().replaceAll("\\s+", " ");
        if (cell.isEmpty()) {
            throw new IllegalArgumentException("no enacted date; a policy without one cannot be placed in time");
        }
        try {
            return read(cell, raw);
        } catch (DateTimeException e) {
            throw new IllegalArgumentException("'" + cell + "' is not a usable date: " + e.getMessage());
        }
    }

    private static EnactedDate read(String cell, String raw) {
        Matcher m;
        if ((m = ISO_DAY.matcher(cell)).matches()) {
            return day(raw, year(m.group(1)), number(m.group(2)), number(m.group(3)));
        }
        if ((m = ISO_MONTH.matcher(cell)).matches()) {
            return month(raw, year(m.group(1)), number(m.group(2)));
        }
        if ((m = US_DAY.matcher(cell)).matches()) {
            return usDay(cell, raw, m);
        }
        if ((m = US_MONTH.matcher(cell)).matches()) {
            return month(raw, year(m.group(2)), number(m.group(1)));
        }
        if ((m = MONTH_SHORT_YEAR.matcher(cell)).matches()) {
            return month(raw, twoDigitYear(m.group(2)), monthNamed(m.group(1), cell));
        }
        if ((m = MONTH_YEAR.matcher(cell)).matches()) {
            return month(raw, year(m.group(2)), monthNamed(m.group(1), cell));
        }
        if ((m = DAY_MONTH_YEAR.matcher(cell)).matches()) {
            return day(raw, anyYear(m.group(3)), monthNamed(m.group(2), cell), number(m.group(1)));
        }
        if ((m = MONTH_DAY_YEAR.matcher(cell)).matches()) {
            return day(raw, year(m.group(3)), monthNamed(m.group(1), cell), number(m.group(2)));
        }
        if ((m = YEAR.matcher(cell)).matches()) {
            return new EnactedDate(LocalDate.of(year(m.group(1)), 1, 1), Precision.YEAR, raw);
        }
        if ((m = SERIAL.matcher(cell)).matches()) {
            return day(SERIAL_EPOCH.plusDays(number(m.group(1))), raw);
        }
        if ((m = MONTH_SPACE_TWO_DIGITS.matcher(cell)).matches() && MONTHS.containsKey(lower(m.group(1)))) {
            throw new IllegalArgumentException("'" + cell + "' is ambiguous: a day without a year, or a two-digit year?"
                    + " write '" + m.group(1) + "-" + m.group(2) + "' for the month or give the full date");
        }
        throw new IllegalArgumentException("cannot read '" + cell + "' as a date; expected e.g. " + EXAMPLES);
    }

    private static EnactedDate usDay(String cell, String raw, Matcher m) {
        int month = number(m.group(1));
        if (month > 12) {
            throw new IllegalArgumentException("'" + cell + "' has month " + month
                    + "; DDOR reads slashed dates as month/day/year (8/14/2015)");
        }
        return day(raw, anyYear(m.group(3)), month, number(m.group(2)));
    }

    private static EnactedDate day(String raw, int year, int month, int day) {
        return day(LocalDate.of(year, month, day), raw);
    }

    private static EnactedDate day(LocalDate date, String raw) {
        checkYear(date.getYear());
        return new EnactedDate(date, Precision.DAY, raw);
    }

    private static EnactedDate month(String raw, int year, int month) {
        return new EnactedDate(LocalDate.of(year, month, 1), Precision.MONTH, raw);
    }

    private static int monthNamed(String word, String cell) {
        Integer month = MONTHS.get(lower(word));
        if (month == null) {
            throw new IllegalArgumentException("'" + word + "' in '" + cell + "' is not a month; expected e.g. "
                    + EXAMPLES);
        }
        return month;
    }

    private static int anyYear(String digits) {
        return digits.length() == 2 ? twoDigitYear(digits) : year(digits);
    }

    private static int twoDigitYear(String digits) {
        int yy = number(digits);
        return yy <= 68 ? 2000 + yy : 1900 + yy;
    }

    private static int year(String digits) {
        return checkYear(number(digits));
    }

    private static int checkYear(int year) {
        if (year < FIRST_YEAR || year > LAST_YEAR) {
            throw new DateTimeException("year " + year + " is outside " + FIRST_YEAR + "–" + LAST_YEAR);
        }
        return year;
    }

    private static int number(String digits) {
        return Integer.parseInt(digits);
    }

    private static String lower(String word) {
        return word.toLowerCase(Locale.ROOT);
    }
}
