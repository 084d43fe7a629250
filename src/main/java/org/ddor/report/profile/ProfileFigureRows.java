package org.ddor.report.profile;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import org.ddor.report.Count;
import org.ddor.report.Span;
import org.ddor.report.StoreCoverage;
import org.ddor.report.TracedFigures;
import org.ddor.report.ddor.FigureRows;
import org.ddor.report.ddor.FigureRows.Listing;

/**
 * The records behind a figure of a jurisdiction profile (DESIGN.md §5): its detainers issued,
 * declines, declines of its own detainers, bookings, outcomes, and the detainers issued to each of
 * its facilities or to an unattributed facility nearby. (Its monthly series' figures are series
 * keys: {@code ddor report rows series}.) The profile is built first: the key must be one of its
 * figures, and a figure it suppresses (directly or to protect another) is not listed. Stateless.
 */
public final class ProfileFigureRows {

    /** The forms of figure key, for help and error messages. */
    public static final List<String> KEY_FORMS = List.of("profile/FIPS/issued", "profile/FIPS/declined",
            "profile/FIPS/declined-of-issued", "profile/FIPS/booked", "profile/FIPS/outcome/OUTCOME",
            "profile/FIPS/facility/ID", "profile/FIPS/nearby/ID");

    private ProfileFigureRows() {
    }

    /**
     * Lists the records behind figure {@code key} of the profile with {@code parameters} (whose FIPS
     * code the key must name).
     *
     * @throws IllegalArgumentException             no figure of the profile has the key
     * @throws FigureRows.SuppressedFigureException the profile suppresses the figure
     */
    public static Listing list(Connection connection, String key, ProfileParameters parameters) throws SQLException {
        String text = key == null ? "" : key.strip();
        String[] part = text.split("/", -1);
        if ((part.length != 3 && part.length != 4) || !part[0].equals("profile") || !part[1].equals(parameters.fips())) {
            throw new IllegalArgumentException("unknown figure key '" + text + "' for the profile of "
                    + parameters.fips() + "; its figure keys are " + String.join(", ", KEY_FORMS).replace("FIPS",
                    parameters.fips()) + " (the profile's JSON 'trace' fields give them)");
        }
        Count count = TracedFigures.find(new JurisdictionProfileBuilder(connection).build(parameters), text, KEY_FORMS);
        if (count.suppressed()) {
            throw new FigureRows.SuppressedFigureException(text);
        }
        Span span = Span.of(parameters.period(), StoreCoverage.read(connection));
        String detail = part.length == 4 ? (part[2].equals("outcome") ? part[3].toUpperCase(Locale.ROOT) : part[3]) : null;
        return FigureRows.query(connection, text, ProfileFigureRows.class, "rows/figure.sql",
                Arrays.asList(span.first(), span.last(), parameters.fips(), part[2], detail));
    }
}
