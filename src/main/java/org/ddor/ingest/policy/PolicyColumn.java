package org.ddor.ingest.policy;

import java.util.List;
import java.util.Locale;

/**
 * The columns of the policy layout (DDOR Section III). Header cells are matched ignoring case,
 * spaces and punctuation: "Date Enacted", "date_enacted" and "DATE-ENACTED" are one name.
 */
public enum PolicyColumn {
    LOCATION("Jurisdiction (AOR)", "jurisdictionaor", "jurisdiction", "location", "jurisdictionlocation"),
    ENACTED("Date Enacted", "dateenacted", "enacted", "enacteddate", "enactedon"),
    INSTRUMENT("Policy", "policy", "instrument", "policyinstrument"),
    CRITERIA("Criteria for Honoring Detainer", "criteriaforhonoringdetainer", "criteriaforhonoringdetainers",
            "criteriaforhonoringdetainerrequests", "criteria", "detainercriteria");

    private final String title;
    private final List<String> aliases;

    PolicyColumn(String title, String... aliases) {
        this.title = title;
        this.aliases = List.of(aliases);
    }

    /** The column's title in the Section III layout, as error messages name it. */
    public String title() {
        return title;
    }

    /** The accepted spellings after {@link #normalise(String)}. */
    public List<String> aliases() {
        return aliases;
    }

    /** The column a header cell names, or null. */
    static PolicyColumn forHeader(String header) {
        String key = normalise(header);
        for (PolicyColumn column : values()) {
            if (column.aliases.contains(key)) {
                return column;
            }
        }
        return null;
    }

    /** Lower-case letters and digits only. */
    static String normalise(String header) {
        return header == null ? "" : header.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]", "");
    }
}
