package org.ddor.domain;

/** How a facility came to be attributed (or not) to a jurisdiction. */
public enum Resolution {
    /** A documented rule matched the evidence (name, city, state, code) to exactly one jurisdiction. */
    RULE,
    /** A person recorded the decision, with who, when and why. */
    MANUAL,
    /** The evidence fits several jurisdictions; left unattributed rather than guessed. */
    AMBIGUOUS,
    /** The evidence fits no jurisdiction. */
    UNRESOLVED;

    /** True when the facility's records count for a jurisdiction. */
    public boolean isAttributed() {
        return this == RULE || this == MANUAL;
    }
}
