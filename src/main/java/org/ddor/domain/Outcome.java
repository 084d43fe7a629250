package org.ddor.domain;

/**
 * What became of a detainer, normalised from ICE's lift reason (the raw text is always kept).
 * See {@link LiftReasons} for the mapping.
 */
public enum Outcome {
    BOOKED_INTO_ICE_CUSTODY("booked into ICE custody"),
    DECLINED_BY_LEA("declined by LEA"),
    TRANSFERRED("transferred"),
    LIFTED_BY_ICE("lifted by ICE"),
    CASE_CLOSED("case closed"),
    CITIZEN_OR_NOT_REMOVABLE("citizen / not removable"),
    DIED("died"),
    OTHER("other"),
    /** No lift reason recorded: the detainer may still be open, or its end was not recorded. */
    UNKNOWN("unknown");

    private final String label;

    Outcome(String label) {
        this.label = label;
    }

    /** The defined words a report prints. */
    public String label() {
        return label;
    }
}
