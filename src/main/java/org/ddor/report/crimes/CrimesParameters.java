package org.ddor.report.crimes;

import java.util.Objects;
import org.ddor.report.Edition;
import org.ddor.report.Period;
import org.ddor.report.Suppression;

/**
 * What a charge-category table is built for.
 *
 * @param period           the period, or null for all the data
 * @param jurisdictionFips one jurisdiction's records, or null for the nation
 * @param suppression      edition and small-cell threshold
 */
public record CrimesParameters(Period period, String jurisdictionFips, Suppression suppression) {

    public CrimesParameters {
        Objects.requireNonNull(suppression, "suppression");
        if (jurisdictionFips != null && !jurisdictionFips.matches("\\d{2}|\\d{5}")) {
            throw new IllegalArgumentException("--jurisdiction '" + jurisdictionFips + "' is not a FIPS code: give 5 digits"
                    + " for a county (42091) or 2 for a state (42)");
        }
    }

    public static CrimesParameters of(Period period) {
        return new CrimesParameters(period, null, new Suppression(Edition.PUBLIC, Suppression.DEFAULT_THRESHOLD));
    }
}
