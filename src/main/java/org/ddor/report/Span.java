package org.ddor.report;

import java.time.LocalDate;

/**
 * The days a companion report selects: a {@link Period}, or all the data when none is given.
 * {@link #first()} and {@link #last()} are the bounds its queries bind; for all the data they are
 * wide enough to take in every record, including declines recorded after the last issued date.
 *
 * @param period the period asked for, or null for all the data
 * @param first  first day selected (inclusive)
 * @param last   last day selected (inclusive)
 * @param label  in words: "2025-10-01 to 2025-12-31", or "all data (issued 2025-10-01 to 2026-09-30)"
 */
public record Span(Period period, LocalDate first, LocalDate last, String label) {

    static final LocalDate EARLIEST = LocalDate.of(1900, 1, 1);
    static final LocalDate LATEST = LocalDate.of(9999, 12, 31);

    /** The period's days, or all the data when {@code period} is null. */
    public static Span of(Period period, StoreCoverage coverage) {
        if (period != null) {
            return new Span(period, period.from(), period.to(),
                    period.kind() == Period.Kind.RANGE ? period.label() : period.toString());
        }
        String label = coverage.firstIssued() == null ? "all data (the store holds no detainers)"
                : "all data (issued " + coverage.firstIssued() + " to " + coverage.lastIssued() + ")";
        return new Span(null, EARLIEST, LATEST, label);
    }

    /** True when no period was given. */
    public boolean allData() {
        return period == null;
    }
}
