package org.ddor.report;

import java.util.Locale;
import java.util.Objects;

/**
 * A proportion as a report shows it: its numerator and denominator (each a {@link Count} with its
 * trace key), the point estimate and its 95 % Wilson score interval, or the reason it is withheld.
 * A rate is withheld when its denominator is below the report's minimum (a rate of 3 out of 7 says
 * little), and in the public edition when its numerator is suppressed (a rate beside its
 * denominator would give the suppressed count back).
 *
 * @param numerator   what is counted, e.g. declines among the detainers issued
 * @param denominator what it is counted among, e.g. detainers issued
 * @param value       the proportion (0..1), or null when withheld
 * @param lower       lower bound of the 95 % Wilson interval, or null when withheld
 * @param upper       upper bound of the 95 % Wilson interval, or null when withheld
 * @param display     what a reader sees: "10.0% (5.5%–17.4%)" (two decimals below 1%: "0.04% (0.03%–0.06%)"),
 *                    or "n<30", "n=0", "<5 of 40" when withheld
 * @param withheld    why the rate is not shown, in words; null when it is shown
 */
public record Rate(Count numerator, Count denominator, Double value, Double lower, Double upper, String display,
                   String withheld) {

    /** Rates with a denominator below this are withheld unless a report is told otherwise. */
    public static final int DEFAULT_MINIMUM_DENOMINATOR = 30;

    public Rate {
        Objects.requireNonNull(numerator, "numerator");
        Objects.requireNonNull(denominator, "denominator");
    }

    /**
     * The rate of {@code numerator} among {@code denominator}, shown only when the denominator reaches
     * {@code minimumDenominator} and neither count is suppressed.
     */
    public static Rate of(Count numerator, Count denominator, int minimumDenominator) {
        String withheld = withheldBecause(numerator, denominator, minimumDenominator);
        if (withheld != null) {
            String display = numerator.suppressed() || denominator.suppressed()
                    ? numerator.display() + " of " + denominator.display()
                    : denominator.value() == 0 ? "n=0" : "n<" + minimumDenominator;
            return new Rate(numerator, denominator, null, null, null, display, withheld);
        }
        double value = (double) numerator.value() / denominator.value();
        WilsonInterval interval = WilsonInterval.of95(numerator.value(), denominator.value());
        int decimals = value > 0 && value < 0.01 ? 2 : 1;
        return new Rate(numerator, denominator, value, interval.lower(), interval.upper(), percent(value, decimals)
                + " (" + percent(interval.lower(), decimals) + "–" + percent(interval.upper(), decimals) + ")", null);
    }

    /** True when the rate is shown. */
    public boolean shown() {
        return withheld == null;
    }

    private static String withheldBecause(Count numerator, Count denominator, int minimumDenominator) {
        if (denominator.suppressed() || numerator.suppressed()) {
            return "a count below the public edition's small-cell threshold would be revealed";
        }
        if (denominator.value() == 0) {
            return "nothing to count among (denominator 0)";
        }
        if (denominator.value() < minimumDenominator) {
            return "denominator " + denominator.value() + " is below the minimum of " + minimumDenominator;
        }
        if (numerator.value() > denominator.value()) {
            throw new IllegalArgumentException("numerator " + numerator.value() + " exceeds denominator "
                    + denominator.value() + " (" + numerator.trace() + ")");
        }
        return null;
    }

    /** "10.0%": one decimal, as DDOR's outputs write proportions. */
    public static String percent(double proportion) {
        return percent(proportion, 1);
    }

    /**
     * "0.04%": a rate below 1% is written with two decimals, its interval too, so that a small rate
     * does not read as zero.
     */
    static String percent(double proportion, int decimals) {
        return String.format(Locale.ROOT, "%." + decimals + "f%%", 100 * proportion);
    }
}
