package org.ddor.report.profile;

import java.util.Objects;
import org.ddor.report.Edition;
import org.ddor.report.Period;
import org.ddor.report.Rate;
import org.ddor.report.Suppression;

/**
 * What a jurisdiction profile is built for.
 *
 * @param fips               the jurisdiction: 5 digits for a county or county-equivalent, 2 for a state
 * @param period             the period, or null for all the data
 * @param suppression        edition and small-cell threshold
 * @param minimumDenominator the decline rate is withheld over fewer detainers issued than this
 */
public record ProfileParameters(String fips, Period period, Suppression suppression, int minimumDenominator) {

    public ProfileParameters {
        Objects.requireNonNull(fips, "fips");
        Objects.requireNonNull(suppression, "suppression");
        if (!fips.matches("\\d{2}|\\d{5}")) {
            throw new IllegalArgumentException("'" + fips + "' is not a FIPS code: give 5 digits for a county or"
                    + " county-equivalent (42091) or 2 for a state (42)");
        }
        if (minimumDenominator < 1) {
            throw new IllegalArgumentException("--min-denominator must be at least 1, got " + minimumDenominator);
        }
    }

    public static ProfileParameters of(String fips, Period period) {
        return new ProfileParameters(fips, period, new Suppression(Edition.PUBLIC, Suppression.DEFAULT_THRESHOLD),
                Rate.DEFAULT_MINIMUM_DENOMINATOR);
    }
}
