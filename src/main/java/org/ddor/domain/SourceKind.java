package org.ddor.domain;

/** The layout a source release was read in (DESIGN.md §4). */
public enum SourceKind {
    FOIA_2015("foia-2015"),
    ERO_LESA("ero-lesa"),
    POLICY("policy"),
    CANONICAL("canonical"),
    SELF_REPORT("self-report");

    private final String layoutName;

    SourceKind(String layoutName) {
        this.layoutName = layoutName;
    }

    /** The name users type, e.g. {@code --layout ero-lesa}. */
    public String layoutName() {
        return layoutName;
    }

    /** The kind for a layout name; throws with the list of valid names otherwise. */
    public static SourceKind ofLayoutName(String name) {
        for (SourceKind kind : values()) {
            if (kind.layoutName.equalsIgnoreCase(name)) {
                return kind;
            }
        }
        throw new IllegalArgumentException("unknown layout '" + name + "'; expected one of foia-2015, ero-lesa, policy, canonical");
    }
}
