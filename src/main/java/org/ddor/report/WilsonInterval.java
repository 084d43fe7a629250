package org.ddor.report;

/**
 * The Wilson score interval for a binomial proportion: unlike the normal ("Wald") interval it stays
 * inside 0..1 and keeps close to its nominal coverage for small counts and rates near 0 or 1, which
 * is where decline rates live. Thread-safe.
 *
 * @param lower lower bound, 0..1
 * @param upper upper bound, 0..1
 */
public record WilsonInterval(double lower, double upper) {

    /** z for a two-sided 95 % interval. */
    public static final double Z95 = 1.959963984540054;

    /** The 95 % interval for {@code successes} of {@code trials}; trials must be at least 1. */
    public static WilsonInterval of95(long successes, long trials) {
        return of(successes, trials, Z95);
    }

    /**
     * The interval (p̂ + z²/2n ± z·√(p̂(1−p̂)/n + z²/4n²)) / (1 + z²/n).
     *
     * @throws IllegalArgumentException when trials is below 1 or successes is outside 0..trials
     */
    public static WilsonInterval of(long successes, long trials, double z) {
        if (trials < 1 || successes < 0 || successes > trials) {
            throw new IllegalArgumentException("a Wilson interval needs 0 <= successes <= trials and trials >= 1, got "
                    + successes + " of " + trials);
        }
        double n = trials;
        double p = successes / n;
        double z2 = z * z;
        double centre = (p + z2 / (2 * n)) / (1 + z2 / n);
        double half = z / (1 + z2 / n) * Math.sqrt(p * (1 - p) / n + z2 / (4 * n * n));
        // At 0 (or all) successes the bound is exactly 0 (or 1); rounding would leave 6.9e-18 above the estimate.
        return new WilsonInterval(successes == 0 ? 0 : Math.max(0, centre - half),
                successes == trials ? 1 : Math.min(1, centre + half));
    }
}
