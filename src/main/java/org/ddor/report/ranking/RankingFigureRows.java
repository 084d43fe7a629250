package org.ddor.report.ranking;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.List;
import java.util.regex.Pattern;
import org.ddor.report.Period;
import org.ddor.report.Span;
import org.ddor.report.StoreCoverage;
import org.ddor.report.Suppression;
import org.ddor.report.ddor.FigureRows;
import org.ddor.report.ddor.FigureRows.Listing;

/**
 * The records behind a figure of a ranking (DESIGN.md §5): a unit's detainers issued, declines,
 * declines of its own detainers (the decline rate's numerator; issued is its denominator) and
 * bookings, or the records that count for no unit. Any unit can be listed, ranked or not: the key
 * names the unit and the figure, the period is the ranking's. Stateless.
 */
public final class RankingFigureRows {

    /** The forms of figure key, for help and error messages. */
    public static final List<String> KEY_FORMS = List.of("ranking/UNIT/KEY/issued", "ranking/UNIT/KEY/declined",
            "ranking/UNIT/KEY/declined-of-issued", "ranking/UNIT/KEY/booked", "ranking/UNIT/none/issued",
            "ranking/UNIT/none/declined");

    private static final List<String> FIGURES = List.of("issued", "declined", "declined-of-issued", "booked");

    private static final Pattern FIPS = Pattern.compile("[0-9]{2}|[0-9]{5}|[0-9]{7}");

    private RankingFigureRows() {
    }

    /**
     * Lists the records behind figure {@code key} of a ranking of {@code period} (null: all the data).
     *
     * @throws IllegalArgumentException          the key is not a ranking figure key (the message says why)
     * @throws FigureRows.SuppressedFigureException the figure is suppressed in the edition
     */
    public static Listing list(Connection connection, String key, Period period, Suppression suppression)
            throws SQLException {
        String text = key == null ? "" : key.strip();
        String[] part = text.split("/", -1);
        if (part.length != 4 || !part[0].equals("ranking") || !FIGURES.contains(part[3])) {
            throw new IllegalArgumentException("unknown figure key '" + text + "'; ranking figure keys are "
                    + String.join(", ", KEY_FORMS) + " (UNIT jurisdiction, facility, state or aor; KEY as the"
                    + " ranking's rows give it)");
        }
        RankingUnit unit = RankingUnit.parse(part[1]);
        String unitKey = unitKey(text, unit, part[2], part[3]);
        Span span = Span.of(period, StoreCoverage.read(connection));
        Listing listing = FigureRows.query(connection, text, RankingFigureRows.class, "rows/unit.sql",
                java.util.Arrays.asList(span.first(), span.last(), unit.name(), unitKey, part[3]));
        if (suppression.suppresses(listing.rows().size())) {
            throw new FigureRows.SuppressedFigureException(text);
        }
        return listing;
    }

    /** The unit's key as units.sql gives it, or null for "none"; checked against the unit's form. */
    private static String unitKey(String key, RankingUnit unit, String text, String figure) {
        if (text.equals("none")) {
            if (unit == RankingUnit.FACILITY || !List.of("issued", "declined").contains(figure)) {
                throw new IllegalArgumentException("figure " + key + ": only a ranking of jurisdictions, states or"
                        + " aors counts what counts for no unit, and only its issued and declined");
            }
            return null;
        }
        boolean valid = switch (unit) {
            case JURISDICTION -> FIPS.matcher(text).matches();
            case FACILITY -> text.matches("[1-9][0-9]*");
            case STATE -> text.matches("[A-Z]{2}");
            case AOR -> text.matches("[A-Z]{3}");
        };
        if (!valid) {
            throw new IllegalArgumentException("figure " + key + ": '" + text + "' is not a " + unit.optionName()
                    + " key (" + switch (unit) {
                        case JURISDICTION -> "a FIPS code such as 48453";
                        case FACILITY -> "a facility id such as 12";
                        case STATE -> "a USPS state code such as TX";
                        case AOR -> "an AOR code such as SNA";
                    } + ")");
        }
        return text;
    }
}
