package org.ddor.report;

/**
 * Small-cell suppression (DESIGN.md §6): in the public edition a count of people above zero and
 * below {@code threshold} is shown as "&lt;threshold". Zero is shown: it singles out nobody.
 */
public record Suppression(Edition edition, int threshold) {

    public static final int DEFAULT_THRESHOLD = 5;

    public Suppression {
        if (threshold < 1) {
            throw new IllegalArgumentException("the suppression threshold must be at least 1, got " + threshold);
        }
    }

    public boolean suppresses(long count) {
        return edition == Edition.PUBLIC && count > 0 && count < threshold;
    }
}
