package org.ddor.report.followup;

import java.util.Objects;
import org.ddor.report.Edition;
import org.ddor.report.Period;
import org.ddor.report.Rate;
import org.ddor.report.Suppression;

/**
 * What a follow-up is built for.
 *
 * @param period             the period whose declines (and comparison detainers) form the groups
 * @param windowDays         days after the index date in which a later detainer counts (1..3,650)
 * @param suppression        edition and small-cell threshold
 * @param minimumDenominator rates over fewer observed subjects than this are withheld
 */
public record FollowupParameters(Period period, int windowDays, Suppression suppression, int minimumDenominator) {

    public static final int DEFAULT_WINDOW_DAYS = 90;

    public FollowupParameters {
        Objects.requireNonNull(period, "period");
        Objects.requireNonNull(suppression, "suppression");
        if (windowDays < 1 || windowDays > 3650) {
            throw new IllegalArgumentException("--window must be between 1 and 3650 days, got " + windowDays);
        }
        if (minimumDenominator < 1) {
            throw new IllegalArgumentException("--min-denominator must be at least 1, got " + minimumDenominator);
        }
    }

    public static FollowupParameters of(Period period, int windowDays) {
        return new FollowupParameters(period, windowDays, new Suppression(Edition.PUBLIC, Suppression.DEFAULT_THRESHOLD),
                Rate.DEFAULT_MINIMUM_DENOMINATOR);
    }

    public FollowupParameters withSuppression(Suppression newSuppression) {
        return new FollowupParameters(period, windowDays, newSuppression, minimumDenominator);
    }

    public FollowupParameters withMinimumDenominator(int minimum) {
        return new FollowupParameters(period, windowDays, suppression, minimum);
    }
}
