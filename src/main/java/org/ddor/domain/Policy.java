package org.ddor.domain;

import java.time.LocalDate;
import java.util.Objects;

/**
 * A jurisdiction's law, ordinance, order or practice that limits honoring detainers.
 * A policy counts for Section I only on dates in [effectiveFrom, effectiveTo).
 *
 * @param jurisdictionFips the jurisdiction it binds
 * @param enacted          the enacted date as far as the source tells it (a month-precision date is the 1st)
 * @param enactedRaw       the source's text, e.g. "Sep-14", kept beside the parsed date
 * @param instrument       e.g. "County Sheriff's Office Decision", "Ordinance 2014-32"
 * @param criteria         the criteria for honoring detainers, as written
 * @param category         derived from the criteria by documented rules
 * @param source           where the policy was recorded (release name and row, or a citation)
 * @param effectiveFrom    first day in effect; usually the enacted date
 * @param effectiveTo      first day no longer in effect, or null while in effect
 */
public record Policy(String jurisdictionFips, LocalDate enacted, String enactedRaw, String instrument,
                     String criteria, PolicyCategory category, String source,
                     LocalDate effectiveFrom, LocalDate effectiveTo) {

    public Policy {
        Objects.requireNonNull(jurisdictionFips, "jurisdictionFips");
        Objects.requireNonNull(category, "category");
        if (effectiveFrom != null && effectiveTo != null && !effectiveTo.isAfter(effectiveFrom)) {
            throw new IllegalArgumentException("policy of " + jurisdictionFips + " ends before it starts");
        }
    }

    /** True when the policy is in effect on the given day. */
    public boolean inEffectOn(LocalDate day) {
        return effectiveFrom != null && !day.isBefore(effectiveFrom)
                && (effectiveTo == null || day.isBefore(effectiveTo));
    }
}
