package org.ddor.render.html;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import org.ddor.report.Count;

/** Formatting shared by the sections, in U.S. English, independent of the machine's locale. */
final class Text {

    private static final DateTimeFormatter LONG_DATE = DateTimeFormatter.ofPattern("EEEE, MMMM d, yyyy", Locale.US);
    private static final DateTimeFormatter SHORT_DAY = DateTimeFormatter.ofPattern("MMM d", Locale.US);

    private Text() {
    }

    /** A whole number with thousands separators: 12,345. */
    static String number(long value) {
        return String.format(Locale.US, "%,d", value);
    }

    /** "Saturday, September 12, 2026". */
    static String longDate(LocalDate day) {
        return LONG_DATE.format(day);
    }

    /** "Sep 12". */
    static String shortDay(LocalDate day) {
        return SHORT_DAY.format(day);
    }

    /** ISO date, or a dash when unknown. */
    static String date(LocalDate day) {
        return day == null ? "\u2014" : day.toString();
    }

    /** A count in running text: "2,696", or "fewer than 5" when suppressed (never the value). */
    static String inProse(Count count, int threshold) {
        return count.suppressed() ? "fewer than " + threshold : count.display();
    }

    /** "1 detainer" / "2 detainers"; a suppressed count takes the plural. */
    static String plural(Count count, String singular, String plural) {
        return !count.suppressed() && count.value() == 1 ? singular : plural;
    }

    /** "Santa Clara County, CA"; a state (2-digit FIPS) reads "California (state)". */
    static String jurisdiction(String fips, String name, String state) {
        return fips != null && fips.length() == 2 ? name + " (state)" : name + ", " + state;
    }

    /** ICE's criminality code without its sort prefix: "1 Convicted Criminal" reads "Convicted Criminal". */
    static String criminality(String raw) {
        return raw == null ? null : raw.replaceFirst("^\\d+\\s+", "");
    }
}
