package org.ddor.ingest.policy;

import java.time.LocalDate;
import java.util.Objects;

/**
 * A policy's enacted date as far as the source tells it. A month-precision date ("Sep-14",
 * "February 2017") is the 1st of that month and a year-precision date ("2015") is 1 January
 * (the rule of {@link org.ddor.domain.Policy#enacted()}); {@link #precision()} says how much of
 * the day is known, so a report can print "Sep 2014" rather than a day the source never gave.
 *
 * @param date      the day, never null
 * @param precision how much of {@code date} the source gave
 * @param raw       the source's text, unchanged
 */
public record EnactedDate(LocalDate date, Precision precision, String raw) {

    public EnactedDate {
        Objects.requireNonNull(date, "date");
        Objects.requireNonNull(precision, "precision");
        Objects.requireNonNull(raw, "raw");
    }

    /** How much of a date the source gave. */
    public enum Precision {
        DAY, MONTH, YEAR
    }
}
