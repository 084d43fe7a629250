package org.ddor.report.crimes;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.Arrays;
import java.util.List;
import org.ddor.report.Count;
import org.ddor.report.Span;
import org.ddor.report.StoreCoverage;
import org.ddor.report.TracedFigures;
import org.ddor.report.ddor.FigureRows;
import org.ddor.report.ddor.FigureRows.Listing;

/**
 * The records behind a figure of the charge category table (DESIGN.md §5): a category's declines
 * or detainers issued, or the totals, nationally or for one jurisdiction (the key says which). The
 * report is built first: the key must be one of its figures, and a figure it suppresses (directly
 * or to protect another) is not listed. Stateless.
 */
public final class CrimesFigureRows {

    /** The forms of figure key, for help and error messages. */
    public static final List<String> KEY_FORMS = List.of("crimes/SCOPE/CATEGORY/declined", "crimes/SCOPE/CATEGORY/issued",
            "crimes/SCOPE/declined", "crimes/SCOPE/issued");

    private CrimesFigureRows() {
    }

    /**
     * Lists the records behind figure {@code key}; the key's scope (national or a FIPS code) overrides
     * the parameters' jurisdiction.
     *
     * @throws IllegalArgumentException             no figure of the report has the key
     * @throws FigureRows.SuppressedFigureException the report suppresses the figure
     */
    public static Listing list(Connection connection, String key, CrimesParameters parameters) throws SQLException {
        String text = key == null ? "" : key.strip();
        String[] part = text.split("/", -1);
        if ((part.length != 3 && part.length != 4) || !part[0].equals("crimes")) {
            throw new IllegalArgumentException("unknown figure key '" + text + "'; charge category figure keys are "
                    + String.join(", ", KEY_FORMS) + " (SCOPE national or a FIPS code)");
        }
        String fips = part[1].equals("national") ? null : part[1];
        CrimesParameters scoped = new CrimesParameters(parameters.period(), fips, parameters.suppression());
        Count count = TracedFigures.find(new CrimesReportBuilder(connection).build(scoped), text, KEY_FORMS);
        if (count.suppressed()) {
            throw new FigureRows.SuppressedFigureException(text);
        }
        Span span = Span.of(parameters.period(), StoreCoverage.read(connection));
        String category = part.length == 4 ? part[2] : null;
        return FigureRows.query(connection, text, CrimesFigureRows.class, "rows/category.sql",
                Arrays.asList(span.first(), span.last(), fips, category, part[part.length - 1]));
    }
}
