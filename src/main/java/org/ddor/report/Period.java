package org.ddor.report;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.time.temporal.TemporalAdjusters;
import java.util.Locale;
import java.util.Objects;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A report period: days {@code from} to {@code to}, both included.
 *
 * @param kind  how it was asked for
 * @param from  first day
 * @param to    last day (inclusive)
 * @param label canonical text, e.g. "week 2025-03-29 to 2025-04-04", "FY2025", "2025Q2"
 */
public record Period(Kind kind, LocalDate from, LocalDate to, String label) {

    /** How a period was chosen. */
    public enum Kind { WEEK, RANGE, QUARTER, FISCAL_YEAR }

    private static final Pattern QUARTER = Pattern.compile("(\\d{4})\\s*-?\\s*Q([1-4])", Pattern.CASE_INSENSITIVE);

    public Period {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(from, "from");
        Objects.requireNonNull(to, "to");
        if (to.isBefore(from)) {
            throw new IllegalArgumentException("the period ends (" + to + ") before it starts (" + from + ")");
        }
    }

    /** The 7-day week containing {@code day} that starts on {@code weekStart} (ICE's reports ran Saturday to Friday). */
    public static Period week(LocalDate day, DayOfWeek weekStart) {
        LocalDate from = day.with(TemporalAdjusters.previousOrSame(weekStart));
        LocalDate to = from.plusDays(6);
        return new Period(Kind.WEEK, from, to, "week " + from + " to " + to);
    }

    public static Period range(LocalDate from, LocalDate to) {
        return new Period(Kind.RANGE, from, to, from + " to " + to);
    }

    /** A calendar quarter, written "2025Q2" (April to June 2025). */
    public static Period quarter(String text) {
        Matcher matcher = QUARTER.matcher(text.strip());
        if (!matcher.matches()) {
            throw new IllegalArgumentException("quarter '" + text + "' is not of the form 2025Q2");
        }
        int year = Integer.parseInt(matcher.group(1));
        int quarter = Integer.parseInt(matcher.group(2));
        LocalDate from = LocalDate.of(year, 3 * quarter - 2, 1);
        return new Period(Kind.QUARTER, from, from.plusMonths(3).minusDays(1), year + "Q" + quarter);
    }

    /** The number of the U.S. federal fiscal year a day falls in: 2025 for any day from 2024-10-01 to 2025-09-30. */
    public static int fiscalYearOf(LocalDate day) {
        return day.getMonthValue() >= 10 ? day.getYear() + 1 : day.getYear();
    }

    /** The U.S. federal fiscal year: FY2025 runs from 2024-10-01 to 2025-09-30. */
    public static Period fiscalYear(int year) {
        return new Period(Kind.FISCAL_YEAR, LocalDate.of(year - 1, 10, 1), LocalDate.of(year, 9, 30), "FY" + year);
    }

    /** Parses a day as ISO (2025-04-02) with a clear message otherwise. */
    public static LocalDate day(String text) {
        try {
            return LocalDate.parse(text.strip());
        } catch (DateTimeParseException e) {
            throw new IllegalArgumentException("'" + text + "' is not a date of the form 2025-04-02");
        }
    }

    /** Days in the period. */
    public long days() {
        return to.toEpochDay() - from.toEpochDay() + 1;
    }

    /** The period of the same kind and length just before this one. */
    public Period previous() {
        return shifted(-1);
    }

    /** The period of the same kind and length just after this one. */
    public Period next() {
        return shifted(1);
    }

    private Period shifted(int direction) {
        return switch (kind) {
            case WEEK -> week(from.plusDays(7L * direction), from.getDayOfWeek());
            case QUARTER -> quarter(from.plusMonths(3L * direction).getYear() + "Q"
                    + ((from.plusMonths(3L * direction).getMonthValue() - 1) / 3 + 1));
            case FISCAL_YEAR -> fiscalYear(to.getYear() + direction);
            case RANGE -> range(from.plusDays(days() * direction), to.plusDays(days() * direction));
        };
    }

    /** A stable key for files and URLs, e.g. "2025-03-29_2025-04-04". */
    public String key() {
        return from + "_" + to;
    }

    @Override
    public String toString() {
        return label.toLowerCase(Locale.ROOT).startsWith("week") ? label : label + " (" + from + " to " + to + ")";
    }
}
