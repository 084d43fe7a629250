package org.ddor.report.profile;

import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Whether an unattributed facility mentions a jurisdiction: its resolution evidence names the
 * jurisdiction ("Chester County, PA (42029)") or its FIPS code, or the facility's name or evidence
 * holds the jurisdiction's name without its kind word as a whole word ("CHESTER CITY" for Chester
 * County). The last is deliberately wide: a same-name city is exactly the record a reader of the
 * county's page should see is not counted for it (DESIGN.md §1.1, §1.3). Thread-safe.
 */
final class Mentions {

    /** Kind words a jurisdiction's name ends with, longest first. */
    private static final List<String> KIND_WORDS = List.of(" city and borough", " planning region", " census area",
            " municipality", " borough", " county", " parish", " city");

    private final String fips;
    private final String name;
    private final Pattern stem;

    Mentions(String fips, String name) {
        this.fips = fips;
        this.name = name.toLowerCase(Locale.ROOT);
        String stemText = stem(this.name);
        this.stem = Pattern.compile("\\b" + Pattern.quote(stemText) + "\\b", Pattern.CASE_INSENSITIVE);
    }

    /** Why the facility is listed, or null when it does not mention the jurisdiction. */
    String why(String rawName, String evidence) {
        String text = evidence == null ? "" : evidence;
        if (text.toLowerCase(Locale.ROOT).contains(name) || text.contains("(" + fips + ")")) {
            return "its resolution evidence names the jurisdiction";
        }
        if (stem.matcher(rawName).find() || stem.matcher(text).find()) {
            return "its name or evidence has the word \"" + stem(name).toUpperCase(Locale.ROOT) + "\"";
        }
        return null;
    }

    /** "chester county" → "chester"; "baltimore city" → "baltimore". */
    static String stem(String lowerCaseName) {
        for (String word : KIND_WORDS) {
            if (lowerCaseName.endsWith(word) && lowerCaseName.length() > word.length()) {
                return lowerCaseName.substring(0, lowerCaseName.length() - word.length());
            }
        }
        return lowerCaseName;
    }
}
