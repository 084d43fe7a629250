package org.ddor.report;

/**
 * A figure as a report shows it: the value, what a reader sees, and how to list the records behind it.
 * Renderers of a public edition must show {@link #display()} and never {@link #value()} when
 * {@link #suppressed()} is true.
 *
 * @param value      the exact count
 * @param suppressed true when the edition must show "&lt;threshold" instead of the value
 * @param display    the text a reader sees: "1,234", or "&lt;5" when suppressed
 * @param trace      the figure key {@code ddor report rows} accepts, e.g. "section1/42091"
 */
public record Count(long value, boolean suppressed, String display, String trace) {

    /** A count, suppressed when it is above zero and below the threshold in the public edition. */
    public static Count of(long value, String trace, Suppression suppression) {
        boolean suppressed = suppression.suppresses(value);
        return new Count(value, suppressed, suppressed ? "<" + suppression.threshold() : String.format(java.util.Locale.US, "%,d", value), trace);
    }

    /** The value a public output may print, or null when suppressed. */
    public Long shownValue() {
        return suppressed ? null : value;
    }
}
