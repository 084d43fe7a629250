package org.ddor.domain;

/** The category of a restrictive policy, derived by documented rules from its criteria text. */
public enum PolicyCategory {
    JUDICIAL_WARRANT_REQUIRED("judicial warrant required"),
    LISTED_OFFENSES_ONLY("listed offenses only"),
    NOTIFICATION_ONLY("notification only"),
    NO_HOLDS("no holds"),
    OTHER("other");

    private final String label;

    PolicyCategory(String label) {
        this.label = label;
    }

    /** The words a report prints. */
    public String label() {
        return label;
    }
}
