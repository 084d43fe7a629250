package org.ddor.report;

import java.time.LocalDate;

/**
 * A span of days cut at U.S. federal fiscal years, for the queries that sum the figures derived per
 * fiscal year and per day (unit_fiscal_year, unit_day): the whole fiscal years inside the span, and
 * the days before and after them. A span without a whole year is all "before": its years are an
 * empty range and its days after are an empty range of days, so the same query serves every span.
 *
 * @param firstYear first whole fiscal year (greater than {@code lastYear} when there is none)
 * @param lastYear  last whole fiscal year
 * @param headFrom  first day before the whole years (or of the span)
 * @param headTo    last day before the whole years; before {@code headFrom} when there is none
 * @param tailFrom  first day after the whole years
 * @param tailTo    last day after the whole years; before {@code tailFrom} when there is none
 */
public record FiscalYearCut(int firstYear, int lastYear, LocalDate headFrom, LocalDate headTo, LocalDate tailFrom,
                            LocalDate tailTo) {

    /** Cuts the days from {@code first} to {@code last}, both included. */
    public static FiscalYearCut of(LocalDate first, LocalDate last) {
        int firstYear = Period.fiscalYearOf(first) + (first.equals(start(Period.fiscalYearOf(first))) ? 0 : 1);
        int lastYear = Period.fiscalYearOf(last) - (last.equals(Period.fiscalYear(Period.fiscalYearOf(last)).to()) ? 0 : 1);
        if (firstYear > lastYear) {
            return new FiscalYearCut(firstYear, lastYear, first, last, last.plusDays(1), last);
        }
        return new FiscalYearCut(firstYear, lastYear, first, start(firstYear).minusDays(1),
                Period.fiscalYear(lastYear).to().plusDays(1), last);
    }

    /** True when the span holds at least one whole fiscal year. */
    public boolean wholeYears() {
        return firstYear <= lastYear;
    }

    /**
     * The values such queries bind: {@code first} (a unit kind, a FIPS code), then the first and last
     * whole year, the days before them and the days after them.
     */
    public Object[] parametersAfter(Object first) {
        return new Object[] {first, firstYear, lastYear, headFrom, headTo, tailFrom, tailTo};
    }

    private static LocalDate start(int fiscalYear) {
        return Period.fiscalYear(fiscalYear).from();
    }
}
