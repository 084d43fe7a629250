package org.ddor.report.ddor;

import java.util.Objects;
import org.ddor.report.Edition;
import org.ddor.report.Period;
import org.ddor.report.Suppression;

/**
 * What a Declined Detainer Outcome Report is built for.
 *
 * @param period          the period
 * @param top             Section I's length (10 by default, as ICE's reports had)
 * @param suppression     edition and small-cell threshold
 * @param oldDetainerDays a decline this many days or more after issue is counted as old in Section IV (365 by default)
 */
public record DdorParameters(Period period, int top, Suppression suppression, int oldDetainerDays) {

    public static final int DEFAULT_TOP = 10;
    public static final int DEFAULT_OLD_DETAINER_DAYS = 365;

    public DdorParameters {
        Objects.requireNonNull(period, "period");
        Objects.requireNonNull(suppression, "suppression");
        if (top < 1 || top > 1000) {
            throw new IllegalArgumentException("--top must be between 1 and 1000, got " + top);
        }
    }

    public static DdorParameters of(Period period) {
        return new DdorParameters(period, DEFAULT_TOP,
                new Suppression(Edition.PUBLIC, Suppression.DEFAULT_THRESHOLD), DEFAULT_OLD_DETAINER_DAYS);
    }

    public Edition edition() {
        return suppression.edition();
    }

    /** Canonical text of the parameters, stored with a published version. */
    public String canonical() {
        return "period=" + period.from() + ".." + period.to() + ";kind=" + period.kind() + ";top=" + top
                + ";edition=" + edition() + ";threshold=" + suppression.threshold() + ";old=" + oldDetainerDays;
    }
}
