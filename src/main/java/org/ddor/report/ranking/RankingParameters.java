package org.ddor.report.ranking;

import java.util.Objects;
import org.ddor.report.Edition;
import org.ddor.report.Period;
import org.ddor.report.Rate;
import org.ddor.report.Suppression;

/**
 * What a ranking is built for.
 *
 * @param period             the period, or null for all the data
 * @param unit               what is ranked
 * @param measure            what it is ranked by
 * @param top                how many rows (1..10,000)
 * @param suppression        edition and small-cell threshold
 * @param minimumDenominator rates over fewer detainers issued than this are withheld (and not ranked)
 * @param filter             which units may be ranked ({@link RankingFilter#NONE}: all)
 */
public record RankingParameters(Period period, RankingUnit unit, RankingMeasure measure, int top,
                                Suppression suppression, int minimumDenominator, RankingFilter filter) {

    public static final int DEFAULT_TOP = 10;

    public RankingParameters {
        Objects.requireNonNull(unit, "unit");
        Objects.requireNonNull(measure, "measure");
        Objects.requireNonNull(suppression, "suppression");
        Objects.requireNonNull(filter, "filter");
        filter.check(unit);
        if (top < 1 || top > 10_000) {
            throw new IllegalArgumentException("--top must be between 1 and 10000, got " + top);
        }
        if (minimumDenominator < 1) {
            throw new IllegalArgumentException("--min-denominator must be at least 1, got " + minimumDenominator);
        }
    }

    /** Every unit may be ranked. */
    public RankingParameters(Period period, RankingUnit unit, RankingMeasure measure, int top, Suppression suppression,
                             int minimumDenominator) {
        this(period, unit, measure, top, suppression, minimumDenominator, RankingFilter.NONE);
    }

    /** A public top-10 with the default thresholds. */
    public static RankingParameters of(Period period, RankingUnit unit, RankingMeasure measure) {
        return new RankingParameters(period, unit, measure, DEFAULT_TOP,
                new Suppression(Edition.PUBLIC, Suppression.DEFAULT_THRESHOLD), Rate.DEFAULT_MINIMUM_DENOMINATOR);
    }

    public RankingParameters withTop(int rows) {
        return new RankingParameters(period, unit, measure, rows, suppression, minimumDenominator, filter);
    }

    public RankingParameters withSuppression(Suppression newSuppression) {
        return new RankingParameters(period, unit, measure, top, newSuppression, minimumDenominator, filter);
    }

    public RankingParameters withMinimumDenominator(int minimum) {
        return new RankingParameters(period, unit, measure, top, suppression, minimum, filter);
    }

    public RankingParameters withFilter(RankingFilter newFilter) {
        return new RankingParameters(period, unit, measure, top, suppression, minimumDenominator, newFilter);
    }
}
