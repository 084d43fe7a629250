package org.ddor.ingest.policy;

import java.util.Objects;
import org.ddor.domain.Jurisdiction;
import org.ddor.domain.Policy;

/**
 * One policy read from a policy table, with where it came from.
 *
 * @param policy            the policy; {@code policy.jurisdictionFips()} is {@code jurisdiction.fips()}
 * @param jurisdiction      the jurisdiction the location resolved to: a county-equivalent, or a
 *                          STATE for a state-wide policy (reports apply those to every county in the state)
 * @param sourceRow         the 1-based row as a spreadsheet shows the file (comment lines count)
 * @param rawLocation       the location cell as written, e.g. "Franklin County, Washington 99301"
 * @param aor               the ICE AOR: the one the table gives in "(XYZ)", else the gazetteer's; may be null
 * @param enactedPrecision  how much of {@code policy.enacted()} the source gave
 * @param categoryRule      the id of the {@link PolicyCategoryRules.Rule} that decided the category
 */
public record PolicyRow(Policy policy, Jurisdiction jurisdiction, long sourceRow, String rawLocation, String aor,
                        EnactedDate.Precision enactedPrecision, String categoryRule) {

    public PolicyRow {
        Objects.requireNonNull(policy, "policy");
        Objects.requireNonNull(jurisdiction, "jurisdiction");
        Objects.requireNonNull(enactedPrecision, "enactedPrecision");
        if (!policy.jurisdictionFips().equals(jurisdiction.fips())) {
            throw new IllegalArgumentException("policy of " + policy.jurisdictionFips() + " on a row of "
                    + jurisdiction.fips());
        }
    }

    /** The same row with another policy value (used to close a policy a later one replaced). */
    public PolicyRow withPolicy(Policy replacement) {
        return new PolicyRow(replacement, jurisdiction, sourceRow, rawLocation, aor, enactedPrecision, categoryRule);
    }
}
