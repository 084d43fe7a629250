package org.ddor.ingest.sample;

import java.time.LocalDate;
import java.time.YearMonth;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.Locale;
import java.util.Objects;

/**
 * One row of the generated sample policy table, in the DDOR Section III layout, with the small
 * amount of parsing the generator needs. The importer of policy tables does its own, fuller
 * parsing; this is not it.
 *
 * @param line         1-based line of the row in its file, comment lines counted
 * @param location     e.g. "Franklin County, Pennsylvania", "King County, Washington 98104", "Rhode Island"
 * @param dateEnacted  as written: "Sep-14", "February 2017" or "2015-08-14"
 * @param policy       the instrument, e.g. "County Sheriff's Office Decision"
 * @param criteria     the criteria for honoring detainers, as written
 */
public record SamplePolicy(long line, String location, String dateEnacted, String policy, String criteria) {

    private static final DateTimeFormatter SHORT_MONTH = DateTimeFormatter.ofPattern("MMM-yy", Locale.ENGLISH);
    private static final DateTimeFormatter LONG_MONTH = DateTimeFormatter.ofPattern("MMMM uuuu", Locale.ENGLISH);

    public SamplePolicy {
        Objects.requireNonNull(location, "location");
        Objects.requireNonNull(dateEnacted, "dateEnacted");
    }

    /** True for a row naming a whole state ("Rhode Island"), which binds the state's own facilities. */
    public boolean stateWide() {
        return location.indexOf(',') < 0;
    }

    /** The place before the last comma ("Franklin County", "Newark"), or null for a state-wide row. */
    public String place() {
        int comma = location.lastIndexOf(',');
        return comma < 0 ? null : location.substring(0, comma).strip();
    }

    /** The state's name, without a ZIP code: "Washington" for "King County, Washington 98104". */
    public String stateName() {
        int comma = location.lastIndexOf(',');
        String state = comma < 0 ? location : location.substring(comma + 1);
        return state.replaceAll("\\s+\\d{5}(-\\d{4})?$", "").strip();
    }

    /**
     * The enacted date; a month-precision date ("Sep-14", "February 2017") gives the first of the month.
     *
     * @throws IllegalArgumentException when the text is in none of the three formats
     */
    public LocalDate enactedOn() {
        String text = dateEnacted.strip();
        try {
            if (text.matches("\\d{4}-\\d{2}-\\d{2}")) {
                return LocalDate.parse(text);
            }
            DateTimeFormatter format = text.matches("[A-Za-z]{3}-\\d{2}") ? SHORT_MONTH : LONG_MONTH;
            return YearMonth.parse(text, format).atDay(1);
        } catch (DateTimeParseException e) {
            throw new IllegalArgumentException("line " + line + ": date enacted '" + dateEnacted
                    + "' is not like Sep-14, February 2017 or 2015-08-14", e);
        }
    }
}
