package org.ddor.report.series;

import java.time.DayOfWeek;
import java.util.Objects;
import org.ddor.report.Edition;
import org.ddor.report.Period;
import org.ddor.report.Suppression;

/**
 * What a time series is built for.
 *
 * @param period           the period, or null for all the data
 * @param bucketing        week, month or fiscal year
 * @param weekStart        the first day of a week (Saturday by default)
 * @param jurisdictionFips one jurisdiction's figures (its own facilities only), or null for the nation
 * @param suppression      edition and small-cell threshold
 */
public record SeriesParameters(Period period, Bucketing bucketing, DayOfWeek weekStart, String jurisdictionFips,
                               Suppression suppression) {

    public SeriesParameters {
        Objects.requireNonNull(bucketing, "bucketing");
        Objects.requireNonNull(weekStart, "weekStart");
        Objects.requireNonNull(suppression, "suppression");
        if (jurisdictionFips != null && !jurisdictionFips.matches("\\d{2}|\\d{5}")) {
            throw new IllegalArgumentException("--jurisdiction '" + jurisdictionFips + "' is not a FIPS code: give 5 digits"
                    + " for a county (42091) or 2 for a state (42)");
        }
    }

    /** The national public series, weeks starting on Saturday. */
    public static SeriesParameters of(Period period, Bucketing bucketing) {
        return new SeriesParameters(period, bucketing, DayOfWeek.SATURDAY, null,
                new Suppression(Edition.PUBLIC, Suppression.DEFAULT_THRESHOLD));
    }

    public SeriesParameters withJurisdiction(String fips) {
        return new SeriesParameters(period, bucketing, weekStart, fips, suppression);
    }

    public SeriesParameters withWeekStart(DayOfWeek day) {
        return new SeriesParameters(period, bucketing, day, jurisdictionFips, suppression);
    }

    public SeriesParameters withSuppression(Suppression newSuppression) {
        return new SeriesParameters(period, bucketing, weekStart, jurisdictionFips, newSuppression);
    }
}
