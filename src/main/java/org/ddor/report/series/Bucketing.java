package org.ddor.report.series;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.TemporalAdjusters;
import java.util.Arrays;
import java.util.Locale;
import java.util.stream.Collectors;
import org.ddor.report.Period;

/**
 * How a series cuts time: 7-day weeks starting on a chosen day (Saturday by default, as ICE's weekly
 * reports ran), calendar months, or U.S. federal fiscal years (October to September: FY2026 runs
 * from 2025-10-01 to 2026-09-30). Thread-safe.
 */
public enum Bucketing {
    WEEK("week"),
    MONTH("month"),
    FISCAL_YEAR("fiscal-year");

    private final String optionName;

    Bucketing(String optionName) {
        this.optionName = optionName;
    }

    public String optionName() {
        return optionName;
    }

    /** The first day of the bucket containing {@code day}; {@code weekStart} matters for weeks only. */
    public LocalDate start(LocalDate day, DayOfWeek weekStart) {
        return switch (this) {
            case WEEK -> day.with(TemporalAdjusters.previousOrSame(weekStart));
            case MONTH -> day.withDayOfMonth(1);
            case FISCAL_YEAR -> Period.fiscalYear(Period.fiscalYearOf(day)).from();
        };
    }

    /** The first day of the bucket after the one starting on {@code start}. */
    public LocalDate next(LocalDate start) {
        return switch (this) {
            case WEEK -> start.plusWeeks(1);
            case MONTH -> start.plusMonths(1);
            case FISCAL_YEAR -> start.plusYears(1);
        };
    }

    /** The bucket's name: "2025-09-27" (the week's first day), "2025-10", "FY2026". */
    public String label(LocalDate start) {
        return switch (this) {
            case WEEK -> start.toString();
            case MONTH -> start.toString().substring(0, 7);
            case FISCAL_YEAR -> "FY" + (start.getYear() + 1);
        };
    }

    /** Parses "week", "month" or "fiscal-year" (any case; "fy" too). */
    public static Bucketing parse(String text) {
        String wanted = text.strip().toLowerCase(Locale.ROOT).replace('_', '-');
        if (wanted.equals("fy")) {
            return FISCAL_YEAR;
        }
        for (Bucketing bucketing : values()) {
            if (bucketing.optionName.equals(wanted)) {
                return bucketing;
            }
        }
        throw new IllegalArgumentException("--by '" + text + "' is not a bucket; expected one of "
                + Arrays.stream(values()).map(Bucketing::optionName).collect(Collectors.joining(", ")));
    }
}
