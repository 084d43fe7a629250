package org.ddor.report;

import java.util.ArrayList;
import java.util.List;

/**
 * Complementary suppression (DESIGN.md §6): when a table publishes a total and exactly one of its
 * parts is suppressed, the total minus the shown parts would give the suppressed count back. Then
 * the smallest other part above zero is hidden as well, shown as "≥threshold" (it is at least the
 * threshold: a smaller one would be suppressed already). The official edition is left as it is.
 */
public final class Complementary {

    private Complementary() {
    }

    /** The parts, in the same order, with one more part hidden where one alone is suppressed. */
    public static List<Count> protect(List<Count> parts, Suppression suppression) {
        long suppressed = parts.stream().filter(Count::suppressed).count();
        if (suppressed != 1) {
            return parts;
        }
        int smallest = -1;
        for (int i = 0; i < parts.size(); i++) {
            Count part = parts.get(i);
            if (!part.suppressed() && part.value() > 0 && (smallest < 0 || part.value() < parts.get(smallest).value())) {
                smallest = i;
            }
        }
        if (smallest < 0) {
            return parts;
        }
        List<Count> protectedParts = new ArrayList<>(parts);
        protectedParts.set(smallest, hidden(parts.get(smallest), suppression));
        return protectedParts;
    }

    /** {@code count} hidden because a suppressed count could be worked out from it: "≥5", no value. */
    public static Count hidden(Count count, Suppression suppression) {
        if (count.suppressed() || suppression.edition() != Edition.PUBLIC) {
            return count;
        }
        return new Count(count.value(), true, "≥" + suppression.threshold(), count.trace());
    }
}
