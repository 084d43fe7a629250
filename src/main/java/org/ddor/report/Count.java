package org.ddor.report;

/**
 * A figure as a report shows it: the value, whether it is suppressed in this edition, and how
 * to list the records behind it.
 *
 * @param value      the exact count; reported as null in public outputs when suppressed
 * @param suppressed true when the public edition must show "&lt;threshold" instead of the value
 * @param trace      the figure key {@code ddor report rows} accepts, e.g. "section1/42091"
 */
public record Count(long value, boolean suppressed, String trace) {

    /** A count, suppressed when it is above zero and below the threshold in the public edition. */
    public static Count of(long value, String trace, Suppression suppression) {
        return new Count(value, suppression.suppresses(value), trace);
    }

    /** The text a reader sees: "1,234", or "&lt;5" when suppressed. */
    public String display(Suppression suppression) {
        return suppressed ? "<" + suppression.threshold() : String.format("%,d", value);
    }
}
